package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Lang;
import dev.chitieu.report.ReportModel.Column;
import dev.chitieu.report.ReportModel.Para;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the report PDF: the same document as the .docx, part for part and in the same order (Decree 30 header,
 * subject, body, recipients and signature on the page of the closing paragraph, the appendix form "Biểu số 01" in
 * landscape), then "Biểu số 02" with each target's percent of target as a bar and its explanation. A4, Liberation
 * Serif (Times New Roman's metric twin) embedded, margins of Decree 30/2020/NĐ-CP, page numbers at the top centre from
 * page 2.
 */
final class PdfReport {
  private static final Color GRID = new Color(0x80, 0x80, 0x80);
  private static final Color HEADER_FILL = new Color(0xD9, 0xD9, 0xD9);
  private static final Color GROUP_FILL = new Color(0xF2, 0xF2, 0xF2);
  private static final Color SAMPLE_RED = new Color(0xC0, 0x00, 0x00);
  /** Points per millimetre. */
  private static final float MM = 72f / 25.4f;
  static final float TOP = 20 * MM;
  static final float BOTTOM = 20 * MM;
  static final float LEFT = 30 * MM;
  static final float RIGHT = 17 * MM;
  static final float WIDE_SIDE = 20 * MM;
  static final float BODY_SIZE = 13;

  private final ReportModel m;
  private final Lang lang;
  private PdfFonts fonts;

  PdfReport(ReportModel m) {
    this.m = m;
    this.lang = m.lang;
  }

  void write(OutputStream out) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 18);
    fonts = new PdfFonts();
    Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, buf);
      writer.setPageEvent(new Pages());
      PdfDate date = new PdfDate(day());
      doc.addTitle(m.title + " – " + m.subject + (m.meta.sample() ? t(lang, " [SỐ LIỆU MẪU]", " [SAMPLE DATA]")
          : ""));
      doc.addSubject(m.planTitle);
      doc.addAuthor(String.join(" ", m.issuerLines));
      doc.addKeywords(m.plan.documentNumber() + ", " + m.plan.id()
          + (m.meta.sample() ? t(lang, ", số liệu mẫu", ", sample") : ""));
      doc.addCreator("chitieu");
      // OpenPDF stamps the clock as creation date (and ignores a date given through Document); set both here.
      writer.getInfo().put(PdfName.CREATIONDATE, date);
      writer.getInfo().put(PdfName.MODDATE, date);
      doc.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang.tag()));
      header(doc);
      title(doc);
      body(doc);
      signature(doc);
      doc.setPageSize(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));
      doc.setMargins(WIDE_SIDE, WIDE_SIDE, TOP, BOTTOM);
      doc.newPage();
      form(doc);
      doc.newPage();
      details(doc);
      if (m.survey.isPresent()) {
        doc.newPage();
        survey(doc, m.survey.get());
      }
      doc.close();
    } catch (DocumentException e) {
      throw new ReportException("could not lay out the PDF of plan '" + m.plan.id() + "': " + e.getMessage(), e);
    }
    out.write(fixId(buf.toByteArray()));
  }

  private Calendar day() {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(m.date.getYear(), m.date.getMonthValue() - 1, m.date.getDayOfMonth(), 0, 0, 0);
    return c;
  }

  /**
   * Replaces the random file identifier OpenPDF writes in the trailer with a digest of the document itself (same
   * length, so no offset moves): the same document gets the same identifier, as the PDF standard suggests.
   */
  static byte[] fixId(byte[] pdf) {
    String tail = new String(pdf, Math.max(0, pdf.length - 2048), Math.min(2048, pdf.length),
        StandardCharsets.ISO_8859_1);
    int at = tail.lastIndexOf("/ID [<");
    if (at < 0) {
      return pdf;
    }
    int base = Math.max(0, pdf.length - 2048);
    int start = base + at + "/ID [".length();
    int end = pdf.length;
    for (int i = start; i < pdf.length; i++) {
      if (pdf[i] == ']') {
        end = i;
        break;
      }
    }
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      md.update(pdf, 0, start);
      md.update(pdf, end, pdf.length - end);
      String hex = HexFormat.of().withUpperCase().formatHex(md.digest());
      String id = new String(pdf, start, end - start, StandardCharsets.ISO_8859_1);
      String fixed = id.replaceAll("<[0-9A-Fa-f]+>", "<" + hex + ">");
      if (fixed.length() != id.length()) {
        return pdf;
      }
      byte[] outBytes = pdf.clone();
      System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, outBytes, start, fixed.length());
      return outBytes;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  // ---------------------------------------------------------------- fonts

  private Font f(float size) {
    return new Font(fonts.regular, size, Font.NORMAL, Color.BLACK);
  }

  private Font b(float size) {
    return new Font(fonts.bold, size, Font.NORMAL, Color.BLACK);
  }

  private Font i(float size) {
    return new Font(fonts.italic, size, Font.NORMAL, Color.BLACK);
  }

  private Font bi(float size) {
    return new Font(fonts.boldItalic, size, Font.NORMAL, Color.BLACK);
  }

  private Font colored(BaseFont base, float size, Color c) {
    return new Font(base, size, Font.NORMAL, c);
  }

  // ---------------------------------------------------------------- header

  private void header(Document doc) throws DocumentException {
    float width = doc.right() - doc.left();
    float issuerWidth = 70 * MM;
    PdfPTable t = new PdfPTable(new float[] {issuerWidth, width - issuerWidth});
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    PdfPCell left = blank();
    m.superiorLine.ifPresent(s -> left.addElement(centered(s, f(13), 0)));
    float widest = 0;
    for (String line : m.issuerLines) {
      left.addElement(centered(line, b(13), 0));
      widest = Math.max(widest, fonts.bold.getWidthPoint(line, 13));
    }
    // a rule under the issuer, 40 % of its longest line (Decree 30: one third to one half)
    left.addElement(rule(widest * 0.4f));
    left.addElement(centered(m.numberLine, f(13), 6));
    PdfPCell right = blank();
    right.addElement(centered(m.nation, b(12), 0));
    right.addElement(centered(m.motto, b(13), 0));
    right.addElement(rule(fonts.bold.getWidthPoint(m.motto, 13)));
    right.addElement(centered(m.dateLine, i(14), 6));
    t.addCell(left);
    t.addCell(right);
    doc.add(t);
  }

  private void title(Document doc) throws DocumentException {
    if (m.sampleBanner.isPresent()) {
      PdfPTable s = new PdfPTable(1);
      s.setWidthPercentage(90);
      s.setSpacingBefore(10);
      PdfPCell c = new PdfPCell(new Phrase(m.sampleBanner.get(), colored(fonts.bold, 12, SAMPLE_RED)));
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      c.setBorderColor(SAMPLE_RED);
      c.setBorderWidth(1.2f);
      c.setPadding(4);
      c.setPaddingBottom(6);
      s.addCell(c);
      doc.add(s);
    }
    doc.add(centered(m.title, b(14), 16));
    doc.add(centered(m.subject, b(14), 0));
    doc.add(rule((doc.right() - doc.left()) / 3));
  }

  /** A short centred horizontal line {@code points} long: the rules of the header. */
  private static PdfPTable rule(float points) {
    PdfPTable line = new PdfPTable(1);
    line.setTotalWidth(points);
    line.setLockedWidth(true);
    line.setHorizontalAlignment(Element.ALIGN_CENTER);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderWidth(0.75f);
    c.setFixedHeight(7); // the line sits below the descenders of the text above it
    c.setPadding(0);
    line.addCell(c);
    return line;
  }

  private static Paragraph centered(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setLeading(font.getSize() * 1.2f);
    return p;
  }

  private static PdfPCell blank() {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    return c;
  }

  // ---------------------------------------------------------------- body

  private void body(Document doc) throws DocumentException {
    for (Para para : m.body) {
      if (para.kind() != Para.Kind.CLOSING) {
        doc.add(paragraph(para));
      }
    }
  }

  private Paragraph paragraph(Para para) {
    Font font = switch (para.kind()) {
      case SECTION, HEADING -> b(BODY_SIZE);
      case BLANK -> i(BODY_SIZE);
      default -> f(BODY_SIZE);
    };
    Paragraph p = new Paragraph(para.text(), font);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(10 * MM);
    p.setLeading(BODY_SIZE * 1.3f);
    p.setSpacingBefore(para.kind() == Para.Kind.SECTION ? 10 : 5);
    return p;
  }

  /**
   * The closing paragraph, recipients and signature in one table that is kept together: the signature is never alone
   * on a page, it always shares one with the end of the body.
   */
  private void signature(Document doc) throws DocumentException {
    float width = doc.right() - doc.left();
    PdfPTable t = new PdfPTable(new float[] {width / 2, width / 2});
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    t.setKeepTogether(true);
    t.setSplitLate(true);
    Para closing = m.body.stream().filter(b -> b.kind() == Para.Kind.CLOSING).findFirst().orElseThrow();
    PdfPCell c = blank();
    c.setColspan(2);
    c.addElement(paragraph(closing));
    t.addCell(c);
    PdfPCell left = blank();
    left.setPaddingTop(12);
    Paragraph title = new Paragraph(m.recipientsTitle, bi(12));
    left.addElement(title);
    for (String line : m.recipientLines) {
      Paragraph p = new Paragraph(line, f(11));
      p.setLeading(13);
      left.addElement(p);
    }
    PdfPCell right = blank();
    right.setPaddingTop(12);
    for (String line : signerLines()) {
      right.addElement(centered(line, b(13), 0));
    }
    Paragraph space = new Paragraph(" ", f(13));
    space.setLeading(13 * 5);
    right.addElement(space);
    right.addElement(centered(m.signerName.orElse(" "), b(14), 0));
    t.addCell(left);
    t.addCell(right);
    t.setSpacingBefore(0);
    doc.add(t);
  }

  private List<String> signerLines() {
    List<String> lines = new java.util.ArrayList<>();
    m.signerCapacity.ifPresent(lines::add);
    m.signerDeputyFor.ifPresent(lines::add);
    lines.add(m.signerTitle);
    return lines;
  }

  // ---------------------------------------------------------------- appendix form

  private void appendixHeading(Document doc, String label, String title) throws DocumentException {
    Paragraph l = new Paragraph(label, b(13));
    l.setAlignment(Element.ALIGN_RIGHT);
    doc.add(l);
    doc.add(centered(m.appendixReference, i(13), 0));
    doc.add(centered(title, b(13), 8));
    doc.add(centered(m.subtitle + " – " + m.planTitle, i(12), 0));
  }

  private void form(Document doc) throws DocumentException {
    appendixHeading(doc, m.appendixLabel, m.appendixTitle);
    List<Column> cols = m.columns;
    float[] widths = new float[FormCells.WIDTHS_MM.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = (float) FormCells.WIDTHS_MM[c];
    }
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(8);
    t.setHeaderRows(3);
    for (int c = 0; c < cols.size(); c++) {
      Column col = cols.get(c);
      if (col.group().isPresent()) {
        boolean start = c == 0 || !cols.get(c - 1).group().equals(col.group());
        if (start) {
          int span = 1;
          while (c + span < cols.size() && cols.get(c + span).group().equals(col.group())) {
            span++;
          }
          PdfPCell g = headerCell(col.group().get());
          g.setColspan(span);
          t.addCell(g);
        }
      } else {
        PdfPCell h = headerCell(col.header());
        h.setRowspan(2);
        t.addCell(h);
      }
    }
    for (Column col : cols) {
      if (col.group().isPresent()) {
        t.addCell(headerCell(col.header()));
      }
    }
    for (Column col : cols) {
      t.addCell(cell(col.number(), i(9), Element.ALIGN_CENTER));
    }
    for (ReportModel.Group g : m.groups) {
      // the group's title and its first target go in one nested row, so that a page never ends on a group title
      PdfPTable first = new PdfPTable(widths);
      first.setWidthPercentage(100);
      PdfPCell roman = cell(g.roman(), b(10), Element.ALIGN_CENTER);
      roman.setBackgroundColor(GROUP_FILL);
      first.addCell(roman);
      PdfPCell title = cell(g.title(), b(10), Element.ALIGN_LEFT);
      title.setColspan(cols.size() - 1);
      title.setBackgroundColor(GROUP_FILL);
      first.addCell(title);
      for (ReportModel.Row r : g.rows()) {
        PdfPTable into = r == g.rows().getFirst() ? first : t;
        List<String> cells = FormCells.of(m, r);
        for (int c = 0; c < cells.size(); c++) {
          into.addCell(c == 8 ? verdictCell(cells.get(c), r.tone(), 9.5f)
              : cell(cells.get(c), f(10), align(c)));
        }
        if (into == first) {
          PdfPCell both = new PdfPCell(first);
          both.setColspan(cols.size());
          both.setPadding(0);
          both.setBorder(Rectangle.NO_BORDER);
          t.addCell(both);
        }
        for (ReportModel.Part p : r.parts()) {
          List<String> pc = FormCells.of(m, r, p);
          for (int c = 0; c < pc.size(); c++) {
            t.addCell(c == 8 ? verdictCell(pc.get(c), p.tone(), 9) : cell(pc.get(c), i(9.5f), align(c)));
          }
        }
      }
      if (g.rows().isEmpty()) {
        PdfPCell both = new PdfPCell(first);
        both.setColspan(cols.size());
        both.setPadding(0);
        both.setBorder(Rectangle.NO_BORDER);
        t.addCell(both);
      }
    }
    doc.add(t);
    for (String note : m.tableNotes) {
      Paragraph p = new Paragraph(note, i(10));
      p.setSpacingBefore(4);
      p.setLeading(12);
      p.setAlignment(Element.ALIGN_JUSTIFIED);
      doc.add(p);
    }
  }

  private static int align(int column) {
    return switch (FormCells.alignment(column)) {
      case LEFT -> Element.ALIGN_LEFT;
      case RIGHT -> Element.ALIGN_RIGHT;
      case CENTER -> Element.ALIGN_CENTER;
    };
  }

  private PdfPCell headerCell(String text) {
    PdfPCell c = cell(text, b(10), Element.ALIGN_CENTER);
    c.setBackgroundColor(HEADER_FILL);
    return c;
  }

  private PdfPCell cell(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setBorderColor(GRID);
    c.setBorderWidth(0.5f);
    c.setPadding(3);
    c.setPaddingBottom(4.5f);
    c.setLeading(0, 1.12f);
    return c;
  }

  private PdfPCell verdictCell(String text, Tone tone, float size) {
    PdfPCell c = cell(text, colored(fonts.bold, size, new Color(tone.textRgb())), Element.ALIGN_CENTER);
    c.setBackgroundColor(new Color(tone.fillRgb()));
    return c;
  }

  // ---------------------------------------------------------------- appendix details

  /**
   * Biểu số 02: each target's percent of target as a bar on one scale for the whole table (from 0 to the largest
   * percent, so that 164 % and 513 % look different), the 100 % mark, the verdict and the explanation.
   */
  private void details(Document doc) throws DocumentException {
    appendixHeading(doc, t(lang, "Biểu số 02", "Form 02"), t(lang, "THUYẾT MINH KẾT QUẢ TỪNG CHỈ TIÊU",
        "EXPLANATION OF EACH TARGET"));
    double scale = BarScale.of(m.rows.stream().map(ReportModel.Row::percent).toList());
    PdfPTable t = new PdfPTable(new float[] {11, 50, 44, 24, 110});
    t.setWidthPercentage(100);
    t.setSpacingBefore(8);
    t.setHeaderRows(1);
    t.addCell(headerCell(t(lang, "STT", "No.")));
    t.addCell(headerCell(t(lang, "Chỉ tiêu", "Indicator")));
    t.addCell(headerCell(t(lang, "Tỷ lệ so với mục tiêu (vạch đứng: 100 %)", "Percent of target (mark: 100 %)")));
    t.addCell(headerCell(t(lang, "Đánh giá", "Assessment")));
    t.addCell(headerCell(t(lang, "Thuyết minh", "Explanation")));
    for (ReportModel.Row r : m.rows) {
      t.addCell(cell(r.number(), f(10), Element.ALIGN_CENTER));
      t.addCell(cell(r.fullName(), f(10), Element.ALIGN_LEFT));
      t.addCell(bar(r.percent(), r.tone(), scale));
      t.addCell(verdictCell(r.verdict(), r.tone(), 9.5f));
      t.addCell(cell(r.explanation() + Texts.progressNote(r.result(), lang), f(9.5f), Element.ALIGN_LEFT));
    }
    doc.add(t);
    Paragraph p = new Paragraph(t(lang, "Thang của các thanh: từ 0 đến " + Texts.number(BigDecimal.valueOf(scale), 0,
        lang) + " % mục tiêu.", "Bar scale: 0 to " + Texts.number(BigDecimal.valueOf(scale), 0, lang)
        + " % of target."), i(10));
    p.setSpacingBefore(4);
    doc.add(p);
  }

  private PdfPCell bar(Optional<BigDecimal> percent, Tone tone, double scale) {
    String label = percent.map(p -> Texts.number(p, 2, lang) + " %").orElse(t(lang, "không có số liệu",
        "no data"));
    PdfPCell c = cell(label, f(9.5f), Element.ALIGN_RIGHT);
    c.setMinimumHeight(20);
    c.setCellEvent(new Bar(percent.map(BigDecimal::doubleValue), scale, new Color(tone.barRgb()), 70, 100,
        Color.BLACK));
    return c;
  }

  /**
   * A value as a bar on a scale from 0 to {@code top} (values beyond it drawn to its end), on a grey track that leaves
   * {@code labelRoom} points at the right for the cell's text, with a vertical mark at {@code mark} when it lies on
   * the scale: Biểu số 02's percent of target (mark at 100 %) and the survey's pillar means (mark at the level cut).
   */
  private record Bar(Optional<Double> value, double top, Color fill, float labelRoom, double mark, Color markColor)
      implements PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle pos, PdfContentByte[] canvases) {
      PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
      float x = pos.getLeft() + 5;
      float w = pos.getWidth() - labelRoom;
      float h = 8;
      float y = (pos.getTop() + pos.getBottom()) / 2 - h / 2;
      cb.saveState();
      cb.setColorFill(new Color(0xEE, 0xEE, 0xEE));
      cb.rectangle(x, y, w, h);
      cb.fill();
      if (value.isPresent()) {
        double v = Math.max(0, Math.min(top, value.get()));
        cb.setColorFill(fill);
        cb.rectangle(x, y, (float) (w * v / top), h);
        cb.fill();
      }
      if (mark > 0 && mark <= top) {
        cb.setColorStroke(markColor);
        cb.setLineWidth(0.8f);
        float at = x + (float) (w * mark / top);
        cb.moveTo(at, y - 3);
        cb.lineTo(at, y + h + 3);
        cb.stroke();
      }
      cb.restoreState();
    }
  }

  // ---------------------------------------------------------------- appendix: survey

  /**
   * The survey appendix: who answered, the levels by sector, the pillars' mean scores as bars (a mark at the threshold
   * of the level the plan counts), the weakest criteria, and the levels by commune.
   */
  private void survey(Document doc, SurveyPart s) throws DocumentException {
    appendixHeading(doc, s.label, s.title);
    for (String line : s.intro) {
      Paragraph p = new Paragraph(line, f(11));
      p.setSpacingBefore(3);
      p.setLeading(14);
      p.setAlignment(Element.ALIGN_JUSTIFIED);
      doc.add(p);
    }
    surveyHeading(doc, s.sectorsTitle);
    doc.add(distribution(s, s.bySector, t(lang, "Ngành kinh tế (VSIC 2018)", "Sector (VSIC 2018)"), false));
    // the heading is the table's first row, so that the table (kept on one page) never leaves it behind
    PdfPTable p = new PdfPTable(new float[] {12, 90, 150});
    p.setWidthPercentage(100);
    p.setSpacingBefore(10);
    p.setKeepTogether(true);
    PdfPCell heading = new PdfPCell(new Phrase(s.pillarsTitle, b(12)));
    heading.setColspan(3);
    heading.setBorder(Rectangle.NO_BORDER);
    heading.setPaddingLeft(0);
    heading.setPaddingBottom(6);
    p.addCell(heading);
    p.addCell(headerCell(t(lang, "STT", "No.")));
    p.addCell(headerCell(t(lang, "Trụ cột", "Pillar")));
    p.addCell(headerCell(t(lang, "Điểm bình quân", "Mean score")));
    for (SurveyPart.PillarMean x : s.pillars) {
      p.addCell(cell(Integer.toString(x.number()), f(10), Element.ALIGN_CENTER));
      p.addCell(cell(x.name() + (x.weak() ? t(lang, " (yếu nhất)", " (weakest)") : ""), x.weak() ? b(10) : f(10),
          Element.ALIGN_LEFT));
      String label = x.mean().map(v -> Texts.number(v, s.decimals, lang)).orElse("—");
      PdfPCell c = cell(label, f(10), Element.ALIGN_RIGHT);
      c.setMinimumHeight(20);
      c.setCellEvent(new Bar(x.mean().map(BigDecimal::doubleValue), s.axisMax,
          x.weak() ? new Color(0xED, 0x7D, 0x31) : new Color(0x5B, 0x9B, 0xD5), 45, s.cutFrom.doubleValue(),
          new Color(0xC0, 0x00, 0x00)));
      p.addCell(c);
    }
    doc.add(p);
    Paragraph note = new Paragraph(s.scaleNote + "; " + s.markNote + ".", i(10));
    note.setSpacingBefore(3);
    doc.add(note);
    surveyHeading(doc, s.weakestTitle);
    PdfPTable w = new PdfPTable(new float[] {12, 95, 70, 26, 26, 30});
    w.setWidthPercentage(100);
    w.setSpacingBefore(4);
    w.setHeaderRows(1);
    for (String h : List.of(t(lang, "STT", "No."), t(lang, "Tiêu chí", "Criterion"), t(lang, "Trụ cột", "Pillar"),
        t(lang, "Điểm bình quân", "Mean points"), t(lang, "Điểm tối đa", "Maximum"),
        t(lang, "So với điểm tối đa (%)", "Of the maximum (%)"))) {
      w.addCell(headerCell(h));
    }
    int n = 0;
    for (SurveyPart.Weak x : s.weakest) {
      w.addCell(cell(Integer.toString(++n), f(10), Element.ALIGN_CENTER));
      w.addCell(cell(x.criterion(), f(10), Element.ALIGN_LEFT));
      w.addCell(cell(x.pillar(), f(10), Element.ALIGN_LEFT));
      w.addCell(cell(Texts.number(x.mean(), s.decimals, lang), f(10), Element.ALIGN_RIGHT));
      w.addCell(cell(Texts.number(x.max(), Math.max(0, x.max().stripTrailingZeros().scale()), lang), f(10),
          Element.ALIGN_RIGHT));
      w.addCell(cell(Texts.number(x.percent(), 1, lang), f(10), Element.ALIGN_RIGHT));
    }
    doc.add(w);
    surveyHeading(doc, s.communesTitle);
    doc.add(distribution(s, s.byCommune, t(lang, "Xã, phường (mã)", "Commune or ward (code)"), s.coverageKnown));
  }

  private void surveyHeading(Document doc, String text) throws DocumentException {
    Paragraph h = new Paragraph(text, b(12));
    h.setSpacingBefore(10);
    h.setKeepTogether(true);
    doc.add(h);
  }

  /** Respondents by level, one line per sector or commune, the total last. */
  private PdfPTable distribution(SurveyPart s, List<SurveyPart.Line> lines, String what, boolean coverage) {
    int levels = s.levelHeaders.size();
    float[] widths = new float[3 + levels + 1 + (coverage ? 1 : 0)];
    widths[0] = 10;
    // with the coverage column the names give up its width, so that the levels' columns keep theirs
    widths[1] = coverage ? 62 : 84;
    widths[2] = 24;
    for (int l = 0; l < levels; l++) {
      widths[3 + l] = 21;
    }
    widths[3 + levels] = 24;
    if (coverage) {
      widths[4 + levels] = 22;
    }
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4);
    t.setHeaderRows(1);
    t.addCell(smallHeader(t(lang, "STT", "No.")));
    t.addCell(smallHeader(what));
    t.addCell(smallHeader(t(lang, "Số DN trả lời", "Enterprises responding")));
    for (String h : s.levelHeaders) {
      t.addCell(smallHeader(h));
    }
    t.addCell(smallHeader(s.shareHeader));
    if (coverage) {
      t.addCell(smallHeader(t(lang, "Tỷ lệ DN trả lời (%)", "Response coverage (%)")));
    }
    int n = 0;
    for (SurveyPart.Line x : lines) {
      Font font = x.total() ? b(10) : f(10);
      PdfPCell no = cell(x.total() ? "" : Integer.toString(++n), font, Element.ALIGN_CENTER);
      t.addCell(shaded(no, x.total()));
      t.addCell(shaded(cell(x.name(), font, Element.ALIGN_LEFT), x.total()));
      t.addCell(shaded(cell(Texts.number(BigDecimal.valueOf(x.respondents()), 0, lang), font, Element.ALIGN_RIGHT),
          x.total()));
      for (int c : x.byLevel()) {
        t.addCell(shaded(cell(Texts.number(BigDecimal.valueOf(c), 0, lang), font, Element.ALIGN_RIGHT), x.total()));
      }
      t.addCell(shaded(cell(x.share().map(v -> Texts.number(v, 2, lang)).orElse("—"), font, Element.ALIGN_RIGHT),
          x.total()));
      if (coverage) {
        t.addCell(shaded(cell(x.coverage().map(v -> Texts.number(v, 2, lang)).orElse("—"), font,
            Element.ALIGN_RIGHT), x.total()));
      }
    }
    return t;
  }

  private PdfPCell smallHeader(String text) {
    PdfPCell c = cell(text, b(9), Element.ALIGN_CENTER);
    c.setBackgroundColor(HEADER_FILL);
    return c;
  }

  private static PdfPCell shaded(PdfPCell c, boolean total) {
    if (total) {
      c.setBackgroundColor(GROUP_FILL);
    }
    return c;
  }

  /** Page numbers at the top centre from page 2, and the sample marking at the top right of every page. */
  private final class Pages extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      float y = page.getTop() - 12 * MM;
      int n = writer.getPageNumber();
      if (n > 1) {
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(Integer.toString(n), f(13)),
            (page.getLeft() + document.leftMargin() + page.getRight() - document.rightMargin()) / 2, y, 0);
      }
      if (m.sampleMark.isPresent()) {
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(m.sampleMark.get(),
            colored(fonts.bold, 9, SAMPLE_RED)), page.getRight() - document.rightMargin(), y, 0);
        PdfContentByte under = writer.getDirectContentUnder();
        ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(t(lang, "SỐ LIỆU MẪU", "SAMPLE DATA"),
            colored(fonts.bold, 64, new Color(0xFA, 0xE3, 0xE3))), (document.left() + document.right()) / 2,
            (document.top() + document.bottom()) / 2 - 40, 22);
      }
    }
  }
}
