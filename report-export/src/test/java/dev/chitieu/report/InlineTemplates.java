package dev.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Templates whose text is stored the way openpyxl and many generators write it: inline strings
 * ({@code <c t="inlineStr"><is>…</is></c>}), some in rich-text runs. The package is written by hand, part by part, so
 * that no library decides how the text is stored. For the tests of this module and of the command line.
 */
public final class InlineTemplates {
  private InlineTemplates() {}

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** The targets of the sample plan (SampleReports) in rows 3 to 9, the last one without data. */
  public static final List<String> TARGETS = List.of("hp.de-share-2025", "hp.de-share-each-sector",
      "hp.ecommerce-share-2025", "hp.dt-enterprises-2025", "hp.payment-accounts-2025", "hp.digital-signature-2025",
      "hp.vneid-2025");

  /** An inline string cell, e.g. {@code inline("A1", "2", "${plan.title}")}; style "" for none. */
  public static String inline(String ref, String style, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"" + (style.isEmpty() ? "" : " s=\"" + style + "\"") + "><is><t>" + text
        + "</t></is></c>";
  }

  /**
   * The hand-written sheet "Biểu 01": inline strings, a placeholder across rich-text runs (A2), the verdict (B) and
   * value (C, number format 1) of seven targets in rows 3 to 9 (the last without data, {@code |empty}), formulas over
   * them with stale cached values (row 10), and formulas POI cannot compute or that read the clock (row 11).
   */
  public static final String SHEET = sheet(TARGETS);

  /** The sheet of {@link #SHEET} with other targets in rows 3 to 9 (the last one with {@code |empty}). */
  public static String sheet(List<String> targets) {
    StringBuilder b = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="%s"><sheetData>
        <row r="1">%s</row>
        <row r="2"><c r="A2" t="inlineStr"><is>
          <r><rPr><b/><sz val="11"/><rFont val="Arial"/></rPr>
            <t xml:space="preserve">TMĐT: ${target:hp.ecommerce-</t></r>
          <r><rPr><i/><sz val="11"/><rFont val="Arial"/></rPr><t xml:space="preserve">share-2025.value}%% – </t></r>
          <r><t>${target:hp.ecommerce-share-2025.status}</t></r>
        </is></c></row>
        """.formatted(MAIN, inline("A1", "2", "${plan.title}")));
    for (int i = 0; i < targets.size(); i++) {
      String id = targets.get(i);
      int r = i + 3;
      String value = "${target:" + id + ".value" + (i == targets.size() - 1 ? "|empty}" : "}");
      b.append("<row r=\"").append(r).append("\">").append(inline("A" + r, "", id))
          .append(inline("B" + r, "", "${target:" + id + ".verdict}")).append(inline("C" + r, "1", value))
          .append("</row>\n");
    }
    b.append("""
        <row r="10">%s<c r="B10"><f>COUNTIF(B3:B9,"Chưa đạt*")</f><v>0</v></c>
          <c r="C10"><f>SUM(C3:C9)</f><v>0</v></c><c r="D10"><f>COUNTBLANK(C3:C9)</f><v>0</v></c></row>
        <row r="11"><c r="A11" t="inlineStr"><is><t xml:space="preserve"> ${report.date} </t></is></c>
          <c r="B11"><f>CELL("row",B10)*10</f><v>7</v></c><c r="C11"><f>B11+1</f><v>7</v></c>
          <c r="D11"><f>TODAY()</f><v>45000</v></c><c r="E11"><f>D11-1</f><v>44999</v></c></row>
        </sheetData></worksheet>
        """.formatted(inline("A10", "", "Chưa đạt")));
    return b.toString();
  }

  /** The styles' XML: 1 is a number format 0.00 %, 2 bold Times New Roman 13. */
  public static final String STYLES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="%s">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot; %%&quot;"/></numFmts>
      <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>
        <font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>
      <fills count="2"><fill><patternFill patternType="none"/></fill>
        <fill><patternFill patternType="gray125"/></fill></fills>
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
      <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
      </styleSheet>
      """.formatted(MAIN);

  /** The template of {@link #SHEET} and {@link #STYLES}. */
  public static byte[] template() throws IOException {
    return template(SHEET, STYLES);
  }

  /**
   * A template package with one sheet, "Biểu 01", of the given XML.
   *
   * @param sheetXml the worksheet part
   * @param styles the styles part
   * @return the .xlsx bytes
   */
  public static byte[] template(String sheetXml, String styles) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="%1$ssheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%1$sworksheet+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="%1$sstyles+xml"/>
        </Types>""".formatted(OFFICE));
    parts.put("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>""".formatted(REL));
    parts.put("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="%s" xmlns:r="%s">
        <sheets><sheet name="Biểu 01" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN, REL));
    parts.put("xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="%1$s/styles" Target="styles.xml"/>
        </Relationships>""".formatted(REL));
    parts.put("xl/styles.xml", styles);
    parts.put("xl/worksheets/sheet1.xml", sheetXml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(p.getKey()));
        z.write(p.getValue().strip().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The text of a part of a zip. */
  public static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  /** Every {@code <c …>…</c>} of a sheet's XML, by its reference. */
  public static Map<String, String> cellsXml(String sheetXml) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL).matcher(sheetXml);
    while (m.find()) {
      out.put(m.group(1), m.group());
    }
    return out;
  }
}
