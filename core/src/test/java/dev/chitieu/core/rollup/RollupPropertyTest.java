package dev.chitieu.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded randomized tests (the project does not use jqwik, see docs/adr/0011): on random data, the rollup equals a
 * naive computation written straight from the rules, and the bulk table equals the per-query rollup, cell by cell.
 * A failure prints its seed; rerun that seed alone to reproduce it.
 */
class RollupPropertyTest {
  static final Indicator FLOW = Indicator.builder("p.flow").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator FLOW2 = Indicator.builder("p.flow2").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator STOCK = Indicator.builder("p.stock").aggregation(Aggregation.stock()).dimension("sector")
      .build();
  static final Indicator STOCK2 = Indicator.builder("p.stock2").aggregation(Aggregation.stock()).dimension("sector")
      .build();
  static final Indicator FLOW_SHARE = Indicator.builder("p.flow-share")
      .aggregation(Aggregation.percent(FLOW.id(), FLOW2.id())).dimension("sector").build();
  static final Indicator STOCK_SHARE = Indicator.builder("p.stock-share")
      .aggregation(Aggregation.percent(STOCK.id(), STOCK2.id())).dimension("sector").build();
  static final Indicator PER_1000 = Indicator.builder("p.per-1000")
      .aggregation(Aggregation.ratio(FLOW.id(), STOCK2.id(), BigDecimal.valueOf(1000))).dimension("sector").build();
  // ratios whose base indicators have no rows: the parts come only from the ratios' own rows
  static final Indicator FLOW3 = Indicator.builder("p.flow3").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator FLOW4 = Indicator.builder("p.flow4").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator STOCK3 = Indicator.builder("p.stock3").aggregation(Aggregation.stock()).dimension("sector")
      .build();
  static final Indicator STOCK4 = Indicator.builder("p.stock4").aggregation(Aggregation.stock()).dimension("sector")
      .build();
  static final Indicator FLOW_SHARE2 = Indicator.builder("p.flow-share2")
      .aggregation(Aggregation.percent(FLOW3.id(), FLOW4.id())).dimension("sector").build();
  static final Indicator STOCK_SHARE2 = Indicator.builder("p.stock-share2")
      .aggregation(Aggregation.percent(STOCK3.id(), STOCK4.id())).dimension("sector").build();
  static final List<Indicator> ALL = List.of(FLOW, FLOW2, STOCK, STOCK2, FLOW_SHARE, STOCK_SHARE, PER_1000, FLOW3,
      FLOW4, STOCK3, STOCK4, FLOW_SHARE2, STOCK_SHARE2);
  static final Set<Indicator> UNMEASURED = Set.of(PER_1000, FLOW3, FLOW4, STOCK3, STOCK4);
  static final Breakdown[] BREAKDOWNS = {Breakdown.NONE, Breakdown.of("sector", "ict"),
      Breakdown.of("sector", "tourism")};
  static final PeriodKind[] KINDS = {PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 24);
  }

  /** Random data: a hierarchy, and rows of every indicator at communes (and a few at provinces). */
  record Data(RegionHierarchy regions, List<RegionCode> provinces, Map<RegionCode, List<RegionCode>> communes,
      List<Measurement> rows, Map<List<Object>, List<Measurement>> byKey) {
    Data(RegionHierarchy regions, List<RegionCode> provinces, Map<RegionCode, List<RegionCode>> communes,
        List<Measurement> rows) {
      this(regions, provinces, communes, rows, rows.stream().collect(java.util.stream.Collectors.groupingBy(
          m -> List.of(m.indicator(), m.region(), m.breakdown()))));
    }

    List<Measurement> rowsOf(IndicatorId indicator, RegionCode region, Breakdown b) {
      return byKey.getOrDefault(List.of(indicator, region, b), List.of());
    }
  }

  static Data data(long seed) {
    return data(seed, false);
  }

  /**
   * Random data; if {@code wide}, with one more province of 300 communes that each hold some series' rows, so that
   * the set has more than 256 regions and the table's loops read 2-byte region codes.
   */
  static Data data(long seed, boolean wide) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Region> regions = new ArrayList<>();
    regions.add(new Region(RegionHierarchy.COUNTRY, LocalizedText.of("Việt Nam", "Viet Nam"), RegionLevel.COUNTRY,
        "country", Optional.empty()));
    List<RegionCode> provinces = new ArrayList<>();
    Map<RegionCode, List<RegionCode>> communes = new java.util.LinkedHashMap<>();
    int nProvinces = 1 + r.nextInt(3);
    for (int p = 0; p < nProvinces; p++) {
      String pc = Integer.toString(10 + p);
      regions.add(Region.of(pc, "Tỉnh " + pc, "Province " + pc, RegionLevel.PROVINCE, "province", "VN"));
      provinces.add(RegionCode.of(pc));
      List<RegionCode> cs = new ArrayList<>();
      int n = 1 + r.nextInt(5);
      for (int c = 0; c < n; c++) {
        String cc = pc + "00" + c;
        regions.add(Region.of(cc, "Xã " + cc, "Commune " + cc, RegionLevel.COMMUNE, "commune", pc));
        cs.add(RegionCode.of(cc));
      }
      communes.put(RegionCode.of(pc), cs);
    }
    if (wide) {
      regions.add(Region.of("99", "Tỉnh 99", "Province 99", RegionLevel.PROVINCE, "province", "VN"));
      provinces.add(RegionCode.of("99"));
      List<RegionCode> cs = new ArrayList<>();
      for (int c = 0; c < 300; c++) {
        String cc = "99" + (100 + c);
        regions.add(Region.of(cc, "Xã " + cc, "Commune " + cc, RegionLevel.COMMUNE, "commune", "99"));
        cs.add(RegionCode.of(cc));
      }
      communes.put(RegionCode.of("99"), cs);
    }
    List<Measurement> rows = new ArrayList<>();
    for (Indicator ind : ALL) {
      if (UNMEASURED.contains(ind)) {
        continue; // the rate per 1,000 comes from its base indicators only
      }
      for (Breakdown b : BREAKDOWNS) {
        if (r.nextInt(4) == 0) {
          continue;
        }
        PeriodKind kind = KINDS[r.nextInt(KINDS.length)];
        for (RegionCode p : provinces) {
          boolean many = communes.get(p).size() > 100;
          for (RegionCode c : communes.get(p)) {
            if (!many || r.nextInt(4) == 0) {
              addRows(r, rows, ind, c, b, kind);
            }
          }
          if (r.nextInt(5) == 0) {
            addRows(r, rows, ind, p, b, kind); // a province's own figures
          }
        }
      }
    }
    return new Data(RegionHierarchy.of(LocalDate.of(2025, 7, 1), regions), provinces, communes, rows);
  }

  private static void addRows(SplittableRandom r, List<Measurement> rows, Indicator ind, RegionCode region,
      Breakdown b, PeriodKind kind) {
    int density = 1 + r.nextInt(4);
    for (int y = 2024; y <= 2025; y++) {
      int year = y;
      List<Period> periods = switch (kind) {
        case MONTH -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> Period.month(year, m)).toList();
        case QUARTER -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> Period.quarter(year, q)).toList();
        default -> List.of(Period.year(year));
      };
      for (Period p : periods) {
        if (r.nextInt(4) >= density) {
          continue;
        }
        MeasurementStatus st = r.nextInt(6) == 0 ? MeasurementStatus.values()[1 + r.nextInt(2)]
            : MeasurementStatus.ACTUAL;
        OptionalDouble v;
        OptionalDouble n = OptionalDouble.empty();
        OptionalDouble d = OptionalDouble.empty();
        if (ind.aggregation().isBase()) {
          v = OptionalDouble.of(r.nextInt(1, 1000));
        } else {
          v = OptionalDouble.empty();
          n = OptionalDouble.of(r.nextInt(0, 100));
          d = OptionalDouble.of(r.nextInt(100, 1000));
        }
        rows.add(new Measurement(ind.id(), region, p, b, v, n, d, st, ""));
      }
    }
  }

  // ---------------------------------------------------------------- the naive oracle, straight from the rules

  /** A figure as the oracle sees it. */
  record Naive(double value, double num, double den, int latest, MeasurementStatus status, Set<RegionCode> covered,
      boolean own) {}

  static Indicator indicator(IndicatorId id) {
    return ALL.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** A base quantity for one region over a window, from its own rows only. */
  static Optional<Naive> ownBase(Data rows, Indicator base, RegionCode region, Period w, Breakdown b,
      java.util.function.ToDoubleFunction<Measurement> field, IndicatorId rowsOf) {
    List<Measurement> mine = rows.rowsOf(rowsOf, region, b);
    if (base.aggregation() instanceof Aggregation.Flow) {
      List<Measurement> inside = mine.stream().filter(m -> w.contains(m.period())).toList();
      if (inside.isEmpty()) {
        return Optional.empty();
      }
      double sum = inside.stream().mapToDouble(field).sum();
      int latest = inside.stream().mapToInt(m -> m.period().lastMonthIndex()).max().orElseThrow();
      MeasurementStatus st = inside.stream().map(Measurement::status).reduce(MeasurementStatus.ACTUAL,
          MeasurementStatus::weakest);
      return Optional.of(new Naive(sum, 0, 0, latest, st, Set.of(region), true));
    }
    Optional<Measurement> last = mine.stream().filter(m -> w.contains(m.period().end().atDay(1)))
        .max(java.util.Comparator.comparingInt(m -> m.period().lastMonthIndex()));
    return last.map(m -> new Naive(field.applyAsDouble(m), 0, 0, m.period().lastMonthIndex(), m.status(),
        Set.of(region), true));
  }

  static Optional<Naive> ownRatio(Data rows, Indicator ratio, RegionCode region, Period w,
      Breakdown b) {
    Aggregation.Ratio a = (Aggregation.Ratio) ratio.aggregation();
    Indicator num = indicator(a.numerator());
    Indicator den = indicator(a.denominator());
    Optional<Naive> n = ownBase(rows, num, region, w, b, m -> m.numerator().getAsDouble(), ratio.id());
    Optional<Naive> d = ownBase(rows, den, region, w, b, m -> m.denominator().getAsDouble(), ratio.id());
    if (n.isEmpty() || d.isEmpty()) {
      n = ownBase(rows, num, region, w, b, m -> m.value().getAsDouble(), num.id());
      d = ownBase(rows, den, region, w, b, m -> m.value().getAsDouble(), den.id());
    }
    if (n.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Naive(0, n.get().value(), d.get().value(), Math.max(n.get().latest(), d.get().latest()),
        n.get().status().weakest(d.get().status()), Set.of(region), true));
  }

  static Optional<Naive> own(Data rows, Indicator ind, RegionCode region, Period w, Breakdown b) {
    return ind.aggregation().isBase()
        ? ownBase(rows, ind, region, w, b, m -> m.value().getAsDouble(), ind.id())
        : ownRatio(rows, ind, region, w, b);
  }

  /** A province: its own figure, else the sum over its communes. */
  static Optional<Naive> province(Data data, Indicator ind, RegionCode p, Period w, Breakdown b) {
    Optional<Naive> own = own(data, ind, p, w, b);
    if (own.isPresent()) {
      return own;
    }
    List<Naive> parts = new ArrayList<>();
    for (RegionCode c : data.communes().get(p)) {
      own(data, ind, c, w, b).ifPresent(parts::add);
    }
    return combine(parts);
  }

  static Optional<Naive> combine(List<Naive> parts) {
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Set<RegionCode> covered = new LinkedHashSet<>();
    parts.forEach(n -> covered.addAll(n.covered()));
    return Optional.of(new Naive(parts.stream().mapToDouble(Naive::value).sum(),
        parts.stream().mapToDouble(Naive::num).sum(), parts.stream().mapToDouble(Naive::den).sum(),
        parts.stream().mapToInt(Naive::latest).max().orElseThrow(),
        parts.stream().map(Naive::status).reduce(MeasurementStatus.ACTUAL, MeasurementStatus::weakest), covered,
        false));
  }

  static Optional<Naive> country(Data data, Indicator ind, Period w, Breakdown b) {
    List<Naive> parts = new ArrayList<>();
    for (RegionCode p : data.provinces()) {
      province(data, ind, p, w, b).ifPresent(n -> parts.add(n.own()
          ? new Naive(n.value(), n.num(), n.den(), n.latest(), n.status(), new HashSet<>(data.communes().get(p)),
              true)
          : n));
    }
    return combine(parts);
  }

  static List<Period> windows() {
    List<Period> out = new ArrayList<>();
    for (int y = 2024; y <= 2025; y++) {
      out.add(Period.year(y));
      for (int q = 1; q <= 4; q++) {
        out.add(Period.quarter(y, q));
      }
      for (int m = 1; m <= 12; m++) {
        out.add(Period.month(y, m));
        out.add(Period.yearToDate(y, m));
      }
      out.add(Period.range(java.time.YearMonth.of(y, 5), java.time.YearMonth.of(y, 8)));
    }
    out.add(Period.years(2024, 2025));
    return out;
  }

  private static void assertSame(String what, Aggregate a, Naive n, Indicator ind, int expectedLeaves) {
    double scale = ind.aggregation() instanceof Aggregation.Ratio r ? r.scale().doubleValue() : 1;
    double value = ind.aggregation().isBase() ? n.value() : n.num() / n.den() * scale;
    assertThat(a.value()).as(what + " value").isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(1e-9));
    if (!ind.aggregation().isBase()) {
      assertThat(a.numerator().getAsDouble()).as(what + " numerator").isEqualTo(n.num());
      assertThat(a.denominator().getAsDouble()).as(what + " denominator").isEqualTo(n.den());
    }
    assertThat(a.latest().lastMonthIndex()).as(what + " latest").isEqualTo(n.latest());
    assertThat(a.status()).as(what + " status").isEqualTo(n.status());
    if (n.own()) {
      assertThat(a.coverage().reporting()).as(what + " own coverage").isEqualTo(1);
    } else {
      assertThat(a.coverage().reporting()).as(what + " coverage").isEqualTo(n.covered().size());
      assertThat(a.coverage().expected()).as(what + " expected").isEqualTo(expectedLeaves);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aggregate_equalsTheNaiveComputation(long seed) {
    Data data = data(seed);
    Rollup rollup = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), ALL);
    int meanOfRatiosWouldDiffer = 0;
    int totalLeaves = data.communes().values().stream().mapToInt(List::size).sum();
    for (Indicator ind : ALL) {
      for (Breakdown b : BREAKDOWNS) {
        for (Period w : windows()) {
          for (RegionCode p : data.provinces()) {
            String what = "seed " + seed + ": " + ind.id() + " " + b + " " + p + " " + w;
            Optional<Naive> n = province(data, ind, p, w, b);
            Optional<Aggregate> a = rollup.aggregate(ind.id(), p, w, b);
            assertThat(a.isPresent()).as(what + " present").isEqualTo(n.isPresent());
            if (n.isPresent()) {
              assertSame(what, a.get(), n.get(), ind, data.communes().get(p).size());
              meanOfRatiosWouldDiffer += meanOfRatiosDiffers(data, ind, p, w, b, a.get()) ? 1 : 0;
            }
          }
          String what = "seed " + seed + ": " + ind.id() + " " + b + " VN " + w;
          Optional<Naive> n = country(data, ind, w, b);
          Optional<Aggregate> a = rollup.aggregate(ind.id(), RegionHierarchy.COUNTRY, w, b);
          assertThat(a.isPresent()).as(what + " present").isEqualTo(n.isPresent());
          n.ifPresent(x -> assertSame(what, a.get(), x, ind, totalLeaves));
        }
      }
    }
    if (seed == 1) {
      // the data are such that averaging the communes' ratios would give other figures: the test can see the trap
      assertThat(meanOfRatiosWouldDiffer).as("seed %d: cases where a mean of ratios differs", seed).isPositive();
    }
  }

  /** Whether the plain mean of the communes' own ratios differs from the rolled-up ratio. */
  private static boolean meanOfRatiosDiffers(Data data, Indicator ind, RegionCode p, Period w, Breakdown b,
      Aggregate a) {
    if (ind.aggregation().isBase() || a.coverage().reporting() < 2 || own(data, ind, p, w, b).isPresent()) {
      return false;
    }
    double scale = ((Aggregation.Ratio) ind.aggregation()).scale().doubleValue();
    double mean = data.communes().get(p).stream().map(c -> own(data, ind, c, w, b)).flatMap(Optional::stream)
        .mapToDouble(n -> n.num() / n.den() * scale).average().orElseThrow();
    return Math.abs(mean - a.value()) > 1e-9 * Math.abs(a.value());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void table_equalsAggregateCellByCell_andMissesNoFigure(long seed) {
    Data data = data(seed);
    Rollup rollup = Rollup.of(MeasurementSet.of(data.rows()), data.regions(), ALL);
    for (RegionLevel level : List.of(RegionLevel.COUNTRY, RegionLevel.PROVINCE, RegionLevel.COMMUNE)) {
      for (PeriodKind grain : List.of(PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)) {
        RollupTable table = rollup.table(level, grain, 1 + (int) (seed % 3));
        if (level != RegionLevel.COUNTRY) { // at country level, provinces' own rows take the general path
          assertThat(table.slowSeries).as("seed %d: series off the fast path", seed).isZero();
        }
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
          String what = "seed " + seed + " " + level + "/" + grain + " #" + i + " " + table.indicator(i) + " "
              + table.breakdown(i) + " " + table.region(i) + " " + table.window(i);
          Aggregate expected = rollup.aggregate(table.indicator(i), table.region(i), table.window(i),
              table.breakdown(i)).orElseThrow(() -> new AssertionError(what + ": not in aggregate()"));
          assertEqual(what, table.get(i), expected);
          seen.add(List.of(table.indicator(i), table.region(i), table.window(i), table.breakdown(i)));
        }
        // every figure aggregate() gives on the grid is in the table
        for (Indicator ind : ALL) {
          for (Breakdown b : BREAKDOWNS) {
            for (Region unit : data.regions().units()) {
              if (unit.level() != level) {
                continue;
              }
              for (Period w : windows()) {
                if (w.kind() != grain) {
                  continue;
                }
                boolean present = rollup.aggregate(ind.id(), unit.code(), w, b).isPresent();
                assertThat(seen.contains(List.of(ind.id(), unit.code(), w, b)))
                    .as("seed %d %s/%s: %s %s %s %s in the table", seed, level, grain, ind.id(), b, unit.code(), w)
                    .isEqualTo(present);
              }
            }
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void leanValues_onTwoByteRegionCodes_equalAggregate(long seed) {
    Data data = data(seed, true);
    MeasurementSet set = MeasurementSet.of(data.rows());
    assertThat(dev.chitieu.core.internal.store.ColumnAccess.of(set).region)
        .as("seed %d: the set must need 2-byte region codes", seed)
        .isInstanceOf(dev.chitieu.core.internal.Codes.Chars.class);
    Rollup rollup = Rollup.of(set, data.regions(), ALL);
    for (PeriodKind grain : List.of(PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)) {
      RollupTable table = rollup.table(RegionLevel.PROVINCE, grain, 1 + (int) (seed % 2));
      assertThat(table.slowSeries).as("seed %d: series off the fast path", seed).isZero();
      for (int i = 0; i < table.size(); i++) {
        String what = "seed " + seed + " " + grain + " #" + i + " " + table.indicator(i) + " " + table.breakdown(i)
            + " " + table.region(i) + " " + table.window(i);
        Aggregate expected = rollup.aggregate(table.indicator(i), table.region(i), table.window(i),
            table.breakdown(i)).orElseThrow(() -> new AssertionError(what + ": not in aggregate()"));
        // the figure's value is the lean loops' (RollupTable keeps it when coverage is computed)
        assertEqual(what, table.get(i), expected);
      }
    }
  }

  /** Equal, the doubles up to rounding (the table may add in another order). */
  static void assertEqual(String what, Aggregate actual, Aggregate expected) {
    assertThat(List.of(actual.indicator(), actual.region(), actual.window(), actual.breakdown(), actual.latest(),
        actual.status(), actual.coverage(), actual.numerator().isPresent(), actual.denominator().isPresent()))
        .as(what).isEqualTo(List.of(expected.indicator(), expected.region(), expected.window(), expected.breakdown(),
            expected.latest(), expected.status(), expected.coverage(), expected.numerator().isPresent(),
            expected.denominator().isPresent()));
    assertThat(close(actual.value(), expected.value())).as(what + ": value %s vs %s", actual.value(),
        expected.value()).isTrue();
    if (expected.numerator().isPresent()) {
      assertThat(close(actual.numerator().getAsDouble(), expected.numerator().getAsDouble())).as(what + " num")
          .isTrue();
      assertThat(close(actual.denominator().getAsDouble(), expected.denominator().getAsDouble())).as(what + " den")
          .isTrue();
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
}
