package dev.chitieu.core.io;

import static dev.chitieu.core.io.MeasurementImportTest.lenient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Text the library writes into CSV files never starts like a formula (OWASP, CSV injection); numbers stay numbers. */
class InertCsvTest {
  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      "=HYPERLINK(\"http://example.invalid\",\"x\")#true",
      "+cmd|' /C calc'!A0#true",
      "@SUM(1+1)#true",
      "-2+3#true",
      "-#true",
      "`\tx`#true",
      "-0.5#false",
      "+3#false",
      "-1.234,5#false",
      "Cục Thống kê#false",
      "'=x#false"})
  void formulaLike_isEveryTriggerButPlainNumbers(String text, boolean formula) {
    assertThat(SpreadsheetText.isFormulaLike(text)).isEqualTo(formula);
  }

  @Test
  void toCsv_prefixesAnApostrophe_andFromCsvUndoesItExactly() {
    for (String t : List.of("=1+2", "'=1+2", "''@x", "-0.5", "'", "''", "'plain", "plain", "\r=x", "")) {
      String cell = SpreadsheetText.toCsv(t);
      assertThat(SpreadsheetText.isFormulaLike(cell)).as(cell).isFalse();
      assertThat(SpreadsheetText.fromCsv(cell)).as(t).isEqualTo(t);
    }
    assertThat(SpreadsheetText.toCsv("=1+2")).isEqualTo("'=1+2");
    assertThat(SpreadsheetText.toCsv("'=1+2")).isEqualTo("''=1+2");
    assertThat(SpreadsheetText.toCsv("-0.5")).isEqualTo("-0.5");
  }

  @Test
  void write_neutralisesFormulaLikeSources_keepsNegativeNumbers_andReadsBackEqual() {
    MeasurementSet set = MeasurementSet.of(List.of(
        Measurement.of("t.retail", "31001", "2025", -0.5).withSource("=HYPERLINK(\"http://example.invalid\",\"x\")"),
        Measurement.of("t.retail", "31002", "2025", 1).withSource("+cmd|' /C calc'!A0"),
        Measurement.of("t.retail", "31003", "2025", 2).withSource("@SUM(1+1)"),
        Measurement.of("t.retail", "31004", "2025", 3).withSource("'=already quoted")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementCsv.write(set, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv.lines().skip(1)).containsExactly(
        "t.retail,31001,2025,-0.5,,,actual,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"",
        "t.retail,31002,2025,1,,,actual,'+cmd|' /C calc'!A0",
        "t.retail,31003,2025,2,,,actual,'@SUM(1+1)",
        "t.retail,31004,2025,3,,,actual,''=already quoted");
    ImportResult back = MeasurementCsv.readStrict(new ByteArrayInputStream(out.toByteArray()), "x.csv",
        ImportOptions.defaults());
    assertThat(back.measurements()).isEqualTo(set);
  }

  @Test
  void writeRejected_neutralisesEveryFieldAsRead_andTheProblems() {
    ImportResult r = lenient("indicator,region,period,value,source\nt.retail,31001,2025,=1+2,@x\n"
        + "t.retail,31002,2025,-0.5,\"\t=cmd\"\n=bad,31003,2025,1,\n", ImportOptions.defaults());
    assertThat(r.rejected()).hasSize(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementCsv.writeRejected(r.rejected(), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(1)).startsWith("t.retail,31001,2025,'=1+2,'@x,\"data.csv line 2, column 'value': '=1+2' is "
        + "not a number");
    assertThat(lines.get(2)).startsWith("'=bad,31003,2025,1,,");
    for (String line : lines) {
      for (String cell : line.split(",")) {
        assertThat(SpreadsheetText.isFormulaLike(cell.startsWith("\"") ? cell.substring(1) : cell)).as(cell)
            .isFalse();
      }
    }
  }
}
