package dev.chitieu.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Direction;
import dev.chitieu.core.model.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final ProgressOptions UP = ProgressOptions.builder(Direction.INCREASE).build();

  @Nested
  class Series {
    @Test
    void measure_emptySeries_isNotAvailableWithNothingElse() {
      assertThat(Progress.measure(Map.of(), UP)).isEqualTo(ProgressResult.notAvailable());
    }

    @Test
    void measure_singleYear_isNotAvailableButReportsThePoint() {
      ProgressResult r = Progress.measure(Map.of(2024, 87.08), UP);

      assertThat(r.category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
      assertThat(r.score()).isEmpty();
      assertThat(r.value()).isEmpty();
      assertThat(r.latestYear()).isEqualTo(OptionalInt.of(2024));
      assertThat(r.baseYear()).isEqualTo(OptionalInt.of(2024));
    }

    @Test
    void measure_singleYearMeetingTheTarget_isTargetAchievedWithScore5() {
      ProgressOptions o = UP.toBuilder().target(85, 2025).build();

      ProgressResult r = Progress.measure(Map.of(2024, 87.08), o);

      assertThat(r.category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
      assertThat(r.score()).isEqualTo(OptionalDouble.of(5));
      assertThat(r.value()).isEmpty();
    }

    @Test
    void measure_nullAndNaNValues_countAsYearsWithoutData() {
      Map<Integer, Double> s = new HashMap<>();
      s.put(2015, null);
      s.put(2016, Double.NaN);
      s.put(2017, 100.0);
      s.put(2018, 102.0);

      ProgressResult r = Progress.measure(s, UP);

      assertThat(r.baseYear()).isEqualTo(OptionalInt.of(2017));
      assertThat(r.value().getAsDouble()).isCloseTo(0.02, within(1e-12));
      assertThat(r.category()).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
    }

    @Test
    void measure_infiniteValue_isRejectedNamingTheYear() {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Progress.measure(Map.of(2020, Double.POSITIVE_INFINITY), UP));

      assertThat(e).hasMessage("the progress series has Infinity in 2020; expected a finite number or no value");
    }

    @Test
    void measure_baseYearAfterEveryYearWithData_isNotAvailable() {
      ProgressOptions o = UP.toBuilder().baseYear(2025).build();

      ProgressResult r = Progress.measure(Map.of(2020, 1.0, 2021, 2.0), o);

      assertThat(r.category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
      assertThat(r.baseYear()).isEmpty();
      assertThat(r.latestYear()).isEqualTo(OptionalInt.of(2021));
    }

    @Test
    void measure_targetYearNotAfterBaseYear_hasNoProgressValue() {
      ProgressOptions o = UP.toBuilder().baseYear(2020).target(10, 2020).build();

      ProgressResult r = Progress.measure(Map.of(2020, 1.0, 2021, 2.0), o);

      assertThat(r.category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
      assertThat(r.value()).isEmpty();
    }

    @Test
    void measure_targetEqualToBaseAndNotMet_isNotAvailable() {
      ProgressOptions o = UP.toBuilder().baseYear(2020).target(5, 2030).build();

      ProgressResult r = Progress.measure(Map.of(2020, 5.0, 2021, 4.0), o);

      assertThat(r.category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
      assertThat(r.score()).isEmpty();
    }
  }

  @Nested
  class Thresholds {
    @Test
    void measure_customThresholds_moveTheCategory() {
      Map<Integer, Double> s = Map.of(2020, 100.0, 2021, 101.0);
      ProgressOptions strict = UP.toBuilder().baseYear(2020)
          .withoutTarget(new ProgressThresholds(0.05, 0.02, 0)).build();

      assertThat(Progress.measure(s, UP.toBuilder().baseYear(2020).build()).category())
          .isEqualTo(ProgressCategory.MODERATE_PROGRESS);
      assertThat(Progress.measure(s, strict).category()).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    }

    @Test
    void measure_customTargetThresholds_moveTheCategory() {
      // Observed growth 10 %/year, required (200/100)^(1/10) - 1 = 7.18 %: ratio 1.39.
      Map<Integer, Double> s = Map.of(2020, 100.0, 2021, 110.0);
      ProgressOptions defaults = UP.toBuilder().baseYear(2020).target(200, 2030).build();
      ProgressOptions demanding = defaults.toBuilder().withTarget(new ProgressThresholds(1.5, 1.2, 0)).build();

      assertThat(Progress.measure(s, defaults).category()).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
      assertThat(Progress.measure(s, demanding).category()).isEqualTo(ProgressCategory.MODERATE_PROGRESS);
    }

    @Test
    void thresholds_outOfOrder_areRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ProgressThresholds(0.005, 0.015, 0));

      assertThat(e).hasMessage(
          "progress thresholds must be ordered high >= medium >= low, were high=0.005, medium=0.015, low=0.0");
    }

    @Test
    void thresholds_notFinite_areRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ProgressThresholds(Double.NaN, 0, 0));

      assertThat(e).hasMessage("progress thresholds must be finite numbers, were high=NaN, medium=0.0, low=0.0");
    }

    @Test
    void limitCoefficient_isOneFarFromTheLimitAndZeroAtIt() {
      assertThat(Progress.limitCoefficient(40, 20, 4.44)).isEqualTo(1);
      assertThat(Progress.limitCoefficient(0, 0, 4.44)).isEqualTo(1);
      assertThat(Progress.limitCoefficient(100, 100, 4.44)).isEqualTo(0);
      assertThat(Progress.limitCoefficient(66.6, 100, 4.44)).isCloseTo(0.835477394946901, within(1e-12));
      // Symmetric around the limit: 110 is as close to 100 as 90.
      assertThat(Progress.limitCoefficient(110, 100, 4.44))
          .isCloseTo(Progress.limitCoefficient(90, 100, 4.44), within(1e-15));
    }

    @Test
    void options_badNumbers_areRejectedNamingThem() {
      assertThat(assertThrows(IllegalArgumentException.class,
          () -> ProgressOptions.builder(Direction.INCREASE).target(Double.NaN, 2030).build()))
          .hasMessage("progress target must be a finite number, was NaN");
      assertThat(assertThrows(IllegalArgumentException.class,
          () -> ProgressOptions.builder(Direction.INCREASE).limitExponent(0).build()))
          .hasMessage("limit exponent must be a positive number, was 0.0");
      assertThat(assertThrows(IllegalArgumentException.class,
          () -> ProgressOptions.builder(Direction.INCREASE).decimals(10).build()))
          .hasMessage("decimals must be between 0 and 9, was 10");
    }
  }

  @Nested
  class TargetAchieved {
    private final Map<Integer, Double> justBelow = Map.of(2023, 60.0, 2024, 84.996);

    @Test
    void measure_rawComparison_asSdgBuild_isNotAchievedJustBelow() {
      ProgressOptions o = UP.toBuilder().baseYear(2023).target(85, 2025).build();

      assertThat(Progress.measure(justBelow, o).category()).isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void measure_atReportingPrecision_84_996IsAchievedAs85_00() {
      ProgressOptions o = UP.toBuilder().baseYear(2023).target(85, 2025).decimals(2).build();

      assertThat(Progress.measure(justBelow, o).category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void measure_atReportingPrecision_84_994IsNotAchieved() {
      ProgressOptions o = UP.toBuilder().baseYear(2023).target(85, 2025).decimals(2).build();

      ProgressResult r = Progress.measure(Map.of(2023, 60.0, 2024, 84.994), o);

      assertThat(r.category()).isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void measure_strictComparison_valueEqualToThresholdIsNotAchieved() {
      ProgressOptions over = UP.toBuilder().baseYear(2023).target(0.7, 2025).decimals(2)
          .comparison(Comparison.MORE_THAN).build();

      assertThat(Progress.measure(Map.of(2023, 0.5, 2024, 0.7000000000000001), over).category())
          .isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
      assertThat(Progress.measure(Map.of(2023, 0.5, 2024, 0.705), over).category())
          .isEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void measure_decreasingDirection_achievesAtOrBelowTheTarget() {
      ProgressOptions down = ProgressOptions.builder(Direction.DECREASE).baseYear(2020).target(10, 2030).build();

      assertThat(Progress.measure(Map.of(2020, 20.0, 2021, 10.0), down).category())
          .isEqualTo(ProgressCategory.TARGET_ACHIEVED);
      assertThat(Progress.measure(Map.of(2020, 20.0, 2021, 10.01), down).category())
          .isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }
  }

  @Nested
  class Overall {
    @Test
    void overall_noScores_isNotAvailable() {
      assertThat(Progress.overall(List.of(ProgressResult.notAvailable(), ProgressResult.notAvailable())))
          .isEqualTo(ProgressResult.notAvailable());
      assertThat(Progress.overall(List.of())).isEqualTo(ProgressResult.notAvailable());
    }

    @Test
    void categoryOfScore_boundaries() {
      assertThat(Progress.categoryOfScore(5)).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
      assertThat(Progress.categoryOfScore(2.5)).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
      assertThat(Progress.categoryOfScore(Math.nextDown(2.5))).isEqualTo(ProgressCategory.MODERATE_PROGRESS);
      assertThat(Progress.categoryOfScore(0)).isEqualTo(ProgressCategory.MODERATE_PROGRESS);
      assertThat(Progress.categoryOfScore(-Double.MIN_VALUE)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
      assertThat(Progress.categoryOfScore(-2.5)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
      assertThat(Progress.categoryOfScore(Math.nextDown(-2.5))).isEqualTo(ProgressCategory.DETERIORATION);
      assertThat(Progress.categoryOfScore(-5)).isEqualTo(ProgressCategory.DETERIORATION);
    }
  }
}
