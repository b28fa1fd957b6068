package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.Rollup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The latest figures of a plan's indicators for its region as of a day, each with its changes on earlier periods,
 * computed by the same code as a target's evidence ({@link Evidence#changes()}): the results a report states, the ones
 * without a target included ({@link #withoutTarget()}). The figures are computed on request; not thread-safe, one per
 * use.
 */
public final class Figures {
  private final Plan plan;
  private final MeasurementSet data;
  private final Rollup rollup;
  private final Comparisons comparisons;
  private final int asOfMonth;

  private Figures(Plan plan, MeasurementSet data, Rollup rollup, int asOfMonth) {
    this.plan = plan;
    this.data = data;
    this.rollup = rollup;
    this.comparisons = new Comparisons(plan, rollup);
    this.asOfMonth = asOfMonth;
  }

  /**
   * The figures of a plan on data as of a day; data after the month of that day is ignored, as an assessment does.
   *
   * @param plan the plan
   * @param data the measurements and reported changes
   * @param regions the hierarchy the data's regions and the plan's region belong to
   * @param asOf the day the figures speak for
   * @return the figures
   * @throws dev.chitieu.core.data.InvalidDataException if measurements of the plan's indicators name regions outside
   *     the hierarchy
   */
  public static Figures of(Plan plan, MeasurementSet data, RegionHierarchy regions, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(data, "data");
    requireNonNull(regions, "regions");
    requireNonNull(asOf, "asOf");
    int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    MeasurementSet known = data.filter(m -> m.period().lastMonthIndex() <= asOfMonth);
    return new Figures(plan, known, Rollup.of(known, regions, plan), asOfMonth);
  }

  /**
   * The latest figure of an indicator's total.
   *
   * @param indicator an indicator of the plan
   * @return the figure, or empty when the data has neither a figure nor a reported change for it
   * @throws dev.chitieu.core.model.UnknownIndicatorException if the plan does not declare the indicator
   */
  public Optional<Figure> latest(IndicatorId indicator) {
    return latest(indicator, Breakdown.NONE);
  }

  /**
   * The latest figure of an indicator for a breakdown: over a flow, January of the latest year with data through its
   * last month with data (the year to date: "6 tháng đầu năm 2024"); of a level, its reading in that month.
   *
   * @param indicator an indicator of the plan
   * @param breakdown the breakdown, {@link Breakdown#NONE} for the total
   * @return the figure, or empty when the data has neither a figure nor a reported change for it
   * @throws dev.chitieu.core.model.UnknownIndicatorException if the plan does not declare the indicator
   */
  public Optional<Figure> latest(IndicatorId indicator, Breakdown breakdown) {
    requireNonNull(breakdown, "breakdown");
    Indicator ind = plan.requireIndicator(requireNonNull(indicator, "indicator"));
    Set<IndicatorId> ids = new HashSet<>(Set.of(ind.id()));
    if (ind.aggregation() instanceof Aggregation.Ratio r) {
      ids.add(r.numerator());
      ids.add(r.denominator());
    }
    int last = -1;
    for (int i = 0; i < data.size(); i++) {
      var m = data.get(i);
      if (ids.contains(m.indicator()) && m.region().equals(plan.region()) && m.breakdown().equals(breakdown)) {
        last = Math.max(last, m.period().lastMonthIndex());
      }
    }
    for (ReportedChange c : data.reportedChanges()) {
      if (c.indicator().equals(ind.id()) && c.region().equals(plan.region()) && c.breakdown().equals(breakdown)) {
        last = Math.max(last, c.period().lastMonthIndex());
      }
    }
    if (last < 0 || last > asOfMonth) {
      return Optional.empty();
    }
    Period window = Period.ofMonthIndexes(last / 12 * 12, last);
    Optional<Aggregate> a = rollup.aggregate(ind.id(), plan.region(), window, breakdown);
    Optional<BigDecimal> value = a.map(x -> Precision.round(x.value(), ind.decimals()));
    List<Change> changes = comparisons.of(ind, breakdown, window, value);
    if (value.isEmpty() && changes.isEmpty()) {
      return Optional.empty();
    }
    MeasurementStatus status = a.map(Aggregate::status).orElseGet(() -> reportedStatus(ind, breakdown, window));
    return Optional.of(new Figure(ind.id(), breakdown, window, value, status, a.map(Aggregate::coverage), changes));
  }

  /**
   * The latest figures of the results without a target, in plan order, each total followed by its breakdown members
   * in the order the plan lists them; only those the data has a figure or a reported change for. These are the
   * indicators that no target names, except the parts of a targeted ratio: their figures are that ratio's inputs,
   * unless the data carries a change reported for them (a source that states the digital economy's growth beside its
   * share of GDP states a result of its own).
   */
  public List<Figure> withoutTarget() {
    List<Figure> out = new ArrayList<>();
    for (IndicatorId id : withoutTarget(plan, data)) {
      Indicator i = plan.requireIndicator(id);
      latest(i.id()).ifPresent(out::add);
      for (DimensionId d : i.dimensions()) {
        Optional<Dimension> dimension = plan.findDimension(d);
        for (Member m : dimension.map(Dimension::members).orElse(List.of())) {
          latest(i.id(), Breakdown.of(d.value(), m.code())).ifPresent(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The indicators whose figures are results without a target ({@link #withoutTarget()}), in plan order, whether or
   * not the data has figures for them.
   *
   * @param plan the plan
   * @param data the data, for the changes it reports
   * @return the indicator ids
   */
  public static List<IndicatorId> withoutTarget(Plan plan, MeasurementSet data) {
    Set<IndicatorId> targeted = new HashSet<>();
    Set<IndicatorId> inputs = new HashSet<>();
    for (Target t : plan.targets()) {
      targeted.add(t.indicator());
      if (plan.requireIndicator(t.indicator()).aggregation() instanceof Aggregation.Ratio r) {
        inputs.add(r.numerator());
        inputs.add(r.denominator());
        r.weight().ifPresent(inputs::add);
      }
    }
    Set<IndicatorId> changed = new HashSet<>();
    data.reportedChanges().forEach(c -> changed.add(c.indicator()));
    List<IndicatorId> out = new ArrayList<>();
    for (Indicator i : plan.indicators()) {
      if (!targeted.contains(i.id()) && (!inputs.contains(i.id()) || changed.contains(i.id()))) {
        out.add(i.id());
      }
    }
    return List.copyOf(out);
  }

  private MeasurementStatus reportedStatus(Indicator ind, Breakdown breakdown, Period window) {
    MeasurementStatus s = MeasurementStatus.ACTUAL;
    for (ReportedChange c : data.reportedChanges()) {
      if (c.indicator().equals(ind.id()) && c.breakdown().equals(breakdown)
          && c.period().lastMonthIndex() == window.lastMonthIndex()) {
        s = s.weakest(c.status());
      }
    }
    return s;
  }
}
