package dev.chitieu.core.rollup;

import static dev.chitieu.core.rollup.RollupFixtures.ACCOUNTS;
import static dev.chitieu.core.rollup.RollupFixtures.ACCOUNT_SHARE;
import static dev.chitieu.core.rollup.RollupFixtures.ALL;

import static dev.chitieu.core.rollup.RollupFixtures.hierarchy;
import static dev.chitieu.core.rollup.RollupFixtures.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stock rows of one region whose periods overlap (a year, its halves, quarters and months), so that several rows can
 * end in the same month: the figure must be the row ending latest within the window, a tie at that month an error, and
 * neither may depend on the order of the rows.
 */
class RollupTiesTest {
  private static final RegionCode C31001 = RegionCode.of("31001");

  private static Rollup rollup(List<Measurement> rows) {
    return Rollup.of(MeasurementSet.of(rows), hierarchy(), ALL);
  }

  private static List<Period> periods2025() {
    List<Period> out = new ArrayList<>();
    out.add(Period.year(2025));
    out.add(Period.half(2025, 1));
    out.add(Period.half(2025, 2));
    for (int q = 1; q <= 4; q++) {
      out.add(Period.quarter(2025, q));
    }
    for (int mo = 1; mo <= 12; mo++) {
      out.add(Period.month(2025, mo));
    }
    return out;
  }

  private static List<Period> windows() {
    List<Period> out = new ArrayList<>(periods2025());
    for (int mo = 1; mo <= 12; mo++) {
      out.add(Period.yearToDate(2025, mo));
    }
    out.add(Period.range(YearMonth.of(2025, 5), YearMonth.of(2025, 8)));
    return out;
  }

  /** The rule, written out: the row for the window itself (value-only ratio rows), else the latest-ending row. */
  private static Optional<Double> naive(List<Measurement> rows, Period w, boolean exactFirst) {
    if (exactFirst) {
      for (Measurement r : rows) {
        if (r.period().equals(w)) {
          return Optional.of(r.value().getAsDouble());
        }
      }
    }
    List<Measurement> inside = rows.stream().filter(r -> w.contains(r.period().end().atDay(1))).toList();
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    int end = inside.stream().mapToInt(r -> r.period().lastMonthIndex()).max().orElseThrow();
    List<Measurement> latest = inside.stream().filter(r -> r.period().lastMonthIndex() == end).toList();
    if (latest.size() > 1) {
      return null; // an error
    }
    return Optional.of(latest.get(0).value().getAsDouble());
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void lastValue_equalsTheNaiveRule_whateverTheOrderOfTheRows(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (Indicator ind : List.of(ACCOUNT_SHARE, ACCOUNTS)) {
      List<Measurement> rows = new ArrayList<>();
      for (Period p : periods2025()) {
        if (r.nextInt(3) == 0) {
          rows.add(m(ind, "31001", p.toString(), r.nextInt(1, 100)));
        }
      }
      List<Measurement> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      Rollup a = rollup(rows);
      Rollup b = rollup(shuffled);
      for (Period w : windows()) {
        String what = "seed " + seed + ": " + ind.id() + " over " + w + " from " + rows.stream()
            .map(x -> x.period() + "=" + x.value().getAsDouble()).toList();
        Optional<Double> expected = naive(rows, w, ind == ACCOUNT_SHARE);
        for (Rollup rollup : List.of(a, b)) {
          if (expected == null) {
            AggregationException e = assertThrows(AggregationException.class,
                () -> rollup.aggregate(ind.id(), C31001, w, Breakdown.NONE), what);
            assertThat(e.getMessage()).as(what).contains("31001", "end in the same month", "keep one figure per");
          } else {
            assertThat(rollup.aggregate(ind.id(), C31001, w, Breakdown.NONE).map(Aggregate::value)).as(what)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void valueOnlyStockRatio_tieAtTheLastMonth_isAnError_notAnEarlierRow() {
    // 2025 (ends Dec), Q4 (ends Dec) and November: the level at the end of 2025 is ambiguous; November must not stand in
    Rollup r = rollup(List.of(m(ACCOUNT_SHARE, "31001", "2025-H2", 60), m(ACCOUNT_SHARE, "31001", "2025-Q4", 70),
        m(ACCOUNT_SHARE, "31001", "2025-11", 10)));
    AggregationException e = assertThrows(AggregationException.class,
        () -> r.aggregate(ACCOUNT_SHARE.id(), C31001, Period.parse("2025"), Breakdown.NONE));
    assertThat(e).hasMessageContaining("rows for [2025-H2, 2025-Q4] give values that end in the same month, "
        + "2025-12; keep one figure per month");
  }

  @Test
  void stock_tieBeforeTheLastMonth_doesNotMatter() {
    Rollup r = rollup(List.of(m(ACCOUNTS, "31001", "2025-Q1", 5), m(ACCOUNTS, "31001", "2025-03", 6),
        m(ACCOUNTS, "31001", "2025-06", 7)));
    assertThat(r.aggregate(ACCOUNTS.id(), C31001, Period.parse("2025-H1"), Breakdown.NONE).map(Aggregate::value))
        .contains(7.0);
  }

  @Test
  void valueOnlyRatio_isUsedWithoutParts() {
    Rollup r = rollup(List.of(m(ACCOUNT_SHARE, "31001", "2025-06", 40)));
    Aggregate a = r.aggregate(ACCOUNT_SHARE.id(), C31001, Period.parse("2025-H1"), Breakdown.NONE).orElseThrow();
    assertThat(a.value()).isEqualTo(40);
    assertThat(a.numerator()).isEqualTo(OptionalDouble.empty());
  }
}
