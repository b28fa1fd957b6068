package dev.chitieu.core.rollup;

import static dev.chitieu.core.rollup.RollupFixtures.ACCOUNTS;
import static dev.chitieu.core.rollup.RollupFixtures.ACCOUNT_SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.ADULTS;
import static dev.chitieu.core.rollup.RollupFixtures.ALL;
import static dev.chitieu.core.rollup.RollupFixtures.P27;
import static dev.chitieu.core.rollup.RollupFixtures.P31;
import static dev.chitieu.core.rollup.RollupFixtures.RETAIL;
import static dev.chitieu.core.rollup.RollupFixtures.REVENUE;
import static dev.chitieu.core.rollup.RollupFixtures.SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.VN;
import static dev.chitieu.core.rollup.RollupFixtures.WEIGHTED_SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.hierarchy;
import static dev.chitieu.core.rollup.RollupFixtures.m;
import static dev.chitieu.core.rollup.RollupFixtures.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.UnknownIndicatorException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollupTest {
  private static Rollup rollup(Measurement... rows) {
    return Rollup.of(MeasurementSet.of(List.of(rows)), hierarchy(), ALL);
  }

  private static Aggregate get(Rollup r, dev.chitieu.core.model.Indicator i, RegionCode region, String window) {
    return r.aggregate(i.id(), region, Period.parse(window), Breakdown.NONE).orElseThrow();
  }

  @Nested
  class Flow {
    @Test
    void flow_sumsCommunesAndMonthsInsideTheWindow() {
      Rollup r = rollup(m(REVENUE, "31001", "2025-01", 1), m(REVENUE, "31001", "2025-02", 2),
          m(REVENUE, "31002", "2025-03", 4), m(REVENUE, "31002", "2025-04", 8));
      Aggregate q1 = get(r, REVENUE, P31, "2025-Q1");
      assertThat(q1.value()).isEqualTo(7);
      assertThat(q1.latest()).isEqualTo(Period.parse("2025-03"));
      assertThat(q1.coverage()).isEqualTo(new Coverage(2, 3, List.of(RegionCode.of("31003"))));
      assertThat(q1.numerator()).isEmpty();
      assertThat(get(r, REVENUE, P31, "2025").value()).isEqualTo(15);
    }

    @Test
    void flow_ignoresRowsOverlappingTheWindowOnlyPartly() {
      Rollup r = rollup(m(REVENUE, "31001", "2025-Q1", 10), m(REVENUE, "31001", "2025-04", 1));
      assertThat(get(r, REVENUE, P31, "2025-02..2025-04").value()).isEqualTo(1);
      assertThat(r.aggregate(REVENUE.id(), P31, Period.parse("2025-02"), Breakdown.NONE)).isEmpty();
    }

    @Test
    void flow_rowsThatOverlapEachOtherInsideTheWindow_areAnError() {
      Rollup r = rollup(m(REVENUE, "31001", "2025", 100), m(REVENUE, "31001", "2025-03", 10));
      AggregationException e = assertThrows(AggregationException.class, () -> get(r, REVENUE, P31, "2025"));
      assertThat(e.getMessage()).contains("31001", "2025", "2025-03", "overlap", "counted twice");
      // a window holding only the monthly row is fine
      assertThat(get(r, REVENUE, P31, "2025-Q1").value()).isEqualTo(10);
    }

    @Test
    void ownFigure_winsOverChildrenAndCoversOneOfOne() {
      Rollup r = rollup(m(REVENUE, "31", "2025", 50), m(REVENUE, "31001", "2025", 1));
      Aggregate a = get(r, REVENUE, P31, "2025");
      assertThat(a.value()).isEqualTo(50);
      assertThat(a.coverage()).isEqualTo(Coverage.single());
    }

    @Test
    void country_combinesOwnProvinceFiguresAndCommunes() {
      Rollup r = rollup(m(REVENUE, "31", "2025", 50), m(REVENUE, "27001", "2025", 3));
      Aggregate a = get(r, REVENUE, VN, "2025");
      assertThat(a.value()).isEqualTo(53);
      assertThat(a.coverage().reporting()).isEqualTo(4);
      assertThat(a.coverage().expected()).isEqualTo(5);
      assertThat(a.coverage().missing()).containsExactly(RegionCode.of("27002"));
    }

    @Test
    void noRow_isEmpty() {
      Rollup r = rollup(m(REVENUE, "31001", "2025-01", 1));
      assertThat(r.aggregate(REVENUE.id(), P27, Period.parse("2025"), Breakdown.NONE)).isEmpty();
      assertThat(r.aggregate(REVENUE.id(), P31, Period.parse("2024"), Breakdown.NONE)).isEmpty();
      assertThat(r.aggregate(RETAIL.id(), P31, Period.parse("2025"), Breakdown.NONE)).isEmpty();
    }
  }

  @Nested
  class Stock {
    @Test
    void stock_takesEachRegionsLastValueInTheWindowThenSums() {
      Rollup r = rollup(m(ADULTS, "31001", "2025-01", 100), m(ADULTS, "31001", "2025-06", 110),
          m(ADULTS, "31001", "2025-07", 120), m(ADULTS, "31002", "2025-03", 50));
      assertThat(get(r, ADULTS, P31, "2025-H1").value()).isEqualTo(160);
      assertThat(get(r, ADULTS, P31, "2025-H1").latest()).isEqualTo(Period.parse("2025-06"));
      assertThat(get(r, ADULTS, P31, "2025").value()).isEqualTo(170);
      assertThat(get(r, ADULTS, P31, "2025-07..2025-12").value()).isEqualTo(120);
      assertThat(get(r, ADULTS, P31, "2025-07..2025-12").coverage().reporting()).isEqualTo(1);
    }

    @Test
    void stock_rowEndingInsideTheWindowCounts_evenIfItStartsBefore() {
      Rollup r = rollup(m(ADULTS, "31001", "2025", 100));
      assertThat(get(r, ADULTS, P31, "2025-12").value()).isEqualTo(100);
      assertThat(r.aggregate(ADULTS.id(), P31, Period.parse("2025-11"), Breakdown.NONE)).isEmpty();
    }

    @Test
    void stock_twoRowsEndingTheSameMonth_areAnError() {
      Rollup r = rollup(m(ADULTS, "31001", "2025-Q4", 100), m(ADULTS, "31001", "2025-12", 101));
      AggregationException e = assertThrows(AggregationException.class, () -> get(r, ADULTS, P31, "2025"));
      assertThat(e.getMessage()).contains("31001", "2025-Q4", "2025-12", "one figure per stock and month");
    }
  }

  @Nested
  class Ratio {
    @Test
    void ratio_aggregatesPartsThenDivides_notAMeanOfRatios() {
      // 1/10 = 10 % and 90/100 = 90 %: mean of ratios 50 %, true share 91/110
      Rollup r = rollup(parts(SHARE, "31001", "2025", 1, 10), parts(SHARE, "31002", "2025", 90, 100));
      Aggregate a = get(r, SHARE, P31, "2025");
      assertThat(a.value()).isCloseTo(91.0 / 110 * 100, within(1e-12));
      assertThat(a.numerator()).hasValue(91);
      assertThat(a.denominator()).hasValue(110);
    }

    @Test
    void ratio_partsOfFlowsSumOverTime() {
      Rollup r = rollup(parts(SHARE, "31001", "2025-01", 1, 10), parts(SHARE, "31001", "2025-02", 3, 10));
      assertThat(get(r, SHARE, P31, "2025-Q1").value()).isCloseTo(20, within(1e-12));
    }

    @Test
    void ratio_partsOfStocksTakeTheLastValue() {
      Rollup r = rollup(parts(ACCOUNT_SHARE, "31001", "2025-06", 50, 100),
          parts(ACCOUNT_SHARE, "31001", "2025-12", 80, 100), parts(ACCOUNT_SHARE, "31002", "2025-09", 10, 100));
      assertThat(get(r, ACCOUNT_SHARE, P31, "2025").value()).isCloseTo(45, within(1e-12));
    }

    @Test
    void ratio_fallsBackToTheBaseIndicatorsRows() {
      Rollup r = rollup(m(ACCOUNTS, "31001", "2025-12", 30), m(ADULTS, "31001", "2025-12", 60),
          parts(ACCOUNT_SHARE, "31002", "2025-12", 10, 40), m(ACCOUNTS, "31003", "2025-12", 5));
      Aggregate a = get(r, ACCOUNT_SHARE, P31, "2025");
      assertThat(a.value()).isCloseTo(40.0 / 100 * 100, within(1e-12));
      // 31003 gave a numerator without a denominator: it does not report the ratio
      assertThat(a.coverage().missing()).containsExactly(RegionCode.of("31003"));
    }

    @Test
    void valueWithoutParts_isUsedForItsOwnRegion() {
      Rollup r = rollup(m(SHARE, "31", "2025", 17.5));
      Aggregate a = get(r, SHARE, P31, "2025");
      assertThat(a.value()).isEqualTo(17.5);
      assertThat(a.numerator()).isEmpty();
    }

    @Test
    void valueWithoutParts_acrossRegionsWithoutWeight_isAnErrorSayingWhatToDo() {
      Rollup r = rollup(m(SHARE, "31001", "2025", 10), parts(SHARE, "31002", "2025", 1, 2));
      AggregationException e = assertThrows(AggregationException.class, () -> get(r, SHARE, P31, "2025"));
      assertThat(e.getMessage()).contains("31001 sent a value without numerator and denominator",
          "send its numerator ('t.revenue') and denominator ('t.retail')", "declare a weight");
    }

    @Test
    void valueWithoutParts_acrossRegionsWithWeight_isTheWeightedMean() {
      Rollup r = rollup(m(WEIGHTED_SHARE, "31001", "2025", 10), m(WEIGHTED_SHARE, "31002", "2025", 40),
          m(ADULTS, "31001", "2025-12", 300), m(ADULTS, "31002", "2025-12", 100));
      Aggregate a = get(r, WEIGHTED_SHARE, P31, "2025");
      assertThat(a.value()).isCloseTo((10 * 300 + 40 * 100) / 400.0, within(1e-12));
      assertThat(a.numerator()).isEmpty();
      assertThat(a.coverage().reporting()).isEqualTo(2);
    }

    @Test
    void zeroDenominator_isAnError() {
      Rollup r = rollup(parts(SHARE, "31001", "2025", 0, 0));
      AggregationException e = assertThrows(AggregationException.class, () -> get(r, SHARE, P31, "2025"));
      assertThat(e.getMessage()).contains("denominator ('t.retail') is 0");
    }
  }

  @Test
  void breakdown_matchesExactly_andNoneMeansTheRowsWithoutBreakdown() {
    Breakdown ict = Breakdown.of("sector", "ict");
    Rollup r = rollup(m(REVENUE, "31001", "2025", 1).withBreakdown(ict),
        m(REVENUE, "31002", "2025", 2).withBreakdown(Breakdown.of("sector", "tourism")),
        m(REVENUE, "31003", "2025", 100));
    assertThat(r.aggregate(REVENUE.id(), P31, Period.parse("2025"), ict).orElseThrow().value()).isEqualTo(1);
    assertThat(get(r, REVENUE, P31, "2025").value()).isEqualTo(100);
  }

  @Test
  void status_isTheWeakestUsed() {
    Rollup r = rollup(m(REVENUE, "31001", "2025-01", 1),
        m(REVENUE, "31002", "2025-01", 1).withStatus(MeasurementStatus.PROVISIONAL),
        m(REVENUE, "31003", "2025-02", 1).withStatus(MeasurementStatus.ESTIMATE));
    assertThat(get(r, REVENUE, P31, "2025-01").status()).isEqualTo(MeasurementStatus.PROVISIONAL);
    assertThat(get(r, REVENUE, P31, "2025").status()).isEqualTo(MeasurementStatus.ESTIMATE);
  }

  @Test
  void rowOutsideTheHierarchy_isAnErrorWhenBuilding() {
    MeasurementSet data = MeasurementSet.of(List.of(m(REVENUE, "99001", "2025", 1), m(REVENUE, "99001", "2024", 1)));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Rollup.of(data, hierarchy(), ALL));
    assertThat(e.getMessage()).contains("99001", "is not in the region hierarchy", "2 rows name it");
  }

  @Test
  void unknownIndicator_isAnError() {
    Rollup r = rollup();
    UnknownIndicatorException e = assertThrows(UnknownIndicatorException.class,
        () -> r.aggregate(IndicatorId.of("nope"), P31, Period.parse("2025"), Breakdown.NONE));
    assertThat(e.getMessage()).contains("'nope'", "t.revenue");
    assertThat(r.aggregate(REVENUE.id(), P31, Period.parse("2025"), Breakdown.NONE)).isEqualTo(Optional.empty());
  }
}
