package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Lang;
import dev.chitieu.report.ReportModel.Column;
import dev.chitieu.report.ReportModel.Para;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openpdf.text.pdf.BaseFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes the report as an editable Word document (.docx) in the form of Decree 30/2020/NĐ-CP, Appendix I: A4 portrait,
 * Times New Roman, margins 20 mm top and bottom, 30 mm left, 17 mm right; the issuer and the national title with
 * their short rules; number, place and date; "BÁO CÁO" and its subject with a rule; the body; recipients and
 * signature kept on the page of the closing paragraph; page numbers at the top centre from page 2; then the appendix
 * form "Biểu số 01" in a landscape section.
 */
final class DocxReport {
  static final String FONT = "Times New Roman";
  /** Twips (1/20 pt) per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;
  static final int A4_SHORT = 11906;
  static final int A4_LONG = 16838;
  static final int TOP = mm(20);
  static final int BOTTOM = mm(20);
  static final int LEFT = mm(30);
  static final int RIGHT = mm(17);
  /** The landscape appendix: the same top and bottom; the binding edge of a landscape page is its top. */
  static final int WIDE_SIDE = mm(20);
  private static final int TEXT_WIDTH = A4_SHORT - LEFT - RIGHT;
  private static final int WIDE_TEXT_WIDTH = A4_LONG - 2 * WIDE_SIDE;
  /** Width of the issuer's column of the header table; the rest is the national title's. */
  private static final int ISSUER_WIDTH = mm(70);

  private final ReportModel m;
  private final Lang lang;
  private final BaseFont regular = PdfFonts.metrics(PdfFonts.REGULAR);
  private final BaseFont bold = PdfFonts.metrics(PdfFonts.BOLD);

  DocxReport(ReportModel m) {
    this.m = m;
    this.lang = m.lang;
  }

  static int mm(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }

