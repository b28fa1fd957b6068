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
 * rows, two stock rows ending in the same month, a ratio's value without parts beside its base indicators' rows, a
 * value without parts across regions without a weight, and the weighted means' own errors (weights adding up to 0, a
 * child's denominator of 0, a child without a weight).
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
        TrapsTest.value(TrapsTest.SHARE, "10003", "2026-06", 40),
        // the weighted share, 2027: values whose weights are 0
        TrapsTest.value(TrapsTest.SHARE_W, "10001", "2027-06", 40), TrapsTest.value(TrapsTest.WHOLE, "10001",
            "2027-06", 0), TrapsTest.value(TrapsTest.SHARE_W, "10002", "2027-06", 30),
        TrapsTest.value(TrapsTest.WHOLE, "10002", "2027-06", 0),
        // 2028: a value beside a commune whose parts have a denominator of 0
        TrapsTest.value(TrapsTest.SHARE_W, "10001", "2028-06", 40), TrapsTest.value(TrapsTest.WHOLE, "10001",
            "2028-06", 10), TrapsTest.value(TrapsTest.PART, "10002", "2028-06", 1),
        TrapsTest.value(TrapsTest.WHOLE, "10002", "2028-06", 0),
        // 2029: a value without the commune's weight
        TrapsTest.value(TrapsTest.SHARE_W, "10001", "2029-06", 40), TrapsTest.value(TrapsTest.SHARE_W, "10002",
            "2029-06", 30), TrapsTest.value(TrapsTest.WHOLE, "10002", "2029-06", 5));
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
    List<SparkRollup.Key> weighted = new ArrayList<>();
    for (int year = 2027; year <= 2029; year++) {
      weighted.add(new SparkRollup.Key(TrapsTest.SHARE_W.id(), PROVINCE, Period.year(year), Breakdown.NONE));
    }
    keys.addAll(weighted);
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
    assertThat(answers.get(valueOnly).error()).isEqualTo(SameFiguresTest.inJvm(jvm, valueOnly).error());
    assertThatThrownBy(() -> answers.get(valueOnly).get()).isInstanceOf(AggregationException.class)
        .hasMessageContaining("10003 sent a value without numerator and denominator, and a ratio cannot be averaged");
    List<String> messages = new ArrayList<>();
    for (SparkRollup.Key k : weighted) {
      String expected = SameFiguresTest.inJvm(jvm, k).error().orElseThrow();
      assertThat(answers.get(k).error()).as("%s", k).contains(expected);
      messages.add(expected);
    }
    assertThat(messages.get(0)).contains("the weights ('s.whole') of its parts add up to 0");
    assertThat(messages.get(1)).contains("cannot compute 's.share-w' for 10002 over 2028: its denominator");
    assertThat(messages.get(2)).contains("has no figure for 10001");
  }
}
