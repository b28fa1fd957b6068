package dev.chitieu.core.assess;

import static dev.chitieu.core.assess.AssessFixtures.COUNT;
import static dev.chitieu.core.assess.AssessFixtures.DATASETS;
import static dev.chitieu.core.assess.AssessFixtures.LEVEL;
import static dev.chitieu.core.assess.AssessFixtures.SHARE;
import static dev.chitieu.core.assess.AssessFixtures.data;
import static dev.chitieu.core.assess.AssessFixtures.day;
import static dev.chitieu.core.assess.AssessFixtures.m;
import static dev.chitieu.core.assess.AssessFixtures.plan;
import static dev.chitieu.core.assess.AssessFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.plan.InvalidPlanException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessorTest {
  private static TargetResult only(Plan plan, MeasurementSet data, LocalDate asOf) {
    return only(Assessor.withDefaults(), plan, data, asOf);
  }

  private static TargetResult only(Assessor assessor, Plan plan, MeasurementSet data, LocalDate asOf) {
    Assessment a = assessor.assess(plan, data, asOf);
    assertThat(a.results()).hasSize(1);
    return a.results().getFirst();
  }

  /** Judged after the deadline at 2 decimals: the value as printed decides, on both sides of every comparison. */
  @Nested
  class Precision {
    static Stream<Arguments> edges() {
      return Stream.of(
          Arguments.argumentSet("85.00 is at least 85 (84.995 rounds up)", Comparison.AT_LEAST, "85", 84.995,
              Status.ACHIEVED),
          Arguments.argumentSet("84.99 is not at least 85", Comparison.AT_LEAST, "85", 84.994999, Status.NOT_ACHIEVED),
          Arguments.argumentSet("0.70 is not over 0.7", Comparison.MORE_THAN, "0.7", 0.7000000000000001,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("0.70 (0.704) is not over 0.7", Comparison.MORE_THAN, "0.7", 0.704,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("0.71 (0.705) is over 0.7", Comparison.MORE_THAN, "0.7", 0.705, Status.ACHIEVED),
          Arguments.argumentSet("15.00 (15.004) is not over 15", Comparison.MORE_THAN, "15", 15.004,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("15.01 (15.005) is over 15", Comparison.MORE_THAN, "15", 15.005, Status.ACHIEVED),
          Arguments.argumentSet("10.00 (10.004) is at most 10", Comparison.AT_MOST, "10", 10.004, Status.ACHIEVED),
          Arguments.argumentSet("10.01 (10.005) is not at most 10", Comparison.AT_MOST, "10", 10.005,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("10.00 (9.995) is not less than 10", Comparison.LESS_THAN, "10", 9.995,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("9.99 (9.994) is less than 10", Comparison.LESS_THAN, "10", 9.994, Status.ACHIEVED),
          Arguments.argumentSet("100.00 (99.995) equals 100", Comparison.EQUAL, "100", 99.995, Status.ACHIEVED),
          Arguments.argumentSet("99.99 (99.994) does not equal 100", Comparison.EQUAL, "100", 99.994,
              Status.NOT_ACHIEVED),
          Arguments.argumentSet("100.00 (100.004) equals 100", Comparison.EQUAL, "100", 100.004, Status.ACHIEVED),
          Arguments.argumentSet("100.01 (100.005) does not equal 100", Comparison.EQUAL, "100", 100.005,
              Status.NOT_ACHIEVED));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void afterTheDeadline_theRoundedValueDecides(Comparison c, String threshold, double value, Status expected) {
      Plan plan = plan(target("t", COUNT, c, threshold, 2025));

      TargetResult r = only(plan, data(m(COUNT, "2025", value)), day("2026-03-01"));

      assertThat(r.status()).isEqualTo(expected);
      assertThat(r.evidence().value().orElseThrow().scale()).isEqualTo(2);
      assertThat(r.evidence().period()).contains(Period.year(2025));
    }

    @ParameterizedTest
    @MethodSource("edges")
    void beforeTheDeadline_aMetValueIsAchievedAndAMissIsNot(Comparison c, String threshold, double value,
        Status expected) {
      Plan plan = plan(target("t", COUNT, c, threshold, 2026));

      TargetResult r = only(plan, data(m(COUNT, "2025", value)), day("2026-01-15"));

      assertThat(r.status() == Status.ACHIEVED).isEqualTo(expected == Status.ACHIEVED);
      assertThat(r.status()).isNotEqualTo(Status.NOT_ACHIEVED);
    }

    @Test
    void evidence_gapAndPercentOfTarget_atReportingPrecision() {
      Plan plan = plan(target("t", COUNT, Comparison.MORE_THAN, "0.7", 2025));

      Evidence e = only(plan, data(m(COUNT, "2025", 0.7000000000000001)), day("2026-03-01")).evidence();

      assertThat(e.value()).contains(new BigDecimal("0.70"));
      assertThat(e.gap()).contains(new BigDecimal("0.00"));
      assertThat(e.percentOfTarget()).contains(new BigDecimal("100.00"));
      assertThat(e.threshold()).isEqualTo(new BigDecimal("0.7"));
      assertThat(e.comparison()).isEqualTo(Comparison.MORE_THAN);
    }

    @Test
    void percentOfTarget_ofAnAtMostTarget_isThresholdOverValue() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_MOST, "10", 2025));

      Evidence e = only(plan, data(m(COUNT, "2025", 12.5)), day("2026-03-01")).evidence();

      assertThat(e.percentOfTarget()).contains(new BigDecimal("80.00"));
      assertThat(e.gap()).contains(new BigDecimal("2.50"));
    }
  }

  /** Readings at the end of 2022, 2023 and 2024 (70, 75, 80): the linear trend gives 85.00 at the end of 2025. */
  @Nested
  class Bands {
    private final MeasurementSet rising = data(m(COUNT, "2022", 70), m(COUNT, "2023", 75), m(COUNT, "2024", 80));

    static Stream<Arguments> thresholds() {
      return Stream.of(
          Arguments.argumentSet("projected 85.00 meets at least 85", Comparison.AT_LEAST, "85", Status.ON_TRACK),
          Arguments.argumentSet("85.00 is not more than 85, but well within the band", Comparison.MORE_THAN, "85",
              Status.AT_RISK),
          Arguments.argumentSet("85.00 misses 85.01 by 0.01", Comparison.AT_LEAST, "85.01", Status.AT_RISK),
          Arguments.argumentSet("a miss of 8.40 is within 10 % of 93.4", Comparison.AT_LEAST, "93.4",
              Status.AT_RISK),
          Arguments.argumentSet("a miss of 9.44 is within 10 % of 94.44", Comparison.AT_LEAST, "94.44",
              Status.AT_RISK),
          Arguments.argumentSet("a miss of 9.46 is beyond 10 % of 94.46", Comparison.AT_LEAST, "94.46",
              Status.OFF_TRACK),
          Arguments.argumentSet("at most 85: projected 85.00 is on track", Comparison.AT_MOST, "85",
              Status.ON_TRACK),
          Arguments.argumentSet("at most 84.99: just over, at risk", Comparison.AT_MOST, "84.99", Status.AT_RISK),
          Arguments.argumentSet("at most 70: 15 over is beyond 7", Comparison.AT_MOST, "70", Status.OFF_TRACK));
    }

    @ParameterizedTest
    @MethodSource("thresholds")
    void projection_againstThreshold_givesTheStatus(Comparison c, String threshold, Status expected) {
      Plan plan = plan(target("t", COUNT, c, threshold, 2025));

      TargetResult r = only(plan, rising, day("2025-02-10"));

      // The latest reading (80) meets "at most 85": that target is already achieved; the others are judged ahead.
      Status s = c.test(new BigDecimal("80.00"), new BigDecimal(threshold)) ? Status.ACHIEVED : expected;
      assertThat(r.status()).isEqualTo(s);
      Projection p = r.evidence().projection().orElseThrow();
      assertThat(p.method()).isEqualTo(ProjectionMethod.LINEAR_TREND);
      assertThat(p.value()).isEqualTo(new BigDecimal("85.00"));
      assertThat(p.points()).isEqualTo(3);
      assertThat(p.at()).isEqualTo(day("2025-12-31"));
    }

    @Test
    void band_edge_aMissOfExactlyTheBandIsAtRisk() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "100", 2026));

      // a flat series projects its own level
      assertThat(only(plan, data(m(COUNT, "2024-06", 90), m(COUNT, "2025-06", 90)), day("2025-07-01")).status())
          .isEqualTo(Status.AT_RISK);
      assertThat(only(plan, data(m(COUNT, "2024-06", 89.99), m(COUNT, "2025-06", 89.99)), day("2025-07-01"))
          .status()).isEqualTo(Status.OFF_TRACK);
      assertThat(only(plan, data(m(COUNT, "2024-06", 89.995), m(COUNT, "2025-06", 89.995)), day("2025-07-01"))
          .status()).as("89.995 is 90.00 at reporting precision").isEqualTo(Status.AT_RISK);
    }

    @Test
    void band_isConfigurable() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "90", 2025));

      assertThat(only(plan, rising, day("2025-02-10")).status()).isEqualTo(Status.AT_RISK);
      assertThat(only(Assessor.of(AssessorOptions.defaults().withAtRiskBand("0.05")), plan, rising,
          day("2025-02-10")).status()).isEqualTo(Status.OFF_TRACK);
      assertThat(only(Assessor.of(AssessorOptions.defaults().withAtRiskBand("0")), plan,
          data(m(COUNT, "2023", 89.99), m(COUNT, "2024", 89.99)), day("2025-02-10")).status())
          .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void band_outsideZeroToOne_isRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> AssessorOptions.defaults().withAtRiskBand("10"));

      assertThat(e).hasMessage("the at-risk band is a fraction of the threshold between 0 and 1 (0.10 = 10 %), was 10");
    }

    @Test
    void compoundGrowth_projectsGeometrically() {
      // 100 -> 121 in a year: 21 % a year gives 146.41 a year later; the straight line gives 142.
      MeasurementSet growing = data(m(COUNT, "2023", 100), m(COUNT, "2024", 121));
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "145", 2025));

      TargetResult linear = only(plan, growing, day("2025-01-20"));
      TargetResult compound = only(Assessor.of(AssessorOptions.defaults().withProjection(
          ProjectionMethod.COMPOUND_GROWTH)), plan, growing, day("2025-01-20"));

      assertThat(linear.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("142.00"));
      assertThat(linear.status()).isEqualTo(Status.AT_RISK);
      assertThat(compound.evidence().projection().orElseThrow().method()).isEqualTo(ProjectionMethod.COMPOUND_GROWTH);
      assertThat(compound.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("146.41"));
      assertThat(compound.status()).isEqualTo(Status.ON_TRACK);
      assertThat(compound.explanation().en()).contains("the compound annual growth of 2 yearly figures projects"
          + " 146.41 count at 31 December 2025");
    }

    @Test
    void compoundGrowth_ofANonPositiveSeries_fallsBackToTheLinearTrend() {
      MeasurementSet withZero = data(m(COUNT, "2023", 0), m(COUNT, "2024", 10));
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "25", 2025));

      TargetResult r = only(Assessor.of(AssessorOptions.defaults().withProjection(ProjectionMethod.COMPOUND_GROWTH)),
          plan, withZero, day("2025-01-20"));

      assertThat(r.evidence().projection().orElseThrow().method()).isEqualTo(ProjectionMethod.LINEAR_TREND);
      assertThat(r.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("20.00"));
      assertThat(r.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void percentProjection_isKeptWithin0And100() {
      MeasurementSet steep = data(m(SHARE, "2023", 60), m(SHARE, "2024", 90));
      Plan plan = plan(target("t", SHARE, Comparison.AT_LEAST, "100", 2026));

      TargetResult r = only(plan, steep, day("2025-01-20"));

      assertThat(r.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("100.00"));
      assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    }
  }

  @Nested
  class SinglePointAndNoData {
    @Test
    void onePoint_isNotProjected_andProgressIsNotAvailable() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2026));

      TargetResult r = only(plan, data(m(COUNT, "2025-Q2", 40)), day("2025-07-01"));

      // one point in time shows no trend: nothing is said of the deadline
      assertThat(r.status()).isEqualTo(Status.NOT_YET_ACHIEVED);
      assertThat(r.evidence().projection()).isEmpty();
      assertThat(r.evidence().period()).contains(Period.parse("2025-H1"));
      assertThat(r.explanation().en()).endsWith("; too few figures to project to the deadline (at least two points in"
          + " time are needed).");
      assertThat(r.explanation().vi()).startsWith("Chưa đạt, chưa đủ số liệu để dự báo: 40,00 số lượng trong 6 tháng đầu năm 2025");
      assertThat(r.progress()).isEqualTo(new ProgressResult(ProgressCategory.NOT_AVAILABLE,
          java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalInt.of(2025),
          java.util.OptionalDouble.of(40), java.util.OptionalInt.of(2025), java.util.OptionalDouble.of(40)));
    }

    @Test
    void noMeasurement_isNoData() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2026));

      TargetResult r = only(plan, MeasurementSet.empty(), day("2025-07-01"));

      assertThat(r.status()).isEqualTo(Status.NO_DATA);
      assertThat(r.evidence().value()).isEmpty();
      assertThat(r.evidence().projection()).isEmpty();
      assertThat(r.progress().category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
      assertThat(r.explanation().en()).isEqualTo("No data: no figure for 2026 up to 1 July 2025 to compare with the"
          + " target of at least 50 count by 31 December 2026.");
      assertThat(r.explanation().vi()).isEqualTo("Chưa có số liệu: không có số liệu năm 2026 đến ngày 01/07/2025 để"
          + " so với mục tiêu tối thiểu 50 số lượng đến 31/12/2026.");
    }

    @Test
    void afterTheDeadline_withoutAFigureForTheDeadlineYear_isNoData() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2025));

      TargetResult r = only(plan, data(m(COUNT, "2024", 60)), day("2026-02-01"));

      assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void measurementsAfterAsOf_areIgnored() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2026));
      MeasurementSet d = data(m(COUNT, "2025-06", 40), m(COUNT, "2025-07", 60));

      TargetResult r = only(plan, d, day("2025-06-30"));

      assertThat(r.evidence().value()).contains(new BigDecimal("40.00"));
      assertThat(r.status()).isEqualTo(Status.NOT_YET_ACHIEVED);
      assertThat(only(plan, d, day("2025-07-01")).status()).isEqualTo(Status.ACHIEVED);
    }
  }

  @Nested
  class Scopes {
    @Test
    void eachMember_oneFailingSector_failsTheTargetAndIsNamed() {
      Plan plan = plan(target("t", LEVEL, Comparison.AT_LEAST, "15", 2025, Scope.eachMember("sector")));
      MeasurementSet d = data(m(LEVEL, "2025", 16).withBreakdown(Breakdown.of("sector", "ecommerce")),
          m(LEVEL, "2025", 12.4).withBreakdown(Breakdown.of("sector", "tourism")),
          m(LEVEL, "2025", 15.2).withBreakdown(Breakdown.of("sector", "ict")));

      TargetResult r = only(plan, d, day("2026-02-01"));

      assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
      assertThat(r.parts()).extracting(TargetResult::status)
          .containsExactly(Status.ACHIEVED, Status.NOT_ACHIEVED, Status.ACHIEVED);
      assertThat(r.parts()).extracting(p -> p.member().orElseThrow()).containsExactly("ecommerce", "tourism", "ict");
      assertThat(r.failingParts()).extracting(p -> p.member().orElseThrow()).containsExactly("tourism");
      assertThat(r.evidence().value()).contains(new BigDecimal("12.40"));
      assertThat(r.explanation().vi()).isEqualTo("Chưa đạt: 1/3 (Ngành) chưa đạt mục tiêu tối thiểu 15 % đến"
          + " 31/12/2025: Du lịch thông minh (12,40 %, chưa đạt).");
      assertThat(r.explanation().en()).isEqualTo("Not achieved: the target of at least 15 % by 31"
          + " December 2025 is missed in 1 of 3 (Sector): Smart tourism (12.40 %, not achieved).");
      assertThat(r.parts().get(1).explanation().en()).startsWith("Not achieved (Smart tourism): 12.40 % in 2025");
      assertThat(r.progress()).isEqualTo(r.parts().get(1).progress());
      assertThat(r.progress().category()).isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void eachMember_allMet_isAchieved() {
      Plan plan = plan(target("t", LEVEL, Comparison.AT_LEAST, "15", 2025, Scope.eachMember("sector")));
      List<Measurement> rows = new ArrayList<>();
      for (String s : List.of("ecommerce", "tourism", "ict")) {
        rows.add(m(LEVEL, "2025", 15).withBreakdown(Breakdown.of("sector", s)));
      }

      TargetResult r = only(plan, MeasurementSet.of(rows), day("2026-02-01"));

      assertThat(r.status()).isEqualTo(Status.ACHIEVED);
      assertThat(r.failingParts()).isEmpty();
      assertThat(r.progress().category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
      assertThat(r.explanation().en()).isEqualTo("Achieved: the target of at least 15 % by 31 December 2025 is met or"
          + " on track in all 3 (Sector).");
    }

    @Test
    void eachMember_aMemberWithoutData_isNamed() {
      Plan plan = plan(target("t", LEVEL, Comparison.AT_LEAST, "15", 2025, Scope.eachMember("sector")));
      MeasurementSet d = data(m(LEVEL, "2025", 16).withBreakdown(Breakdown.of("sector", "ecommerce")),
          m(LEVEL, "2025", 17).withBreakdown(Breakdown.of("sector", "tourism")));

      TargetResult r = only(plan, d, day("2026-02-01"));

      assertThat(r.status()).isEqualTo(Status.NO_DATA);
      assertThat(r.explanation().en()).endsWith(": ICT (no data).");
      assertThat(r.progress().category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
    }

    @Test
    void everyYear_oneFailingYear_failsTheTarget() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2030, Scope.everyYear(2026, 2030)));
      MeasurementSet d = data(m(DATASETS, "2026", 6), m(DATASETS, "2027", 3), m(DATASETS, "2028", 5));

      TargetResult r = only(plan, d, day("2029-01-15"));

      assertThat(r.parts()).extracting(p -> p.period().orElseThrow().toString())
          .containsExactly("2026", "2027", "2028", "2029", "2030");
      // 2029 has begun (January, no figure yet) and is projected; 2030 has not begun and is not due
      assertThat(r.parts()).extracting(TargetResult::status).containsExactly(Status.ACHIEVED, Status.NOT_ACHIEVED,
          Status.ACHIEVED, Status.OFF_TRACK, Status.NOT_DUE);
      assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
      assertThat(r.failingParts()).extracting(p -> p.period().orElseThrow().toString())
          .containsExactly("2027", "2029");
      assertThat(r.parts().get(4).evidence().projection()).isEmpty();
      // The years ahead are projected from the totals of the years before (6, 3, 5: falling by 0.5 a year).
      Projection p2029 = r.parts().get(3).evidence().projection().orElseThrow();
      assertThat(p2029.value()).isEqualTo(new BigDecimal("4"));
      assertThat(p2029.points()).isEqualTo(3);
      assertThat(r.parts().get(3).evidence().value()).isEmpty();
      assertThat(r.explanation().en()).isEqualTo("Not achieved: the target of at least 5 datasets by 31 December 2030"
          + " is missed in 2 of 4 (periods): 2027 (3 datasets, not achieved), 2029 (off track); not due yet: 2030.");
      assertThat(r.parts().get(4).explanation().en()).isEqualTo("Not due yet: 2030 has not started on 15 January"
          + " 2029, so the target of at least 5 datasets for 2030 is not due yet.");
      assertThat(r.parts().get(3).explanation().en()).isEqualTo("Off track: no figure yet for 2029 to compare with"
          + " the target of at least 5 datasets for 2029; the linear trend of 3 earlier periods projects 4 datasets"
          + " at 31 December 2029, 1 datasets from the threshold, beyond the 10 % at-risk band.");
    }

    @Test
    void everyYear_currentYear_isJudgedOnItsRunningTotal() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2027, Scope.everyYear(2026, 2027)));
      MeasurementSet d = data(m(DATASETS, "2026-03", 1), m(DATASETS, "2026-06", 2));

      TargetResult r = only(plan, d, day("2026-06-30"));

      TargetResult y2026 = r.parts().getFirst();
      assertThat(y2026.evidence().value()).contains(new BigDecimal("3"));
      assertThat(y2026.evidence().period()).contains(Period.parse("2026-H1"));
      // Through (2026.0, 0), (2026.25, 1), (2026.5, 3): a line of 6 a year, 6 at the end of 2026.
      assertThat(y2026.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("6"));
      assertThat(y2026.status()).isEqualTo(Status.ON_TRACK);
      assertThat(y2026.explanation().en()).isEqualTo("On track: 3 datasets in H1 2026 (actual; only part of 2026),"
          + " not yet meeting the target of at least 5 datasets for 2026 (60.00 % of target); the linear trend of the"
          + " running total since January 2026 projects 6 datasets at 31 December 2026.");
    }

    @Test
    void cumulative_sumOverTheRange() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "20", 2030, Scope.cumulative(2026, 2030)));
      MeasurementSet sofar = data(m(DATASETS, "2026", 6), m(DATASETS, "2027", 3), m(DATASETS, "2028", 5));

      TargetResult running = only(plan, sofar, day("2029-01-15"));

      assertThat(running.evidence().value()).contains(new BigDecimal("14"));
      assertThat(running.evidence().period()).contains(Period.years(2026, 2028));
      // Running total 0, 6, 9, 14 at the ends of 2025..2028: 4.5 a year, 23 at the end of 2030.
      assertThat(running.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("23"));
      assertThat(running.status()).isEqualTo(Status.ON_TRACK);
      assertThat(running.explanation().vi()).isEqualTo("Đúng tiến độ: 14 bộ dữ liệu trong giai đoạn 2026–2028"
          + " (chính thức; mới là một phần của giai đoạn 2026–2030), chưa đạt mục tiêu tối thiểu 20 bộ dữ liệu cộng dồn"
          + " trong giai đoạn 2026–2030 (70,00 % mục tiêu); xu hướng tuyến tính của số lũy kế từ tháng 1/2026 dự báo"
          + " đạt 23 bộ dữ liệu vào 31/12/2030.");

      TargetResult done = only(plan, data(m(DATASETS, "2026", 6), m(DATASETS, "2027", 3), m(DATASETS, "2028", 5),
          m(DATASETS, "2029", 4), m(DATASETS, "2030", 3)), day("2031-02-01"));
      assertThat(done.status()).isEqualTo(Status.ACHIEVED);
      assertThat(done.evidence().value()).contains(new BigDecimal("21"));

      TargetResult missed = only(plan, data(m(DATASETS, "2026", 6), m(DATASETS, "2027", 3), m(DATASETS, "2028", 5),
          m(DATASETS, "2029", 4), m(DATASETS, "2030", 1)), day("2031-02-01"));
      assertThat(missed.status()).isEqualTo(Status.NOT_ACHIEVED);
      assertThat(missed.evidence().value()).contains(new BigDecimal("19"));
    }

    @Test
    void cumulative_reachedBeforeTheEnd_isAchieved() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "20", 2030, Scope.cumulative(2026, 2030)));

      TargetResult r = only(plan, data(m(DATASETS, "2026", 12), m(DATASETS, "2027", 9)), day("2028-01-10"));

      assertThat(r.status()).isEqualTo(Status.ACHIEVED);
      assertThat(r.explanation().en()).contains("already meeting the target of at least 20 datasets in total in"
          + " 2026–2030");
    }

    @Test
    void cumulative_beforeTheRange_sumsTheProjectedYears() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "20", 2030, Scope.cumulative(2026, 2030)));

      TargetResult r = only(plan, data(m(DATASETS, "2024", 3), m(DATASETS, "2025", 4)), day("2026-01-10"));

      // Totals 3, 4 grow by 1 a year: 5 + 6 + 7 + 8 + 9 = 35 over 2026-2030.
      assertThat(r.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("35"));
      assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    }
  }

  @Nested
  class Flows {
    @Test
    void partOfTheYear_meetingAnAtLeastTarget_isAchievedAndSaysItIsPartial() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2025));

      TargetResult r = only(plan, data(m(DATASETS, "2025-Q1", 2), m(DATASETS, "2025-Q2", 4)), day("2025-06-30"));

      assertThat(r.status()).isEqualTo(Status.ACHIEVED);
      assertThat(r.explanation().en()).isEqualTo("Achieved: 6 datasets in H1 2025 (actual; only part of 2025),"
          + " already meeting the target of at least 5 datasets by 31 December 2025 (120.00 % of target).");
      assertThat(r.explanation().vi()).isEqualTo("Đạt: 6 bộ dữ liệu trong 6 tháng đầu năm 2025 (chính thức; mới là"
          + " một phần của năm 2025), đã đạt mục tiêu tối thiểu 5 bộ dữ liệu đến 31/12/2025 (120,00 % mục tiêu).");
    }

    @Test
    void partOfTheYear_underAnAtMostTarget_isNotAchievedBeforeTheYearEnds() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_MOST, "10", 2025));

      TargetResult r = only(plan, data(m(DATASETS, "2025-Q1", 2), m(DATASETS, "2025-Q2", 4)), day("2025-06-30"));

      // 6 so far, 12 at this pace by December: over 10 by 2, beyond the 1-dataset band.
      assertThat(r.status()).isEqualTo(Status.OFF_TRACK);
      assertThat(r.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void futureYear_isProjectedFromEarlierYearTotals_shownButNotAchievedByThem() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2026));

      TargetResult r = only(plan, data(m(DATASETS, "2023", 5), m(DATASETS, "2024", 6)), day("2025-03-01"));

      assertThat(r.status()).isEqualTo(Status.ON_TRACK);
      assertThat(r.evidence().value()).contains(new BigDecimal("6"));
      assertThat(r.evidence().period()).contains(Period.year(2024));
      assertThat(r.evidence().projection().orElseThrow().value()).isEqualTo(new BigDecimal("8"));
    }
  }

  @Nested
  class Provenance {
    @Test
    void incompleteCoverage_isSaidInTheExplanation() {
      Plan plan = plan(target("t", AssessFixtures.SHARE, Comparison.AT_LEAST, "80", 2025));
      MeasurementSet d = data(
          Measurement.ofParts("t.share", "31001", "2025", 90, 100),
          Measurement.ofParts("t.share", "31002", "2025", 45, 50));

      TargetResult r = Assessor.withDefaults().assess(plan, d, AssessFixtures.withCommunes(), day("2026-01-20"))
          .results().getFirst();

      assertThat(r.status()).isEqualTo(Status.ACHIEVED);
      assertThat(r.evidence().value()).contains(new BigDecimal("90.00"));
      assertThat(r.evidence().coverage().orElseThrow().toString()).isEqualTo("2/3");
      assertThat(r.explanation().en()).endsWith("; figures from 2 of 3 units (missing: Sample commune 03).");
      assertThat(r.explanation().vi()).endsWith("; số liệu mới có 2/3 đơn vị báo cáo (thiếu: Xã mẫu 03).");
    }

    @Test
    void estimate_isSaidInTheEvidenceAndTheExplanation() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2025));

      TargetResult r = only(plan, data(m(COUNT, "2025", 55).withStatus(MeasurementStatus.ESTIMATE)),
          day("2026-01-20"));

      assertThat(r.evidence().status()).contains(MeasurementStatus.ESTIMATE);
      assertThat(r.explanation().en()).contains("55.00 count in 2025 (estimate)");
      assertThat(r.explanation().vi()).contains("55,00 số lượng năm 2025 (ước tính)");
    }

    @Test
    void invalidPlan_isRejected() {
      Target bad = Target.builder("t").indicator("t.missing").requires(Comparison.AT_LEAST, "1").byEndOf(2025)
          .statement("x", "x").source(AssessFixtures.SAMPLE).build();

      InvalidPlanException e = assertThrows(InvalidPlanException.class,
          () -> Assessor.withDefaults().assess(plan(bad), MeasurementSet.empty(), day("2025-01-01")));

      assertThat(e).hasMessageContaining("t.missing");
    }
  }

  @Nested
  class ProgressMeasure {
    @Test
    void wholeRegion_progressReproducesAPublishedSeries() {
      // CIF 12-1-1 (see sdg/SOURCES.md): 0.37 % in 2015 to 14.63 % in 2024 against 60 by 2030.
      double[] v = {0.37, 0.63, 0.97, 2.24, 2.91, 3.52, 5.24, 8.17, 11.01, 14.63};
      List<Measurement> rows = new ArrayList<>();
      for (int i = 0; i < v.length; i++) {
        rows.add(m(LEVEL, Integer.toString(2015 + i), v[i]));
      }
      Plan plan = plan(target("t", LEVEL, Comparison.AT_LEAST, "60", 2030));

      TargetResult r = only(Assessor.of(AssessorOptions.defaults().withBaseYear(2015)), plan,
          MeasurementSet.of(rows), day("2025-02-01"));

      assertThat(r.progress().category()).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
      assertThat(r.progress().value().getAsDouble()).isCloseTo(1.249622415033452, within(1e-12));
      assertThat(r.progress().score().getAsDouble()).isCloseTo(4.640227948342444, within(1e-12));
      assertThat(r.progress().baseYear().getAsInt()).isEqualTo(2015);
      assertThat(r.progress().latestYear().getAsInt()).isEqualTo(2024);
    }

    @Test
    void pastDeadline_progressStopsAtTheDeadlineYear() {
      // missed in 2025 (34.6 against at least 35); reached in 2026, after the deadline: the measure must not say
      // "target achieved" beside a target that was not
      Plan plan = plan(target("t", LEVEL, Comparison.AT_LEAST, "35", 2025));
      MeasurementSet d = data(m(LEVEL, "2023", 29.7), m(LEVEL, "2024", 32.2), m(LEVEL, "2025", 34.6),
          m(LEVEL, "2026", 36.3));

      TargetResult r = only(Assessor.of(AssessorOptions.defaults().withBaseYear(2023)), plan, d, day("2027-02-01"));

      assertThat(r.status()).isEqualTo(Status.NOT_ACHIEVED);
      assertThat(r.progress().latestYear().getAsInt()).isEqualTo(2025);
      assertThat(r.progress().category()).isNotEqualTo(ProgressCategory.TARGET_ACHIEVED);
    }

    @Test
    void defaultBaseYear_isTheYearBeforeTheHorizon() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "100", 2030));

      TargetResult r = only(plan, data(m(COUNT, "2013", 10), m(COUNT, "2014", 20), m(COUNT, "2016", 40)),
          day("2017-01-01"));

      assertThat(r.progress().baseYear().getAsInt()).isEqualTo(2014);
    }

    @Test
    void progressThresholds_comeFromTheOptions() {
      MeasurementSet d = data(m(COUNT, "2020", 100), m(COUNT, "2021", 110));
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "200", 2030));
      Assessor demanding = Assessor.of(AssessorOptions.defaults().withBaseYear(2020)
          .withProgressThresholds(new ProgressThresholds(1.5, 1.2, 0)));

      assertThat(only(Assessor.of(AssessorOptions.defaults().withBaseYear(2020)), plan, d, day("2022-01-01"))
          .progress().category()).isEqualTo(ProgressCategory.SUBSTANTIAL_PROGRESS);
      assertThat(only(demanding, plan, d, day("2022-01-01")).progress().category())
          .isEqualTo(ProgressCategory.MODERATE_PROGRESS);
    }

    @Test
    void decreasingTarget_deteriorationWhenRising() {
      MeasurementSet d = data(m(COUNT, "2020", 10), m(COUNT, "2021", 12));
      Plan plan = plan(target("t", COUNT, Comparison.AT_MOST, "5", 2030));

      TargetResult r = only(Assessor.of(AssessorOptions.defaults().withBaseYear(2020)), plan, d,
          day("2022-01-01"));

      assertThat(r.progress().category()).isEqualTo(ProgressCategory.DETERIORATION);
      assertThat(r.status()).isEqualTo(Status.OFF_TRACK);
    }
  }
}
