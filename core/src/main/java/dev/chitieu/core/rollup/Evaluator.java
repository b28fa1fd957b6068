package dev.chitieu.core.rollup;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The per-query rollup: one indicator, region, window and breakdown, by the rules documented on {@link Rollup}. It
 * works on measurement objects and favours clarity; the bulk tables use the columnar engine and are tested to agree
 * with it. Thread-safe.
 */
final class Evaluator {
  private final RegionHierarchy regions;
  private final Map<IndicatorId, Indicator> indicators;
  private final RowSource source;
  private final Function<Measurement, Optional<MeasurementSet.Origin>> origin;
  private final Map<RegionCode, List<RegionCode>> leaves = new ConcurrentHashMap<>();

  /**
   * An evaluator.
   *
   * @param origin where a row was read, for messages that name the rows at fault
   */
  Evaluator(RegionHierarchy regions, Map<IndicatorId, Indicator> indicators, RowSource source,
      Function<Measurement, Optional<MeasurementSet.Origin>> origin) {
    this.regions = regions;
    this.indicators = indicators;
    this.source = source;
    this.origin = origin;
  }

  /**
   * Where rows were read, for the end of a message: {@code  (data.csv lines 4 and 9)}, or {@code  (a.csv line 4, b.csv
   * line 9)}; empty when none of them was read from an input.
   */
  String rows(List<Measurement> rows) {
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    for (Measurement m : rows) {
      origin.apply(m).ifPresent(o -> bySource.computeIfAbsent(o.source() + "\u0000" + o.where(),
          k -> new ArrayList<>()).add(Long.toString(o.line())));
    }
    if (bySource.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    bySource.forEach((k, lines) -> {
      String source = k.substring(0, k.indexOf('\u0000'));
      String where = k.substring(k.indexOf('\u0000') + 1);
      List<String> distinct = lines.stream().distinct().toList();
      parts.add(source + " " + where + (distinct.size() == 1 ? " " + distinct.get(0)
          : "s " + String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.getLast()));
    });
    return " (" + String.join(", ", parts) + ")";
  }

  Optional<Aggregate> aggregate(Indicator indicator, RegionCode region, Period window, Breakdown breakdown) {
    Query q = new Query(indicator, window, breakdown);
    if (indicator.aggregation() instanceof Aggregation.Ratio ratio) {
      Optional<RatioValue> r = ratio(q, ratio, region);
      return r.map(v -> new Aggregate(indicator.id(), region, window, breakdown, v.value(q, ratio, region),
          v.parts ? OptionalDouble.of(v.num) : OptionalDouble.empty(),
          v.parts ? OptionalDouble.of(v.den) : OptionalDouble.empty(),
          Period.ofMonthIndexes(v.latest, v.latest), v.status, coverage(region, v.own, v.covered)));
    }
    Optional<BaseValue> b = base(q, indicator, region);
    return b.map(v -> new Aggregate(indicator.id(), region, window, breakdown, v.value, OptionalDouble.empty(),
        OptionalDouble.empty(), Period.ofMonthIndexes(v.latest, v.latest), v.status,
        coverage(region, v.own, v.covered)));
  }

  /** The leaf units (those without children) at or below a unit, in hierarchy order. */
  List<RegionCode> leavesUnder(RegionCode code) {
    return leaves.computeIfAbsent(code, c -> {
      List<RegionCode> out = new ArrayList<>();
      collectLeaves(c, out);
      return List.copyOf(out);
    });
  }

  private void collectLeaves(RegionCode code, List<RegionCode> out) {
    List<Region> kids = regions.children(code);
    if (kids.isEmpty()) {
      out.add(code);
    }
    for (Region k : kids) {
      collectLeaves(k.code(), out);
    }
  }

  private Coverage coverage(RegionCode region, boolean own, Set<RegionCode> covered) {
    if (own) {
      return Coverage.single();
    }
    List<RegionCode> expected = leavesUnder(region);
    List<RegionCode> missing = new ArrayList<>();
    for (RegionCode c : expected) {
      if (!covered.contains(c)) {
        missing.add(c);
      }
    }
    return new Coverage(expected.size() - missing.size(), expected.size(), missing);
  }

  // ---------------------------------------------------------------- base quantities

  private Optional<BaseValue> base(Query q, Indicator base, RegionCode region) {
    List<Measurement> rows = source.rows(base.id(), q.breakdown, region);
    Optional<BaseValue> own = ownBase(q, base, region, rows, Part.VALUE);
    if (own.isPresent()) {
      return own;
    }
    BaseValue sum = null;
    for (Region child : regions.children(region)) {
      Optional<BaseValue> c = base(q, base, child.code());
      if (c.isPresent()) {
        sum = sum == null ? c.get().asCombined() : sum.plus(c.get());
      }
    }
    return Optional.ofNullable(sum);
  }

  /** The figure a unit gives for itself over the window, by the base quantity's rule over time. */
  private Optional<BaseValue> ownBase(Query q, Indicator base, RegionCode region, List<Measurement> rows, Part part) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Aggregation rule = base.aggregation();
    Period w = q.window;
    if (rule instanceof Aggregation.Flow) {
      double sum = 0;
      int latest = -1;
      MeasurementStatus status = MeasurementStatus.ACTUAL;
      Measurement widest = null;
      for (Measurement m : rows) {
        if (!w.contains(m.period())) {
          continue;
        }
        if (widest != null && m.period().firstMonthIndex() <= widest.period().lastMonthIndex()) {
          throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
              + region + " over " + w + ": the " + part.label(base) + " rows for " + widest.period() + " and "
              + m.period() + " overlap, so the flow would be counted twice; keep either the figure for the whole "
              + "period or the figures of its parts (e.g. the yearly figure or the monthly ones), or ask for a "
              + "window that holds only one of them" + rows(List.of(widest, m)));
        }
        if (widest == null || m.period().lastMonthIndex() > widest.period().lastMonthIndex()) {
          widest = m;
        }
        sum += part.get(m, base, region);
        latest = Math.max(latest, m.period().lastMonthIndex());
        status = status.weakest(m.status());
      }
      return latest < 0 ? Optional.empty() : Optional.of(new BaseValue(sum, latest, status, leavesUnder(region)));
    }
    // the level at the end of the window is the row ending latest within it; rows tied at an earlier month do not
    // matter, rows tied at that month are ambiguous whatever order they come in
    Measurement last = null;
    Measurement tie = null;
    for (Measurement m : rows) {
      if (!endsWithin(m.period(), w)) {
        continue;
      }
      int end = m.period().lastMonthIndex();
      if (last == null || end > last.period().lastMonthIndex()) {
        last = m;
        tie = null;
      } else if (end == last.period().lastMonthIndex() && tie == null) {
        tie = m;
      }
    }
    if (tie != null) {
      throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
          + region + " over " + w + ": the " + part.label(base) + " rows for " + last.period() + " and "
          + tie.period() + " both end in the same month and give the level at the end of " + last.period().end()
          + "; keep one figure per stock and month" + rows(List.of(last, tie)));
    }
    if (last == null) {
      return Optional.empty();
    }
    return Optional.of(new BaseValue(part.get(last, base, region), last.period().lastMonthIndex(), last.status(),
        leavesUnder(region)));
  }

  // ---------------------------------------------------------------- ratios

  private Optional<RatioValue> ratio(Query q, Aggregation.Ratio ratio, RegionCode region) {
    Optional<RatioValue> own = ownRatio(q, ratio, region);
    if (own.isPresent()) {
      return own;
    }
    List<RegionCode> from = new ArrayList<>();
    List<RatioValue> values = new ArrayList<>();
    for (Region child : regions.children(region)) {
      Optional<RatioValue> c = ratio(q, ratio, child.code());
      if (c.isPresent()) {
        from.add(child.code());
        values.add(c.get());
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Set<RegionCode> covered = new LinkedHashSet<>();
    int latest = -1;
    MeasurementStatus status = MeasurementStatus.ACTUAL;
    RatioValue valueOnly = null;
    for (RatioValue v : values) {
      covered.addAll(v.covered);
      latest = Math.max(latest, v.latest);
      status = status.weakest(v.status);
      if (!v.parts && valueOnly == null) {
        valueOnly = v;
      }
    }
    if (valueOnly == null) {
      double num = 0;
      double den = 0;
      for (RatioValue v : values) {
        num += v.num;
        den += v.den;
      }
      return Optional.of(new RatioValue(true, num, den, 0, latest, status, covered, false, null, List.of()));
    }
    if (ratio.weight().isEmpty()) {
      throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
          + region + " over " + q.window + ": " + valueOnly.valueOnlyFrom + " sent a value without numerator and "
          + "denominator, and a ratio cannot be averaged across regions; send its numerator ('" + ratio.numerator()
          + "') and denominator ('" + ratio.denominator() + "'), or declare a weight for the indicator "
          + "(Aggregation.Ratio.weightedBy)" + rows(valueOnly.valueOnlyRows));
    }
    Indicator weight = indicator(ratio.weight().get(), q.indicator, "weight");
    double sumWeighted = 0;
    double sumWeights = 0;
    for (int i = 0; i < values.size(); i++) {
      RegionCode child = from.get(i);
      RatioValue v = values.get(i);
      BaseValue w = base(q, weight, child).orElseThrow(() -> new AggregationException("cannot roll up '"
          + q.indicator.id() + "'" + q.breakdownText() + " for " + region + " over " + q.window + ": "
          + v.valueOnlyFrom(child) + " sent a value without numerator and denominator, and its weight '"
          + weight.id() + "' has no figure for " + child + " over " + q.window + "; send the weight, or the "
          + "numerator and denominator" + rows(v.valueOnlyRows)));
      sumWeighted += v.value(q, ratio, child) * w.value;
      sumWeights += w.value;
      latest = Math.max(latest, w.latest);
      status = status.weakest(w.status);
    }
    if (sumWeights == 0) {
      throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
          + region + " over " + q.window + ": the weights ('" + weight.id() + "') of its parts add up to 0");
    }
    List<Measurement> used = new ArrayList<>();
    values.forEach(v -> used.addAll(v.valueOnlyRows));
    return Optional.of(new RatioValue(false, 0, 0, sumWeighted / sumWeights, latest, status, covered, false,
        valueOnly.valueOnlyFrom, used));
  }

  private Optional<RatioValue> ownRatio(Query q, Aggregation.Ratio ratio, RegionCode region) {
    Indicator numerator = indicator(ratio.numerator(), q.indicator, "numerator");
    Indicator denominator = indicator(ratio.denominator(), q.indicator, "denominator");
    List<Measurement> rows = source.rows(q.indicator.id(), q.breakdown, region);
    List<Measurement> withParts = new ArrayList<>();
    List<Measurement> valueOnly = new ArrayList<>();
    for (Measurement m : rows) {
      (m.hasParts() ? withParts : valueOnly).add(m);
    }
    Optional<BaseValue> num = ownBase(q, numerator, region, withParts, Part.NUMERATOR);
    Optional<BaseValue> den = ownBase(q, denominator, region, withParts, Part.DENOMINATOR);
    if (num.isPresent() || den.isPresent()) {
      boolean stocks = ofStocks(numerator, denominator);
      for (Measurement v : valueOnly) {
        if (bears(v.period(), q.window, stocks)) {
          Measurement p = withParts.get(0);
          throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText()
              + " for " + region + " over " + q.window + ": its row for " + p.period()
              + " gives numerator and denominator but its row for " + v.period() + " gives only a value, and the "
              + "two cannot be combined; send numerator and denominator in every row" + rows(List.of(p, v)));
        }
      }
    }
    if (num.isPresent() && den.isPresent()) {
      return Optional.of(RatioValue.ofParts(num.get(), den.get()));
    }
    num = ownBase(q, numerator, region, source.rows(numerator.id(), q.breakdown, region), Part.VALUE);
    den = ownBase(q, denominator, region, source.rows(denominator.id(), q.breakdown, region), Part.VALUE);
    if (num.isPresent() && den.isPresent()) {
      return Optional.of(RatioValue.ofParts(num.get(), den.get()));
    }
    return ownValue(q, ratio, numerator, denominator, region, valueOnly);
  }

  /** A value-only ratio row used as is for its own region. */
  private Optional<RatioValue> ownValue(Query q, Aggregation.Ratio ratio, Indicator numerator,
      Indicator denominator, RegionCode region, List<Measurement> valueOnly) {
    boolean stocks = ofStocks(numerator, denominator);
    Measurement exact = null;
    Measurement last = null;
    List<Period> atLast = new ArrayList<>();
    List<Measurement> atLastRows = new ArrayList<>();
    List<Period> inside = new ArrayList<>();
    List<Measurement> insideRows = new ArrayList<>();
    for (Measurement m : valueOnly) {
      Period p = m.period();
      if (p.equals(q.window)) {
        exact = m;
      }
      int end = p.lastMonthIndex();
      if (bears(p, q.window, stocks)) {
        inside.add(p);
        insideRows.add(m);
        // the row ending latest within the window, and every row that ends in that same month: a tie is found
        // whatever order the rows come in, and rows ending earlier never stand in for the latest
        if (last == null || end > last.period().lastMonthIndex()) {
          last = m;
          atLast.clear();
          atLast.add(p);
          atLastRows.clear();
          atLastRows.add(m);
        } else if (end == last.period().lastMonthIndex()) {
          atLast.add(p);
          atLastRows.add(m);
        }
      }
    }
    Measurement use = exact;
    if (use == null && stocks && last != null) {
      if (atLast.size() > 1) {
        throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
            + region + " over " + q.window + ": rows for " + atLast + " give values that end in the same month, "
            + last.period().end() + "; keep one figure per month" + rows(atLastRows));
      }
      use = last;
    }
    if (use == null) {
      if (!inside.isEmpty()) {
        throw new AggregationException("cannot roll up '" + q.indicator.id() + "'" + q.breakdownText() + " for "
            + region + " over " + q.window + ": " + region + " sent values without numerator and denominator for "
            + inside + ", and the values of a ratio of flows cannot be combined over time; send numerator ('"
            + ratio.numerator() + "') and denominator ('" + ratio.denominator() + "'), or a figure for "
            + q.window + " itself" + rows(insideRows));
      }
      return Optional.empty();
    }
    int end = use.period().lastMonthIndex();
    return Optional.of(new RatioValue(false, 0, 0, use.value().getAsDouble(), end, use.status(),
        new LinkedHashSet<>(leavesUnder(region)), true, region, List.of(use)));
  }

  /**
   * Whether a value-only ratio row speaks about a window: for a ratio of two stocks, when it ends within the window
   * (a level); otherwise only when it lies inside it, as a flow row does (a half-year share says nothing about Q2).
   */
  private static boolean bears(Period row, Period window, boolean stocks) {
    return stocks ? endsWithin(row, window) : window.contains(row);
  }

  /** Whether a row's last month lies in a window: the rows that can give a level at the window's end. */
  private static boolean endsWithin(Period row, Period window) {
    return row.lastMonthIndex() >= window.firstMonthIndex() && row.lastMonthIndex() <= window.lastMonthIndex();
  }

  private static boolean ofStocks(Indicator numerator, Indicator denominator) {
    return numerator.aggregation() instanceof Aggregation.Stock
        && denominator.aggregation() instanceof Aggregation.Stock;
  }

  private Indicator indicator(IndicatorId id, Indicator of, String role) {
    Indicator i = indicators.get(id);
    if (i == null || !i.aggregation().isBase()) {
      throw new AggregationException("cannot roll up '" + of.id() + "': its " + role + " '" + id + "' is "
          + (i == null ? "not among the indicators given to the rollup" : "not a flow or stock")
          + "; give the rollup every indicator of the plan");
    }
    return i;
  }

  // ---------------------------------------------------------------- small types

  private record Query(Indicator indicator, Period window, Breakdown breakdown) {
    String breakdownText() {
      return breakdown.isNone() ? "" : " [" + breakdown + "]";
    }
  }

  /** Which field of a row a base rule reads. */
  private enum Part {
    VALUE(Measurement::value),
    NUMERATOR(Measurement::numerator),
    DENOMINATOR(Measurement::denominator);

    private final Function<Measurement, OptionalDouble> field;

    Part(Function<Measurement, OptionalDouble> field) {
      this.field = field;
    }

    double get(Measurement m, Indicator base, RegionCode region) {
      OptionalDouble d = field.apply(m);
      if (d.isEmpty()) {
        throw new AggregationException("cannot roll up '" + m.indicator() + "' for " + region + ": its row for "
            + m.period() + " has no value; a " + (base.aggregation() instanceof Aggregation.Flow ? "flow" : "stock")
            + " needs a value in every row");
      }
      return d.getAsDouble();
    }

    String label(Indicator base) {
      return switch (this) {
        case VALUE -> "'" + base.id() + "'";
        case NUMERATOR -> "numerator";
        case DENOMINATOR -> "denominator";
      };
    }
  }

  private static final class BaseValue {
    final double value;
    final int latest;
    final MeasurementStatus status;
    final Set<RegionCode> covered;
    final boolean own;

    BaseValue(double value, int latest, MeasurementStatus status, List<RegionCode> covered) {
      this(value, latest, status, new LinkedHashSet<>(covered), true);
    }

    private BaseValue(double value, int latest, MeasurementStatus status, Set<RegionCode> covered, boolean own) {
      this.value = value;
      this.latest = latest;
      this.status = status;
      this.covered = covered;
      this.own = own;
    }

    BaseValue asCombined() {
      return new BaseValue(value, latest, status, new LinkedHashSet<>(covered), false);
    }

    BaseValue plus(BaseValue o) {
      Set<RegionCode> c = new LinkedHashSet<>(covered);
      c.addAll(o.covered);
      return new BaseValue(value + o.value, Math.max(latest, o.latest), status.weakest(o.status), c, false);
    }
  }

  private static final class RatioValue {
    final boolean parts;
    final double num;
    final double den;
    final double value;
    final int latest;
    final MeasurementStatus status;
    final Set<RegionCode> covered;
    final boolean own;
    /** The unit that sent a value without parts, for messages; null when parts are known. */
    final RegionCode valueOnlyFrom;
    /** The rows that gave values without parts, for messages; empty when parts are known. */
    final List<Measurement> valueOnlyRows;

    RatioValue(boolean parts, double num, double den, double value, int latest, MeasurementStatus status,
        Set<RegionCode> covered, boolean own, RegionCode valueOnlyFrom, List<Measurement> valueOnlyRows) {
      this.parts = parts;
      this.num = num;
      this.den = den;
      this.value = value;
      this.latest = latest;
      this.status = status;
      this.covered = covered;
      this.own = own;
      this.valueOnlyFrom = valueOnlyFrom;
      this.valueOnlyRows = valueOnlyRows;
    }

    static RatioValue ofParts(BaseValue num, BaseValue den) {
      Set<RegionCode> covered = new LinkedHashSet<>(num.covered);
      return new RatioValue(true, num.value, den.value, 0, Math.max(num.latest, den.latest),
          num.status.weakest(den.status), covered, true, null, List.of());
    }

    RegionCode valueOnlyFrom(RegionCode fallback) {
      return valueOnlyFrom != null ? valueOnlyFrom : fallback;
    }

    double value(Query q, Aggregation.Ratio ratio, RegionCode region) {
      if (!parts) {
        return value;
      }
      if (den == 0) {
        throw new AggregationException("cannot compute '" + q.indicator.id() + "'" + q.breakdownText() + " for "
            + region + " over " + q.window + ": its denominator ('" + ratio.denominator() + "') is 0"
            + (num == 0 ? " and so is its numerator" : " while its numerator is " + num));
      }
      return num / den * ratio.scale().doubleValue();
    }
  }
}
