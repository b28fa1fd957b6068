package dev.chitieu.core.assess;

import static dev.chitieu.core.assess.AssessFixtures.COUNT;
import static dev.chitieu.core.assess.AssessFixtures.DATASETS;
import static dev.chitieu.core.assess.AssessFixtures.data;
import static dev.chitieu.core.assess.AssessFixtures.day;
import static dev.chitieu.core.assess.AssessFixtures.m;
import static dev.chitieu.core.assess.AssessFixtures.plan;
import static dev.chitieu.core.assess.AssessFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deadline day is final: an as-of day means data through the end of that day, so a target due on it is achieved or
 * not achieved on that day, as on every later day, and was not yet the day before. The same for each period of an
 * "every year" target and for a cumulative range. All figures are invented samples.
 */
class DeadlineDayTest {
  private static final Set<Status> FINAL = Set.of(Status.ACHIEVED, Status.NOT_ACHIEVED, Status.NO_DATA);

  private static TargetResult only(Plan plan, MeasurementSet data, LocalDate asOf) {
    List<TargetResult> results = Assessor.withDefaults().assess(plan, data, asOf).results();
    assertThat(results).hasSize(1);
    return results.getFirst();
  }

  @Test
  void aLevelMissedOnItsDeadlineDay_isNotAchieved_notAtRisk() {
    Plan plan = plan(target("t", COUNT, Comparison.AT_LEAST, "85", 2025));
    MeasurementSet d = data(m(COUNT, "2023", 79), m(COUNT, "2024", 81), m(COUNT, "2025", 83));

    TargetResult before = only(plan, d, day("2025-12-30"));
    TargetResult on = only(plan, d, day("2025-12-31"));
    TargetResult after = only(plan, d, day("2026-01-01"));

    assertThat(before.status()).isIn(Status.AT_RISK, Status.OFF_TRACK, Status.ON_TRACK);
    assertThat(on.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(on.evidence().value()).contains(new BigDecimal("83.00"));
    assertThat(on.explanation().en()).startsWith("Not achieved: 83.00 count in 2025 (actual), missing the target of "
        + "at least 85 count by 31 December 2025");
    assertThat(on.evidence()).isEqualTo(after.evidence());
    assertThat(on.status()).isEqualTo(after.status());
    assertThat(on.explanation()).isEqualTo(after.explanation());
  }

  @Test
  void aLevelMetOnItsDeadlineDay_isAchievedOnEveryDayAround() {
    Plan plan = plan(target("t", COUNT, Comparison.MORE_THAN, "0.7", 2025));
    MeasurementSet d = data(m(COUNT, "2024", 0.6), m(COUNT, "2025", 0.75));

    for (String asOf : List.of("2025-12-30", "2025-12-31", "2026-01-01")) {
      assertThat(only(plan, d, day(asOf)).status()).as(asOf).isEqualTo(Status.ACHIEVED);
    }
  }

  @Test
  void aFlowWhoseYearEndsOnTheDeadlineDay_isJudgedOnItsWholeTotal() {
    Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2025));
    MeasurementSet d = data(m(DATASETS, "2025-03", 1), m(DATASETS, "2025-09", 1), m(DATASETS, "2025-12", 2));

    TargetResult before = only(plan, d, day("2025-12-30"));
    TargetResult on = only(plan, d, day("2025-12-31"));

    assertThat(before.status()).isIn(Status.AT_RISK, Status.OFF_TRACK);
    assertThat(on.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(on.evidence().value()).contains(new BigDecimal("4"));
    assertThat(on.evidence().period().orElseThrow().toString()).isEqualTo("2025");
    assertThat(on.evidence().projection()).isEmpty();
  }

  @Test
  void everyYear_eachYearIsFinalOnItsLastDay() {
    Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2028, Scope.everyYear(2026, 2028)));
    MeasurementSet d = data(m(DATASETS, "2026", 6), m(DATASETS, "2027", 4));

    TargetResult before = only(plan, d, day("2027-12-30"));
    TargetResult on = only(plan, d, day("2027-12-31"));

    assertThat(before.parts()).extracting(TargetResult::status).element(1).isNotEqualTo(Status.NOT_ACHIEVED);
    // 2028 has not started on 31/12/2027: it is not due, and not projected
    assertThat(on.parts()).extracting(TargetResult::status)
        .containsExactly(Status.ACHIEVED, Status.NOT_ACHIEVED, Status.NOT_DUE);
    assertThat(on.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(on.parts().get(2).evidence().projection()).isEmpty();
  }

  @Test
  void cumulative_isFinalOnTheLastDayOfItsRange() {
    Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "20", 2027, Scope.cumulative(2026, 2027)));
    MeasurementSet d = data(m(DATASETS, "2026", 9), m(DATASETS, "2027", 10));

    assertThat(only(plan, d, day("2027-12-30")).status()).isIn(Status.AT_RISK, Status.OFF_TRACK, Status.ON_TRACK);
    TargetResult on = only(plan, d, day("2027-12-31"));
    assertThat(on.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(on.evidence().value()).contains(new BigDecimal("19"));
    // the running total at the end of 2027 counts in the progress measure on that day
    assertThat(on.progress().latestYear()).hasValue(2027);
    assertThat(FINAL).contains(only(plan, d, day("2028-01-01")).status());
  }

  @Test
  void theProgressMeasure_countsTheDeadlineYearAsCompleteOnItsLastDay() {
    Plan plan = plan(target("t", DATASETS, Comparison.AT_LEAST, "5", 2025));
    MeasurementSet d = data(m(DATASETS, "2023", 2), m(DATASETS, "2024", 3), m(DATASETS, "2025", 4));

    assertThat(only(plan, d, day("2025-12-30")).progress().latestYear()).hasValue(2024);
    assertThat(only(plan, d, day("2025-12-31")).progress().latestYear()).hasValue(2025);
  }
}
