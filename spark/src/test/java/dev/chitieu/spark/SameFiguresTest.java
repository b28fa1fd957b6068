package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupPropertyData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark rollup against the in-JVM one on the rollup property test's random data (SAMPLE, invented): every figure
 * of the property test's grid (each indicator, breakdown, window of every kind, province and the country), and whole
 * tables at every level and grain, equal to the last bit, with the same coverage, missing units, latest month and
 * status. The data's values are whole numbers, so the tables, which add in another order than {@code aggregate},
 * are exact as well. On the same data with ratios whose rows give values without parts ({@link
 * RollupPropertyData#withValueOnlyRatios}), every figure and every error of the rules, to the message.
 */
class SameFiguresTest {
  private static final RegionLevel[] LEVELS = {RegionLevel.COUNTRY, RegionLevel.PROVINCE, RegionLevel.COMMUNE};
  private static final PeriodKind[] GRAINS = {PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH,
      PeriodKind.HALF};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 4);
  }

  /** Seed 4 with a province of 300 communes: wide coverage lists. */
  static LongStream gridSeeds() {
    return LongStream.of(1, 4);
  }

  @ParameterizedTest
  @MethodSource("gridSeeds")
  void everyFigureOfTheGrid_equalsAggregate(long seed) {
    RollupPropertyData data = RollupPropertyData.of(seed, seed == 4);
    Rollup jvm = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), data.indicators());
    SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), data.rows()), data.regions(),
        data.indicators());
    List<SparkRollup.Key> keys = new ArrayList<>();
    List<RegionCode> units = new ArrayList<>(data.provinces());
    units.add(RegionHierarchy.COUNTRY);
    for (Indicator ind : data.indicators()) {
      for (Breakdown b : data.breakdowns()) {
        for (Period w : data.windows()) {
          for (RegionCode u : units) {
            keys.add(new SparkRollup.Key(ind.id(), u, w, b));
          }
        }
      }
    }
    Map<SparkRollup.Key, SparkRollup.Answer> answers = spark.figures(keys);
    int present = 0;
    int incomplete = 0;
    for (SparkRollup.Key k : keys) {
      Optional<Aggregate> expected = jvm.aggregate(k.indicator(), k.region(), k.window(), k.breakdown());
      Optional<Aggregate> actual = answers.get(k).get();
      assertThat(actual).as("seed %d: %s", seed, k).isEqualTo(expected);
      present += expected.isPresent() ? 1 : 0;
      incomplete += expected.filter(a -> !a.coverage().isComplete()).isPresent() ? 1 : 0;
    }
    // the grid is not empty, and some figures lack communes, so that the missing lists are compared too
    assertThat(present).as("seed %d: figures present", seed).isGreaterThan(keys.size() / 10);
    assertThat(incomplete).as("seed %d: figures with missing communes", seed).isPositive();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tables_equalTheInJvmTables(long seed) {
    RollupPropertyData data = RollupPropertyData.of(seed, false);
    Rollup jvm = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), data.indicators());
    SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), data.rows()), data.regions(),
        data.indicators());
    // every level and grain over the seeds, a different pair for each
    RegionLevel level = LEVELS[(int) (seed % LEVELS.length)];
    PeriodKind grain = GRAINS[(int) (seed % GRAINS.length)];
    List<Aggregate> expected = jvm.table(level, grain).stream().toList();
    assertThat(expected).as("seed %d %s/%s", seed, level, grain).isNotEmpty();
    assertThat(spark.table(level, grain)).as("seed %d %s/%s", seed, level, grain).isEqualTo(expected);
  }

  /** Per kind of outcome, how many the value-only grids gave, over every seed. */
  private static final Map<String, Integer> OUTCOMES = new LinkedHashMap<>();

  @Test
  void valueOnlyRatios_giveTheSameFiguresAndErrors() {
    for (long seed : new long[] {1, 3}) {
      RollupPropertyData data = RollupPropertyData.withValueOnlyRatios(seed, seed == 3);
      Rollup jvm = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), data.indicators());
      SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), data.rows()), data.regions(),
          data.indicators());
      List<RegionCode> units = new ArrayList<>();
      for (var unit : data.regions().units()) {
        if (!unit.parent().map(p -> p.value().equals("99")).orElse(false)) {
          units.add(unit.code()); // the country, the provinces, the communes but those of the wide province
        }
      }
      List<SparkRollup.Key> keys = new ArrayList<>();
      for (Indicator ind : RollupPropertyData.VALUE_ONLY) {
        for (Breakdown b : data.breakdowns()) {
          for (Period w : data.windows()) {
            for (RegionCode u : units) {
              keys.add(new SparkRollup.Key(ind.id(), u, w, b));
            }
          }
        }
      }
      Map<SparkRollup.Key, SparkRollup.Answer> answers = spark.figures(keys);
      for (SparkRollup.Key k : keys) {
        SparkRollup.Answer expected = inJvm(jvm, k);
        assertThat(answers.get(k)).as("seed %d: %s", seed, k).isEqualTo(expected);
        OUTCOMES.merge(outcome(expected), 1, Integer::sum);
      }
    }
    // the grids hold every outcome the value-only rules give
    assertThat(OUTCOMES).containsKeys("own value", "weighted mean", "parts", "no weight", "no weight figure",
        "values over time", "values ending in one month", "parts beside values");
  }

  /** Seeds 1 and 3: by province and month, by country and year. */
  static LongStream valueOnlyTableSeeds() {
    return LongStream.of(1, 3);
  }

  @ParameterizedTest
  @MethodSource("valueOnlyTableSeeds")
  void valueOnlyRatios_tablesEqualTheInJvmTables(long seed) {
    RollupPropertyData data = RollupPropertyData.withValueOnlyRatios(seed, false);
    RegionLevel level = LEVELS[(int) (seed % LEVELS.length)];
    PeriodKind grain = GRAINS[(int) ((seed + 1) % GRAINS.length)];
    // each value-only ratio alone (with its base indicators and weight), so that a table without errors is compared
    // figure by figure and one with errors by its message
    for (Indicator ratio : RollupPropertyData.VALUE_ONLY) {
      List<Indicator> inds = new ArrayList<>();
      for (Indicator i : data.indicators()) {
        if (i.aggregation().isBase()) {
          inds.add(i);
        }
      }
      inds.add(ratio);
      Rollup jvm = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), inds);
      SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), data.rows()), data.regions(), inds);
      String what = "seed " + seed + " " + ratio.id() + " " + level + "/" + grain;
      List<Aggregate> expected;
      try {
        expected = jvm.table(level, grain).stream().toList();
      } catch (AggregationException e) {
        OUTCOMES.merge("table error", 1, Integer::sum);
        String message = e.getMessage();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> spark.table(level, grain)).as(what)
            .isInstanceOf(AggregationException.class).hasMessage(message);
        continue;
      }
      OUTCOMES.merge("table", 1, Integer::sum);
      assertThat(spark.table(level, grain)).as(what).isEqualTo(expected);
    }
  }

  /** What the in-JVM rollup gives for a key: a figure, none, or the message of the error it raises. */
  static SparkRollup.Answer inJvm(Rollup jvm, SparkRollup.Key k) {
    try {
      return new SparkRollup.Answer(jvm.aggregate(k.indicator(), k.region(), k.window(), k.breakdown()),
          Optional.empty());
    } catch (AggregationException e) {
      return new SparkRollup.Answer(Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  private static String outcome(SparkRollup.Answer a) {
    if (a.error().isPresent()) {
      String m = a.error().get();
      return m.contains("cannot be averaged") ? "no weight" : m.contains("has no figure for") ? "no weight figure"
          : m.contains("combined over time") ? "values over time" : m.contains("end in the same month")
          ? "values ending in one month" : m.contains("gives only a value") ? "parts beside values" : "other error";
    }
    if (a.figure().isEmpty()) {
      return "none";
    }
    Aggregate f = a.figure().get();
    return f.numerator().isPresent() ? "parts" : f.coverage().equals(dev.chitieu.core.data.Coverage.single())
        ? "own value" : "weighted mean";
  }
}
