package dev.chitieu.core.assess;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.Direction;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Projections.Point;
import dev.chitieu.core.assess.Projections.Projected;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.PlanFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Judges the targets of one plan on one data set as of one day. Not thread-safe; one instance per assessment.
 *
 * <p>Terms used below: a <em>level</em> indicator (stock, or ratio of any parts) has a value at a point in time that
 * can be compared with the threshold whenever it is read; a <em>flow</em> adds up over time, so only its total over
 * the judged window compares with the threshold, and a part of that window can only show that an "at least" target is
 * already reached.
 */
final class TargetJudge {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Plan plan;
  private final PlanFigures rollup;
  private final LocalDate asOf;
  private final int asOfMonth;
  private final AssessorOptions options;
  private final RegionHierarchy regions;
  private final Map<RegionCode, List<RegionCode>> leaves = new HashMap<>();
  private final Explanations explain;
  private final Comparisons comparisons;
  /** Per indicator: by year, the last month (index) any row relevant to it ends in that year. */
  private final Map<IndicatorId, NavigableMap<Integer, Integer>> dataMonths = new HashMap<>();

  TargetJudge(Plan plan, PlanFigures rollup, RegionHierarchy regions, LocalDate asOf, AssessorOptions options) {
    this.plan = plan;
    this.rollup = rollup;
    this.asOf = asOf;
    this.asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    this.options = options;
    this.regions = regions;
    this.explain = new Explanations(regions, asOf, options.atRiskBand());
    this.comparisons = new Comparisons(plan, rollup);
    for (Indicator i : plan.indicators()) {
      NavigableMap<Integer, Integer> months = new TreeMap<>(rollup.lastMonths(i.id()));
      if (i.aggregation() instanceof Aggregation.Ratio r) {
        for (IndicatorId part : List.of(r.numerator(), r.denominator())) {
          rollup.lastMonths(part).forEach((y, m) -> months.merge(y, m, Math::max));
        }
      }
      dataMonths.put(i.id(), months);
    }
  }

  TargetResult judge(Target target) {
    Indicator indicator = plan.requireIndicator(target.indicator());
    return switch (target.scope()) {
      case Scope.WholeRegion w -> whole(target, indicator, Breakdown.NONE, Optional.empty());
      case Scope.EachMember e -> eachMember(target, indicator, e);
      case Scope.EveryPeriod p -> everyPeriod(target, indicator, p);
      case Scope.Cumulative c -> cumulative(target, indicator, c);
    };
  }

  // ---------------------------------------------------------------------------------------------------- scopes

  private TargetResult whole(Target target, Indicator indicator, Breakdown breakdown, Optional<Member> member) {
    Period window = deadlineWindow(target.deadline());
    Judgement j = isFlow(indicator)
        ? flowWindow(target, indicator, breakdown, window, target.deadline(), true)
        : levelWindow(target, indicator, breakdown, window, target.deadline(), true);
    ProgressResult progress = Progress.measure(untilDeadline(yearlySeries(indicator, breakdown), target),
        progressOptions(target, indicator));
    return result(target, indicator, Optional.of(breakdown), j, progress, member.map(Member::code),
        Optional.empty(), explain.of(j, target, indicator, member));
  }

  private TargetResult eachMember(Target target, Indicator indicator, Scope.EachMember scope) {
    Dimension dimension = plan.findDimension(scope.dimension()).orElseThrow(() -> new IllegalStateException(
        "plan '" + plan.id() + "' lost dimension '" + scope.dimension() + "' after validation"));
    List<TargetResult> parts = new ArrayList<>();
    for (Member m : dimension.members()) {
      parts.add(whole(target, indicator, Breakdown.of(scope.dimension().value(), m.code()), Optional.of(m)));
    }
    // The worst member decides the status, shows its evidence and gives its progress measure. (sdg-build's mean over
    // series would skip a member without data and could call the target achieved while a member fails.)
    TargetResult worst = worst(parts);
    return new TargetResult(target.id(), indicator.id(), Optional.empty(), Optional.empty(), worst.status(),
        worst.evidence(), worst.progress(), explain.ofMembers(worst.status(), parts, dimension, target, indicator),
        parts);
  }

