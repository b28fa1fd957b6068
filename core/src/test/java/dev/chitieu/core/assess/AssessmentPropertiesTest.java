package dev.chitieu.core.assess;

import static dev.chitieu.core.assess.AssessFixtures.COUNT;
import static dev.chitieu.core.assess.AssessFixtures.m;
import static dev.chitieu.core.assess.AssessFixtures.plan;
import static dev.chitieu.core.assess.AssessFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Direction;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded randomized checks; a failure prints its seed, and {@code seeds()} can be pinned to it to reproduce. */
class AssessmentPropertiesTest {
  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  private static MeasurementSet randomSeries(SplittableRandom rnd, int years) {
    List<Measurement> rows = new ArrayList<>();
    double v = rnd.nextDouble(0, 100);
    for (int y = 2020; y < 2020 + years; y++) {
      rows.add(m(COUNT, Integer.toString(y), v));
      v = Math.max(0, v + rnd.nextDouble(-10, 15));
    }
    return MeasurementSet.of(rows);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void raisingAnAtLeastThreshold_neverImprovesTheStatus(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    MeasurementSet data = randomSeries(rnd, 1 + rnd.nextInt(5));
    int previous = -1;
    for (int t = 0; t <= 200; t += 5) {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, Integer.toString(t), 2028));
      Status s = Assessor.withDefaults().assess(plan, data, LocalDate.of(2025, 3, 1)).results().getFirst().status();
      assertThat(s.severity()).as("seed %d, threshold %d", seed, t).isGreaterThanOrEqualTo(previous);
      assertThat(s).as("seed %d: before the deadline", seed).isNotEqualTo(Status.NOT_ACHIEVED);
      previous = s.severity();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void afterTheDeadline_achievedExactlyWhenTheRoundedValueMeetsTheThreshold(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Comparison c = Comparison.values()[rnd.nextInt(Comparison.values().length)];
    BigDecimal threshold = BigDecimal.valueOf(rnd.nextInt(0, 10_000), 2);
    // Values within a few hundredths of the threshold, where rounding matters.
    double value = threshold.doubleValue() + rnd.nextInt(-300, 301) / 100_000.0;
    Plan plan = plan(target("t", COUNT, c, threshold.toPlainString(), 2025));

    TargetResult r = Assessor.withDefaults().assess(plan, MeasurementSet.of(List.of(m(COUNT, "2025", value))),
        LocalDate.of(2026, 1, 10)).results().getFirst();

    boolean meets = c.test(Precision.round(value, 2), threshold);
    assertThat(r.status()).as("seed %d: %s %s %s", seed, value, c.symbol(), threshold)
        .isEqualTo(meets ? Status.ACHIEVED : Status.NOT_ACHIEVED);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void progress_scoreIsWithinBoundsAndTheCategoryFollowsTheThresholds(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<Integer, Double> series = new TreeMap<>();
    for (int y = 2015; y < 2015 + 2 + rnd.nextInt(8); y++) {
      series.put(y, rnd.nextDouble(0.1, 200));
    }
    ProgressOptions.Builder b = ProgressOptions.builder(rnd.nextBoolean() ? Direction.INCREASE : Direction.DECREASE);
    boolean withTarget = rnd.nextBoolean();
    if (withTarget) {
      b.target(rnd.nextDouble(0.1, 300), 2030);
    } else if (rnd.nextBoolean()) {
      b.limit(rnd.nextDouble(0, 300));
    }
    ProgressOptions o = b.build();

    ProgressResult r = Progress.measure(series, o);

    String why = "seed " + seed + ": " + series + " " + o;
    assertThat(r.value()).as(why).isPresent();
    assertThat(r.score().getAsDouble()).as(why).isBetween(-5.0, 5.0);
    if (r.category() != ProgressCategory.TARGET_ACHIEVED && withTarget) {
      double pv = r.value().getAsDouble();
      ProgressThresholds t = ProgressThresholds.WITH_TARGET;
      ProgressCategory expected = pv >= t.high() ? ProgressCategory.SUBSTANTIAL_PROGRESS
          : pv >= t.medium() ? ProgressCategory.MODERATE_PROGRESS
          : pv >= t.low() ? ProgressCategory.LIMITED_PROGRESS : ProgressCategory.DETERIORATION;
      assertThat(r.category()).as(why).isEqualTo(expected);
    }
  }
}
