package dev.chitieu.core.rollup;

import static dev.chitieu.core.rollup.RollupFixtures.ALL;
import static dev.chitieu.core.rollup.RollupFixtures.P31;
import static dev.chitieu.core.rollup.RollupFixtures.SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.hierarchy;
import static dev.chitieu.core.rollup.RollupFixtures.m;
import static dev.chitieu.core.rollup.RollupFixtures.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A value-only row of a ratio of flows says nothing about a window it only partly overlaps, as a flow row does not:
 * it is left out there, and only rows lying inside the window (its parts) are an error.
 */
class ValueOnlyFlowRatioTest {
  private static final RegionCode C31001 = RegionCode.of("31001");

  private static Rollup rollup(Measurement... rows) {
    return Rollup.of(MeasurementSet.of(List.of(rows)), hierarchy(), ALL);
  }

  @Test
  void halfYearValue_isNotUsed_norAnError_forAQuarterInsideIt() {
    Rollup r = rollup(m(SHARE, "31001", "2025-H1", 12.5));
    assertThat(r.aggregate(SHARE.id(), C31001, Period.parse("2025-Q2"), Breakdown.NONE)).isEqualTo(Optional.empty());
    assertThat(r.aggregate(SHARE.id(), C31001, Period.parse("2025-H1"), Breakdown.NONE).map(Aggregate::value))
        .contains(12.5);
  }

  @Test
  void halfYearValue_forAYearWindow_isAPartOfIt_andAnError() {
    Rollup r = rollup(m(SHARE, "31001", "2025-H1", 12.5));
    AggregationException e = assertThrows(AggregationException.class,
        () -> r.aggregate(SHARE.id(), C31001, Period.parse("2025"), Breakdown.NONE));
    assertThat(e).hasMessageContaining("31001 sent values without numerator and denominator for [2025-H1]");
  }

  @Test
  void quarterTable_withAHalfYearValueOnlyRow_doesNotFail() {
    Rollup r = rollup(m(SHARE, "31", "2025-H1", 12.5), parts(SHARE, "27001", "2025-Q2", 1, 4));
    RollupTable t = r.table(RegionLevel.PROVINCE, PeriodKind.QUARTER);
    assertThat(t.find(SHARE.id(), P31, Period.parse("2025-Q2"), Breakdown.NONE)).isEmpty();
    assertThat(t.find(SHARE.id(), RegionCode.of("27"), Period.parse("2025-Q2"), Breakdown.NONE)
        .map(Aggregate::value)).contains(25.0);
  }

  @Test
  void partsInsideTheWindow_withAValueOnlyRowOverlappingItPartly_areUsed() {
    Rollup r = rollup(m(SHARE, "31001", "2025-H1", 12.5), parts(SHARE, "31001", "2025-04", 1, 4));
    assertThat(r.aggregate(SHARE.id(), C31001, Period.parse("2025-04"), Breakdown.NONE).map(Aggregate::value))
        .contains(25.0);
  }

  @Test
  void partsOfAQuarter_withAHalfYearValueOnlyRow_areNotAMix() {
    Rollup r = rollup(m(SHARE, "31001", "2025-H1", 12.5), parts(SHARE, "31001", "2025-04", 1, 4));
    assertThat(r.aggregate(SHARE.id(), C31001, Period.parse("2025-Q2"), Breakdown.NONE).map(Aggregate::value))
        .contains(25.0);
    // over H1 both speak, and they cannot be combined
    AggregationException e = assertThrows(AggregationException.class,
        () -> r.aggregate(SHARE.id(), C31001, Period.parse("2025-H1"), Breakdown.NONE));
    assertThat(e).hasMessageContaining("gives numerator and denominator but its row for 2025-H1 gives only a value");
  }
}
