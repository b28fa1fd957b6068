package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.Rollup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The traps of rolling up, on SAMPLE (invented) data, through both engines: a sum of decimals whose last bit decides
 * the printed value and the status, a ratio that must be a ratio of sums, a stock's last level in the window.
 */
class TrapsTest {
  static final SourceRef SAMPLE =
      new SourceRef("Kế hoạch mẫu (dữ liệu thử)", PartialDate.parse("2025-01"), "sample plan for tests", "");
  static final Indicator FLOW = Indicator.builder("s.flow").name("Doanh thu mẫu", "Sample revenue")
      .unit(Unit.of("billion-vnd", "tỷ đồng", "billion VND")).decimals(2).aggregation(Aggregation.flow()).build();
  static final Indicator PART = Indicator.builder("s.part").name("Số có tài khoản", "Holders").unit(Unit.PERSONS)
      .aggregation(Aggregation.stock()).build();
  static final Indicator WHOLE = Indicator.builder("s.whole").name("Dân số mẫu", "Sample population")
      .unit(Unit.PERSONS).aggregation(Aggregation.stock()).build();
  static final Indicator SHARE = Indicator.builder("s.share").name("Tỷ lệ mẫu", "Sample share").unit(Unit.PERCENT)
      .decimals(2).aggregation(Aggregation.percent(PART.id(), WHOLE.id())).build();
  static final Indicator LEVEL = Indicator.builder("s.level").name("Số doanh nghiệp mẫu", "Sample enterprises")
      .unit(Unit.COUNT).aggregation(Aggregation.stock()).build();
  /** The share again, weighted by the population where a commune sends its value without parts. */
  static final Indicator SHARE_W = Indicator.builder("s.share-w").name("Tỷ lệ mẫu (có trọng số)",
      "Sample share (weighted)").unit(Unit.PERCENT).decimals(2)
      .aggregation(Aggregation.percent(PART.id(), WHOLE.id()).weightedBy(WHOLE.id())).build();
  static final Indicator RATE_N = Indicator.builder("s.rate-n").name("Tử số mẫu", "Sample numerator")
      .unit(Unit.COUNT).aggregation(Aggregation.flow()).build();
  static final Indicator RATE_D = Indicator.builder("s.rate-d").name("Mẫu số mẫu", "Sample denominator")
      .unit(Unit.COUNT).aggregation(Aggregation.flow()).build();
  /** A ratio of flows with no weight, whose rows give values only. */
  static final Indicator RATE = Indicator.builder("s.rate").name("Tỷ suất mẫu", "Sample rate").unit(Unit.PERCENT)
      .decimals(2).aggregation(Aggregation.percent(RATE_N.id(), RATE_D.id())).build();
  static final List<Indicator> ALL = List.of(FLOW, PART, WHOLE, SHARE, LEVEL, SHARE_W, RATE_N, RATE_D, RATE);
  static final RegionCode PROVINCE = RegionCode.of("10");

  static RegionHierarchy regions() {
    return RegionHierarchy.of(LocalDate.of(2025, 7, 1), List.of(
        new Region(RegionHierarchy.COUNTRY, LocalizedText.of("Việt Nam", "Viet Nam"), RegionLevel.COUNTRY,
            "country", Optional.empty()),
        Region.of("10", "Tỉnh mẫu", "Sample province", RegionLevel.PROVINCE, "province", "VN"),
        Region.of("10001", "Xã 1", "Commune 1", RegionLevel.COMMUNE, "commune", "10"),
        Region.of("10002", "Xã 2", "Commune 2", RegionLevel.COMMUNE, "commune", "10"),
        Region.of("10003", "Xã 3", "Commune 3", RegionLevel.COMMUNE, "commune", "10"),
        Region.of("10004", "Xã 4", "Commune 4", RegionLevel.COMMUNE, "commune", "10")));
  }

