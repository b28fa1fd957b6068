package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook as a spreadsheet prints it: every wrapped cell's row is tall enough for its text, every text that does
 * not wrap fits its column, columns are neither hairlines nor walls, and every sheet prints A4 landscape, one page
 * wide, with its header rows repeated and a page footer. Heights and widths are estimated as {@link XlsxFit} does.
 */
class XlsxLayoutTest {
  static XSSFWorkbook workbook(Assessment a, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(a).locale(lang).data(SampleReports.haiPhongData(300, 3))
        .rejected(SampleReports.rejectedRows()).metadata(ReportMetadata.builder().sample(true).build())
        .writeXlsx(out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void wrappedCells_haveRowsTallEnoughForTheirText(Assessment a, Lang lang) throws IOException {
    try (XSSFWorkbook wb = workbook(a, lang)) {
      assertThat(ReportLayoutChecks.shortRows(wb)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void unwrappedTexts_fitTheirColumns(Assessment a, Lang lang) throws IOException {
    try (XSSFWorkbook wb = workbook(a, lang)) {
      assertThat(ReportLayoutChecks.cutTexts(wb, lang)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void columns_areBetween3And90Units(Assessment a, Lang lang) throws IOException {
    try (XSSFWorkbook wb = workbook(a, lang)) {
      for (XSSFSheet sh : ReportLayoutChecks.sheets(wb)) {
        int cols = sh.getRow(sh.getLastRowNum()).getLastCellNum();
        for (int c = 0; c < cols; c++) {
          assertThat(sh.getColumnWidth(c) / 256).as(sh.getSheetName() + " column " + c).isBetween(3, 90);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void everySheet_printsA4LandscapeOnePageWideWithRepeatedHeaderAndFooter(Assessment a, Lang lang)
      throws IOException {
    try (XSSFWorkbook wb = workbook(a, lang)) {
      for (XSSFSheet sh : ReportLayoutChecks.sheets(wb)) {
        PrintSetup ps = sh.getPrintSetup();
        assertThat(ps.getPaperSize()).as(sh.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).as(sh.getSheetName()).isTrue();
        assertThat(ps.getFitWidth()).as(sh.getSheetName()).isEqualTo((short) 1);
        assertThat(sh.getFitToPage()).as(sh.getSheetName()).isTrue();
        assertThat(sh.getFooter().getCenter()).as(sh.getSheetName()).contains("&A – ").contains("&P")
            .doesNotContain("&N");
        if (!sh.getSheetName().equals(lang == Lang.VI ? "Biểu đồ" : "Chart")) {
          assertThat(sh.getRepeatingRows()).as(sh.getSheetName()).isNotNull();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.chitieu.report.SampleArguments#bothPlansInBothLanguages")
  void everyFont_isTimesNewRomanNotTheThemesFont(Assessment a, Lang lang) throws IOException {
    try (XSSFWorkbook wb = workbook(a, lang)) {
      for (int i = 0; i < wb.getNumberOfFonts(); i++) {
        XSSFFont f = wb.getFontAt(i);
        assertThat(f.getFontName()).as("font " + i).isEqualTo("Times New Roman");
        assertThat(f.getScheme()).as("font " + i).isEqualTo(org.apache.poi.ss.usermodel.FontScheme.NONE);
      }
    }
  }
}
