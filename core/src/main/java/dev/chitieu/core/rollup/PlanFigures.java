package dev.chitieu.core.rollup;

import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a plan's indicators that an assessment reads: rolled-up figures on request, the months that have
 * data, and the changes the data carries as reported. {@link Rollup} is the in-JVM implementation; an engine that
 * computes the rollup elsewhere (e.g. on a cluster) implements it by the same rules, so that {@link
 * dev.chitieu.core.assess.Assessor#assess(dev.chitieu.core.model.Plan, PlanFigures, dev.chitieu.core.region.RegionHierarchy,
 * java.time.LocalDate)} judges its figures exactly as it judges the in-JVM ones. Implementations are thread-safe.
 */
public interface PlanFigures {
  /**
   * One rolled-up figure, by the rules documented on {@link Rollup}.
   *
   * @param indicator the indicator
   * @param region the region, a unit of the hierarchy
   * @param window the window
   * @param breakdown the breakdown, {@link Breakdown#NONE} for the rows without breakdown
   * @return the figure, or empty when no row of the region or below gives one over the window
   * @throws AggregationException if the rules forbid the rollup; the message says which rows and what to do
   * @throws dev.chitieu.core.model.UnknownIndicatorException if the indicator is not one of the figures'
   */
  Optional<Aggregate> aggregate(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown);

  /**
   * In which month the rows of an indicator last end in each year: by year, the latest month index ({@code year *
   * 12 + month - 1}) in which a row of the indicator (at any region, in any breakdown) ends.
   *
   * @param indicator the indicator
   * @return by year, the last month index; empty when the indicator has no rows
   */
  Map<Integer, Integer> lastMonths(IndicatorId indicator);

  /** The changes the data carries as reported by its source (e.g. "up 5.2 % on the same period last year"). */
  List<ReportedChange> reportedChanges();
}