  private TargetResult everyPeriod(Target target, Indicator indicator, Scope.EveryPeriod scope) {
    List<TargetResult> parts = new ArrayList<>();
    for (Period p : scope.periods()) {
      if (asOfMonth < p.firstMonthIndex()) {
        // Not started on the assessment's day: nothing is due for it, so it is neither judged nor projected.
        Judgement j = new Judgement(Status.NOT_DUE, p, p.endDate(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, false);
        parts.add(result(target, indicator, Optional.empty(), j, ProgressResult.notAvailable(), Optional.empty(),
            Optional.of(p), explain.of(j, target, indicator, Optional.empty())));
        continue;
      }
      Judgement j = isFlow(indicator)
          ? flowWindow(target, indicator, Breakdown.NONE, p, p.endDate(), false)
          : levelWindow(target, indicator, Breakdown.NONE, p, p.endDate(), false);
      parts.add(result(target, indicator, Optional.of(Breakdown.NONE), j, ProgressResult.notAvailable(),
          Optional.empty(), Optional.of(p), explain.of(j, target, indicator, Optional.empty())));
    }
    TargetResult worst = worst(parts);
    // Every period due so far is met, but later ones are still to come: the target as a whole is on track, not met.
    Status status = worst.status() == Status.ACHIEVED
        && parts.stream().anyMatch(p -> p.status() == Status.NOT_DUE) ? Status.ON_TRACK : worst.status();
    // Yearly totals only compare with a threshold per year; for shorter periods the measure is not available.
    ProgressResult progress = isFlow(indicator) && scope.each() != PeriodKind.YEAR
        ? ProgressResult.notAvailable()
        : Progress.measure(untilDeadline(yearlySeries(indicator, Breakdown.NONE), target),
            progressOptions(target, indicator));
    return new TargetResult(target.id(), indicator.id(), Optional.empty(), Optional.empty(), status,
        worst.evidence(), progress, explain.ofPeriods(status, parts, target, indicator), parts);
  }

  private TargetResult cumulative(Target target, Indicator indicator, Scope.Cumulative scope) {
    Period range = scope.range();
    Judgement j;
    if (isFinal(range.endDate())) {
      j = closed(target, indicator, Breakdown.NONE, range, range.endDate());
    } else if (asOfMonth >= range.firstMonthIndex()) {
      j = runningTotal(target, indicator, Breakdown.NONE, range, range.endDate())
          .orElseGet(() -> cumulativeAhead(target, indicator, range));
    } else {
      j = cumulativeAhead(target, indicator, range);
    }
    // The measure follows the running total at the end of each complete year of the range towards the threshold.
    TreeMap<Integer, Double> running = new TreeMap<>();
    for (Period y : range.years()) {
      if (isFinal(y.endDate())) {
        Period upTo = Period.ofMonthIndexes(range.firstMonthIndex(), Math.min(y.lastMonthIndex(),
            range.lastMonthIndex()));
        figure(indicator, Breakdown.NONE, upTo).ifPresent(a -> running.put(y.year(), reported(a, indicator)));
      }
    }
    ProgressResult progress = Progress.measure(running, progressOptions(target, indicator));
    return result(target, indicator, Optional.empty(), j, progress, Optional.empty(), Optional.empty(),
        explain.of(j, target, indicator, Optional.empty()));
  }

  // ------------------------------------------------------------------------------------------------ windows

  /** A window whose value is due: the value over it decides, achieved or not. */
  private Judgement closed(Target target, Indicator indicator, Breakdown b, Period window, LocalDate due) {
    Optional<Aggregate> a = figure(indicator, b, isFlow(indicator) ? window : upToData(indicator, window));
    if (a.isEmpty()) {
      return new Judgement(Status.NO_DATA, window, due, a, Optional.empty(), Optional.empty(), false, false);
    }
    Status s = meets(target, indicator, a.get().value()) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
    return new Judgement(s, window, due, a, Optional.of(covered(a.get())), Optional.empty(), false, false);
  }

  /**
   * A stock or ratio: the latest reading decides whether the target is met now; if not, the yearly readings are
   * projected to the due day.
   *
   * @param anyEarlier whether readings before the window count (whole-region targets: "reached already"), or only
   *     readings inside it (one period of a recurring target)
   */
  private Judgement levelWindow(Target target, Indicator indicator, Breakdown b, Period window, LocalDate due,
      boolean anyEarlier) {
    if (isFinal(due)) {
      return closed(target, indicator, b, window, due);
    }
    List<Aggregate> readings = yearlyReadings(indicator, b);
    Optional<Aggregate> latest = readings.isEmpty() ? Optional.empty() : Optional.of(readings.getLast());
    if (!anyEarlier) {
      latest = latest.filter(a -> a.latest().firstMonthIndex() >= window.firstMonthIndex());
    }
    if (readings.isEmpty()) {
      return new Judgement(Status.NO_DATA, window, due, latest, Optional.empty(), Optional.empty(), false, false);
    }
    List<Point> points = readings.stream().map(a -> new Point(endTime(a.latest()), a.value())).toList();
    Optional<Projection> projection = projection(indicator, Projections.project(points, Optional.empty(),
        endTime(window), options.projection()), due, points);
    Status status = latest.isPresent() && meets(target, indicator, latest.get().value())
        ? Status.ACHIEVED
        : band(target, projection);
    return new Judgement(status, window, due, latest, latest.map(this::covered), projection, false, false);
  }

  /**
   * A flow: the total over the window decides. While the window runs, its running total is projected to the window's
   * end; before it starts, the totals of earlier windows of the same length are.
   */
  private Judgement flowWindow(Target target, Indicator indicator, Breakdown b, Period window, LocalDate due,
      boolean anyEarlier) {
    if (isFinal(due)) {
      return closed(target, indicator, b, window, due);
    }
    if (asOfMonth >= window.firstMonthIndex()) {
      Optional<Judgement> running = runningTotal(target, indicator, b, window, due);
      if (running.isPresent()) {
        return running.get();
      }
    }
    List<Aggregate> earlier = earlierWindows(indicator, b, window);
    if (earlier.isEmpty()) {
      return new Judgement(Status.NO_DATA, window, due, Optional.empty(), Optional.empty(), Optional.empty(), false,
          false);
    }
    List<Point> points = earlier.stream().map(a -> new Point(endTime(a.window()), a.value())).toList();
    Optional<Projection> projection = projection(indicator, Projections.project(points, Optional.empty(),
        endTime(window), options.projection()), due, points);
    // An earlier window's total is shown for context; it cannot achieve a target about this window's total.
    Optional<Aggregate> shown = anyEarlier ? Optional.of(earlier.getLast()) : Optional.empty();
    return new Judgement(band(target, projection), window, due, shown, shown.map(this::covered), projection, false,
        false);
  }

  /**
   * A flow over a window that has started: the total so far, and a straight line through the running total at each
   * month with data (starting from zero at the window's start) projected to the window's end.
   *
   * @return empty when no row of the window has arrived yet
   */
  private Optional<Judgement> runningTotal(Target target, Indicator indicator, Breakdown b, Period window,
      LocalDate due) {
    int last = Math.min(asOfMonth, window.lastMonthIndex());
    Optional<Aggregate> soFar = figure(indicator, b, Period.ofMonthIndexes(window.firstMonthIndex(), last));
    if (soFar.isEmpty()) {
      return Optional.empty();
    }
    List<Point> points = new ArrayList<>();
    for (int m = window.firstMonthIndex(); m <= soFar.get().latest().lastMonthIndex(); m++) {
      Optional<Aggregate> a = figure(indicator, b, Period.ofMonthIndexes(window.firstMonthIndex(), m));
      if (a.isPresent() && a.get().latest().lastMonthIndex() == m) {
        points.add(new Point((m + 1) / 12.0, a.get().value()));
      }
    }
    Optional<Projected> p = Projections.project(points, Optional.of(new Point(window.firstMonthIndex() / 12.0, 0)),
        endTime(window), ProjectionMethod.LINEAR_TREND);
    Optional<Projection> projection = projection(indicator, p, due, points);
    Aggregate a = soFar.get();
    boolean whole = a.latest().lastMonthIndex() >= window.lastMonthIndex();
    // A partial total can only prove an "at least" target: the rest of the window adds to it.
    boolean reached = meets(target, indicator, a.value()) && (whole || target.comparison().wantsMore());
    Status status = reached ? Status.ACHIEVED : band(target, projection);
    return Optional.of(new Judgement(status, window, due, soFar, Optional.of(covered(a)), projection, true,
        !whole));
  }

  /** A cumulative range not started yet, or without data so far: the sum of the projected yearly totals. */
  private Judgement cumulativeAhead(Target target, Indicator indicator, Period range) {
    List<Aggregate> years = new ArrayList<>();
    for (int y : dataMonths.get(indicator.id()).keySet()) {
      Period p = Period.year(y);
      if (isFinal(p.endDate())) {
        figure(indicator, Breakdown.NONE, p).ifPresent(years::add);
      }
    }
    if (years.isEmpty()) {
      return new Judgement(Status.NO_DATA, range, range.endDate(), Optional.empty(), Optional.empty(),
          Optional.empty(), false, false);
    }
    List<Point> points = years.stream().map(a -> new Point(endTime(a.window()), a.value())).toList();
    double sum = 0;
    Optional<ProjectionMethod> used = Optional.empty();
    for (Period y : range.years()) {
      Period inRange = y.intersect(range);
      Optional<Projected> p = Projections.project(points, Optional.empty(), endTime(y), options.projection());
      if (p.isEmpty()) {
        break;
      }
      sum += Math.max(0, p.get().value()) * inRange.months() / 12.0;
      used = Optional.of(p.get().method());
    }
    double total = sum;
    Optional<Projection> projection = projection(indicator,
        used.map(method -> new Projected(method, total, points.size())), range.endDate(), points);
    return new Judgement(band(target, projection), range, range.endDate(), Optional.empty(), Optional.empty(),
        projection, false, false);
  }

  // ------------------------------------------------------------------------------------------------ series

  /** One reading per year with data: the year's last level (for the current year, up to the last month with data). */
  private List<Aggregate> yearlyReadings(Indicator indicator, Breakdown b) {
    List<Aggregate> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : dataMonths.get(indicator.id()).entrySet()) {
      figure(indicator, b, Period.ofMonthIndexes(e.getKey() * 12, e.getValue())).ifPresent(out::add);
    }
    return out;
  }