  static Measurement value(Indicator i, String region, String period, double v) {
    return Measurement.of(i.id().value(), region, period, v);
  }

  static List<Measurement> rows() {
    return List.of(
        // 0.225 + 0.352 + 0.328: added in this order 0.905 (printed 0.91), the other way round 0.9049999999999999
        // (printed 0.90); commune 4 sends nothing
        value(FLOW, "10001", "2025-03", 0.225), value(FLOW, "10002", "2025-05", 0.352),
        value(FLOW, "10003", "2025-06", 0.328),
        // shares 50 % and 1 %: the province's is 2 / 102, not their mean
        value(PART, "10001", "2025-06", 1), value(WHOLE, "10001", "2025-06", 2),
        value(PART, "10002", "2025-06", 1), value(WHOLE, "10002", "2025-06", 100),
        // levels: the last one within the window, per commune
        value(LEVEL, "10001", "2025-03", 10), value(LEVEL, "10001", "2025-09", 20), value(LEVEL, "10001", "2025-12", 30),
        value(LEVEL, "10002", "2025-06", 5),
        // the weighted share: communes 1 and 2 give parts (50 % and 1 %), communes 3 and 4 values alone (40.5 % of
        // 300 people, 10.25 % of 100): the province's is the mean weighted by the population, 13375 / 502
        value(SHARE_W, "10003", "2025-06", 40.5), value(WHOLE, "10003", "2025-06", 300),
        value(SHARE_W, "10004", "2025-06", 10.25), value(WHOLE, "10004", "2025-06", 100),
        // the rate without weight: the province's own value for the year, communes' values for months
        value(RATE, "10", "2025", 12.5), value(RATE, "10001", "2025-05", 10), value(RATE, "10002", "2025-05", 20));
  }

  static Target target(String id, Indicator i, Comparison c, String threshold) {
    return Target.builder(id).indicator(i.id().value()).requires(c, threshold).byEndOf(2025)
        .statement("Chỉ tiêu mẫu " + id, "Sample target " + id).source(SAMPLE).build();
  }

  static Plan plan() {
    Plan.Builder b = Plan.builder("s.sample").title("Kế hoạch mẫu", "Sample plan")
        .authority("Ủy ban nhân dân (mẫu)", "People's Committee (sample)").region("10")
        .document("1/KH-MAU", "2025-01").horizon(Period.years(2025, 2025)).source(SAMPLE);
    ALL.forEach(b::indicator);
    return b.target(target("t1", FLOW, Comparison.AT_LEAST, "0.91"))
        .target(target("t2", SHARE, Comparison.AT_LEAST, "1.96"))
        .target(target("t3", LEVEL, Comparison.AT_LEAST, "35"))
        .target(target("t4", SHARE_W, Comparison.AT_LEAST, "26.64"))
        .target(target("t5", RATE, Comparison.AT_LEAST, "12.5")).build();
  }

  private static SparkRollup spark;
  private static Map<SparkRollup.Key, SparkRollup.Answer> answers;
  private final Rollup jvm = Rollup.of(MeasurementSet.of(rows()), regions(), ALL);

