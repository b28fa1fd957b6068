package dev.chitieu.core.rollup;

import static dev.chitieu.core.rollup.RollupFixtures.ADULTS;
import static dev.chitieu.core.rollup.RollupFixtures.ALL;
import static dev.chitieu.core.rollup.RollupFixtures.P31;
import static dev.chitieu.core.rollup.RollupFixtures.REVENUE;
import static dev.chitieu.core.rollup.RollupFixtures.SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.WEIGHTED_SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.hierarchy;
import static dev.chitieu.core.rollup.RollupFixtures.m;
import static dev.chitieu.core.rollup.RollupFixtures.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.AggregationException;
import dev.chitieu.core.Breakdown;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.Period;
import dev.chitieu.core.PeriodKind;
import dev.chitieu.core.Region;
import dev.chitieu.core.RegionCode;
import dev.chitieu.core.RegionHierarchy;
import dev.chitieu.core.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTableTest {
  private static Rollup rollup(RegionHierarchy h, Measurement... rows) {
    return Rollup.of(MeasurementSet.of(List.of(rows)), h, ALL);
  }

  /** Every figure of the table equals aggregate(); returns the table. */
  private static RollupTable checked(Rollup r, RegionLevel level, PeriodKind grain) {
    RollupTable t = r.table(level, grain, 2);
    for (int i = 0; i < t.size(); i++) {
      Aggregate expected = r.aggregate(t.indicator(i), t.region(i), t.window(i), t.breakdown(i)).orElseThrow();
      RollupPropertyTest.assertEqual("#" + i, t.get(i), expected);
    }
    return t;
  }

  @Test
  void table_rollsCommunesUpToProvincesByYear() {
    Rollup r = rollup(hierarchy(), m(REVENUE, "31001", "2025-01", 1), m(REVENUE, "31002", "2025-02", 2),
        m(REVENUE, "31001", "2024-12", 4), m(REVENUE, "27001", "2025-05", 8), m(ADULTS, "31001", "2025-03", 10),
        m(ADULTS, "31001", "2025-09", 12), parts(SHARE, "31001", "2025-01", 1, 4));
    RollupTable t = checked(r, RegionLevel.PROVINCE, PeriodKind.YEAR);
    assertThat(t.size()).isEqualTo(6);
    // the rate per 1,000 comes from its base indicators' rows: 31001 has both, 31002 only the numerator
    assertThat(t.find(RollupFixtures.PER_1000.id(), P31, Period.year(2025), Breakdown.NONE).orElseThrow().value())
        .isEqualTo(1.0 / 12 * 1000);
    assertThat(t.find(REVENUE.id(), P31, Period.year(2025), Breakdown.NONE).orElseThrow().value()).isEqualTo(3);
    assertThat(t.find(ADULTS.id(), P31, Period.year(2025), Breakdown.NONE).orElseThrow().value()).isEqualTo(12);
    Aggregate share = t.find(SHARE.id(), P31, Period.year(2025), Breakdown.NONE).orElseThrow();
    assertThat(share.value()).isEqualTo(25);
    assertThat(share.coverage().missing()).containsExactly(RegionCode.of("31002"), RegionCode.of("31003"));
    assertThat(t.find(REVENUE.id(), P31, Period.quarter(2025, 1), Breakdown.NONE)).isEmpty();
    assertThat(t.toString()).isEqualTo("RollupTable[province × year, 6 figures]");
  }

  @Test
  void values_matchAggregateToTheBit_withZerosAndNegativeZeros() {
    // the lean flow loop starts its sums at -0.0 to tell reached cells from empty ones: every case where that
    // could show must give aggregate()'s value, bit for bit, and the same figures. That loop reads 2-byte region
    // codes, so the sets hold more than 256 regions: one stock row in each of 300 more communes.
    List<Region> more = new java.util.ArrayList<>();
    List<Measurement> filler = new java.util.ArrayList<>();
    for (int k = 100; k < 400; k++) {
      more.add(Region.of("27" + k, "Xã 27" + k, "Commune 27" + k, RegionLevel.COMMUNE, "commune", "27"));
      filler.add(m(ADULTS, "27" + k, "2023-06", k));
    }
    RegionHierarchy h = hierarchy().with(more);
    java.util.function.Function<Measurement[], Rollup> wide = rows -> {
      List<Measurement> all = new java.util.ArrayList<>(filler);
      all.addAll(List.of(rows));
      return Rollup.of(MeasurementSet.of(all), h, ALL);
    };
    Rollup[] cases = {
        // only -0.0 in a cell; other windows empty
        wide.apply(new Measurement[] {m(REVENUE, "31001", "2025-01", -0.0), m(REVENUE, "31002", "2025-02", -0.0)}),
        // -0.0 mixed with +0.0 and with a positive value; an empty province
        wide.apply(new Measurement[] {m(REVENUE, "31001", "2025-01", -0.0), m(REVENUE, "31002", "2025-02", 0.0),
            m(REVENUE, "31001", "2024-01", -0.0), m(REVENUE, "31001", "2024-02", 5)}),
        // ratio parts: numerators of -0.0 over positive denominators, and both parts -0.0 beside others
        wide.apply(new Measurement[] {parts(SHARE, "31001", "2025-01", -0.0, 4),
            parts(SHARE, "31002", "2025-01", -0.0, 2), parts(SHARE, "31001", "2024-01", -0.0, -0.0),
            parts(SHARE, "31002", "2024-02", 1, 4)}),
        // every cell reached, one by numerators of -0.0 only: its sum must be +0.0, as aggregate() gives
        wide.apply(new Measurement[] {parts(SHARE, "31001", "2025-01", -0.0, 4),
            parts(SHARE, "31002", "2025-02", -0.0, 2), parts(SHARE, "31001", "2024-01", 1, 4),
            parts(SHARE, "31001", "2023-01", 1, 4), parts(SHARE, "27001", "2023-01", 1, 4),
            parts(SHARE, "27001", "2024-01", 1, 4), parts(SHARE, "27001", "2025-01", 1, 4)}),
        // zeros only, no negative zero: cells reached must stay in the table
        wide.apply(new Measurement[] {m(REVENUE, "31001", "2025-01", 0.0),
            parts(SHARE, "31001", "2025-03", 0.0, 3)}),
    };
    for (Rollup r : cases) {
      for (int threads = 1; threads <= 2; threads++) {
        RollupTable t = r.table(RegionLevel.PROVINCE, PeriodKind.YEAR, threads);
        double[] lean = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
          lean[i] = t.value(i); // before anything asks for coverage: the lean pass's values
        }
        for (int i = 0; i < t.size(); i++) {
          Aggregate expected = r.aggregate(t.indicator(i), t.region(i), t.window(i), t.breakdown(i)).orElseThrow();
          assertThat(Double.doubleToRawLongBits(lean[i])).as("#%d %s", i, expected)
              .isEqualTo(Double.doubleToRawLongBits(expected.value()));
          RollupPropertyTest.assertEqual("#" + i, t.get(i), expected);
        }
        assertThat(t.size()).isEqualTo(checked(r, RegionLevel.PROVINCE, PeriodKind.YEAR).size());
      }
    }
  }

  @Test
  void table_onOneOrManyThreads_isTheSame() {
    Rollup r = rollup(hierarchy(), m(REVENUE, "31001", "2025-01", 1), m(REVENUE, "27002", "2025-02", 2),
        m(ADULTS, "31003", "2025-03", 10), parts(SHARE, "31001", "2025-01", 1, 4));
    RollupTable one = r.table(RegionLevel.PROVINCE, PeriodKind.MONTH);
    RollupTable many = r.table(RegionLevel.PROVINCE, PeriodKind.MONTH, 4);
    assertThat(many.stream().toList()).isEqualTo(one.stream().toList()).hasSize(4);
  }

  @Test
  void overlappingFlowRows_failTheTableForTheWindowsThatHoldBoth() {
    Rollup r = rollup(hierarchy(), m(REVENUE, "31001", "2025", 100), m(REVENUE, "31001", "2025-03", 10));
    AggregationException e = assertThrows(AggregationException.class,
        () -> r.table(RegionLevel.PROVINCE, PeriodKind.YEAR));
    assertThat(e.getMessage()).startsWith("cannot roll up 1 figure of the table by province and year:")
        .contains("2025 and 2025-03 overlap");
    // by quarter, the yearly row lies in no window and the monthly one is alone
    RollupTable q = checked(r, RegionLevel.PROVINCE, PeriodKind.QUARTER);
    assertThat(q.size()).isEqualTo(1);
    assertThat(q.value(0)).isEqualTo(10);
  }

  @Test
  void rowsOfAnIntermediateUnit_followTheGeneralRule() {
    RegionHierarchy h = hierarchy().with(List.of(
        Region.of("31900", "Huyện cũ", "Former district", RegionLevel.DISTRICT, "district", "31"),
        Region.of("31901", "Xã 31901", "Commune 31901", RegionLevel.COMMUNE, "commune", "31900"),
        Region.of("31902", "Xã 31902", "Commune 31902", RegionLevel.COMMUNE, "commune", "31900")));
    Rollup r = rollup(h, m(REVENUE, "31900", "2025", 50), m(REVENUE, "31901", "2025", 1),
        m(REVENUE, "31001", "2025", 2));
    RollupTable t = checked(r, RegionLevel.PROVINCE, PeriodKind.YEAR);
    assertThat(t.slowSeries).isEqualTo(1);
    assertThat(t.value(0)).isEqualTo(52); // the district's own figure wins over its commune's
    assertThat(t.reporting(0)).isEqualTo(3);
    assertThat(t.expected(0)).isEqualTo(5);
  }

  @Test
  void valueOnlyRatios_areWeighedWhenAWeightIsDeclared_andFailOtherwise() {
    Rollup weighted = rollup(hierarchy(), m(WEIGHTED_SHARE, "31001", "2025", 10),
        m(WEIGHTED_SHARE, "31002", "2025", 40), m(ADULTS, "31001", "2025-12", 300), m(ADULTS, "31002", "2025-12", 100));
    RollupTable t = checked(weighted, RegionLevel.PROVINCE, PeriodKind.YEAR);
    assertThat(t.find(WEIGHTED_SHARE.id(), P31, Period.year(2025), Breakdown.NONE).orElseThrow().value())
        .isEqualTo(17.5);
    Rollup unweighted = rollup(hierarchy(), m(SHARE, "31001", "2025", 10), m(SHARE, "31002", "2025", 40));
    AggregationException e = assertThrows(AggregationException.class,
        () -> unweighted.table(RegionLevel.PROVINCE, PeriodKind.YEAR));
    assertThat(e.getMessage()).contains("sent a value without numerator and denominator");
  }

  @Test
  void rangeGrain_isRefusedWithAPointer() {
    Rollup r = rollup(hierarchy());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.table(RegionLevel.PROVINCE, PeriodKind.RANGE));
    assertThat(e.getMessage()).contains("YEAR, HALF, QUARTER or MONTH", "Rollup.aggregate");
    assertThat(assertThrows(IllegalArgumentException.class, () -> r.table(RegionLevel.PROVINCE, PeriodKind.YEAR, 0))
        .getMessage()).isEqualTo("parallelism must be 1 or more, was 0");
  }
}
