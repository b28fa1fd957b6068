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
import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupPropertyData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark rollup against the in-JVM one on the rollup property test's random data (SAMPLE, invented): every figure
 * of the property test's grid (each indicator, breakdown, window of every kind, province and the country), and whole
 * tables at every level and grain, equal to the last bit, with the same coverage, missing units, latest month and
 * status. The data's values are whole numbers, so the tables, which add in another order than {@code aggregate},
 * are exact as well.
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
}
