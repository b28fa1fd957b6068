package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.Lang;
import dev.chitieu.core.assess.Evidence;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** Writes the report PDF: official header, compliance table, signatures, then per-target details and breakdowns. */
final class PdfReport {
  private static final Color GRID = new Color(0x80, 0x80, 0x80);
  private static final Color HEADER_FILL = new Color(0xD9, 0xD9, 0xD9);
  private static final Color GROUP_FILL = new Color(0xF2, 0xF2, 0xF2);
  private static final Color SAMPLE_RED = new Color(0xC0, 0x00, 0x00);

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
    Document doc = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 48, 40, 36, 42);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, buf);
      writer.setPageEvent(new Pages());
      PdfDate date = new PdfDate(day());
      doc.addTitle(m.title + " – " + m.subtitle + (m.meta.sample() ? t(lang, " [SỐ LIỆU MẪU]", " [SAMPLE DATA]")
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
      summary(doc);
      signatures(doc);
      doc.newPage();
      overview(doc);
      for (ReportModel.Row r : m.rows) {
        detail(doc, r);
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
    c.set(m.assessment.asOf().getYear(), m.assessment.asOf().getMonthValue() - 1, m.assessment.asOf()
        .getDayOfMonth(), 0, 0, 0);
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

  private Font colored(BaseFont base, float size, Color c) {
    return new Font(base, size, Font.NORMAL, c);
  }

  // ---------------------------------------------------------------- header

  private void header(Document doc) throws DocumentException {
    PdfPTable t = new PdfPTable(new float[] {40, 60});
    t.setWidthPercentage(100);
    PdfPCell left = blank();
    for (int k = 0; k < m.issuerLines.size(); k++) {
      boolean last = k == m.issuerLines.size() - 1 || m.issuerLines.size() == 1;
      left.addElement(centered(m.issuerLines.get(k), last ? b(12.5f) : f(12.5f), 0));
    }
    left.addElement(rule(32));
    left.addElement(centered(m.numberLine, f(12.5f), 6));
    PdfPCell right = blank();
    right.addElement(centered(m.nation, b(12.5f), 0));
    right.addElement(centered(m.motto, b(13.5f), 0));
    right.addElement(rule(38));
    right.addElement(centered(m.dateLine, i(13), 6));
    t.addCell(left);
    t.addCell(right);
    doc.add(t);
    if (m.sampleBanner.isPresent()) {
      PdfPTable s = new PdfPTable(1);
      s.setWidthPercentage(78);
      s.setSpacingBefore(8);
      PdfPCell c = new PdfPCell(new Phrase(m.sampleBanner.get(), colored(fonts.bold, 12, SAMPLE_RED)));
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      c.setBorderColor(SAMPLE_RED);
      c.setBorderWidth(1.2f);
      c.setBackgroundColor(new Color(0xFC, 0xE4, 0xE4));
      c.setPadding(5);
      c.setPaddingBottom(7);
      s.addCell(c);
      doc.add(s);
    }
    doc.add(centered(m.title, b(15), 12));
    doc.add(centered(m.subtitle, b(13.5f), 2));
    doc.add(centered(m.planTitle, b(13.5f), 0));
    doc.add(centered(m.periodLine, i(12.5f), 2));
  }

  /** A short centred horizontal line, as under the issuing body and the motto. */
  private PdfPTable rule(float percent) {
    PdfPTable line = new PdfPTable(1);
    line.setWidthPercentage(percent);
    line.setHorizontalAlignment(Element.ALIGN_CENTER);
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderWidth(0.8f);
    c.setFixedHeight(7); // the line sits below the descenders of the text above it
    c.setPadding(0);
    line.addCell(c);
    return line;
  }

  private static Paragraph centered(String text, Font font, float before) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(before);
    p.setLeading(font.getSize() * 1.22f);
    return p;
  }

  private static PdfPCell blank() {
    PdfPCell c = new PdfPCell();
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0);
    return c;
  }

  // ---------------------------------------------------------------- summary table

  private void summary(Document doc) throws DocumentException {
    float[] widths = summaryWidths(doc.right() - doc.left());
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(12);
    t.setHeaderRows(2);
    for (String c : m.columns) {
      t.addCell(headerCell(c));
    }
    for (int k = 1; k <= 8; k++) {
      PdfPCell c = cell("(" + k + ")", i(9.5f), Element.ALIGN_CENTER);
      t.addCell(c);
    }
    for (ReportModel.Group g : m.groups) {
      // the group's title and first row go in one nested row, so that a page never ends on a group title
      PdfPTable first = new PdfPTable(widths);
      first.setWidthPercentage(100);
      PdfPCell roman = cell(g.roman(), b(11), Element.ALIGN_CENTER);
      roman.setBackgroundColor(GROUP_FILL);
      first.addCell(roman);
      PdfPCell title = cell(g.title(), b(11), Element.ALIGN_LEFT);
      title.setColspan(7);
      title.setBackgroundColor(GROUP_FILL);
      first.addCell(title);
      List<ReportModel.Row> rows = g.rows();
      if (!rows.isEmpty()) {
        summaryRow(first, rows.get(0));
      }
      PdfPCell both = new PdfPCell(first);
      both.setColspan(8);
      both.setPadding(0);
      both.setBorder(Rectangle.NO_BORDER);
      t.addCell(both);
      for (ReportModel.Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
        summaryRow(t, r);
      }
    }
    doc.add(t);
    Paragraph legend = new Paragraph(m.legend, i(10));
    legend.setSpacingBefore(4);
    legend.setLeading(12);
    doc.add(legend);
  }

  /**
   * The summary table's column widths in points for a text width: the unit column as wide as its longest word
   * (so that "inhabitants" is not broken), the rest in proportion.
   */
  private float[] summaryWidths(float width) {
    float[] w = {4.2f, 27, 7, 8, 8, 8.5f, 13, 24};
    float sum = 0;
    for (float x : w) {
      sum += x;
    }
    float unit = 0;
    for (ReportModel.Row r : m.rows) {
      for (String word : r.unit().split(" ")) {
        unit = Math.max(unit, fonts.regular.getWidthPoint(word, 11) + 9);
      }
    }
    float unitShare = unit / width * sum;
    if (unitShare > w[2]) {
      w[1] -= unitShare - w[2];
      w[2] = unitShare;
    }
    return w;
  }

  private void summaryRow(PdfPTable t, ReportModel.Row r) {
    t.addCell(cell(r.ordinal(), f(11), Element.ALIGN_CENTER));
    t.addCell(cell(r.name(), f(11), Element.ALIGN_LEFT));
    t.addCell(cell(r.unit(), f(11), Element.ALIGN_CENTER));
    t.addCell(cell(r.comparisonSymbol() + " " + Texts.number(r.threshold(), r.thresholdDecimals(), lang), f(11),
        Element.ALIGN_RIGHT));
    t.addCell(r.value().isPresent()
        ? cell(Texts.number(r.value().get(), r.decimals(), lang), f(11), Element.ALIGN_RIGHT)
        : cell(r.parts().isEmpty() ? "—" : t(lang, "Xem phân tổ", "See breakdown"), i(10), Element.ALIGN_CENTER));
    t.addCell(cell(r.percent().map(p -> Texts.number(p, 2, lang)).orElse("—"), f(11), Element.ALIGN_RIGHT));
    t.addCell(verdictCell(r.verdict(), r.tone(), 10.5f));
    t.addCell(cell(r.notes(), f(10), Element.ALIGN_LEFT));
  }

  private PdfPCell headerCell(String text) {
    PdfPCell c = cell(text, b(11), Element.ALIGN_CENTER);
    c.setBackgroundColor(HEADER_FILL);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  private PdfPCell cell(String text, Font font, int align) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    c.setBorderColor(GRID);
    c.setBorderWidth(0.5f);
    c.setPadding(3.5f);
    c.setPaddingBottom(5);
    c.setLeading(0, 1.15f);
    return c;
  }

  private PdfPCell verdictCell(String text, Tone tone, float size) {
    PdfPCell c = cell(text, colored(fonts.bold, size, new Color(tone.textRgb())), Element.ALIGN_CENTER);
    c.setBackgroundColor(new Color(tone.fillRgb()));
    return c;
  }

  private void signatures(Document doc) throws DocumentException {
    PdfPTable t = new PdfPTable(new float[] {40, 20, 40});
    t.setWidthPercentage(100);
    t.setSpacingBefore(14);
    t.setKeepTogether(true);
    t.addCell(signature(m.preparerTitle, m.preparerHint, m.meta.preparer().orElse("")));
    t.addCell(blank());
    t.addCell(signature(m.headTitle, m.headHint, m.meta.head().orElse("")));
    doc.add(t);
  }

  private PdfPCell signature(String title, String hint, String name) {
    PdfPCell c = blank();
    c.addElement(centered(title, b(12.5f), 0));
    c.addElement(centered(hint, i(12), 0));
    Paragraph n = centered(name.isEmpty() ? " " : name, b(12.5f), 62);
    c.addElement(n);
    return c;
  }

  // ---------------------------------------------------------------- details

  private void overview(Document doc) throws DocumentException {
    doc.add(centered(t(lang, "THUYẾT MINH CHI TIẾT", "DETAILS"), b(14), 0));
    doc.add(centered(t(lang, "Tỷ lệ thực hiện so với mục tiêu của từng chỉ tiêu",
        "Each target's result as a percent of the target"), i(12), 2));
    PdfPTable t = new PdfPTable(new float[] {6, 40, 34, 20});
    t.setWidthPercentage(100);
    t.setSpacingBefore(8);
    t.setHeaderRows(1);
    List<String> cols = lang == Lang.VI
        ? List.of("STT", "Chỉ tiêu", "Tỷ lệ so với mục tiêu (vạch đứng: 100%)", "Đánh giá")
        : List.of("No.", "Indicator", "Percent of target (mark: 100%)", "Assessment");
    for (String c : cols) {
      t.addCell(headerCell(c));
    }
    for (ReportModel.Row r : m.rows) {
      t.addCell(cell(r.number(), f(10.5f), Element.ALIGN_CENTER));
      t.addCell(cell(r.name() + (r.scopeText().isEmpty() ? "" : " (" + r.scopeText() + ")"), f(10.5f),
          Element.ALIGN_LEFT));
      t.addCell(bar(r.percent(), r.tone()));
      t.addCell(verdictCell(r.verdict(), r.tone(), 10));
    }
    doc.add(t);
  }

  /** A cell with a progress bar: 0 to 150 % of target, a mark at 100 %, the percent printed at the right. */
  private PdfPCell bar(Optional<BigDecimal> percent, Tone tone) {
    String label = percent.map(p -> Texts.number(p, 2, lang) + " %").orElse(t(lang, "không có số liệu",
        "no data"));
    PdfPCell c = cell(label, f(10), Element.ALIGN_RIGHT);
    c.setMinimumHeight(20);
    c.setCellEvent(new Bar(percent.map(BigDecimal::doubleValue), tone));
    return c;
  }

  private record Bar(Optional<Double> percent, Tone tone) implements PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle pos, PdfContentByte[] canvases) {
      PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
      float x = pos.getLeft() + 5;
      float w = pos.getWidth() - 80;
      float h = 8;
      float y = (pos.getTop() + pos.getBottom()) / 2 - h / 2;
      cb.saveState();
      cb.setColorFill(new Color(0xEE, 0xEE, 0xEE));
      cb.rectangle(x, y, w, h);
      cb.fill();
      if (percent.isPresent()) {
        double p = Math.max(0, Math.min(150, percent.get()));
        cb.setColorFill(new Color(tone.barRgb()));
        cb.rectangle(x, y, (float) (w * p / 150), h);
        cb.fill();
      }
      cb.setColorStroke(Color.BLACK);
      cb.setLineWidth(0.8f);
      float mark = x + w * 100f / 150f;
      cb.moveTo(mark, y - 3);
      cb.lineTo(mark, y + h + 3);
      cb.stroke();
      cb.restoreState();
    }
  }

  private void detail(Document doc, ReportModel.Row r) throws DocumentException {
    Evidence ev = r.result().evidence();
    PdfPTable block = new PdfPTable(1);
    block.setWidthPercentage(100);
    block.setSpacingBefore(12);
    block.setKeepTogether(r.parts().size() < 12);
    PdfPCell head = blank();
    Paragraph title = new Paragraph(r.number() + ". " + r.name() + (r.scopeText().isEmpty() ? ""
        : " (" + r.scopeText() + ")"), b(12.5f));
    head.addElement(title);
    Paragraph stmt = new Paragraph(t(lang, "Mục tiêu: ", "Target: ") + r.statement() + t(lang, " – thời hạn ",
        " – deadline ") + Texts.shortDate(r.target().deadline()), i(11));
    head.addElement(stmt);
    block.addCell(head);

    PdfPTable kv = new PdfPTable(new float[] {17, 16, 17, 16, 17, 17});
    kv.setWidthPercentage(100);
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {t(lang, "Mục tiêu", "Target"), r.comparisonSymbol() + " " + Texts.number(r.threshold(),
        r.thresholdDecimals(), lang) + " " + r.unit()});
    pairs.add(new String[] {t(lang, "Thực hiện", "Result"), ev.value().map(v -> Texts.number(v, r.decimals(), lang)
        + " " + r.unit()).orElse("—")});
    pairs.add(new String[] {t(lang, "Kỳ số liệu", "Period of figure"), ev.period().map(p -> Texts.periodName(p,
        lang)).orElse("—")});
    pairs.add(new String[] {t(lang, "Tỷ lệ so với KH", "Percent of target"), ev.percentOfTarget().map(p ->
        Texts.number(p, 2, lang) + " %").orElse("—")});
    pairs.add(new String[] {t(lang, "Chênh lệch", "Gap"), ev.gap().map(g -> Texts.number(g, r.decimals(), lang))
        .orElse("—")});
    pairs.add(new String[] {t(lang, "Tình trạng số liệu", "Status of figure"), ev.status().map(s -> s.label()
        .get(lang)).orElse("—")});
    pairs.add(new String[] {t(lang, "Độ bao phủ", "Coverage"), ev.coverage().filter(c -> c.expected() > 1)
        .map(Object::toString).orElse("—")});
    pairs.add(new String[] {t(lang, "Dự báo đến hạn", "Projected"), ev.projection().map(p -> Texts.number(p.value(),
        r.decimals(), lang) + " (" + p.method().label().get(lang) + ")").orElse("—")});
    pairs.add(new String[] {t(lang, "Tiến độ (mục tiêu PTBV)", "Progress (SDG)"), r.result().progress().category().label()
        .get(lang)});
    for (String[] p : pairs) {
      PdfPCell k = cell(p[0], b(10), Element.ALIGN_LEFT);
      k.setBackgroundColor(GROUP_FILL);
      kv.addCell(k);
      kv.addCell(cell(p[1], f(10), Element.ALIGN_LEFT));
    }
    PdfPCell kvCell = blank();
    kvCell.setPaddingTop(4);
    kvCell.addElement(kv);
    block.addCell(kvCell);

    PdfPTable verdict = new PdfPTable(new float[] {20, 56, 24});
    verdict.setWidthPercentage(100);
    PdfPCell vl = cell(t(lang, "Đánh giá", "Assessment"), b(10.5f), Element.ALIGN_LEFT);
    vl.setBackgroundColor(GROUP_FILL);
    verdict.addCell(vl);
    verdict.addCell(bar(r.percent(), r.tone()));
    verdict.addCell(verdictCell(r.verdict(), r.tone(), 10.5f));
    PdfPCell vc = blank();
    vc.setPaddingTop(4);
    vc.addElement(verdict);
    block.addCell(vc);

    PdfPCell expl = blank();
    Paragraph e = new Paragraph(r.explanation(), f(11));
    e.setLeading(14);
    expl.setPaddingTop(4);
    expl.addElement(e);
    if (!r.notes().isEmpty()) {
      Paragraph n = new Paragraph(t(lang, "Ghi chú: ", "Notes: ") + r.notes(), i(10.5f));
      expl.addElement(n);
    }
    block.addCell(expl);
    if (!r.parts().isEmpty()) {
      PdfPCell parts = blank();
      parts.setPaddingTop(2);
      parts.addElement(breakdown(r));
      block.addCell(parts);
    }
    doc.add(block);
  }

  private PdfPTable breakdown(ReportModel.Row r) throws DocumentException {
    PdfPTable t = new PdfPTable(new float[] {5, 19, 10, 22, 13, 31});
    t.setWidthPercentage(100);
    t.setSpacingBefore(6);
    t.setHeaderRows(1);
    List<String> cols = lang == Lang.VI
        ? List.of("STT", r.partHeader(), "Thực hiện", "Tỷ lệ so với mục tiêu", "Đánh giá", "Ghi chú")
        : List.of("No.", r.partHeader(), "Result", "Percent of target", "Assessment", "Notes");
    for (String c : cols) {
      t.addCell(headerCell(c));
    }
    int k = 0;
    for (ReportModel.Part p : r.parts()) {
      t.addCell(cell(Integer.toString(++k), f(10.5f), Element.ALIGN_CENTER));
      t.addCell(cell(p.label(), f(10.5f), Element.ALIGN_LEFT));
      t.addCell(cell(p.value().map(v -> Texts.number(v, r.decimals(), lang)).orElse("—"), f(10.5f),
          Element.ALIGN_RIGHT));
      t.addCell(bar(p.percent(), p.tone()));
      t.addCell(verdictCell(p.verdict(), p.tone(), 10));
      t.addCell(cell(p.explanation().isEmpty() ? p.notes() : p.explanation(), f(9.5f), Element.ALIGN_LEFT));
    }
    return t;
  }

  // ---------------------------------------------------------------- page events

  /** Footer "Trang x / y" on every page, and the sample marking when the data are sample data. */
  private final class Pages extends PdfPageEventHelper {
    private PdfTemplate total;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      String text = t(lang, "Trang ", "Page ") + writer.getPageNumber() + " / ";
      float size = 10;
      float width = fonts.regular.getWidthPoint(text, size);
      float x = (document.left() + document.right()) / 2;
      float y = document.bottom() - 22;
      cb.beginText();
      cb.setFontAndSize(fonts.regular, size);
      cb.setTextMatrix(x - width / 2, y);
      cb.showText(text);
      cb.endText();
      cb.addTemplate(total, x + width / 2, y);
      if (m.meta.sample()) {
        String mark = t(lang, "SỐ LIỆU MẪU – SAMPLE DATA", "SAMPLE DATA – SỐ LIỆU MẪU");
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(mark, colored(fonts.bold, 9, SAMPLE_RED)),
            document.right(), document.top() + 8, 0);
        PdfContentByte under = writer.getDirectContentUnder();
        ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(t(lang, "SỐ LIỆU MẪU", "SAMPLE DATA"),
            colored(fonts.bold, 64, new Color(0xFA, 0xE3, 0xE3))), (document.left() + document.right()) / 2,
            (document.top() + document.bottom()) / 2 - 40, 22);
      }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(fonts.regular, 10);
      total.setTextMatrix(0, 0);
      total.showText(Integer.toString(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