  /** Complete earlier windows of the same length, oldest first (same months of earlier years for other ranges). */
  private List<Aggregate> earlierWindows(Indicator indicator, Breakdown b, Period window) {
    int step = switch (window.kind()) {
      case YEAR, HALF, QUARTER, MONTH -> window.months();
      case RANGE -> 12;
    };
    NavigableMap<Integer, Integer> months = dataMonths.get(indicator.id());
    if (months.isEmpty()) {
      return List.of();
    }
    int firstYear = months.firstKey();
    List<Aggregate> out = new ArrayList<>();
    for (int start = window.firstMonthIndex() - step; start / 12 >= firstYear; start -= step) {
      Period p = Period.ofMonthIndexes(start, start + window.months() - 1);
      if (isFinal(p.endDate())) {
        figure(indicator, b, p).ifPresent(a -> out.add(0, a));
      }
    }
    return out;
  }

  /** The series the SDG progress measure reads: levels by year, or complete years' totals of a flow. */
  private TreeMap<Integer, Double> yearlySeries(Indicator indicator, Breakdown b) {
    TreeMap<Integer, Double> out = new TreeMap<>();
    if (isFlow(indicator)) {
      for (int y : dataMonths.get(indicator.id()).keySet()) {
        if (isFinal(Period.year(y).endDate())) {
          figure(indicator, b, Period.year(y)).ifPresent(a -> out.put(y, reported(a, indicator)));
        }
      }
    } else {
      for (Aggregate a : yearlyReadings(indicator, b)) {
        out.put(a.window().year(), reported(a, indicator));
      }
    }
    return out;
  }

