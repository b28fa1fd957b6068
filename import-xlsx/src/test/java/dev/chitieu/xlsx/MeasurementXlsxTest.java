package dev.chitieu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementXlsxTest {
  @TempDir
  Path dir;

  @Test
  void workbook_writtenAndReadBack_isEqual() throws IOException {
    MeasurementSet set = MeasurementSet.of(List.of(
        Measurement.of("t.revenue", "31001", "2025-07", 1234.5).withBreakdown(Breakdown.of("sector", "ict")),
        Measurement.of("t.revenue", "31002", "2025-01..2025-09", 0.1).withStatus(MeasurementStatus.ESTIMATE)
            .withSource("Cục Thống kê"),
        Measurement.ofParts("t.share", "31", "2025", 17, 120)));
    Path file = dir.resolve("m.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      MeasurementXlsx.write(set, out);
    }
    ImportResult back = MeasurementXlsx.readStrict(file, ImportOptions.defaults());
    assertThat(back.measurements()).isEqualTo(set);
    assertThat(back.rowsRead()).isEqualTo(3);
  }

  /** A sheet as a person would type it: shared strings, numbers with display formats, a year typed as a number. */
  private Path typed(String... rows) throws IOException {
    Path file = dir.resolve("typed.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("Số liệu mẫu / sample figures");
      Sheet s = wb.createSheet("data");
      var money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r + 1); // the header on the second row: a title row above is left empty
        String[] cells = rows[r].split("\\|", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          if (cells[c].startsWith("#")) {
            var cell = row.createCell(c);
            cell.setCellValue(Double.parseDouble(cells[c].substring(1)));
            cell.setCellStyle(money);
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  @Test
  void typedSheet_isRead_withStoredNumbersAndSparseCells() throws IOException {
    Path file = typed("indicator|region|period|value|sector", "t.revenue|31001|#2025|#1234567.891|ict",
        "t.revenue|31002|2025-Q1|#7|");
    ImportResult r = MeasurementXlsx.readStrict(file, ImportOptions.defaults());
    assertThat(r.measurements().stream().toList()).containsExactlyInAnyOrder(
        Measurement.of("t.revenue", "31001", "2025", 1234567.891).withBreakdown(Breakdown.of("sector", "ict")),
        Measurement.of("t.revenue", "31002", "2025-Q1", 7));
  }

  @Test
  void textWithADecimalComma_isRefusedWithAHintAWorkbookCanFollow() throws IOException {
    // a workbook has no first line to declare decimal commas on: the hint says what a sheet can do
    Path file = typed("indicator|region|period|value", "t.revenue|31001|2025|1,5");
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> MeasurementXlsx.readStrict(file, ImportOptions.defaults()));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "typed.xlsx sheet 'data' cell D3, column 'value': '1,5' is not a number with a decimal point; expected e.g. "
            + "1234.5; a number cell, or text with a decimal point (a program using the library can read text with "
            + "decimal commas with ImportOptions.withDecimalComma(true))");
    assertThat(MeasurementXlsx.readStrict(file, ImportOptions.defaults().withDecimalComma(true)).measurements()
        .get(0).value().getAsDouble()).isEqualTo(1.5);
  }

  @Test
  void problems_nameTheSheetAndCell_inStrictAndLenientMode() throws IOException {
    Path file = typed("indicator|region|period|value", "t.revenue|31001|2025-13|#1", "t.revenue|31002|2025|abc",
        "t.revenue|31003|2025|#3");
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> MeasurementXlsx.readStrict(file, ImportOptions.defaults()));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "typed.xlsx sheet 'data' cell C3, column 'period': '2025-13' is not a period; expected 2025, 2025-H1, "
            + "2025-Q3, 2025-07 or a range 2025-01..2025-09",
        "typed.xlsx sheet 'data' cell D4, column 'value': 'abc' is not a number; expected e.g. 1234.5");
    ImportResult r = MeasurementXlsx.readLenient(file, ImportOptions.defaults());
    assertThat(r.measurements().size()).isEqualTo(1);
    assertThat(r.rejected()).extracting(x -> x.location()).containsExactly("sheet 'data' row 3", "sheet 'data' row 4");
  }

  @Test
  void notAWorkbook_isAClearError() throws IOException {
    Path file = dir.resolve("x.xlsx");
    Files.writeString(file, "indicator,region\n");
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> MeasurementXlsx.readStrict(file, ImportOptions.defaults()));
    assertThat(e.getMessage()).contains("x.xlsx", "is not an Excel workbook");
  }

  @Test
  void emptySheet_isAClearError_inBothModes() throws IOException {
    Path file = typed();
    for (boolean lenient : new boolean[] {false, true}) {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementXlsx.read(file, null, ImportOptions.defaults(), lenient));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "typed.xlsx sheet 'data': is empty: it has no header row; expected a header row with the columns "
              + "[indicator, region, period, value, numerator, denominator, status, source] (and one per breakdown "
              + "dimension), then one measurement per row; the sheets are [notes, data]");
    }
  }

  @Test
  void sheetWithOnlyBlankRows_isEmptyToo() throws IOException {
    Path file = typed("|", "");
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> MeasurementXlsx.readStrict(file, ImportOptions.defaults()));
    assertThat(e.getMessage()).contains("typed.xlsx sheet 'data': is empty: it has no header row");
  }

  @Test
  void headerOnly_readsAsNoMeasurements() throws IOException {
    ImportResult r = MeasurementXlsx.readStrict(typed("indicator|region|period|value"), ImportOptions.defaults());
    assertThat(r.measurements().size()).isZero();
    assertThat(r.rowsRead()).isZero();
  }

  @Test
  void ratioValueThatDisagreesWithItsParts_namesTheCell() throws IOException {
    Indicator revenue = Indicator.builder("t.revenue").aggregation(Aggregation.flow()).build();
    Indicator retail = Indicator.builder("t.retail").aggregation(Aggregation.flow()).build();
    Indicator share = Indicator.builder("t.share").decimals(2)
        .aggregation(Aggregation.percent(revenue.id(), retail.id())).build();
    ImportOptions plan = ImportOptions.defaults().withIndicators(List.of(revenue, retail, share), List.of());
    Path file = typed("indicator|region|period|value|numerator|denominator", "t.share|31001|2025|#15.5|#17|#120",
        "t.share|31002|2025|#14.17|#17|#120");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementXlsx.readStrict(file, plan));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "typed.xlsx sheet 'data' cell D3, column 'value': '15.5' disagrees with its numerator and denominator: "
            + "17 / 120 × 100 = 14.17 at the 2 reporting decimals of 't.share'; expected a value that rounds to 14.17 "
            + "(within 0.005), or an empty value cell so that the parts give it");
    ImportResult r = MeasurementXlsx.readLenient(file, plan);
    assertThat(r.measurements().size()).isEqualTo(1);
    assertThat(r.rejected()).extracting(x -> x.location()).containsExactly("sheet 'data' row 3");
  }
}
