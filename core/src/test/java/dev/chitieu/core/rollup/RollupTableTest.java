package dev.chitieu.core.rollup;

import static dev.chitieu.core.rollup.RollupFixtures.ACCOUNT_SHARE;
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

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
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

  /**
   * A rollup over the given rows and, so that the set needs 2-byte region codes as the lean loops' usual path reads
   * them, one stock row in each of 300 more communes of province 27 (June 2023).
   */
  private static Rollup wide(Measurement... rows) {
    List<Region> more = new java.util.ArrayList<>();
    List<Measurement> all = new java.util.ArrayList<>();
    for (int k = 100; k < 400; k++) {
      more.add(Region.of("27" + k, "Xã 27" + k, "Commune 27" + k, RegionLevel.COMMUNE, "commune", "27"));
      all.add(m(ADULTS, "27" + k, "2023-06", k));
    }
    all.addAll(List.of(rows));
    return Rollup.of(MeasurementSet.of(all), hierarchy().with(more), ALL);
  }

  /**
   * The lean pass's values (read before anything asks for coverage) equal aggregate()'s bit for bit, the figures are
   * the same, and {@code slowSeries} series left the fast path.
   */
  private static void assertLeanValuesToTheBit(Rollup r, int slowSeries) {
    for (int threads = 1; threads <= 2; threads++) {
      RollupTable t = r.table(RegionLevel.PROVINCE, PeriodKind.YEAR, threads);
      double[] lean = new double[t.size()];
      for (int i = 0; i < t.size(); i++) {
        lean[i] = t.value(i);
      }
      assertThat(t.slowSeries).as("series off the fast path").isEqualTo(slowSeries);
      for (int i = 0; i < t.size(); i++) {
        Aggregate expected = r.aggregate(t.indicator(i), t.region(i), t.window(i), t.breakdown(i)).orElseThrow();
        assertThat(Double.doubleToRawLongBits(lean[i])).as("#%d %s", i, expected)
            .isEqualTo(Double.doubleToRawLongBits(expected.value()));
        RollupPropertyTest.assertEqual("#" + i, t.get(i), expected);
      }
      assertThat(t.size()).isEqualTo(checked(r, RegionLevel.PROVINCE, PeriodKind.YEAR).size());
    }
  }

  @Test
  void flowValues_matchAggregateToTheBit_withZerosAndNegativeZeros() {
    // the lean flow loop starts its sums at -0.0 to tell reached cells from empty ones: every case where that could
    // show must give aggregate()'s value, bit for bit, and the same figures
    // only -0.0 in a cell; other windows empty: which cell a -0.0 went to is not known, the general way is taken
    assertLeanValuesToTheBit(wide(m(REVENUE, "31001", "2025-01", -0.0), m(REVENUE, "31002", "2025-02", -0.0)), 1);
    // -0.0 mixed with +0.0 and with a positive value; an empty province
    assertLeanValuesToTheBit(wide(m(REVENUE, "31001", "2025-01", -0.0), m(REVENUE, "31002", "2025-02", 0.0),
        m(REVENUE, "31001", "2024-01", -0.0), m(REVENUE, "31001", "2024-02", 5)), 1);
    // ratio parts: numerators of -0.0 over positive denominators, and both parts -0.0 beside others
    assertLeanValuesToTheBit(wide(parts(SHARE, "31001", "2025-01", -0.0, 4), parts(SHARE, "31002", "2025-01", -0.0, 2),
        parts(SHARE, "31001", "2024-01", -0.0, -0.0), parts(SHARE, "31002", "2024-02", 1, 4)), 1);
    // every cell reached, one by numerators of -0.0 only: its sum must be +0.0, as aggregate() gives
    assertLeanValuesToTheBit(wide(parts(SHARE, "31001", "2025-01", -0.0, 4), parts(SHARE, "31002", "2025-02", -0.0, 2),
        parts(SHARE, "31001", "2024-01", 1, 4), parts(SHARE, "31001", "2023-01", 1, 4),
        parts(SHARE, "27001", "2023-01", 1, 4), parts(SHARE, "27001", "2024-01", 1, 4),
        parts(SHARE, "27001", "2025-01", 1, 4)), 0);
    // zeros only, no negative zero: cells reached must stay in the table
    assertLeanValuesToTheBit(wide(m(REVENUE, "31001", "2025-01", 0.0), parts(SHARE, "31001", "2025-03", 0.0, 3)), 0);
  }

  @Test
  void stockValues_matchAggregateToTheBit_withNegativeZeros() {
    // the lean stock loop starts at -0.0 too and adds each region's last level in a window, as aggregate() does
    // (so -0.0 when every last level is -0.0). Every cell reached (2023 to 2025 in both provinces): a last level of
    // -0.0 after a positive one, beside +0.0; -0.0 before a level; -0.0 as a commune's only level beside others
    assertLeanValuesToTheBit(wide(m(ADULTS, "31001", "2025-01", 5), m(ADULTS, "31001", "2025-03", -0.0),
        m(ADULTS, "31002", "2025-02", 0.0), m(ADULTS, "27001", "2024-05", -0.0), m(ADULTS, "27002", "2024-06", 3),
        m(ADULTS, "27001", "2025-01", 2), m(ADULTS, "31001", "2024-01", 1), m(ADULTS, "31003", "2024-12", -0.0),
        m(ADULTS, "31002", "2023-01", -0.0), m(ADULTS, "31002", "2023-04", 4)), 0);
    // a ratio of stocks from its own parts: in 27/2024 every last numerator is -0.0 over positive denominators, so
    // the numerator is -0.0 and so is the figure
    assertLeanValuesToTheBit(wide(parts(ACCOUNT_SHARE, "31001", "2025-01", 3, 4),
        parts(ACCOUNT_SHARE, "31001", "2025-05", -0.0, 4), parts(ACCOUNT_SHARE, "31002", "2025-05", 1, 2),
        parts(ACCOUNT_SHARE, "31001", "2024-01", -0.0, -0.0), parts(ACCOUNT_SHARE, "31002", "2024-01", 1, 4),
        parts(ACCOUNT_SHARE, "31002", "2023-03", 2, 5), parts(ACCOUNT_SHARE, "27001", "2023-03", 2, 5),
        parts(ACCOUNT_SHARE, "27001", "2024-03", -0.0, 5), parts(ACCOUNT_SHARE, "27002", "2024-07", -0.0, 5),
        parts(ACCOUNT_SHARE, "27001", "2025-03", 1, 5)), 0);
    // every other cell reached, and every last level in 31/2025 is -0.0 though a level of 5 came before: the cell
    // looks empty, so the series takes the general way, which gives -0.0
    assertLeanValuesToTheBit(wide(m(ADULTS, "31001", "2025-01", 5), m(ADULTS, "31001", "2025-03", -0.0),
        m(ADULTS, "31002", "2025-02", -0.0), m(ADULTS, "31002", "2023-01", 4), m(ADULTS, "31001", "2024-01", 1),
        m(ADULTS, "27002", "2024-06", 3), m(ADULTS, "27001", "2025-01", 2)), 1);
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