  /**
   * The yearly figures up to the target's deadline year: a target is judged at its deadline, and so is its progress
   * (a figure of a later year would let the measure say "target achieved" beside a target that was missed).
   */
  private static TreeMap<Integer, Double> untilDeadline(TreeMap<Integer, Double> yearly, Target target) {
    return new TreeMap<>(yearly.headMap(target.deadline().getYear(), true));
  }

  private ProgressOptions progressOptions(Target target, Indicator indicator) {
    Comparison c = target.comparison();
    Direction d = c == Comparison.EQUAL ? indicator.direction()
        : c.wantsMore() ? Direction.INCREASE : Direction.DECREASE;
    int baseYear = options.baseYear().orElse(plan.horizon().start().getYear() - 1);
    return ProgressOptions.builder(d).baseYear(baseYear)
        .target(target.threshold().doubleValue(), target.deadline().getYear())
        .comparison(c).decimals(indicator.decimals()).withTarget(options.progressThresholds()).build();
  }

  // ------------------------------------------------------------------------------------------------ judging

  private Optional<Aggregate> figure(Indicator indicator, Breakdown b, Period window) {
    return rollup.aggregate(indicator.id(), plan.region(), window, b);
  }

  private boolean meets(Target target, Indicator indicator, double value) {
    return target.comparison().test(Precision.round(value, indicator.decimals()), target.threshold());
  }

