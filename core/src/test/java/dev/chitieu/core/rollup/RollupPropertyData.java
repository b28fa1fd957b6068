package dev.chitieu.core.rollup;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * The random data of {@link RollupPropertyTest}, for the tests of other engines that must give the same figures (the
 * Spark rollup's): invented SAMPLE data, seeded.
 *
 * @param seed the seed
 * @param regions the hierarchy: the country, 1-3 provinces (4 with {@code wide}), their communes
 * @param provinces the provinces' codes
 * @param rows the measurements, at communes and a few at provinces
 * @param indicators the indicators: flows, stocks, ratios of flows and of stocks, a rate per 1,000 of a flow over a
 *     stock, ratios whose base indicators have no rows
 * @param breakdowns the breakdowns the rows use
 * @param windows the windows the property test asks about: years, quarters, months, years to date, ranges
 */
public record RollupPropertyData(long seed, RegionHierarchy regions, List<RegionCode> provinces,
    List<Measurement> rows, List<Indicator> indicators, List<Breakdown> breakdowns, List<Period> windows) {
  private static final Indicator FLOW5 = base("p.flow5", Aggregation.flow());
  private static final Indicator FLOW6 = base("p.flow6", Aggregation.flow());
  private static final Indicator STOCK5 = base("p.stock5", Aggregation.stock());
  private static final Indicator STOCK6 = base("p.stock6", Aggregation.stock());
  /** Ratios whose rows give values without parts, with and without a declared weight. */
  public static final List<Indicator> VALUE_ONLY = List.of(
      base("p.v-flow", Aggregation.percent(FLOW5.id(), FLOW6.id())),
      base("p.v-flow-w", Aggregation.percent(FLOW5.id(), FLOW6.id()).weightedBy(RollupPropertyTest.FLOW.id())),
      base("p.v-stock", Aggregation.percent(STOCK5.id(), STOCK6.id())),
      base("p.v-stock-w", Aggregation.percent(STOCK5.id(), STOCK6.id()).weightedBy(RollupPropertyTest.STOCK.id())),
      // its base indicators have rows: where they give parts, they win over the values
      base("p.v-mixed", Aggregation.percent(RollupPropertyTest.STOCK.id(), RollupPropertyTest.STOCK2.id())
          .weightedBy(RollupPropertyTest.STOCK2.id())));

  private static Indicator base(String id, Aggregation a) {
    return Indicator.builder(id).aggregation(a).dimension("sector").build();
  }

  /**
   * The data of a seed, as {@link RollupPropertyTest} makes it.
   *
   * @param seed the seed, e.g. 1 to 24
   * @param wide whether to add a province of 300 communes
   * @return the data
   */
  public static RollupPropertyData of(long seed, boolean wide) {
    RollupPropertyTest.Data d = RollupPropertyTest.data(seed, wide);
    return new RollupPropertyData(seed, d.regions(), List.copyOf(d.provinces()), List.copyOf(d.rows()),
        RollupPropertyTest.ALL, List.of(RollupPropertyTest.BREAKDOWNS), RollupPropertyTest.windows());
  }

  /**
   * The data of a seed with ratios whose rows give values without numerator and denominator ({@link #VALUE_ONLY}):
   * at most units values alone, at some numerator and denominator, at a few both (an error where both bear on a
   * window), and for ratios of stocks a few values ending in the same month (an error where they are the latest).
   * Weighted and unweighted, so that the rollup gives own values, weighted means and the errors of the rules.
   *
   * @param seed the seed
   * @param wide whether to add a province of 300 communes
   * @return the data, with the indicators of {@link #of} and {@link #VALUE_ONLY} and their base indicators
   */
  public static RollupPropertyData withValueOnlyRatios(long seed, boolean wide) {
    RollupPropertyData d = of(seed, wide);
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 17);
    List<Measurement> rows = new ArrayList<>(d.rows());
    PeriodKind[] kinds = {PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR};
    for (Indicator ind : VALUE_ONLY) {
      boolean stocks = ind.id().value().contains("stock") || ind.id().value().contains("mixed");
      for (Breakdown b : d.breakdowns()) {
        if (r.nextInt(4) == 0) {
          continue;
        }
        PeriodKind kind = kinds[r.nextInt(kinds.length)];
        for (Region unit : d.regions().units()) {
          if (unit.code().equals(RegionHierarchy.COUNTRY) || r.nextInt(unit.parent().map(p -> p.value().equals("99"))
              .orElse(false) ? 8 : 5) == 0) {
            continue; // the country never has rows; a few units none
          }
          boolean province = d.provinces().contains(unit.code());
          if (province && r.nextInt(3) != 0) {
            continue; // a third of the provinces send their own figures
          }
          int mode = r.nextInt(20); // 0-13 values alone, 14-17 parts, 18-19 both
          for (int y = 2024; y <= 2025; y++) {
            List<Period> periods = periods(kind, y);
            for (int i = 0; i < periods.size(); i++) {
              if (r.nextInt(3) == 0) {
                continue;
              }
              boolean parts = mode >= 14 && (mode < 18 || r.nextBoolean());
              rows.add(row(r, ind, unit.code(), periods.get(i), b, parts));
              if (stocks && !parts && kind != PeriodKind.MONTH && r.nextInt(12) == 0) {
                // a month's level beside the quarter's or the year's, ending in the same month
                Period p = periods.get(i);
                rows.add(row(r, ind, unit.code(), Period.ofMonthIndexes(p.lastMonthIndex(), p.lastMonthIndex()), b,
                    false));
              }
            }
          }
        }
      }
    }
    List<Indicator> indicators = new ArrayList<>(d.indicators());
    indicators.addAll(List.of(FLOW5, FLOW6, STOCK5, STOCK6));
    indicators.addAll(VALUE_ONLY);
    return new RollupPropertyData(seed, d.regions(), d.provinces(), List.copyOf(rows), List.copyOf(indicators),
        d.breakdowns(), d.windows());
  }

  private static List<Period> periods(PeriodKind kind, int year) {
    return switch (kind) {
      case MONTH -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> Period.month(year, m)).toList();
      case QUARTER -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> Period.quarter(year, q)).toList();
      default -> List.of(Period.year(year));
    };
  }

  private static Measurement row(SplittableRandom r, Indicator ind, RegionCode region, Period p, Breakdown b,
      boolean parts) {
    MeasurementStatus st = r.nextInt(6) == 0 ? MeasurementStatus.values()[1 + r.nextInt(2)]
        : MeasurementStatus.ACTUAL;
    // values in eighths: exact in binary, so that only the weighted means' divisions round
    return parts
        ? new Measurement(ind.id(), region, p, b, OptionalDouble.empty(), OptionalDouble.of(r.nextInt(0, 100)),
            OptionalDouble.of(r.nextInt(100, 1000)), st, "")
        : new Measurement(ind.id(), region, p, b, OptionalDouble.of(r.nextInt(0, 800) / 8.0), OptionalDouble.empty(),
            OptionalDouble.empty(), st, "");
  }
}
