package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateFillerTest {
  /** A user's template: a styled sheet with placeholders and named cells. */
  static byte[] template(String... extraPlaceholders) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sh = wb.createSheet("Biểu 01");
      XSSFCellStyle pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0.0\" %\""));
      pct.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      pct.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      XSSFCellStyle bold = wb.createCellStyle();
      var f = wb.createFont();
      f.setBold(true);
      f.setFontName("Arial");
      bold.setFont(f);
      sh.createRow(0).createCell(0).setCellValue("${plan.title}");
      sh.getRow(0).getCell(0).setCellStyle(bold);
      sh.createRow(1).createCell(0).setCellValue("Thương mại điện tử: ${target:hp.ecommerce-share-2025.value}% "
          + "(${target:hp.ecommerce-share-2025.status})");
      XSSFCell value = sh.createRow(2).createCell(1);
      value.setCellValue("${target:hp.ecommerce-share-2025.value}");
      value.setCellStyle(pct);
      sh.createRow(3).createCell(1).setCellValue("${target:hp.de-share-each-sector[smart-agriculture].status}");
      sh.createRow(4).createCell(1).setCellValue("${report.date}");
      sh.createRow(5).createCell(1).setCellStyle(pct);
      sh.createRow(6).createCell(1).setCellValue("unchanged text");
      sh.getRow(6).createCell(2).setCellFormula("B3*2");
      XSSFName n = wb.createName();
      n.setNameName("target.hp.payment_accounts_2025.percent");
      n.setRefersToFormula("'Biểu 01'!$B$6");
      XSSFName other = wb.createName();
      other.setNameName("MyOwnName");
      other.setRefersToFormula("'Biểu 01'!$A$1:$B$2");
      int r = 7;
      for (String p : extraPlaceholders) {
        sh.createRow(r++).createCell(0).setCellValue(p);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static XSSFWorkbook fill(byte[] template, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang)
        .fillTemplate(new ByteArrayInputStream(template), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void placeholders_andNamedCells_areFilledKeepingEveryStyle() throws IOException {
    byte[] t = template();
    try (XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(t)); XSSFWorkbook wb = fill(t, Lang.VI)) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      assertThat(sh.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Kế hoạch phát triển kinh tế số trong các ngành, lĩnh vực trên địa bàn thành phố năm 2025");
      assertThat(sh.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Thương mại điện tử: 16,20% (Vượt)");
      XSSFCell value = sh.getRow(2).getCell(1);
      assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(value.getNumericCellValue()).isEqualTo(16.2);
      assertThat(sh.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Chưa đạt – chậm tiến độ");
      assertThat(sh.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Hải Phòng, ngày 30 tháng 6 năm 2025");
      assertThat(sh.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(100.0);
      assertThat(sh.getRow(6).getCell(1).getStringCellValue()).isEqualTo("unchanged text");
      assertThat(sh.getRow(6).getCell(2).getCellFormula()).isEqualTo("B3*2");
      XSSFSheet old = before.getSheet("Biểu 01");
      for (int[] rc : new int[][] {{0, 0}, {2, 1}, {5, 1}}) {
        XSSFCellStyle a = old.getRow(rc[0]).getCell(rc[1]).getCellStyle();
        XSSFCellStyle b = sh.getRow(rc[0]).getCell(rc[1]).getCellStyle();
        assertThat(b.getIndex()).isEqualTo(a.getIndex());
        assertThat(b.getDataFormatString()).isEqualTo(a.getDataFormatString());
        assertThat(b.getFillForegroundColor()).isEqualTo(a.getFillForegroundColor());
        assertThat(b.getFont().getFontName()).isEqualTo(a.getFont().getFontName());
        assertThat(b.getFont().getBold()).isEqualTo(a.getFont().getBold());
      }
      assertThat(wb.getNumCellStyles()).isEqualTo(before.getNumCellStyles());
      assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }
  }

  @Test
  void english_fillsEnglishWords() throws IOException {
    try (XSSFWorkbook wb = fill(template(), Lang.EN)) {
      assertThat(wb.getSheet("Biểu 01").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Thương mại điện tử: 16.20% (Exceeded)");
    }
  }

  @Test
  void unknownTarget_isAnErrorNamingTheCell() throws IOException {
    byte[] t = template("${target:hp.nothing.value}");
    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));
    assertThat(e.location()).isEqualTo("sheet 'Biểu 01' cell A8");
    assertThat(e).hasMessageStartingWith("sheet 'Biểu 01' cell A8: placeholder '${target:hp.nothing.value}' names "
        + "no target of plan 'sample-haiphong-106-2025'; its targets are [hp.de-share-2025,");
  }

  @Test
  void unknownField_isAnErrorListingTheFields() throws IOException {
    byte[] t = template("${target:hp.vneid-2025.colour}");
    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));
    assertThat(e).hasMessage("sheet 'Biểu 01' cell A8: placeholder '${target:hp.vneid-2025.colour}' names no field "
        + "'colour'; expected one of " + TemplateFiller.FIELDS);
  }

  @Test
  void unknownPlaceholder_isAnError() throws IOException {
    byte[] t = template("Ngày ${today}");
    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));
    assertThat(e).hasMessageStartingWith("sheet 'Biểu 01' cell A8: unknown placeholder '${today}'; expected one of "
        + "${plan.title}");
  }

  @Test
  void unknownPart_isAnErrorListingTheParts() throws IOException {
    byte[] t = template("${target:hp.de-share-each-sector[mining].value}");
    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));
    assertThat(e).hasMessage("sheet 'Biểu 01' cell A8: placeholder '${target:hp.de-share-each-sector[mining].value}'"
        + " names no part 'mining' of target 'hp.de-share-each-sector'; its parts are [ecommerce, smart-tourism, "
        + "smart-agriculture, smart-manufacturing, ict]");
  }

  @Test
  void namedRangeOverSeveralCells_isAnError() throws IOException {
    byte[] t;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("S").createRow(0).createCell(0);
      XSSFName n = wb.createName();
      n.setNameName("target.hp.vneid_2025.value");
      n.setRefersToFormula("S!$A$1:$B$3");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      t = out.toByteArray();
    }
    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));
    assertThat(e).hasMessage("named range 'target.hp.vneid_2025.value': refers to the range S!$A$1:$B$3; expected a "
        + "single cell");
  }

  @Test
  void filledTemplate_isTheSameBytesEachTime() throws IOException {
    byte[] t = template();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ComplianceReport r = ComplianceReport.of(SampleReports.haiPhongAssessment());
    r.fillTemplate(new ByteArrayInputStream(t), a);
    r.fillTemplate(new ByteArrayInputStream(t), b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }

  @Test
  void everyProblem_isReportedAtOnce_eachWithItsCell() throws IOException {
    byte[] t;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template("${target:hp.nothing.value}",
        "Ngày ${today} và ${target:hp.vneid-2025.colour}", "${target:hp.vneid-2025.value|blank}",
        "Tỷ lệ: ${target:hp.vneid-2025.percent")))) {
      XSSFName n = wb.createName();
      n.setNameName("target.hp.vneid_2025.value");
      n.setRefersToFormula("'Biểu 01'!$A$1:$B$3");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      t = out.toByteArray();
    }

    TemplateException e = assertThrows(TemplateException.class, () -> fill(t, Lang.VI));

    assertThat(e.problems()).extracting(TemplateException.Problem::location).containsExactly(
        "sheet 'Biểu 01' cell A8", "sheet 'Biểu 01' cell A9", "sheet 'Biểu 01' cell A9", "sheet 'Biểu 01' cell A10",
        "sheet 'Biểu 01' cell A11", "named range 'target.hp.vneid_2025.value'");
    assertThat(e.location()).isEqualTo("sheet 'Biểu 01' cell A8");
    assertThat(e.problems().get(0).message()).startsWith("placeholder '${target:hp.nothing.value}' names no target");
    assertThat(e.problems().get(1).message()).startsWith("unknown placeholder '${today}'");
    assertThat(e.problems().get(2).message()).startsWith("placeholder '${target:hp.vneid-2025.colour}' names no "
        + "field 'colour'");
    assertThat(e.problems().get(3).message()).isEqualTo("placeholder '${target:hp.vneid-2025.value|blank}' has the "
        + "option 'blank'; expected one of [empty] ('|empty' leaves the cell empty when there is no figure)");
    assertThat(e.problems().get(4).message()).isEqualTo("the placeholder '${target:hp.vneid-2025.percent' is not "
        + "closed; expected '}' after its name, e.g. ${target:<id>.value}");
    assertThat(e.problems().get(5).message()).isEqualTo("refers to the range 'Biểu 01'!$A$1:$B$3; expected a single "
        + "cell");
    assertThat(e.getMessage()).startsWith("6 problems in the template / mẫu có 6 lỗi:\n"
        + "  - sheet 'Biểu 01' cell A8: placeholder '${target:hp.nothing.value}' names no target")
        .contains("\n  - named range 'target.hp.vneid_2025.value': refers to the range");
  }

  @Test
  void missingFigure_printsADash_orLeavesTheCellEmptyWhenAsked() throws IOException {
    byte[] t = template("${target:hp.vneid-2025.value}", "${target:hp.vneid-2025.value|empty}",
        "${target:hp.vneid-2025.percent | empty}", "Đạt ${target:hp.vneid-2025.percent|empty}%",
        "${target:hp.ecommerce-share-2025.value|empty}", "${target:hp.vneid-2025.period|empty}");
    try (XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(t)); XSSFWorkbook wb = fill(t, Lang.VI)) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      assertThat(sh.getRow(7).getCell(0).getStringCellValue()).isEqualTo("—");
      for (int r = 8; r <= 9; r++) {
        XSSFCell empty = sh.getRow(r).getCell(0);
        assertThat(empty.getCellType()).as("row " + r).isEqualTo(CellType.BLANK);
        assertThat(empty.getCellStyle().getIndex()).isEqualTo(before.getSheet("Biểu 01").getRow(r).getCell(0)
            .getCellStyle().getIndex());
      }
      assertThat(sh.getRow(10).getCell(0).getStringCellValue()).isEqualTo("Đạt %");
      // a figure that is there is written whatever the option
      assertThat(sh.getRow(11).getCell(0).getNumericCellValue()).isEqualTo(16.2);
      assertThat(sh.getRow(12).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void textThatReadsAsAFormula_isWrittenQuotePrefixed() throws IOException {
    byte[] t = template("=${plan.number}", "-${target:hp.ecommerce-share-2025.value} điểm", "@${plan.id}",
        "+${plan.number}", "\t${plan.number}", "${plan.number}");
    try (XSSFWorkbook wb = fill(t, Lang.VI)) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      for (int r = 7; r <= 11; r++) {
        XSSFCell c = sh.getRow(r).getCell(0);
        assertThat(c.getCellType()).as("row " + r).isEqualTo(CellType.STRING);
        assertThat(c.getCellStyle().getQuotePrefixed()).as("row " + r).isTrue();
      }
      assertThat(sh.getRow(7).getCell(0).getStringCellValue()).isEqualTo("=106/KH-UBND");
      assertThat(sh.getRow(8).getCell(0).getStringCellValue()).isEqualTo("-16,20 điểm");
      XSSFCell plain = sh.getRow(12).getCell(0);
      assertThat(plain.getStringCellValue()).isEqualTo("106/KH-UBND");
      assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
      // one quoted copy of the default style serves every quoted cell
      assertThat(sh.getRow(7).getCell(0).getCellStyle().getIndex())
          .isEqualTo(sh.getRow(11).getCell(0).getCellStyle().getIndex());
    }
  }

  @Test
  void placeholderAcrossRunsOfASharedString_isFilled_andTheRunsKeepTheirFonts() throws IOException {
    byte[] t;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sh = wb.createSheet("S");
      String text = "Số ${plan.number}, ngày ${asOf}";
      XSSFRichTextString rich = new XSSFRichTextString(text);
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      XSSFFont red = wb.createFont();
      red.setColor(IndexedColors.RED.getIndex());
      // bold from the middle of the first placeholder, red from the middle of the second
      rich.applyFont(0, text.indexOf("number"), bold);
      rich.applyFont(text.indexOf("number"), text.indexOf("asOf"), red);
      rich.applyFont(text.indexOf("asOf"), text.length(), bold);
      sh.createRow(0).createCell(0).setCellValue(rich);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      t = out.toByteArray();
    }
    try (XSSFWorkbook wb = fill(t, Lang.VI)) {
      XSSFRichTextString got = wb.getSheet("S").getRow(0).getCell(0).getRichStringCellValue();
      assertThat(got.getString()).isEqualTo("Số 106/KH-UBND, ngày 30/06/2025");
      assertThat(InlineTemplateTest.runs(got)).containsExactly("Số 106/KH-UBND", ", ngày 30/06/2025");
      assertThat(got.getFontOfFormattingRun(0).getBold()).isTrue();
      assertThat(got.getFontOfFormattingRun(1).getColor()).isEqualTo(IndexedColors.RED.getIndex());
      assertThat(got.getFontOfFormattingRun(1).getBold()).isFalse();
    }
  }
}