  /**
   * On track when the projection meets the target; at risk when it misses by at most the band; off track beyond; not
   * yet achieved (with nothing to say of the deadline) without a projection.
   */
  Status band(Target target, Optional<Projection> projection) {
    if (projection.isEmpty()) {
      return Status.NOT_YET_ACHIEVED;
    }
    BigDecimal projected = projection.get().value();
    if (target.comparison().test(projected, target.threshold())) {
      return Status.ON_TRACK;
    }
    BigDecimal miss = projected.subtract(target.threshold()).abs();
    BigDecimal allowed = target.threshold().abs().multiply(options.atRiskBand());
    return miss.compareTo(allowed) <= 0 ? Status.AT_RISK : Status.OFF_TRACK;
  }

  private Optional<Projection> projection(Indicator indicator, Optional<Projected> projected, LocalDate at,
      List<Point> points) {
    if (projected.isEmpty()) {
      return Optional.empty();
    }
    Projected p = projected.get();
    double v = p.value();
    if (indicator.unit().equals(Unit.PERCENT)) {
      v = Math.min(100, Math.max(0, v));
    } else if (points.stream().allMatch(pt -> pt.value() >= 0)) {
      v = Math.max(0, v);
    }
    return Optional.of(new Projection(p.method(), Precision.round(v, indicator.decimals()), at, p.points()));
  }

  /**
   * The result of one judged window.
   *
   * @param compared the breakdown whose earlier figures the value is compared with; empty for a cumulative range,
   *     whose sum has no earlier counterpart, and for a period not due
   */
  private TargetResult result(Target target, Indicator indicator, Optional<Breakdown> compared, Judgement j,
      ProgressResult progress, Optional<String> member, Optional<Period> period,
      dev.chitieu.core.model.LocalizedText explanation) {
    Optional<BigDecimal> value = j.figure().map(a -> Precision.round(a.value(), indicator.decimals()));
    Optional<BigDecimal> gap = value.map(v -> v.subtract(target.threshold()));
    Optional<BigDecimal> percent = value.flatMap(v -> percentOfTarget(target, v));
    List<Change> changes = value.isPresent() && j.figurePeriod().isPresent() && compared.isPresent()
        ? comparisons.of(indicator, compared.get(), j.figurePeriod().get(), value)
        : List.of();
    Evidence evidence = new Evidence(value, j.figurePeriod(), plan.region(), j.figure().map(Aggregate::status),
        j.figure().map(a -> ownUnits(a.coverage())), target.comparison(), target.threshold(), gap, percent,
        j.projection(), changes);
    return new TargetResult(target.id(), indicator.id(), member, period, j.status(), evidence, progress, explanation,
        List.of());
  }

