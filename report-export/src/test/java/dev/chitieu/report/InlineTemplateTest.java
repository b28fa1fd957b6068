package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Filling templates whose text is stored inline, some in rich-text runs: {@link InlineTemplates}. */
class InlineTemplateTest {
  static byte[] fillBytes(byte[] template, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang)
        .fillTemplate(new ByteArrayInputStream(template), out);
    return out.toByteArray();
  }

  @Test
  void inlineStrings_areFilledInPlace_andNoPlaceholderIsLeftInTheXml() throws IOException {
    byte[] filled = fillBytes(InlineTemplates.template(), Lang.VI);

    String xml = InlineTemplates.part(filled, "xl/worksheets/sheet1.xml");
    assertThat(xml).doesNotContain("${");
    Map<String, String> cells = InlineTemplates.cellsXml(xml);
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
    byte[] filled = fillBytes(InlineTemplates.template(), Lang.VI);

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
    byte[] filled = fillBytes(InlineTemplates.template(), Lang.VI);

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
    byte[] filled = fillBytes(InlineTemplates.template(), Lang.VI);

    Map<String, String> cells = InlineTemplates.cellsXml(InlineTemplates.part(filled, "xl/worksheets/sheet1.xml"));
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
    byte[] t = InlineTemplates.template();
    assertThat(fillBytes(t, Lang.VI)).isEqualTo(fillBytes(t, Lang.VI));
  }
}
