package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chitieu.core.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Templates whose text is stored the way openpyxl and many generators write it: inline strings
 * ({@code <c t="inlineStr"><is>…</is></c>}), some in rich-text runs. The package is written by hand here, part by part,
 * so that no library decides how the text is stored.
 */
class InlineTemplateTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** The targets of rows 3 to 9: verdict in B, value in C (a number format), the last one without data. */
  private static final List<String> TARGETS = List.of("hp.de-share-2025", "hp.de-share-each-sector",
      "hp.ecommerce-share-2025", "hp.dt-enterprises-2025", "hp.payment-accounts-2025", "hp.digital-signature-2025",
      "hp.vneid-2025");

  /** An inline string cell. */
  private static String inline(String ref, String style, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"" + (style.isEmpty() ? "" : " s=\"" + style + "\"") + "><is><t>" + text
        + "</t></is></c>";
  }

  /** The hand-written sheet: inline strings, runs, a number format, formulas with stale cached values. */
  private static final String SHEET = sheet();

  private static String sheet() {
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
    for (int i = 0; i < TARGETS.size(); i++) {
      String id = TARGETS.get(i);
      int r = i + 3;
      String value = "${target:" + id + ".value" + (id.equals("hp.vneid-2025") ? "|empty}" : "}");
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

  private static final String STYLES = """
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

  /** A template package with one sheet, written part by part. */
  static byte[] template(String sheetXml, String styles) throws IOException {
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

  static byte[] fillBytes(byte[] template, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang)
        .fillTemplate(new ByteArrayInputStream(template), out);
    return out.toByteArray();
  }

  static String part(byte[] zip, String name) throws IOException {
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
  static Map<String, String> cellsXml(String sheetXml) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL).matcher(sheetXml);
    while (m.find()) {
      out.put(m.group(1), m.group());
    }
    return out;
  }

  @Test
  void inlineStrings_areFilledInPlace_andNoPlaceholderIsLeftInTheXml() throws IOException {
    byte[] filled = fillBytes(template(SHEET, STYLES), Lang.VI);

    String xml = part(filled, "xl/worksheets/sheet1.xml");
    assertThat(xml).doesNotContain("${");
    Map<String, String> cells = cellsXml(xml);
    // text stays inline, in <is>, and no <v> beside it that a reader would not show
    assertThat(cells.get("A1")).startsWith("<c r=\"A1\"").contains("t=\"inlineStr\"").contains("<is>")
        .doesNotContain("<v>").contains("Kế hoạch phát triển kinh tế số");
    for (String ref : List.of("A1", "A2", "B3", "B9", "A11")) {
      assertThat(cells.get(ref)).as(ref).contains("<is>").doesNotContain("<v>");
    }
    // a number takes the cell: no <is> left behind
    assertThat(cells.get("C5")).contains("t=\"n\"").contains("<v>16.2</v>").doesNotContain("<is>");

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      XSSFCell title = sh.getRow(0).getCell(0);
      assertThat(title.getStringCellValue())
          .isEqualTo("Kế hoạch phát triển kinh tế số trong các ngành, lĩnh vực trên địa bàn thành phố năm 2025");
      assertThat(title.getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
      assertThat(title.getCellStyle().getFont().getBold()).isTrue();
      assertThat(sh.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Chưa đạt");
      XSSFCell value = sh.getRow(4).getCell(2);
      assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(value.getNumericCellValue()).isEqualTo(16.2);
      assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00\" %\"");
      assertThat(sh.getRow(10).getCell(0).getStringCellValue()).isEqualTo(" Hải Phòng, ngày 30 tháng 6 năm 2025 ");
    }
  }

  @Test
  void placeholderAcrossRuns_isFilled_andEachRunKeepsItsFormat() throws IOException {
    byte[] filled = fillBytes(template(SHEET, STYLES), Lang.VI);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      XSSFRichTextString rich = wb.getSheet("Biểu 01").getRow(1).getCell(0).getRichStringCellValue();
      assertThat(rich.getString()).isEqualTo("TMĐT: 16,20% – Vượt");
      assertThat(runs(rich)).containsExactly("TMĐT: 16,20", "% – ", "Vượt");
      assertThat(rich.getFontOfFormattingRun(0).getBold()).isTrue();
      assertThat(rich.getFontOfFormattingRun(0).getItalic()).isFalse();
      assertThat(rich.getFontOfFormattingRun(1).getItalic()).isTrue();
      assertThat(rich.getFontOfFormattingRun(1).getBold()).isFalse();
    }
  }

  static List<String> runs(XSSFRichTextString rich) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rich.numFormattingRuns(); i++) {
      int at = rich.getIndexOfFormattingRun(i);
      out.add(rich.getString().substring(at, at + rich.getLengthOfFormattingRun(i)));
    }
    return out;
  }

  @Test
  void formulas_areRecalculatedOverTheFilledCells() throws IOException {
    byte[] filled = fillBytes(template(SHEET, STYLES), Lang.VI);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      int notYet = 0;
      double sum = 0;
      int blank = 0;
      for (int r = 2; r <= 8; r++) {
        notYet += sh.getRow(r).getCell(1).getStringCellValue().startsWith("Chưa đạt") ? 1 : 0;
        XSSFCell v = sh.getRow(r).getCell(2);
        if (v.getCellType() == CellType.NUMERIC) {
          sum += v.getNumericCellValue();
        } else if (v.getCellType() == CellType.BLANK) {
          blank++;
        }
      }
      // the sample: de-share on track, each-sector and digital-signature off track, dt-enterprises at risk
      assertThat(notYet).isEqualTo(4);
      XSSFCell countif = sh.getRow(9).getCell(1);
      assertThat(countif.getCellFormula()).isEqualTo("COUNTIF(B3:B9,\"Chưa đạt*\")");
      assertThat(countif.getNumericCellValue()).isEqualTo(4.0);
      assertThat(sh.getRow(9).getCell(2).getNumericCellValue()).isCloseTo(sum, within(1e-9))
          .isGreaterThan(100);
      assertThat(blank).isEqualTo(1);
      assertThat(sh.getRow(9).getCell(3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }
  }

  @Test
  void formulasPoiCannotCompute_orThatReadTheClock_keepTheirFormula_withoutAStaleValue() throws IOException {
    byte[] filled = fillBytes(template(SHEET, STYLES), Lang.VI);

    Map<String, String> cells = cellsXml(part(filled, "xl/worksheets/sheet1.xml"));
    // CELL is not in POI; B11+1 refers to it; TODAY reads the clock; D11-1 refers to it: the spreadsheet computes
    // them on open (LibreOffice computes a formula that has no cached value, Excel recalculates everything)
    assertThat(cells.get("B11")).contains("<f>CELL(\"row\",B10)*10</f>").doesNotContain("<v>");
    assertThat(cells.get("C11")).contains("<f>B11+1</f>").doesNotContain("<v>");
    assertThat(cells.get("D11")).contains("<f>TODAY()</f>").doesNotContain("<v>");
    assertThat(cells.get("E11")).contains("<f>D11-1</f>").doesNotContain("<v>");
    assertThat(cells.get("B10")).contains("<v>4.0</v>");
  }

  @Test
  void inlineTemplate_givesTheSameBytesEachTime() throws IOException {
    byte[] t = template(SHEET, STYLES);
    assertThat(fillBytes(t, Lang.VI)).isEqualTo(fillBytes(t, Lang.VI));
  }
}
