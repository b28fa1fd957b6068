package dev.chitieu.core.assess;

import static dev.chitieu.core.assess.AssessFixtures.DATASETS;
import static dev.chitieu.core.assess.AssessFixtures.SHARE;
import static dev.chitieu.core.assess.AssessFixtures.plan;
import static dev.chitieu.core.assess.AssessFixtures.target;
import static dev.chitieu.core.assess.AssessFixtures.withCommunes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.MeasurementCsv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link DataCheck} finds, and how rollup errors name the rows they come from. All figures are samples. */
class DataCheckTest {
  private static final RegionHierarchy REGIONS = withCommunes();
  private static final Plan PLAN = plan(target("t.share-2026", SHARE, Comparison.AT_LEAST, "85", 2026),
      target("t.datasets-2026", DATASETS, Comparison.AT_LEAST, "5", 2026));

  private static MeasurementSet read(String rows) {
    String csv = "indicator,region,period,value,numerator,denominator\n" + rows;
    return MeasurementCsv.readStrict(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "data.csv",
        ImportOptions.defaults().withPlan(PLAN).withRegions(REGIONS)).measurements();
  }

  private static List<String> messages(List<DataProblem> problems) {
    return problems.stream().map(DataProblem::message).toList();
  }

  @Test
  void cleanData_isClean() {
    DataCheck c = DataCheck.of(PLAN, read("t.datasets,31001,2025,3,,\nt.share,31001,2025,,80,100\n"
        + "t.share,31002,2025,,90,100\nt.share,31,2026,86.5,,\n"), REGIONS);
    assertThat(c.isClean()).isTrue();
  }

  @Test
  void everyProblem_namesItsFileAndLine_inFileOrder() {
    DataCheck c = DataCheck.of(PLAN, read("t.datasets,31001,2025-03,1,,\nt.share,31002,2025,87,,\n"
        + "t.datasets,31001,2025,3,,\nt.holders,31003,2025-12,5,,\nt.holders,31003,2025-Q4,6,,\n"
        + "t.share,31003,2024-06,,1,2\nt.share,31003,2024,50,,\nt.datasets,01,2025,4,,\n"), REGIONS);

    assertThat(messages(c.problems())).containsExactly(
        "data.csv line 3, column 'value': '87' gives the ratio 't.share' as a bare value for 31002, a unit below the "
            + "plan's region 31; a ratio cannot be averaged across regions; expected its numerator and denominator "
            + "(or rows of 't.holders' and 't.adults'), or a weight declared for the indicator",
        "data.csv line 4, column 'period': '2025' overlaps 2025-03 (line 2) for the same flow 't.datasets', region "
            + "31001, so it would be counted twice; expected periods that do not overlap, e.g. months or a year, "
            + "not both",
        "data.csv line 6, column 'period': '2025-Q4' ends in the same month as 2025-12 (line 5) for the same stock "
            + "'t.holders', region 31003: two levels for 2025-12; expected one level per month",
        "data.csv line 8, column 'value': '50' gives 't.share' as a bare value while line 7 gives its numerator and "
            + "denominator for 31003 in 2024; the two cannot be combined; expected numerator and denominator in "
            + "every row of a unit",
        "data.csv line 8, column 'value': '50' gives the ratio 't.share' as a bare value for 31003, a unit below the "
            + "plan's region 31; a ratio cannot be averaged across regions; expected its numerator and denominator "
            + "(or rows of 't.holders' and 't.adults'), or a weight declared for the indicator");
    assertThat(messages(c.outsideRegion())).containsExactly("data.csv line 9, column 'region': '01' lies outside the "
        + "region of plan 't.sample' (31, Hải Phòng), so the assessment does not use it; expected a unit within Hải "
        + "Phòng, or the plan of its region");
  }

  @Test
  void rowsBuiltWithoutAFile_areNamedByTheirKey() {
    MeasurementSet d = MeasurementSet.of(List.of(Measurement.of("t.datasets", "31001", "2025", 3),
        Measurement.of("t.datasets", "31001", "2025-06", 1)));
    assertThat(messages(DataCheck.of(PLAN, d, REGIONS).problems())).containsExactly("measurements row t.datasets / "
        + "31001 / 2025-06, column 'period': '2025-06' overlaps 2025 (row t.datasets / 31001 / 2025) for the same flow "
        + "'t.datasets', region 31001, so it would be counted twice; expected periods that do not overlap, e.g. months "
        + "or a year, not both");
  }

  @Test
  void aRollupRefusal_namesTheRowsItComesFrom() {
    MeasurementSet d = read("t.share,31001,2025,80,,\nt.share,31002,2025,,90,100\n");
    AggregationException e = assertThrows(AggregationException.class,
        () -> Assessor.withDefaults().assess(PLAN, d, REGIONS, LocalDate.of(2026, 12, 31)));
    assertThat(e.getMessage()).startsWith("cannot roll up 't.share' for 31 over 2025: 31001 sent a value without "
        + "numerator and denominator").endsWith("(data.csv line 2)");

    MeasurementSet overlap = read("t.datasets,31001,2026,3,,\nt.datasets,31001,2026-02,1,,\n");
    AggregationException o = assertThrows(AggregationException.class,
        () -> Assessor.withDefaults().assess(PLAN, overlap, REGIONS, LocalDate.of(2026, 12, 31)));
    assertThat(o.getMessage()).contains("rows for 2026 and 2026-02 overlap").endsWith("(data.csv lines 2 and 3)");
  }

  @Test
  void origins_surviveAFilter_andAreFoundByKey() {
    MeasurementSet d = read("t.datasets,31001,2025,3,,\nt.datasets,31002,2025,4,,\nt.datasets,31003,2025,5,,\n");
    MeasurementSet kept = d.filter(m -> !m.region().value().equals("31002"));

    int i = kept.indexOf(Measurement.of("t.datasets", "31003", "2025", 0));
    assertThat(kept.origin(i).orElseThrow().toString()).isEqualTo("data.csv line 4");
    assertThat(kept.indexOf(Measurement.of("t.datasets", "31002", "2025", 4))).isEqualTo(-1);
    assertThat(MeasurementSet.of(List.of(Measurement.of("t.datasets", "31", "2025", 1))).origin(0)).isEmpty();
  }
}
