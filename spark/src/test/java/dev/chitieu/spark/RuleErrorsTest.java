package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.rollup.Rollup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules' errors through both engines, on SAMPLE (invented) rows the property data never hold: overlapping flow
 * rows, two stock rows ending in the same month, a ratio's value without parts beside its base indicators' rows, and
 * the one refusal of the Spark rollup (a ratio's value without parts, rolled up across regions).
 */
class RuleErrorsTest {
  private static final RegionCode PROVINCE = TrapsTest.PROVINCE;

  static List<Measurement> rows() {
    return List.of(
        // a yearly row and a monthly row of the same year: the flow would be counted twice
        TrapsTest.value(TrapsTest.FLOW, "10001", "2025", 1), TrapsTest.value(TrapsTest.FLOW, "10001", "2025-03", 2),
        // a quarter's level and June's level both end in June
        TrapsTest.value(TrapsTest.LEVEL, "10002", "2025-Q2", 5), TrapsTest.value(TrapsTest.LEVEL, "10002", "2025-06",
            6),
        // commune 4: a share without parts beside its base indicators' rows, which the in-JVM rollup uses
        TrapsTest.value(TrapsTest.SHARE, "10004", "2025-06", 40), TrapsTest.value(TrapsTest.PART, "10004", "2025-06",
            3), TrapsTest.value(TrapsTest.WHOLE, "10004", "2025-06", 4),
        // commune 3 (2026): a share without parts and nothing else, which only a declared weight could roll up
        TrapsTest.value(TrapsTest.SHARE, "10003", "2026-06", 40));
  }

  @Test
  void errorsOfTheRules_sayWhatTheInJvmRollupSays() {
    Rollup jvm = Rollup.of(MeasurementSet.of(rows()), TrapsTest.regions(), TrapsTest.ALL);
    SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), rows()), TrapsTest.regions(),
        TrapsTest.ALL);
    List<SparkRollup.Key> keys = new ArrayList<>();
    for (Indicator i : List.of(TrapsTest.FLOW, TrapsTest.LEVEL)) {
      keys.add(new SparkRollup.Key(i.id(), PROVINCE, Period.year(2025), Breakdown.NONE));
    }
    SparkRollup.Key share = new SparkRollup.Key(TrapsTest.SHARE.id(), PROVINCE, Period.year(2025), Breakdown.NONE);
    SparkRollup.Key valueOnly = new SparkRollup.Key(TrapsTest.SHARE.id(), PROVINCE, Period.year(2026),
        Breakdown.NONE);
    keys.add(share);
    keys.add(valueOnly);
    Map<SparkRollup.Key, SparkRollup.Answer> answers = spark.figures(keys);
    for (SparkRollup.Key k : keys.subList(0, 2)) {
      String expected = null;
      try {
        jvm.aggregate(k.indicator(), k.region(), k.window(), k.breakdown());
      } catch (AggregationException e) {
        expected = e.getMessage();
      }
      assertThat(expected).as("%s", k).isNotNull();
      assertThat(answers.get(k).error()).as("%s", k).contains(expected);
    }
    Aggregate fromBases = answers.get(share).get().orElseThrow();
    assertThat(fromBases).isEqualTo(jvm.aggregate(share.indicator(), PROVINCE, share.window(), Breakdown.NONE)
        .orElseThrow());
    assertThat(fromBases.numerator().getAsDouble()).isEqualTo(3);
    assertThatThrownBy(() -> jvm.aggregate(valueOnly.indicator(), PROVINCE, valueOnly.window(), Breakdown.NONE))
        .isInstanceOf(AggregationException.class).hasMessageContaining("without numerator and denominator");
    assertThatThrownBy(() -> answers.get(valueOnly).get()).isInstanceOf(AggregationException.class)
        .hasMessageContaining("10003 sent a value without numerator and denominator; the Spark rollup needs both");
  }
}
