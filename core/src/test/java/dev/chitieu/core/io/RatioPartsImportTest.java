package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ratio row that gives a value and its parts: they must agree at the indicator's reporting precision. */
class RatioPartsImportTest {
  static final Indicator REVENUE = Indicator.builder("t.revenue").aggregation(Aggregation.flow()).build();
  static final Indicator RETAIL = Indicator.builder("t.retail").aggregation(Aggregation.flow()).build();
  static final Indicator SHARE = Indicator.builder("t.share").decimals(2)
      .aggregation(Aggregation.percent(REVENUE.id(), RETAIL.id())).build();
  static final Indicator PER_1000 = Indicator.builder("t.per-1000").decimals(1)
      .aggregation(Aggregation.ratio(REVENUE.id(), RETAIL.id(), BigDecimal.valueOf(1000))).build();
  static final ImportOptions PLAN =
      ImportOptions.defaults().withIndicators(List.of(REVENUE, RETAIL, SHARE, PER_1000), List.of());

  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static final String HEADER = "indicator,region,period,value,numerator,denominator\n";

  @Test
  void csv_valueThatAgreesAtReportingPrecision_isKept() {
    // 87.08 is 87.0833… printed with 2 decimals; 87.0833 itself; 0.7 per 1000 from 7 / 10000
    ImportResult r = MeasurementCsv.readStrict(utf8(HEADER + "t.share,31001,2025,87.08,1045,1200\n"
        + "t.share,31002,2025,87.0833,1045,1200\n" + "t.per-1000,31001,2025,0.7,7,10000\n"), "data.csv", PLAN);
    assertThat(r.measurements().size()).isEqualTo(3);
  }

  @Test
  void csv_strict_valueThatDisagreesWithItsParts_isALocatedError() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementCsv.readStrict(
        utf8(HEADER + "t.share,31001,2025,87.08,1045,1200\n" + "t.share,31002,2025,45,1045,1200\n"
            + "t.share,31003,2025,87.09,1045,1200\n"),
        "data.csv", PLAN));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "data.csv line 3, column 'value': '45' disagrees with its numerator and denominator: 1045 / 1200 × 100 = "
            + "87.08 at the 2 reporting decimals of 't.share'; expected a value that rounds to 87.08 (within 0.005), "
            + "or an empty value cell so that the parts give it",
        "data.csv line 4, column 'value': '87.09' disagrees with its numerator and denominator: 1045 / 1200 × 100 = "
            + "87.08 at the 2 reporting decimals of 't.share'; expected a value that rounds to 87.08 (within 0.005), "
            + "or an empty value cell so that the parts give it");
  }

  @Test
  void csv_lenient_valueThatDisagreesWithItsParts_isARejectedRow() {
    ImportResult r = MeasurementCsv.readLenient(utf8("# decimal=comma\n" + HEADER.replace(',', ';')
        + "t.per-1000;31001;2025;0,8;7;10000\n" + "t.per-1000;31002;2025;0,7;7;10000\n"), "data.csv", PLAN);
    assertThat(r.measurements().size()).isEqualTo(1);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.rejected()).hasSize(1);
    assertThat(r.rejected().get(0).location()).isEqualTo("line 3");
    assertThat(r.rejected().get(0).problems()).extracting(DataProblem::message).containsExactly(
        "data.csv line 3, column 'value': '0,8' disagrees with its numerator and denominator: 7 / 10000 × 1000 = 0.7 "
            + "at the 1 reporting decimals of 't.per-1000'; expected a value that rounds to 0.7 (within 0.05), or an "
            + "empty value cell so that the parts give it");
  }

  @Test
  void json_valueThatDisagreesWithItsParts_isALocatedError() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementJson.readStrict(utf8(
        "[{\"indicator\":\"t.share\",\"region\":\"31001\",\"period\":\"2025\",\"value\":20,\"numerator\":1,"
            + "\"denominator\":10}]"), "data.json", PLAN));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).startsWith("data.json line 1, column 'value': '20' disagrees with its "
        + "numerator and denominator: 1 / 10 × 100 = 10.00 at the 2 reporting decimals of 't.share'");
  }

  @Test
  void withoutAPlan_valueAndPartsAreNotCompared() {
    ImportResult r = MeasurementCsv.readStrict(utf8(HEADER + "t.share,31001,2025,45,1045,1200\n"), "data.csv",
        ImportOptions.defaults());
    assertThat(r.measurements().size()).isEqualTo(1);
  }
}
