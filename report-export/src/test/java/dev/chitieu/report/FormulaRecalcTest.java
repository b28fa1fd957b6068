package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaRecalcTest {
  private static XSSFCell formula(XSSFSheet sh, int row, int col, String formula, double stale) {
    XSSFCell c = (sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row)).createCell(col);
    c.setCellFormula(formula);
    c.getCTCell().setV(Double.toString(stale));
    return c;
  }

  @Test
  void everyFormula_getsItsValue_acrossSheets() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet a = wb.createSheet("Số liệu");
      XSSFSheet b = wb.createSheet("Tổng hợp");
      a.createRow(0).createCell(0).setCellValue(3);
      a.createRow(1).createCell(0).setCellValue(4);
      XSSFCell sum = formula(b, 0, 0, "SUM('Số liệu'!A1:A2)", 0);
      XSSFCell twice = formula(b, 1, 0, "A1*2", 0);

      FormulaRecalc.Result r = FormulaRecalc.recalculate(wb);

      assertThat(r.computed()).isEqualTo(2);
      assertThat(r.left()).isEmpty();
      assertThat(sum.getNumericCellValue()).isEqualTo(7.0);
      assertThat(twice.getNumericCellValue()).isEqualTo(14.0);
    }
  }

  @Test
  void volatileAndUnknownFunctions_andWhatRefersToThem_areLeftWithoutACachedValue() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet a = wb.createSheet("A");
      XSSFSheet b = wb.createSheet("B");
      formula(a, 0, 0, "TODAY()", 45000);
      formula(a, 1, 0, "RAND()*0+1", 1);
      formula(a, 2, 0, "CELL(\"row\",A1)", 3);
      a.createRow(3).createCell(0).setCellValue(5);
      XSSFName day = wb.createName();
      day.setNameName("ngay_bao_cao");
      day.setRefersToFormula("A!$A$1");
      formula(b, 0, 0, "ngay_bao_cao+1", 1);          // through a name
      formula(b, 1, 0, "SUM(A!A2:A3)", 1);            // an area holding RAND and CELL
      formula(b, 2, 0, "A1-1", 1);                    // a dependent of a dependent
      XSSFCell plain = formula(b, 3, 0, "A!A4*10", 0); // refers to a plain number only

      FormulaRecalc.Result r = FormulaRecalc.recalculate(wb);

      assertThat(r.left()).containsExactlyInAnyOrder("'A'!A1", "'A'!A2", "'A'!A3", "'B'!A1", "'B'!A2", "'B'!A3");
      assertThat(r.computed()).isEqualTo(1);
      assertThat(plain.getNumericCellValue()).isEqualTo(50.0);
      for (XSSFSheet sh : new XSSFSheet[] {a, b}) {
        for (int row = 0; row < 3; row++) {
          XSSFCell c = sh.getRow(row).getCell(0);
          assertThat(c.getCTCell().isSetV()).as(sh.getSheetName() + row).isFalse();
          assertThat(c.getCellFormula()).isNotBlank();
        }
      }
    }
  }
}