  void write(OutputStream out) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
    try (XWPFDocument doc = new XWPFDocument()) {
      properties(doc);
      headers(doc);
      header(doc);
      title(doc);
      body(doc);
      signature(doc);
      endPortraitSection(doc);
      appendix(doc);
      if (m.survey.isPresent()) {
        survey(doc, m.survey.get());
      }
      landscape(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
          : doc.getDocument().getBody().addNewSectPr());
      doc.write(buf);
    }
    out.write(Zips.fixedTimes(buf.toByteArray(), XlsxReport.zipTime(m.assessment.asOf())));
  }

  private void properties(XWPFDocument doc) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(m.title + " – " + m.subject + (m.meta.sample() ? " [SAMPLE DATA / SỐ LIỆU MẪU]" : ""));
    core.setCreator("chitieu");
    core.setSubjectProperty(m.planTitle);
    core.setKeywords(m.plan.documentNumber() + ", " + m.plan.id() + (m.meta.sample() ? ", sample" : ""));
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(m.date.getYear(), m.date.getMonthValue() - 1, m.date.getDayOfMonth(), 0, 0, 0);
    core.setCreated(Optional.of(c.getTime()));
    core.setModified(Optional.of(c.getTime()));
    doc.getProperties().getExtendedProperties().setApplication("chitieu");
  }

  // ------------------------------------------------------------------------------------------------ pages

  /** Page numbers top centre from page 2 (the first page's header carries only the sample marking, if any). */
  private void headers(XWPFDocument doc) {
    XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
    sampleMark(first);
    XWPFParagraph p = others.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    var field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    var r = field.addNewR();
    r.addNewT().setStringValue("2");
    var rpr = r.addNewRPr();
    rpr.addNewRFonts().setAscii(FONT);
    rpr.getRFontsArray(0).setHAnsi(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(26));
    sampleMark(others);
  }

  private void sampleMark(XWPFHeader h) {
    if (m.sampleMark.isEmpty()) {
      if (h.getParagraphs().isEmpty()) {
        h.createParagraph();
      }
      return;
    }
    XWPFParagraph p = h.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    XWPFRun r = run(p, m.sampleMark.get(), 9, true, false);
    r.setColor("C00000");
  }

  private static void portrait(CTSectPr s) {
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_SHORT));
    size.setH(BigInteger.valueOf(A4_LONG));
    margins(s, TOP, BOTTOM, LEFT, RIGHT);
  }

  private static void landscape(CTSectPr s) {
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_LONG));
    size.setH(BigInteger.valueOf(A4_SHORT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    margins(s, TOP, BOTTOM, WIDE_SIDE, WIDE_SIDE);
  }

  private static void margins(CTSectPr s, int top, int bottom, int left, int right) {
    CTPageMar mar = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
    mar.setTop(BigInteger.valueOf(top));
    mar.setBottom(BigInteger.valueOf(bottom));
    mar.setLeft(BigInteger.valueOf(left));
    mar.setRight(BigInteger.valueOf(right));
    mar.setHeader(BigInteger.valueOf(mm(10)));
    mar.setFooter(BigInteger.valueOf(mm(10)));
    mar.setGutter(BigInteger.ZERO);
  }

  /**
   * Ends the portrait section: a section break in a tiny last paragraph, whose properties carry the portrait page,
   * the first page without a number, and the same headers as the document.
   */
  private void endPortraitSection(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    spacing(p, 0, 0);
    CTPPr ppr = ppr(p);
    ppr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
    CTSectPr s = ppr.addNewSectPr();
    CTSectPr body = doc.getDocument().getBody().getSectPr();
    for (CTHdrFtrRef ref : body.getHeaderReferenceList()) {
      CTHdrFtrRef copy = s.addNewHeaderReference();
      copy.setId(ref.getId());
      copy.setType(ref.getType());
    }
    portrait(s);
    s.addNewTitlePg();
    // the landscape section numbers its first page too, so it does not take the first-page header
    body.unsetTitlePg();
    body.getHeaderReferenceList().removeIf(r -> r.getType() == STHdrFtr.FIRST);
  }

  // ------------------------------------------------------------------------------------------------ header

  private void header(XWPFDocument doc) {
    XWPFTable t = grid(doc, new int[] {ISSUER_WIDTH, TEXT_WIDTH - ISSUER_WIDTH}, false);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    XWPFParagraph p = first(left);
    boolean any = false;
    if (m.superiorLine.isPresent()) {
      run(p, m.superiorLine.get(), 13, false, false);
      p = left.addParagraph();
      any = true;
    }
    double widest = 0;
    for (String line : m.issuerLines) {
      if (any) {
        p = left.addParagraph();
      }
      centred(p);
      run(p, line, 13, true, false);
      widest = Math.max(widest, bold.getWidthPoint(line, 13));
      any = true;
    }
    // a rule under the issuer, 40 % of its longest line (Decree 30: one third to one half)
    rule(left.addParagraph(), ISSUER_WIDTH, widest * 0.4);
    XWPFParagraph number = left.addParagraph();
    centred(number);
    spacing(number, 6, 0);
    run(number, m.numberLine, 13, false, false);

    XWPFParagraph n = first(right);
    run(n, m.nation, 12, true, false);
    XWPFParagraph motto = right.addParagraph();
    centred(motto);
    run(motto, m.motto, 13, true, false);
    rule(right.addParagraph(), TEXT_WIDTH - ISSUER_WIDTH, bold.getWidthPoint(m.motto, 13));
    XWPFParagraph date = right.addParagraph();
    centred(date);
    spacing(date, 6, 0);
    run(date, m.dateLine, 14, false, true);
  }

  private void title(XWPFDocument doc) {
    if (m.sampleBanner.isPresent()) {
      XWPFParagraph s = doc.createParagraph();
      centred(s);
      spacing(s, 10, 0);
      XWPFRun r = run(s, m.sampleBanner.get(), 12, true, false);
      r.setColor("C00000");
      CTPPr ppr = ppr(s);
      var bdr = ppr.addNewPBdr();
      for (CTBorder b : List.of(bdr.addNewTop(), bdr.addNewBottom(), bdr.addNewLeft(), bdr.addNewRight())) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(8));
        b.setColor("C00000");
        b.setSpace(BigInteger.valueOf(2));
      }
    }
    line(doc, m.title, 18, 14, true, false);
    line(doc, m.subject, 0, 14, true, false);
    // a rule under the subject, a third of the text width
    rule(doc.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 20.0 / 3);
  }

  /**
   * An empty paragraph, 4 pt high, whose bottom border, centred, is {@code points} long: the short rules of the header,
   * drawn just below the text above them without touching its descenders.
   */
  private static void rule(XWPFParagraph p, int columnTwips, double points) {
    int len = (int) Math.round(points * 20);
    // a table cell's text area is its width less 108 twips of padding on each side
    int indent = Math.max(0, (columnTwips - 216 - len) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    spacing(p, 0, 0);
    CTPPr ppr = ppr(p);
    CTBorder bottom = ppr.addNewPBdr().addNewBottom();
    bottom.setVal(STBorder.SINGLE);
    bottom.setSz(BigInteger.valueOf(6));
    bottom.setSpace(BigInteger.ZERO);
    bottom.setColor("000000");
    ppr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    var sp = ppr.getSpacing();
    sp.setLine(BigInteger.valueOf(80));
    sp.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
  }

  // ------------------------------------------------------------------------------------------------ body

  private void body(XWPFDocument doc) {
    for (Para para : m.body) {
      if (para.kind() == Para.Kind.CLOSING) {
        continue;
      }
      XWPFParagraph p = doc.createParagraph();
      switch (para.kind()) {
        case SECTION -> {
          bodyText(p, 12);
          run(p, para.text(), 14, true, false);
        }
        case HEADING -> {
          bodyText(p, 6);
          run(p, para.text(), 14, true, false);
        }
        case BLANK -> {
          bodyText(p, 6);
          run(p, para.text(), 14, false, true);
        }
        default -> {
          bodyText(p, 6);
          run(p, para.text(), 14, false, false);
        }
      }
    }
  }

  /** Justified, first line indented 1 cm, line spacing 1.15, space before. */
  private static void bodyText(XWPFParagraph p, int before) {
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(mm(10));
    spacing(p, before, 0);
    p.setSpacingBetween(1.15);
  }

  /**
   * The closing paragraph, then recipients (left) and signature (right): the closing paragraph keeps with the table
   * and the table's row does not split, so the signature always shares its page with the end of the body.
   */
  private void signature(XWPFDocument doc) {
    Para closing = m.body.stream().filter(b -> b.kind() == Para.Kind.CLOSING).findFirst().orElseThrow();
    XWPFParagraph c = doc.createParagraph();
    bodyText(c, 6);
    keepNext(c);
    run(c, closing.text(), 14, false, false);

    XWPFTable t = grid(doc, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2}, false);
    XWPFTableRow row = t.getRow(0);
    CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
    trPr.addNewCantSplit();
    XWPFTableCell left = row.getCell(0);
    XWPFParagraph title = first(left);
    title.setAlignment(ParagraphAlignment.LEFT);
    spacing(title, 12, 0);
    keepNext(title);
    run(title, m.recipientsTitle, 12, true, true);
    for (String line : m.recipientLines) {
      XWPFParagraph p = left.addParagraph();
      spacing(p, 0, 0);
      keepNext(p);
      run(p, line, 11, false, false);
    }
    XWPFTableCell right = row.getCell(1);
    XWPFParagraph p = first(right);
    spacing(p, 12, 0);
    keepNext(p);
    boolean firstLine = true;
    for (String line : signerLines()) {
      if (!firstLine) {
        p = right.addParagraph();
        centred(p);
        spacing(p, 0, 0);
        keepNext(p);
      }
      run(p, line, 14, true, false);
      firstLine = false;
    }
    for (int i = 0; i < 4; i++) {
      XWPFParagraph gap = right.addParagraph();
      spacing(gap, 0, 0);
      keepNext(gap);
      run(gap, "", 14, false, false);
    }
    XWPFParagraph name = right.addParagraph();
    centred(name);
    spacing(name, 0, 0);
    run(name, m.signerName.orElse(""), 14, true, false);
  }

  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the lines above the space for the signature and seal. */
  List<String> signerLines() {
    List<String> lines = new java.util.ArrayList<>();
    m.signerCapacity.ifPresent(lines::add);
    m.signerDeputyFor.ifPresent(lines::add);
    lines.add(m.signerTitle);
    return lines;
  }

  // ------------------------------------------------------------------------------------------------ appendix

  private void appendix(XWPFDocument doc) {
    XWPFParagraph label = doc.createParagraph();
    label.setAlignment(ParagraphAlignment.RIGHT);
    spacing(label, 0, 0);
    run(label, m.appendixLabel, 13, true, false);
    line(doc, m.appendixReference, 0, 13, false, true);
    line(doc, m.appendixTitle, 8, 13, true, false);
    spacing(line(doc, m.subtitle + " – " + m.planTitle, 0, 12, false, true), 0, 6);

    int[] widths = new int[FormCells.WIDTHS_MM.length];
    int sum = 0;
    for (int i = 0; i < widths.length; i++) {
      widths[i] = mm(FormCells.WIDTHS_MM[i]);
      sum += widths[i];
    }
    widths[1] += WIDE_TEXT_WIDTH - sum;
    XWPFTable t = grid(doc, widths, true);
    List<Column> cols = m.columns;
    XWPFTableRow h1 = t.getRow(0);
    XWPFTableRow h2 = t.createRow();
    XWPFTableRow nums = t.createRow();
    for (XWPFTableRow r : List.of(h1, h2, nums)) {
      trPr(r).addNewTblHeader();
      trPr(r).addNewCantSplit();
    }
    for (int c = 0; c < cols.size(); c++) {
      Column col = cols.get(c);
      if (col.group().isPresent()) {
        boolean start = c == 0 || !cols.get(c - 1).group().equals(col.group());
        text(h1.getCell(c), start ? col.group().get() : "", 10, true, ParagraphAlignment.CENTER);
        hmerge(h1.getCell(c), start);
        text(h2.getCell(c), col.header(), 10, true, ParagraphAlignment.CENTER);
      } else {
        text(h1.getCell(c), col.header(), 10, true, ParagraphAlignment.CENTER);
        vmerge(h1.getCell(c), true);
        text(h2.getCell(c), "", 10, true, ParagraphAlignment.CENTER);
        vmerge(h2.getCell(c), false);
      }
      shade(h1.getCell(c), "D9D9D9");
      shade(h2.getCell(c), "D9D9D9");
      text(nums.getCell(c), col.number(), 9, false, ParagraphAlignment.CENTER);
      italic(nums.getCell(c));
    }
    for (ReportModel.Group g : m.groups) {
      XWPFTableRow gr = t.createRow();
      trPr(gr).addNewCantSplit();
      text(gr.getCell(0), g.roman(), 10, true, ParagraphAlignment.CENTER);
      text(gr.getCell(1), g.title(), 10, true, ParagraphAlignment.LEFT);
      shade(gr.getCell(0), "F2F2F2");
      shade(gr.getCell(1), "F2F2F2");
      // the title spans the other columns; a group's title row is kept with its first target
      tcPr(gr.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(cols.size() - 1));
      width(gr.getCell(1), WIDE_TEXT_WIDTH - widths[0]);
      while (gr.getTableCells().size() > 2) {
        gr.removeCell(2);
      }
      for (XWPFTableCell c : gr.getTableCells()) {
        c.getParagraphs().forEach(DocxReport::keepNext);
      }
      for (ReportModel.Row r : g.rows()) {
        XWPFTableRow x = t.createRow();
        trPr(x).addNewCantSplit();
        List<String> cells = FormCells.of(m, r);
        for (int c = 0; c < cells.size(); c++) {
          text(x.getCell(c), cells.get(c), 10, false, FormCells.alignment(c) == FormCells.Align.LEFT
              ? ParagraphAlignment.LEFT : FormCells.alignment(c) == FormCells.Align.RIGHT ? ParagraphAlignment.RIGHT
              : ParagraphAlignment.CENTER);
        }
        for (ReportModel.Part p : r.parts()) {
          XWPFTableRow y = t.createRow();
          trPr(y).addNewCantSplit();
          List<String> pc = FormCells.of(m, r, p);
          for (int c = 0; c < pc.size(); c++) {
            text(y.getCell(c), pc.get(c), 9, false, FormCells.alignment(c) == FormCells.Align.LEFT
                ? ParagraphAlignment.LEFT : FormCells.alignment(c) == FormCells.Align.RIGHT
                ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
            italic(y.getCell(c));
          }
        }
      }
    }
    for (String note : m.tableNotes) {
      XWPFParagraph p = doc.createParagraph();
      spacing(p, 6, 0);
      p.setAlignment(ParagraphAlignment.BOTH);
      run(p, note, 10, false, true);
    }
  }

  // ------------------------------------------------------------------------------------------------ survey

  /**
   * The survey appendix, on a page of its own after the form: who answered, the levels by sector, the pillars' mean
   * scores with a bar each (shaded runs, so that Word and LibreOffice draw it alike), the weakest criteria, and the
   * levels by commune.
   */
  private void survey(XWPFDocument doc, SurveyPart s) {
    XWPFParagraph label = doc.createParagraph();
    label.setAlignment(ParagraphAlignment.RIGHT);
    label.setPageBreak(true);
    spacing(label, 0, 0);
    run(label, s.label, 13, true, false);
    line(doc, m.appendixReference, 0, 13, false, true);
    line(doc, s.title, 8, 13, true, false);
    spacing(line(doc, m.subtitle + " – " + m.planTitle, 0, 12, false, true), 0, 6);
    for (String text : s.intro) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.BOTH);
      spacing(p, 2, 0);
      run(p, text, 11, false, false);
    }
    surveyHeading(doc, s.sectorsTitle);
    distribution(doc, s, s.bySector, t(lang, "Ngành kinh tế (VSIC 2018)", "Sector (VSIC 2018)"), false);
    surveyHeading(doc, s.pillarsTitle);
    int[] pw = {mm(12), mm(80), mm(24), 0};
    pw[3] = WIDE_TEXT_WIDTH - pw[0] - pw[1] - pw[2];
    XWPFTable p = grid(doc, pw, true);
    headerRow(p.getRow(0), List.of(t(lang, "STT", "No."), t(lang, "Trụ cột", "Pillar"),
        t(lang, "Điểm bình quân", "Mean score"), t(lang, "Biểu đồ (thang 0–", "Chart (scale 0–")
            + Texts.number(s.axisMax, 0, lang) + ")"));
    p.getRow(0).getTableCells().forEach(c -> c.getParagraphs().forEach(DocxReport::keepNext));
    for (SurveyPart.PillarMean x : s.pillars) {
      XWPFTableRow r = p.createRow();
      trPr(r).addNewCantSplit();
      text(r.getCell(0), Integer.toString(x.number()), 10, false, ParagraphAlignment.CENTER);
      text(r.getCell(1), x.name() + (x.weak() ? t(lang, " (yếu nhất)", " (weakest)") : ""), 10, x.weak(),
          ParagraphAlignment.LEFT);
      text(r.getCell(2), x.mean().map(v -> Texts.number(v, s.decimals, lang)).orElse("—"), 10, x.weak(),
          ParagraphAlignment.RIGHT);
      // the bar: a shaded paragraph, its right indent leaving the part of the cell the score does not reach
      XWPFParagraph bp = first(r.getCell(3));
      bp.setAlignment(ParagraphAlignment.LEFT);
      spacing(bp, 0, 0);
      int inner = pw[3] - 2 * CELL_MARGIN;
      double share = x.mean().map(v -> Math.min(1, v.doubleValue() / s.axisMax)).orElse(0.0);
      if (share > 0) {
        CTPPr ppr = ppr(bp);
        CTShd shd = ppr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(x.weak() ? "ED7D31" : "5B9BD5");
        ppr.addNewInd().setRight(BigInteger.valueOf(Math.round(inner * (1 - share))));
      }
      run(bp, "\u00A0", 8, false, false);
      if (x != s.pillars.getLast()) {
        // the pillars' table is short: kept on one page, as a chart is
        for (XWPFTableCell c : r.getTableCells()) {
          c.getParagraphs().forEach(DocxReport::keepNext);
        }
      }
    }
    XWPFParagraph note = doc.createParagraph();
    spacing(note, 3, 0);
    run(note, s.scaleNote + t(lang, " (cả ô biểu đồ ứng với " + Texts.number(s.axisMax, 0, lang) + " điểm); ",
        " (the whole chart cell is " + Texts.number(s.axisMax, 0, lang) + " points); ") + s.markLabel
        + t(lang, " điểm.", " points."), 10, false, true);
    surveyHeading(doc, s.weakestTitle);
    int[] ww = {mm(12), 0, mm(60), mm(24), mm(24), mm(28)};
    ww[1] = WIDE_TEXT_WIDTH - ww[0] - ww[2] - ww[3] - ww[4] - ww[5];
    XWPFTable w = grid(doc, ww, true);
    headerRow(w.getRow(0), List.of(t(lang, "STT", "No."), t(lang, "Tiêu chí", "Criterion"),
        t(lang, "Trụ cột", "Pillar"), t(lang, "Điểm bình quân", "Mean points"), t(lang, "Điểm tối đa", "Maximum"),
        t(lang, "So với điểm tối đa (%)", "Of the maximum (%)")));
    int n = 0;
    for (SurveyPart.Weak x : s.weakest) {
      XWPFTableRow r = w.createRow();
      trPr(r).addNewCantSplit();
      text(r.getCell(0), Integer.toString(++n), 10, false, ParagraphAlignment.CENTER);
      text(r.getCell(1), x.criterion(), 10, false, ParagraphAlignment.LEFT);
      text(r.getCell(2), x.pillar(), 10, false, ParagraphAlignment.LEFT);
      text(r.getCell(3), Texts.number(x.mean(), s.decimals, lang), 10, false, ParagraphAlignment.RIGHT);
      text(r.getCell(4), Texts.number(x.max(), Math.max(0, x.max().stripTrailingZeros().scale()), lang), 10, false,
          ParagraphAlignment.RIGHT);
      text(r.getCell(5), Texts.number(x.percent(), 1, lang), 10, false, ParagraphAlignment.RIGHT);
    }
    surveyHeading(doc, s.communesTitle);
    distribution(doc, s, s.byCommune, t(lang, "Xã, phường (mã)", "Commune or ward (code)"), s.coverageKnown);
  }

  /** Word's default left and right cell margin, in twips. */
  private static final int CELL_MARGIN = 108;

  private void surveyHeading(XWPFDocument doc, String text) {
    XWPFParagraph h = doc.createParagraph();
    spacing(h, 10, 4);
    keepNext(h);
    run(h, text, 12, true, false);
  }

  private static void headerRow(XWPFTableRow r, List<String> headers) {
    headerRow(r, headers, 10);
  }

  private static void headerRow(XWPFTableRow r, List<String> headers, int size) {
    trPr(r).addNewTblHeader();
    trPr(r).addNewCantSplit();
    for (int c = 0; c < headers.size(); c++) {
      text(r.getCell(c), headers.get(c), size, true, ParagraphAlignment.CENTER);
      shade(r.getCell(c), "D9D9D9");
    }
  }

  private void distribution(XWPFDocument doc, SurveyPart s, List<SurveyPart.Line> lines, String what,
      boolean coverage) {
    int levels = s.levelHeaders.size();
    int[] widths = new int[3 + levels + 1 + (coverage ? 1 : 0)];
    widths[0] = mm(12);
    widths[2] = mm(24);
    for (int l = 0; l < levels; l++) {
      widths[3 + l] = mm(21);
    }
    widths[3 + levels] = mm(24);
    if (coverage) {
      widths[4 + levels] = mm(22);
    }
    int used = 0;
    for (int x : widths) {
      used += x;
    }
    widths[1] = WIDE_TEXT_WIDTH - used;
    XWPFTable t = grid(doc, widths, true);
    List<String> headers = new ArrayList<>(List.of(t(lang, "STT", "No."), what,
        t(lang, "Số DN trả lời", "Enterprises responding")));
    headers.addAll(s.levelHeaders);
    headers.add(s.shareHeader);
    if (coverage) {
      headers.add(t(lang, "Tỷ lệ DN trả lời (%)", "Response coverage (%)"));
    }
    headerRow(t.getRow(0), headers, 9);
    int n = 0;
    for (SurveyPart.Line x : lines) {
      XWPFTableRow r = t.createRow();
      trPr(r).addNewCantSplit();
      List<String> cells = new ArrayList<>();
      cells.add(x.total() ? "" : Integer.toString(++n));
      cells.add(x.name());
      cells.add(Texts.number(BigDecimal.valueOf(x.respondents()), 0, lang));
      for (int c : x.byLevel()) {
        cells.add(Texts.number(BigDecimal.valueOf(c), 0, lang));
      }
      cells.add(x.share().map(v -> Texts.number(v, 2, lang)).orElse("—"));
      if (coverage) {
        cells.add(x.coverage().map(v -> Texts.number(v, 2, lang)).orElse("—"));
      }
      for (int c = 0; c < cells.size(); c++) {
        text(r.getCell(c), cells.get(c), 10, x.total(), c == 0 ? ParagraphAlignment.CENTER
            : c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        if (x.total()) {
          shade(r.getCell(c), "F2F2F2");
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** A centred paragraph of one run, with space before it. */
  private static XWPFParagraph line(XWPFDocument doc, String text, int beforePt, int size, boolean bold,
      boolean italic) {
    XWPFParagraph p = doc.createParagraph();
    centred(p);
    spacing(p, beforePt, 0);
    run(p, text, size, bold, italic);
    return p;
  }

  /** A table of one row with fixed column widths; with or without grid lines. */
  private static XWPFTable grid(XWPFDocument doc, int[] widths, boolean lines) {
    XWPFTable t = doc.createTable(1, widths.length);
    CTTblPr pr = t.getCTTbl().getTblPr();
    var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    int total = 0;
    for (int x : widths) {
      total += x;
    }
    w.setW(BigInteger.valueOf(total));
    w.setType(STTblWidth.DXA);
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder x : List.of(b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom()
        : b.addNewBottom(), b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight()
        : b.addNewRight(), b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV()
        : b.addNewInsideV())) {
      x.setVal(lines ? STBorder.SINGLE : STBorder.NIL);
      if (lines) {
        x.setSz(BigInteger.valueOf(4));
        x.setColor("808080");
      }
    }
    var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int x : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(x));
    }
    for (int c = 0; c < widths.length; c++) {
      width(t.getRow(0).getCell(c), widths[c]);
    }
    return t;
  }

  private static void width(XWPFTableCell cell, int twips) {
    CTTcPr pr = tcPr(cell);
    var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setW(BigInteger.valueOf(twips));
    w.setType(STTblWidth.DXA);
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static CTTrPr trPr(XWPFTableRow row) {
    return row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
  }

  private static void vmerge(XWPFTableCell cell, boolean start) {
    var v = tcPr(cell).addNewVMerge();
    if (start) {
      v.setVal(STMerge.RESTART);
    }
  }

  private static void hmerge(XWPFTableCell cell, boolean start) {
    var h = tcPr(cell).addNewHMerge();
    h.setVal(start ? STMerge.RESTART : STMerge.CONTINUE);
  }

  private static void shade(XWPFTableCell cell, String fill) {
    CTShd s = tcPr(cell).isSetShd() ? tcPr(cell).getShd() : tcPr(cell).addNewShd();
    s.setVal(STShd.CLEAR);
    s.setColor("auto");
    s.setFill(fill);
  }

  private static void text(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment align) {
    tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
    boolean firstLine = true;
    for (String line : text.split("\n", -1)) {
      XWPFParagraph p = firstLine ? first(cell) : cell.addParagraph();
      p.setAlignment(align);
      spacing(p, 1, 1);
      run(p, line, size, bold, false);
      firstLine = false;
    }
  }

  private static void italic(XWPFTableCell cell) {
    for (XWPFParagraph p : cell.getParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        r.setItalic(true);
      }
    }
  }

  /** The cell's first paragraph, centred. */
  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    centred(p);
    spacing(p, 0, 0);
    return p;
  }

  private static void centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
  }

  private static void spacing(XWPFParagraph p, int beforePt, int afterPt) {
    p.setSpacingBefore(beforePt * 20);
    p.setSpacingAfter(afterPt * 20);
  }

  private static CTPPr ppr(XWPFParagraph p) {
    return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
  }

  private static void keepNext(XWPFParagraph p) {
    ppr(p).addNewKeepNext();
  }

  static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
    return r;
  }
}