  /**
   * The coverage a report prints, counted over the units directly under the plan's region (the communes of a
   * province, the provinces of the country) so that it never adds units of different levels. The rollup counts the
   * leaf units below the region; where those are not all direct children (a country whose provinces mostly report
   * for themselves while two report by commune), a direct child counts as reporting when any unit under it
   * contributed. A figure the region gave for itself (a national figure of the country) stays 1/1: it says nothing
   * of the units under it.
   */
  private Coverage ownUnits(Coverage leaves) {
    List<Region> children = regions.children(plan.region());
    if (leaves.expected() == 1 || children.stream().allMatch(c -> regions.children(c.code()).isEmpty())) {
      return leaves;
    }
    Set<RegionCode> missingLeaves = new HashSet<>(leaves.missing());
    List<RegionCode> missing = new ArrayList<>();
    for (Region child : children) {
      if (missingLeaves.containsAll(leavesUnder(child.code()))) {
        missing.add(child.code());
      }
    }
    return new Coverage(children.size() - missing.size(), children.size(), missing);
  }

  private List<RegionCode> leavesUnder(RegionCode code) {
    List<RegionCode> known = leaves.get(code);
    if (known != null) {
      return known;
    }
    List<Region> children = regions.children(code);
    List<RegionCode> out = new ArrayList<>();
    if (children.isEmpty()) {
      out.add(code);
    }
    for (Region child : children) {
      out.addAll(leavesUnder(child.code()));
    }
    leaves.put(code, out);
    return out;
  }

  static Optional<BigDecimal> percentOfTarget(Target target, BigDecimal value) {
    boolean inverse = target.comparison() == Comparison.AT_MOST || target.comparison() == Comparison.LESS_THAN;
    BigDecimal top = inverse ? target.threshold() : value;
    BigDecimal bottom = inverse ? value : target.threshold();
    if (bottom.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(top.multiply(HUNDRED).divide(bottom, 2, RoundingMode.HALF_UP));
  }

  private static TargetResult worst(List<TargetResult> parts) {
    TargetResult worst = parts.getFirst();
    for (TargetResult p : parts) {
      if (p.status().severity() > worst.status().severity()) {
        worst = p;
      }
    }
    return worst;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * Whether a figure due on a day is final as of the assessment's day: on that day and after it. An as-of day means
   * data through the end of that day, so a report dated 31/12/2025 judges the targets due that day as achieved or not
   * achieved, and counts the year 2025 as complete.
   */
  private boolean isFinal(LocalDate due) {
    return !asOf.isBefore(due);
  }

  /** The window whose value a deadline is about: January of the deadline's year through the deadline's month. */
  static Period deadlineWindow(LocalDate deadline) {
    return Period.ofMonthIndexes(deadline.getYear() * 12, deadline.getYear() * 12 + deadline.getMonthValue() - 1);
  }

  private Period covered(Aggregate a) {
    return Period.ofMonthIndexes(a.window().firstMonthIndex(),
        Math.min(a.window().lastMonthIndex(), Math.max(a.window().firstMonthIndex(), a.latest().lastMonthIndex())));
  }

  private static double reported(Aggregate a, Indicator indicator) {
    return Precision.round(a.value(), indicator.decimals()).doubleValue();
  }

  /** The end of a period in years: the end of June 2025 is 2025.5. */
  private static double endTime(Period p) {
    return (p.lastMonthIndex() + 1) / 12.0;
  }

  private static boolean isFlow(Indicator indicator) {
    return indicator.aggregation() instanceof Aggregation.Flow;
  }

  /**
   * A level's window cut at the last month with data in its last year, so that a figure sent for part of the window
   * (a half-year share) is read as the reading it is rather than as a combination of parts.
   */
  private Period upToData(Indicator indicator, Period window) {
    Integer last = dataMonths.get(indicator.id()).get(window.year());
    if (last == null || last >= window.lastMonthIndex() || last < window.firstMonthIndex()) {
      return window;
    }
    return Period.ofMonthIndexes(window.firstMonthIndex(), last);
  }
}
