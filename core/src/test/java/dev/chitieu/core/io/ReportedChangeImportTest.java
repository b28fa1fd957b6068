package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Unit;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes on an earlier period carried as a source reports them: the columns change and compared_with. */
class ReportedChangeImportTest {
  static final Indicator REVENUE = Indicator.builder("t.revenue").aggregation(Aggregation.flow()).build();
  static final Indicator COUNT = Indicator.builder("t.count").aggregation(Aggregation.stock()).build();
  static final Indicator SHARE = Indicator.builder("t.share").unit(Unit.PERCENT).decimals(2)
      .aggregation(Aggregation.percent(COUNT.id(), REVENUE.id())).build();
  static final ImportOptions PLAN =
      ImportOptions.defaults().withIndicators(List.of(REVENUE, COUNT, SHARE), List.of());
  static final String HEADER = "indicator,region,period,value,status,source,change,compared_with\n";

  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void csv_aChangeBesideAValue_andAChangeAlone_areBothKept_andEveryRowIsCounted() {
    ImportResult r = MeasurementCsv.readStrict(utf8(HEADER
        + "t.share,VN,2024-H1,87.08,actual,Bộ TT&TT,+9.67,2023\n"
        + "t.revenue,VN,2024-H1,,estimate,Bộ TT&TT,+67%,2023-H1\n"
        + "t.count,VN,2024-H1,63,,,-1.5,2023-12\n"), "data.csv", PLAN);

    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.measurements().size()).isEqualTo(2);
    assertThat(r.measurements().changeOnlyRows()).isEqualTo(1);
    assertThat(r.measurements().reportedChanges()).extracting(ReportedChange::kind, ReportedChange::amount,
            ReportedChange::comparedWith, ReportedChange::status, ReportedChange::onSamePeriodLastYear)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReportedChange.Kind.DIFFERENCE, new BigDecimal("9.67"),
                Period.year(2023), MeasurementStatus.ACTUAL, false),
            org.assertj.core.groups.Tuple.tuple(ReportedChange.Kind.PERCENT, new BigDecimal("67"),
                Period.half(2023, 1), MeasurementStatus.ESTIMATE, true),
            org.assertj.core.groups.Tuple.tuple(ReportedChange.Kind.DIFFERENCE, new BigDecimal("-1.5"),
                Period.month(2023, 12), MeasurementStatus.ACTUAL, false));
  }

  @Test
  void csv_decimalComma_readsTheChangeWithItsComma() {
    ImportResult r = MeasurementCsv.readStrict(utf8("# decimal=comma\n" + HEADER.replace(',', ';')
        + "t.share;VN;2024-H1;87,08;;;+9,67;2023\n"), "data.csv", PLAN);
    assertThat(r.measurements().reportedChanges().getFirst().amount()).isEqualByComparingTo("9.67");
  }

  @Test
  void csv_strict_badChanges_areLocatedErrors_allAtOnce() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementCsv.readStrict(utf8(HEADER
        + "t.share,VN,2024-H1,87.08,,,about 9,2023\n"
        + "t.share,VN,2024-H1,87.08,,,+9.67,2022\n"
        + "t.revenue,VN,2024-H1,5,,,+67%,2023\n"
        + "t.count,VN,2024-H1,63,,,+14,\n"
        + "t.count,VN,2024-H1,,,,,\n"), "data.csv", PLAN));

    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "data.csv line 2, column 'change': 'about 9' is not a change; expected a signed number in the indicator's"
            + " unit (+9.67 points, +14, -1.5) or a percent of the earlier figure (+67%), with 'compared_with'",
        "data.csv line 3, column 'compared_with': '2022' compares 2024-H1 with 2022, which is neither the same"
            + " period one year earlier (2023-H1) nor the previous year (2023, or 2023-12 for its end); expected the"
            + " same period one year earlier (so với cùng kỳ), or for a level the end of the previous year (so với"
            + " cuối năm trước)",
        "data.csv line 4, column 'compared_with': '2023' compares the flow 't.revenue' over 2024-H1 with 2023, a"
            + " window of another length; expected the same period one year earlier (so với cùng kỳ), or for a level"
            + " the end of the previous year (so với cuối năm trước)",
        "data.csv line 5, column 'compared_with': is empty while 'change' is given; expected the period the change"
            + " is on, e.g. 2023 (the end of 2023) or 2023-H1 (the same period of 2023)",
        "data.csv line 6, column 'value': is empty; expected a value, or a numerator and a denominator, or a"
            + " change carried as reported");
  }

  @Test
  void csv_lenient_aSecondChangeOfTheSameKey_isRejected_notSilentlyReplaced() {
    ImportResult r = MeasurementCsv.readLenient(utf8(HEADER
        + "t.revenue,VN,2024-H1,,,,+67%,2023-H1\n"
        + "t.revenue,VN,2024-H1,,,,+70%,2023-H1\n"), "data.csv", PLAN);

    assertThat(r.measurements().reportedChanges()).hasSize(1);
    assertThat(r.rejected()).hasSize(1);
    assertThat(r.rejected().getFirst().problems().getFirst().message()).contains("line 3",
        "repeats the change on 2023-H1 of line 2");
    assertThat(r.rowsRead()).isEqualTo(2);
  }

  @Test
  void csv_headerWithChangeButNoComparedWith_isAnError() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementCsv.readStrict(
        utf8("indicator,region,period,value,change\nt.count,VN,2024,1,+1\n"), "data.csv", PLAN));
    assertThat(e.problems().getFirst().message()).contains("the header has a column 'change' without"
        + " 'compared_with'");
  }

  @Test
  void json_readsTheSameFields() {
    ImportResult r = MeasurementJson.readStrict(utf8("[{\"indicator\":\"t.revenue\",\"region\":\"VN\","
        + "\"period\":\"2024-H1\",\"change\":\"+67%\",\"compared_with\":\"2023-H1\"}]"), "data.json", PLAN);
    assertThat(r.measurements().reportedChanges()).extracting(ReportedChange::amount)
        .containsExactly(new BigDecimal("67"));
    assertThat(r.rowsRead()).isEqualTo(1);
  }

  @Test
  void filter_keepsTheChangesOfTheKeysItKeeps() {
    ImportResult r = MeasurementCsv.readStrict(utf8(HEADER + "t.share,VN,2024-H1,87.08,,,+9.67,2023\n"
        + "t.revenue,VN,2024-H1,,,,+67%,2023-H1\n"), "data.csv", PLAN);
    var onlyShare = r.measurements().filter(m -> m.indicator().equals(SHARE.id()));
    assertThat(onlyShare.reportedChanges()).extracting(c -> c.indicator().value()).containsExactly("t.share");
    assertThat(onlyShare).isNotEqualTo(r.measurements());
  }
}
