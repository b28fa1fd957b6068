package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.plan.InvalidPlanException;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanValidator;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.rollup.PlanFigures;
import dev.chitieu.core.rollup.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges every target of a plan on a data set as of a day: status, evidence, projection, SDG progress category and a
 * sentence in Vietnamese and English. Immutable and thread-safe.
 *
 * <pre>{@code
 * Assessment a = Assessor.withDefaults().assess(plan, measurements, regions, LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * <p>How each scope, status and projection is decided is written out in {@code docs/assessment.md}; in short:
 *
 * <ul>
 *   <li>Values are rolled up to the plan's region by {@link Rollup}, rounded half-up to the indicator's reporting
 *       decimals, and compared with the threshold in decimal arithmetic.
 *   <li>Measurements whose period ends after the month of {@code asOf} are ignored.
 *   <li>After a deadline, the value over the deadline's year (January to the deadline's month) decides: {@link
 *       Status#ACHIEVED} or {@link Status#NOT_ACHIEVED}. Before it, a value that meets the target now is {@link
 *       Status#ACHIEVED}; otherwise the projection to the deadline gives {@link Status#ON_TRACK}, {@link
 *       Status#AT_RISK} or {@link Status#OFF_TRACK} ({@link AssessorOptions#atRiskBand()}). Without any usable
 *       figure: {@link Status#NO_DATA}.
 *   <li>"Each member": one part per member of the dimension, the worst decides. "Every period": one part per period,
 *       the worst decides (a failed year fails the target). "Cumulative": the sum over the range.
 * </ul>
 */
public final class Assessor {
  private static final Assessor DEFAULT = new Assessor(AssessorOptions.defaults());

  private final AssessorOptions options;

  private Assessor(AssessorOptions options) {
    this.options = options;
  }

  /** An assessor with {@link AssessorOptions#defaults()}. */
  public static Assessor withDefaults() {
    return DEFAULT;
  }

  /**
   * An assessor with the given options.
   *
   * @param options how to project and judge
   * @return the assessor
   */
  public static Assessor of(AssessorOptions options) {
    return new Assessor(requireNonNull(options, "options"));
  }

  /** The options this assessor uses. */
  public AssessorOptions options() {
    return options;
  }

  /**
   * Assesses a plan on data reported at province or country level, rolled up with the bundled hierarchy of Vietnam's
   * 34 provinces ({@link RegionHierarchy#vietnam2025()}). Data from communes needs {@link #assess(Plan,
   * MeasurementSet, RegionHierarchy, LocalDate)} with the hierarchy that holds them.
   *
   * @param plan the plan, valid
   * @param measurements the measurements
   * @param asOf the day the assessment speaks for
   * @return one result per target, in plan order
   * @throws InvalidPlanException if the plan is not valid
   * @throws InvalidDataException if measurements of the plan's indicators name regions outside the hierarchy
   * @throws AggregationException if the data cannot be rolled up by the rules (e.g. overlapping flow rows); the
   *     message names the rows
   */
  public Assessment assess(Plan plan, MeasurementSet measurements, LocalDate asOf) {
    return assess(plan, measurements, RegionHierarchy.vietnam2025(), asOf);
  }

  /**
   * Assesses a plan.
   *
   * @param plan the plan, valid
   * @param measurements the measurements; those whose period ends after the month of {@code asOf} are ignored
   * @param regions the hierarchy the measurements' regions and the plan's region belong to
   * @param asOf the day the assessment speaks for
   * @return one result per target, in plan order
   * @throws InvalidPlanException if the plan is not valid
   * @throws InvalidDataException if measurements of the plan's indicators name regions outside the hierarchy
   * @throws AggregationException if the data cannot be rolled up by the rules (e.g. overlapping flow rows); the
   *     message names the rows
   * @throws InvalidValueException if the plan's region is not in the hierarchy
   */
  public Assessment assess(Plan plan, MeasurementSet measurements, RegionHierarchy regions, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(measurements, "measurements");
    requireNonNull(regions, "regions");
    requireNonNull(asOf, "asOf");
    PlanValidator.requireValid(plan);
    Region region = regions.findRegion(plan.region()).orElseThrow(() -> new InvalidValueException(
        "plan '" + plan.id() + "' covers region " + plan.region() + ", which is not in the region hierarchy (valid from "
            + regions.validFrom() + "); pass the hierarchy that holds it"));
    int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    MeasurementSet known = measurements.filter(m -> m.period().lastMonthIndex() <= asOfMonth);
    return judge(plan, Rollup.of(known, regions, plan), regions, region, asOf);
  }

  /**
   * Assesses a plan on figures rolled up elsewhere: by another engine that follows the rules of {@link Rollup} (e.g.
   * on a cluster), or by a {@link Rollup} built by the caller. The figures must be those of the data through the
   * month of {@code asOf}: this method cannot drop later rows from them. On the same data, the result equals {@link
   * #assess(Plan, MeasurementSet, RegionHierarchy, LocalDate)}'s.
   *
   * @param plan the plan, valid
   * @param figures the figures of the plan's indicators, on the data through the month of {@code asOf}
   * @param regions the hierarchy the figures' regions and the plan's region belong to
   * @param asOf the day the assessment speaks for
   * @return one result per target, in plan order
   * @throws InvalidPlanException if the plan is not valid
   * @throws AggregationException if the figures cannot be rolled up by the rules; the message names the rows
   * @throws IllegalArgumentException if the plan's region is not in the hierarchy
   */
  public Assessment assess(Plan plan, PlanFigures figures, RegionHierarchy regions, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(figures, "figures");
    requireNonNull(regions, "regions");
    requireNonNull(asOf, "asOf");
    PlanValidator.requireValid(plan);
    Region region = regions.findRegion(plan.region()).orElseThrow(() -> new IllegalArgumentException(
        "plan '" + plan.id() + "' covers region " + plan.region() + ", which is not in the region hierarchy (valid from "
            + regions.validFrom() + "); pass the hierarchy that holds it"));
    return judge(plan, figures, regions, region, asOf);
  }

  private Assessment judge(Plan plan, PlanFigures figures, RegionHierarchy regions, Region region, LocalDate asOf) {
    TargetJudge judge = new TargetJudge(plan, figures, regions, asOf, options);
    List<TargetResult> results = new ArrayList<>();
    for (Target t : plan.targets()) {
      results.add(judge.judge(t));
    }
    return new Assessment(plan, region, asOf, results);
  }
}
