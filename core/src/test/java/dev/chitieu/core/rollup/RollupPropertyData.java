package dev.chitieu.core.rollup;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import java.util.List;

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
}