  /** The rollup on Spark, and the figures the tests read, computed together in one Spark job. */
  private static synchronized Map<SparkRollup.Key, SparkRollup.Answer> answers() {
    if (answers == null) {
      spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), rows()), regions(), ALL);
      List<SparkRollup.Key> keys = new ArrayList<>();
      for (Indicator i : ALL) {
        for (Period w : List.of(Period.year(2025), Period.yearToDate(2025, 9), Period.quarter(2025, 2),
            Period.month(2025, 5))) {
          keys.add(new SparkRollup.Key(i.id(), PROVINCE, w, Breakdown.NONE));
        }
      }
      answers = spark.figures(keys);
    }
    return answers;
  }

  private Aggregate both(Indicator i, Period window) {
    SparkRollup.Key k = new SparkRollup.Key(i.id(), PROVINCE, window, Breakdown.NONE);
    Aggregate expected = jvm.aggregate(i.id(), PROVINCE, window, Breakdown.NONE).orElseThrow();
    Aggregate actual = answers().get(k).get().orElseThrow();
    assertThat(actual).isEqualTo(expected);
    return actual;
  }

  /** The message of the error both engines raise. */
  private String bothRefuse(Indicator i, Period window) {
    SparkRollup.Key k = new SparkRollup.Key(i.id(), PROVINCE, window, Breakdown.NONE);
    String expected = SameFiguresTest.inJvm(jvm, k).error().orElseThrow();
    assertThat(answers().get(k).error()).contains(expected);
    return expected;
  }

  @Test
  void floatSumAtARoundingBoundary_isAddedInTheSameOrder() {
    Aggregate a = both(FLOW, Period.year(2025));
    assertThat(a.value()).isEqualTo(0.905).isNotEqualTo(0.225 + (0.352 + 0.328));
    assertThat(Precision.round(a.value(), 2)).isEqualTo(new BigDecimal("0.91"));
    assertThat(a.coverage().toString()).isEqualTo("3/4");
    assertThat(a.coverage().missing()).containsExactly(RegionCode.of("10004"));
  }

  @Test
  void ratio_isTheRatioOfTheSums() {
    Aggregate a = both(SHARE, Period.year(2025));
    assertThat(a.value()).isEqualTo(2.0 / 102 * 100);
    assertThat(a.numerator().getAsDouble()).isEqualTo(2);
    assertThat(a.denominator().getAsDouble()).isEqualTo(102);
  }

  @Test
  void stock_takesEachCommunesLastLevelInTheWindow() {
    assertThat(both(LEVEL, Period.yearToDate(2025, 9)).value()).isEqualTo(25);
    assertThat(both(LEVEL, Period.year(2025)).value()).isEqualTo(35);
    assertThat(both(LEVEL, Period.quarter(2025, 2)).value()).isEqualTo(5);
  }

  @Test
  void valueWithoutParts_isWeightedByTheDeclaredWeight() {
    for (Period w : List.of(Period.year(2025), Period.quarter(2025, 2))) {
      Aggregate a = both(SHARE_W, w);
      // each commune's value (its parts divided, or the value it sent) times its population, in commune order
      assertThat(a.value()).isEqualTo((1.0 / 2 * 100 * 2 + 1.0 / 100 * 100 * 100 + 40.5 * 300 + 10.25 * 100)
          / (2 + 100 + 300 + 100));
      assertThat(a.numerator()).isEmpty();
      assertThat(a.coverage().toString()).isEqualTo("4/4");
    }
  }

  @Test
  void valueWithoutParts_withoutWeight_isItsRegionsOwnOrAnError() {
    Aggregate own = both(RATE, Period.year(2025));
    assertThat(own.value()).isEqualTo(12.5);
    assertThat(own.coverage().toString()).isEqualTo("1/1");
    assertThat(bothRefuse(RATE, Period.month(2025, 5))).contains("10001 sent a value without numerator and "
        + "denominator, and a ratio cannot be averaged across regions");
    assertThat(bothRefuse(RATE, Period.quarter(2025, 2))).contains("cannot be combined over time");
  }

  @Test
  void assessment_onSparkFigures_printsTheSameAsInOneJvm() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    Assessment expected = Assessor.withDefaults().assess(plan(), MeasurementSet.of(rows()), regions(), asOf);
    answers();
    Assessment actual = spark.assess(Assessor.withDefaults(), plan(), asOf);
    assertThat(AssessmentJson.write(actual)).isEqualTo(AssessmentJson.write(expected));
    assertThat(actual.results()).extracting(r -> r.status())
        .containsExactly(Status.ACHIEVED, Status.ACHIEVED, Status.ACHIEVED, Status.ACHIEVED, Status.ACHIEVED);
  }
}
