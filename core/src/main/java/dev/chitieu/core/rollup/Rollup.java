package dev.chitieu.core.rollup;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.UnknownIndicatorException;
import dev.chitieu.core.internal.store.ColumnAccess;
import dev.chitieu.core.internal.store.Columns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolls measurements up the region hierarchy and across time by each indicator's aggregation rule (DOMAIN.md,
 * {@code docs/aggregation.md}). Immutable and thread-safe once built; build one per data set and reuse it.
 *
 * <p>For an indicator, a region R, a window W and a breakdown B:
 *
 * <ul>
 *   <li><b>Own figure first.</b> If R has rows of its own that give a figure over W (a province-level figure), they
 *       are used and the coverage is 1/1. Otherwise R's children are combined, each by the same rule recursively, down
 *       to the leaf units (those without children in the hierarchy, e.g. communes). The coverage then counts the leaf
 *       units under R that contributed (a child that gave its own figure covers every leaf under it) against every
 *       leaf unit under R, and lists the missing ones.
 *   <li><b>Flow</b> over W: the sum of the rows whose period lies inside W. Rows that overlap W only partly are not
 *       used. Two rows of one region whose periods overlap each other (a yearly row and a monthly row of the same
 *       year) are an {@link AggregationException} naming both, never counted twice.
 *   <li><b>Stock</b> over W: per region, the row whose period ends latest within W (its value is the level at the end
 *       of its period); then summed across regions. Two rows of one region ending in that same month are an error.
 *   <li><b>Ratio</b> {@code numerator / denominator × scale}: per region, the parts come from the ratio's own rows
 *       that carry numerator and denominator, else from the rows of the declared base indicators (both needed); each
 *       part is aggregated by its base indicator's rule; the parts are summed across regions and divided at the end,
 *       never a mean of ratios. A ratio row with a value but no parts is used as is for its own region (its period
 *       equal to W, or, for a ratio of two stocks, the row ending latest within W). Across regions such a value needs
 *       a declared weight ({@link dev.chitieu.core.model.Aggregation.Ratio#weight()}): the result is then the mean of the
 *       regions' values weighted by the weight indicator's figure per region, and carries no numerator or
 *       denominator. Without a weight, an {@link AggregationException} names the region that sent a value without
 *       parts and says what to do. A denominator of 0 is an {@link AggregationException} too.
 *   <li><b>Breakdown</b>: rows match the breakdown exactly; {@link Breakdown#NONE} means the rows without breakdown
 *       (members are never summed into a total: a plan's member list need not be exhaustive). A ratio's parts are
 *       read with the same breakdown.
 *   <li>{@link Aggregate#status()} is the weakest status of the rows used; {@link Aggregate#latest()} is the last
 *       month that went in.
 * </ul>
 *
 * <p>Rows of indicators not given to the rollup are ignored. Rows of the given indicators whose region is not in the
 * hierarchy are an error when the rollup is built.
 */
public final class Rollup implements PlanFigures {
  private final MeasurementSet data;
  private final RegionHierarchy regions;
  private final Map<IndicatorId, Indicator> indicators;
  private final Evaluator evaluator;
  private final Columns columns;
  private final Tree tree;
  private volatile Map<IndicatorId, Map<Integer, Integer>> lastMonths;

  private Rollup(MeasurementSet data, RegionHierarchy regions, Map<IndicatorId, Indicator> indicators,
      RowSource source, Columns columns) {
    this.data = data;
    this.regions = regions;
    this.indicators = indicators;
    this.evaluator = new Evaluator(regions, indicators, source, m -> {
      int i = data.indexOf(m);
      return i < 0 ? java.util.Optional.empty() : data.origin(i);
    });
    this.columns = columns;
    this.tree = new Tree(regions);
  }

  /**
   * A rollup of the measurements of the given indicators.
   *
   * @param data the measurements
   * @param regions the hierarchy the measurements' regions belong to
   * @param indicators the indicators to roll up, with the base indicators of every ratio among them
   * @return the rollup
   * @throws IllegalArgumentException if two indicators share an id
   * @throws InvalidDataException if rows of these indicators name regions that are not in the hierarchy, one
   *     problem per unknown code
   */
  public static Rollup of(MeasurementSet data, RegionHierarchy regions, Collection<Indicator> indicators) {
    requireNonNull(data, "data");
    requireNonNull(regions, "regions");
    Map<IndicatorId, Indicator> byId = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (byId.putIfAbsent(i.id(), i) != null) {
        throw new IllegalArgumentException("indicator '" + i.id() + "' is given twice to the rollup; give each once");
      }
    }
    Columns c = ColumnAccess.of(data);
    checkRegions(data, c, regions, byId);
    RowSource source = (ind, bd, region) -> {
      int i = Arrays.binarySearch(c.indicators, ind);
      int b = Arrays.binarySearch(c.breakdowns, bd);
      int r = Arrays.binarySearch(c.regions, region);
      int s = i < 0 || b < 0 || r < 0 ? -1 : c.series(i, b);
      if (s < 0) {
        return List.of();
      }
      int from = c.lowerBound(s, r);
      int to = c.lowerBound(s, r + 1);
      List<Measurement> rows = new ArrayList<>(to - from);
      for (int row = from; row < to; row++) {
        rows.add(data.get(row));
      }
      return rows;
    };
    return new Rollup(data, regions, Collections.unmodifiableMap(byId), source, c);
  }

  /**
   * A rollup of the measurements of a plan's indicators.
   *
   * @param data the measurements
   * @param regions the hierarchy the measurements' regions belong to
   * @param plan the plan whose indicators to roll up
   * @return the rollup
   * @throws InvalidDataException if rows of the plan's indicators name regions that are not in the hierarchy
   */
  public static Rollup of(MeasurementSet data, RegionHierarchy regions, Plan plan) {
    return of(data, regions, requireNonNull(plan, "plan").indicators());
  }

  /**
   * One rolled-up figure.
   *
   * @param indicator the indicator; one of those given to the rollup
   * @param region the region, a unit of the hierarchy
   * @param window the window, e.g. {@code 2025}, {@code 2025-Q3} or the year to date {@code 2025-01..2025-09}
   * @param breakdown the breakdown, {@link Breakdown#NONE} for the rows without breakdown
   * @return the figure, or empty when no row of the region or below gives one over the window
   * @throws UnknownIndicatorException if the indicator was not given to the rollup
   * @throws AggregationException if the rules forbid the rollup (overlapping rows, a value-only ratio across regions
   *     without a weight, a zero denominator, a region outside the hierarchy); the message says which rows and what
   *     to do
   */
  @Override
  public Optional<Aggregate> aggregate(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown) {
    requireNonNull(indicator, "indicator");
    requireNonNull(region, "region");
    requireNonNull(window, "window");
    requireNonNull(breakdown, "breakdown");
    Indicator ind = indicators.get(indicator);
    if (ind == null) {
      throw new UnknownIndicatorException(indicator.value(), "the rollup knows no indicator '" + indicator
          + "'; known: " + indicators.keySet());
    }
    if (!regions.contains(region)) {
      throw new AggregationException("cannot roll up '" + indicator + "' for region " + region
          + ": it is not in the region hierarchy (valid from " + regions.validFrom()
          + "); ask for a unit of the hierarchy or load the one that contains it");
    }
    return evaluator.aggregate(ind, region, window, breakdown);
  }

  /**
   * Every figure at a region level and a calendar grain, in one pass over the data: e.g. every indicator and
   * breakdown by province and year, from commune rows by month. Single-threaded; see {@link #table(RegionLevel,
   * PeriodKind, int)}.
   *
   * @param level the level of the units, e.g. {@link RegionLevel#PROVINCE}
   * @param grain the windows: {@link PeriodKind#YEAR}, {@link PeriodKind#HALF}, {@link PeriodKind#QUARTER} or
   *     {@link PeriodKind#MONTH}, calendar-aligned
   * @return the table
   * @throws AggregationException listing every figure the rules forbid (at most 20 spelled out)
   * @throws IllegalArgumentException for the grain {@link PeriodKind#RANGE}
   */
  public RollupTable table(RegionLevel level, PeriodKind grain) {
    return table(level, grain, 1);
  }

  /**
   * Every figure at a region level and a calendar grain, computed by up to {@code parallelism} threads (pass {@code
   * Runtime.getRuntime().availableProcessors()} for all cores). Each figure equals what {@link #aggregate} gives for
   * the same key, up to the order of floating-point additions (see {@link RollupTable}); a window is in the table
   * when some row gives a figure for it.
   *
   * @param level the level of the units, e.g. {@link RegionLevel#PROVINCE}
   * @param grain the windows: {@link PeriodKind#YEAR}, {@link PeriodKind#HALF}, {@link PeriodKind#QUARTER} or
   *     {@link PeriodKind#MONTH}, calendar-aligned
   * @param parallelism the most threads to use, 1 or more
   * @return the table
   * @throws AggregationException listing every figure the rules forbid (at most 20 spelled out)
   * @throws IllegalArgumentException for the grain {@link PeriodKind#RANGE} or a parallelism below 1
   */
  public RollupTable table(RegionLevel level, PeriodKind grain, int parallelism) {
    requireNonNull(level, "level");
    requireNonNull(grain, "grain");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be 1 or more, was " + parallelism);
    }
    return new TableEngine(this, columns, tree, evaluator, level, grain).run(parallelism);
  }

  /** {@inheritDoc} Computed from the data on the first call, for every indicator at once. */
  @Override
  public Map<Integer, Integer> lastMonths(IndicatorId indicator) {
    requireNonNull(indicator, "indicator");
    Map<IndicatorId, Map<Integer, Integer>> all = lastMonths;
    if (all == null) {
      Map<IndicatorId, Map<Integer, Integer>> m = new java.util.HashMap<>();
      for (Measurement row : data) {
        int end = row.period().lastMonthIndex();
        m.computeIfAbsent(row.indicator(), k -> new java.util.TreeMap<>()).merge(end / 12, end, Math::max);
      }
      m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
      all = Map.copyOf(m);
      lastMonths = all;
    }
    return all.getOrDefault(indicator, Map.of());
  }

  /** {@inheritDoc} Those of the data this rollup reads. */
  @Override
  public List<dev.chitieu.core.data.ReportedChange> reportedChanges() {
    return data.reportedChanges();
  }

  /** The measurements this rollup reads. */
  public MeasurementSet data() {
    return data;
  }

  /** The region hierarchy. */
  public RegionHierarchy regions() {
    return regions;
  }

  /** The indicators, by id, in the order given. */
  public Map<IndicatorId, Indicator> indicators() {
    return indicators;
  }

  private static void checkRegions(MeasurementSet data, Columns c, RegionHierarchy regions,
      Map<IndicatorId, Indicator> indicators) {
    int[] rows = new int[c.regions.length];
    int[] example = new int[c.regions.length];
    for (int s = 0; s < c.seriesCount(); s++) {
      if (!indicators.containsKey(c.indicators[c.seriesIndicator[s]])) {
        continue;
      }
      for (int row = c.seriesStart[s]; row < c.seriesStart[s + 1]; row++) {
        int r = c.region.get(row);
        if (rows[r]++ == 0) {
          example[r] = row;
        }
      }
    }
    List<DataProblem> problems = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      RegionCode code = c.regions[r];
      if (rows[r] == 0 || regions.contains(code)) {
        continue;
      }
      Measurement m = data.get(example[r]);
      problems.add(new DataProblem("measurements", "region " + code, "region", code.value(),
          "is not in the region hierarchy (valid from " + regions.validFrom() + "); " + rows[r]
              + (rows[r] == 1 ? " row names it" : " rows name it") + ", e.g. '" + m.indicator() + "' for "
              + m.period(),
          "a unit of the hierarchy: load the province's communes (RegionHierarchy.with) or correct the code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
  }
}
