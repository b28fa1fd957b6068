package dev.chitieu.core.assess;

import static dev.chitieu.core.assess.AssessFixtures.ADULTS;
import static dev.chitieu.core.assess.AssessFixtures.COUNT;
import static dev.chitieu.core.assess.AssessFixtures.DATASETS;
import static dev.chitieu.core.assess.AssessFixtures.HOLDERS;
import static dev.chitieu.core.assess.AssessFixtures.SAMPLE;
import static dev.chitieu.core.assess.AssessFixtures.SHARE;
import static dev.chitieu.core.assess.AssessFixtures.data;
import static dev.chitieu.core.assess.AssessFixtures.day;
import static dev.chitieu.core.assess.AssessFixtures.m;
import static dev.chitieu.core.assess.AssessFixtures.plan;
import static dev.chitieu.core.assess.AssessFixtures.target;
import static dev.chitieu.core.assess.AssessFixtures.withCommunes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Comparisons with earlier periods, and coverage counted over one level of units. Figures are invented samples. */
class ChangesAndCoverageTest {

  private static TargetResult only(Plan plan, MeasurementSet d, String asOf) {
    return Assessor.withDefaults().assess(plan, d, day(asOf)).results().getFirst();
  }

  @Nested
  class Changes {
    @Test
    void flow_samePeriodLastYear_isTheSameMonthsSummed() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "20", 2026));
      MeasurementSet d = data(m(DATASETS, "2025-01", 2), m(DATASETS, "2025-05", 2), m(DATASETS, "2025-11", 9),
          m(DATASETS, "2026-02", 3), m(DATASETS, "2026-06", 2));

      Evidence e = only(plan, d, "2026-06-30").evidence();

      // January-June 2026 (5) against January-June 2025 (4): December's 9 is not the same period
      assertThat(e.value()).contains(new BigDecimal("5"));
      Change c = e.change(Change.Basis.SAME_PERIOD_LAST_YEAR).orElseThrow();
      assertThat(c.period()).isEqualTo(Period.half(2025, 1));
      assertThat(c.previous().orElseThrow()).isEqualByComparingTo("4");
      assertThat(c.difference().orElseThrow()).isEqualByComparingTo("1");
      assertThat(c.reported()).isFalse();
      assertThat(c.ratio()).contains(new BigDecimal("125.00"));
      assertThat(c.percentChange()).contains(new BigDecimal("25.00"));
      // a flow has no "end of last year" level
      assertThat(e.change(Change.Basis.END_OF_LAST_YEAR)).isEmpty();
    }

    @Test
    void share_isComparedInPointsFromTheRoundedFigures() {
      // 87.08 % in H1 2024 against 77.41 % at the end of 2023: +9.67 points, as the printed figures say
      Plan plan = plan(target("t", AssessFixtures.LEVEL, Comparison.AT_LEAST, "80", 2025));
      MeasurementSet d = data(m(AssessFixtures.LEVEL, "2023", 77.4149), m(AssessFixtures.LEVEL, "2024-H1", 87.0751));

      Evidence e = only(plan, d, "2024-06-30").evidence();

      Change c = e.change(Change.Basis.END_OF_LAST_YEAR).orElseThrow();
      assertThat(c.period()).isEqualTo(Period.year(2023));
      assertThat(c.previous()).contains(new BigDecimal("77.41"));
      assertThat(c.difference()).contains(new BigDecimal("9.67"));
      assertThat(e.change(Change.Basis.SAME_PERIOD_LAST_YEAR)).as("no figure for H1 2023").isEmpty();
    }

    @Test
    void ratio_lastYear_isAggregatedThenDivided() {
      Plan plan = plan(target("t", SHARE, Comparison.AT_LEAST, "90", 2026));
      RegionHierarchy regions = withCommunes();
      List<Measurement> rows = new ArrayList<>();
      // 2025: 60/100 and 30/100 in two communes is 45 % (the mean of 60 % and 30 % would be 45 % too, so weight them)
      rows.add(Measurement.of(HOLDERS.id().value(), "31001", "2025", 60));
      rows.add(Measurement.of(ADULTS.id().value(), "31001", "2025", 100));
      rows.add(Measurement.of(HOLDERS.id().value(), "31002", "2025", 30));
      rows.add(Measurement.of(ADULTS.id().value(), "31002", "2025", 300));
      rows.add(Measurement.of(HOLDERS.id().value(), "31001", "2026", 80));
      rows.add(Measurement.of(ADULTS.id().value(), "31001", "2026", 100));
      rows.add(Measurement.of(HOLDERS.id().value(), "31002", "2026", 150));
      rows.add(Measurement.of(ADULTS.id().value(), "31002", "2026", 300));

      Evidence e = Assessor.withDefaults().assess(plan, MeasurementSet.of(rows), regions, day("2027-01-10"))
          .results().getFirst().evidence();

      assertThat(e.value()).contains(new BigDecimal("57.50"));
      Change c = e.change(Change.Basis.SAME_PERIOD_LAST_YEAR).orElseThrow();
      assertThat(c.previous()).as("90 / 400, not the mean of 60 % and 10 %").contains(new BigDecimal("22.50"));
      assertThat(c.difference()).contains(new BigDecimal("35.00"));
    }

    @Test
    void noEarlierFigure_noChange() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "50", 2025));

      Evidence e = only(plan, data(m(COUNT, "2025", 60)), "2026-01-10").evidence();

      assertThat(e.changes()).isEmpty();
    }

    @Test
    void zeroEarlierFigure_hasADifferenceButNoRatio() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2025));

      Evidence e = only(plan, data(m(DATASETS, "2024", 0), m(DATASETS, "2025", 6)), "2026-01-10").evidence();

      Change c = e.change(Change.Basis.SAME_PERIOD_LAST_YEAR).orElseThrow();
      assertThat(c.difference().orElseThrow()).isEqualByComparingTo("6");
      assertThat(c.ratio()).isEmpty();
    }
  }

  @Nested
  class EveryPeriod {
    @Test
    void yearsNotStarted_areNotDue_andTheTargetIsOnTrackWhileEveryDueYearIsMet() {
      Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2030, Scope.everyYear(2026, 2030)));
      MeasurementSet d = data(m(DATASETS, "2025", 4), m(DATASETS, "2026-03", 2), m(DATASETS, "2026-07", 4));

      TargetResult r = only(plan, d, "2026-09-30");

      assertThat(r.parts()).extracting(TargetResult::status).containsExactly(Status.ACHIEVED, Status.NOT_DUE,
          Status.NOT_DUE, Status.NOT_DUE, Status.NOT_DUE);
      assertThat(r.status()).isEqualTo(Status.ON_TRACK);
      assertThat(r.evidence().value()).as("the current year's running total").contains(new BigDecimal("6"));
      assertThat(r.parts().get(1).evidence().value()).isEmpty();
      assertThat(r.parts().get(1).evidence().projection()).isEmpty();
      assertThat(r.failingParts()).isEmpty();
      assertThat(r.explanation().vi()).isEqualTo("Đúng tiến độ: cả 1 (kỳ) đều đạt hoặc đúng tiến độ so với mục tiêu"
          + " tối thiểu 5 bộ dữ liệu đến 31/12/2030; chưa đến kỳ: năm 2027, năm 2028, năm 2029, năm 2030.");
    }
  }

  @Nested
  class OwnUnits {
    @Test
    void countryCoverage_countsProvinces_notCommunesAndProvincesTogether() {
      // national plan; Hai Phong (31) reports by commune (2 of its 3 sample communes), every other province by itself
      Plan plan = Plan.builder("t.national").title("Kế hoạch mẫu", "Sample plan").authority("Chính phủ (mẫu)",
              "Government (sample)").region("VN").document("1/QĐ-MAU", "2025-01").horizon(Period.years(2024, 2026))
          .source(SAMPLE).indicator(COUNT)
          .target(Target.builder("t.n").indicator(COUNT.id().value()).requires(Comparison.AT_LEAST, "1").byEndOf(2025)
              .statement("Mẫu", "Sample").source(SAMPLE).build())
          .build();
      RegionHierarchy regions = withCommunes();
      List<Measurement> rows = new ArrayList<>();
      for (var province : regions.children(RegionHierarchy.COUNTRY)) {
        if (!province.code().value().equals("31") && !province.code().value().equals("01")) {
          rows.add(Measurement.of(COUNT.id().value(), province.code().value(), "2025", 1));
        }
      }
      rows.add(Measurement.of(COUNT.id().value(), "31001", "2025", 1));
      rows.add(Measurement.of(COUNT.id().value(), "31002", "2025", 1));

      Coverage c = Assessor.withDefaults().assess(plan, MeasurementSet.of(rows), regions, day("2026-01-10"))
          .results().getFirst().evidence().coverage().orElseThrow();

      // 34 provinces; Ha Noi (01) sent nothing; Hai Phong counts once, through its communes
      assertThat(c.expected()).isEqualTo(34);
      assertThat(c.reporting()).isEqualTo(33);
      assertThat(c.missing()).containsExactly(RegionCode.of("01"));
    }

    @Test
    void countryFigureOfItsOwn_isOneOfOne_notEveryProvince() {
      // a national figure (as the official data of the first half of 2024 gives) says nothing of the provinces
      Plan plan = Plan.builder("t.national").title("Kế hoạch mẫu", "Sample plan").authority("Chính phủ (mẫu)",
              "Government (sample)").region("VN").document("1/QĐ-MAU", "2025-01").horizon(Period.years(2024, 2026))
          .source(SAMPLE).indicator(COUNT)
          .target(Target.builder("t.n").indicator(COUNT.id().value()).requires(Comparison.AT_LEAST, "1").byEndOf(2025)
              .statement("Mẫu", "Sample").source(SAMPLE).build())
          .build();
      MeasurementSet d = MeasurementSet.of(List.of(Measurement.of(COUNT.id().value(), "VN", "2025", 1)));

      Coverage c = Assessor.withDefaults().assess(plan, d, withCommunes(), day("2026-01-10")).results().getFirst()
          .evidence().coverage().orElseThrow();

      assertThat(c).isEqualTo(Coverage.single());
    }

    @Test
    void provinceCoverage_countsItsCommunes() {
      Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "1", 2025));
      MeasurementSet d = MeasurementSet.of(List.of(Measurement.of(COUNT.id().value(), "31001", "2025", 1),
          Measurement.of(COUNT.id().value(), "31003", "2025", 1)));

      Coverage c = Assessor.withDefaults().assess(plan, d, withCommunes(), day("2026-01-10")).results().getFirst()
          .evidence().coverage().orElseThrow();

      assertThat(c).isEqualTo(new Coverage(2, 3, List.of(RegionCode.of("31002"))));
    }
  }
}
