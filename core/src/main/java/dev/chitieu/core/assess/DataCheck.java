package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.internal.store.ColumnAccess;
import dev.chitieu.core.internal.store.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a plan's data must pass before it is assessed, beyond what an import checks row by row: the rows that do
 * not fit the plan or that a rollup would refuse. {@code chitieu validate}, {@code assess} and {@code report} run
 * these same checks (and then the assessment itself), so that a file {@code validate} passes is a file {@code
 * assess} accepts. Every problem names its row: the file and line it was read from ({@link MeasurementSet#origin}),
 * or its key when it was not read from a file. Immutable and thread-safe.
 *
 * <p>Only rows of the plan's indicators are checked; rows of other indicators are not the plan's (an import against
 * the plan reports them). Problems ({@link #problems()}):
 *
 * <ul>
 *   <li>a region that is not a unit of the hierarchy;
 *   <li>a breakdown the indicator does not accept, or a member the plan's dimension does not list;
 *   <li>a ratio given as a bare value (no numerator and denominator) by a unit below the plan's region, when the ratio
 *       declares no weight (it cannot be rolled up across regions), or when the weight has no row for that unit in
 *       that year;
 *   <li>a ratio whose rows for one unit mix numerator and denominator with bare values in one year;
 *   <li>two rows of a flow (or of the parts of a ratio of flows) for one unit and breakdown whose periods overlap:
 *       they would be counted twice;
 *   <li>two rows of a stock (or of the parts, or bare values, of a ratio of stocks) for one unit and breakdown that
 *       end in the same month: two levels for one month.
 * </ul>
 *
 * <p>Rows of units outside the plan's region are listed apart ({@link #outsideRegion()}): an assessment does not use
 * them, so a caller says so (a warning) or refuses them (strict).
 */
public final class DataCheck {
  private final List<DataProblem> problems;
  private final List<DataProblem> outside;

  private DataCheck(List<DataProblem> problems, List<DataProblem> outside) {
    this.problems = List.copyOf(problems);
    this.outside = List.copyOf(outside);
  }

  /**
   * Checks the rows of a plan's indicators.
   *
   * @param plan the plan
   * @param data the measurements
   * @param regions the hierarchy that holds the rows' regions and the plan's region
   * @return the problems and the rows outside the plan's region, each in input order
   */
  public static DataCheck of(Plan plan, MeasurementSet data, RegionHierarchy regions) {
    requireNonNull(plan, "plan");
    requireNonNull(data, "data");
    requireNonNull(regions, "regions");
    return new Run(plan, data, regions).check();
  }

  /** The rows an assessment of the plan would refuse, or that do not fit the plan; empty when there are none. */
  public List<DataProblem> problems() {
    return problems;
  }

  /** The rows of units outside the plan's region, which an assessment does not use. */
  public List<DataProblem> outsideRegion() {
    return outside;
  }

  /** Whether there is no problem and no row outside the plan's region. */
  public boolean isClean() {
    return problems.isEmpty() && outside.isEmpty();
  }

  private static final class Run {
    private final Plan plan;
    private final MeasurementSet data;
    private final RegionHierarchy regions;
    private final Map<IndicatorId, Indicator> indicators = new HashMap<>();
    private final List<Placed> problems = new ArrayList<>();
    private final List<Placed> outside = new ArrayList<>();

    Run(Plan plan, MeasurementSet data, RegionHierarchy regions) {
      this.plan = plan;
      this.data = data;
      this.regions = regions;
      plan.indicators().forEach(i -> indicators.put(i.id(), i));
    }

    DataCheck check() {
      // Rows of one series (indicator, breakdown) and one region are contiguous, sorted by period: every check but
      // the weights' works on such a run, and builds a Measurement only for a row it reports.
      Columns c = ColumnAccess.of(data);
      int[] place = new int[c.regions.length]; // 0 unknown yet, 1 inside the plan's region, 2 outside, 3 not a unit
      Set<IndicatorId> weights = new HashSet<>();
      plan.indicators().forEach(i -> {
        if (i.aggregation() instanceof Aggregation.Ratio r) {
          r.weight().ifPresent(weights::add);
        }
      });
      // which (indicator, region or a unit above it, breakdown, year) have a row, for the weights of bare ratio values
      Set<List<Object>> weightYears = new HashSet<>();
      for (int pass = 0; pass < 2; pass++) {
        for (int s = 0; s < c.seriesCount(); s++) {
          IndicatorId id = c.indicators[c.seriesIndicator[s]];
          Indicator indicator = indicators.get(id);
          if (indicator == null || (pass == 0 && !weights.contains(id))) {
            continue;
          }
          Breakdown breakdown = c.breakdowns[c.seriesBreakdown[s]];
          int end = c.seriesStart[s + 1];
          for (int from = c.seriesStart[s]; from < end; ) {
            int code = c.region.get(from);
            int to = c.lowerBound(s, code + 1);
            if (place[code] == 0) {
              RegionCode r = c.regions[code];
              place[code] = !regions.contains(r) ? 3 : regions.isWithin(r, plan.region()) ? 1 : 2;
            }
            if (pass == 0) {
              if (place[code] == 1) {
                weightYears(c, id, c.regions[code], breakdown, from, to, weightYears);
              }
            } else if (place[code] != 1) {
              for (int i = from; i < to; i++) {
                place(i, place[code] == 3);
              }
            } else {
              for (int i = from; i < to && !breakdown.isNone(); i++) {
                breakdown(i, data.get(i), indicator);
              }
              switch (indicator.aggregation()) {
                case Aggregation.Flow f -> overlaps(c, range(from, to), false);
                case Aggregation.Stock st -> sameMonth(c, range(from, to), false);
                case Aggregation.Ratio r -> ratio(c, s, indicator, r, from, to, weightYears);
              }
            }
            from = to;
          }
        }
      }
      return new DataCheck(sorted(problems), sorted(outside));
    }

    /** A row whose region is not a unit of the hierarchy, or lies outside the plan's region. */
    private void place(int i, boolean unknown) {
      RegionCode region = data.get(i).region();
      if (unknown) {
        add(problems, i, "region", region.value(), "is not a unit of the region list valid from "
            + regions.validFrom(), "a province or commune code of that list, e.g. " + plan.region());
      } else {
        String name = regions.require(plan.region()).name().vi();
        add(outside, i, "region", region.value(), "lies outside the region of plan '" + plan.id() + "' ("
            + plan.region() + ", " + name + "), so the assessment does not use it", "a unit within " + name
            + ", or the plan of its region");
      }
    }

    /** Records the years a weight indicator has a row in, for its region and every unit above it up to the plan's. */
    private void weightYears(Columns c, IndicatorId id, RegionCode region, Breakdown breakdown, int from, int to,
        Set<List<Object>> out) {
      Set<Integer> years = new HashSet<>();
      for (int i = from; i < to; i++) {
        years.add(c.periodLast[c.period.get(i)] / 12);
      }
      for (RegionCode r = region; r != null; r = regions.parent(r).map(x -> x.code()).orElse(null)) {
        for (int y : years) {
          out.add(List.of(id, r, breakdown, y));
        }
        if (r.equals(plan.region())) {
          break;
        }
      }
    }

    private static int[] range(int from, int to) {
      int[] rows = new int[to - from];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = from + i;
      }
      return rows;
    }

    private void breakdown(int i, Measurement m, Indicator indicator) {
      for (Map.Entry<DimensionId, String> b : m.breakdown().members().entrySet()) {
        if (!indicator.accepts(b.getKey())) {
          add(problems, i, b.getKey().value(), b.getValue(), "is given, but indicator '" + indicator.id()
              + "' has no breakdown by " + b.getKey(), indicator.dimensions().isEmpty()
                  ? "an empty " + b.getKey() + " column for it" : "a breakdown by " + indicator.dimensions());
          continue;
        }
        Optional<Dimension> dim = plan.findDimension(b.getKey());
        if (dim.isPresent() && dim.get().findMember(b.getValue()).isEmpty()) {
          add(problems, i, b.getKey().value(), b.getValue(), "is not a member of '" + b.getKey() + "' in plan '"
              + plan.id() + "'", "one of " + dim.get().members().stream().map(x -> x.code()).toList());
        }
      }
    }

    private void ratio(Columns c, int s, Indicator indicator, Aggregation.Ratio ratio, int from, int to,
        Set<List<Object>> weightYears) {
      int[] parts = new int[to - from];
      int[] bare = new int[to - from];
      int np = 0;
      int nb = 0;
      for (int i = from; i < to; i++) {
        if (Double.isNaN(c.numerator(s, i))) {
          bare[nb++] = i;
        } else {
          parts[np++] = i;
        }
      }
      parts = java.util.Arrays.copyOf(parts, np);
      bare = java.util.Arrays.copyOf(bare, nb);
      Indicator num = indicators.get(ratio.numerator());
      Indicator den = indicators.get(ratio.denominator());
      if (isFlow(num) || isFlow(den)) {
        overlaps(c, parts, true);
      }
      if (!isFlow(num) || !isFlow(den)) {
        sameMonth(c, parts, true);
      }
      if (!isFlow(num) && !isFlow(den)) {
        sameMonth(c, bare, true);
      }
      Map<Integer, Integer> partsByYear = new HashMap<>();
      for (int i : parts) {
        partsByYear.putIfAbsent(c.periodLast[c.period.get(i)] / 12, i);
      }
      for (int i : bare) {
        Measurement m = data.get(i);
        int year = m.period().end().getYear();
        Integer withParts = partsByYear.get(year);
        if (withParts != null) {
          add(problems, i, "value", plain(m), "gives '" + indicator.id() + "' as a bare value while "
              + where(withParts, i) + " gives its numerator and denominator for " + m.region() + " in " + year
              + "; the two cannot be combined", "numerator and denominator in every row of a unit");
        }
        if (m.region().equals(plan.region())) {
          continue; // the plan's own region uses its figure as it is
        }
        if (ratio.weight().isEmpty()) {
          add(problems, i, "value", plain(m), "gives the ratio '" + indicator.id() + "' as a bare value for "
              + m.region() + ", a unit below the plan's region " + plan.region() + "; a ratio cannot be averaged "
              + "across regions", "its numerator and denominator (or rows of '" + ratio.numerator() + "' and '"
              + ratio.denominator() + "'), or a weight declared for the indicator");
        } else if (!weightYears.contains(List.of(ratio.weight().get(), m.region(), m.breakdown(), year))) {
          add(problems, i, "value", plain(m), "gives the ratio '" + indicator.id() + "' as a bare value for "
              + m.region() + ", and its weight '" + ratio.weight().get() + "' has no row for " + m.region() + " in "
              + year + " to weigh it by", "a row of '" + ratio.weight().get() + "' for " + m.region() + " in " + year
              + ", or the ratio's numerator and denominator");
        }
      }
    }

    /**
     * Two rows whose periods overlap: a flow would count the months twice. The rows are one region's, in period order
     * (first month, then last month), so each row is compared with the widest reach before it.
     */
    private void overlaps(Columns c, int[] rows, boolean parts) {
      int widest = -1;
      int reach = Integer.MIN_VALUE;
      for (int i : rows) {
        int p = c.period.get(i);
        if (widest >= 0 && c.periodFirst[p] <= reach) {
          int at = later(i, widest);
          int other = at == i ? widest : i;
          Measurement a = data.get(at);
          add(problems, at, "period", a.period().toString(), "overlaps " + data.get(other).period() + " ("
              + where(other, at) + ") for the same " + (parts ? "parts of ratio" : "flow") + " '" + a.indicator()
              + "', region " + a.region() + breakdownText(a.breakdown()) + ", so it would be counted twice",
              "periods that do not overlap, e.g. months or a year, not both");
        }
        if (c.periodLast[p] > reach) {
          reach = c.periodLast[p];
          widest = i;
        }
      }
    }

    /** Two rows that end in the same month: two levels of a stock for one month. */
    private void sameMonth(Columns c, int[] rows, boolean ratio) {
      long[] byEnd = new long[rows.length];
      for (int k = 0; k < rows.length; k++) {
        byEnd[k] = (long) c.periodLast[c.period.get(rows[k])] << 32 | rows[k];
      }
      java.util.Arrays.sort(byEnd);
      for (int k = 1; k < byEnd.length; k++) {
        if (byEnd[k] >>> 32 != byEnd[k - 1] >>> 32) {
          continue;
        }
        int first = (int) byEnd[k - 1];
        int i = (int) byEnd[k];
        int at = later(i, first);
        int other = at == i ? first : i;
        Measurement a = data.get(at);
        add(problems, at, "period", a.period().toString(), "ends in the same month as " + data.get(other).period()
            + " (" + where(other, at) + ") for the same " + (ratio ? "ratio of stocks" : "stock") + " '"
            + a.indicator() + "', region " + a.region() + breakdownText(a.breakdown()) + ": two levels for "
            + a.period().end(), "one level per month");
      }
    }

    // ------------------------------------------------------------------------------------------- places

    /** A problem and where its row is, for sorting by file and line. */
    private record Placed(Optional<MeasurementSet.Origin> origin, int index, DataProblem problem) {}

    private void add(List<Placed> to, int i, String column, String value, String problem, String expected) {
      Optional<MeasurementSet.Origin> o = data.origin(i);
      Measurement m = data.get(i);
      DataProblem p = o.isPresent()
          ? new DataProblem(o.get().source(), o.get().location(), column, value, problem, expected)
          : new DataProblem("measurements", key(m), column, value, problem, expected);
      to.add(new Placed(o, i, p));
    }

    private static List<DataProblem> sorted(List<Placed> placed) {
      List<Placed> copy = new ArrayList<>(placed);
      copy.sort(Comparator.comparing((Placed p) -> p.origin().map(MeasurementSet.Origin::source).orElse(""))
          .thenComparingLong(p -> p.origin().map(MeasurementSet.Origin::line).orElse(-1L))
          .thenComparingInt(Placed::index));
      return copy.stream().map(Placed::problem).toList();
    }

    /** Of two rows, the one read later (the problem is reported there, naming the other), else the later by key. */
    private int later(int a, int b) {
      Optional<MeasurementSet.Origin> x = data.origin(a);
      Optional<MeasurementSet.Origin> y = data.origin(b);
      if (x.isPresent() && y.isPresent() && x.get().source().equals(y.get().source())) {
        return x.get().line() >= y.get().line() ? a : b;
      }
      return Math.max(a, b);
    }

    /** Where row {@code i} is, said from row {@code from}: {@code line 4}, or with its file when another. */
    private String where(int i, int from) {
      Optional<MeasurementSet.Origin> o = data.origin(i);
      if (o.isEmpty()) {
        return key(data.get(i));
      }
      Optional<MeasurementSet.Origin> f = data.origin(from);
      return f.isPresent() && f.get().source().equals(o.get().source()) ? o.get().location() : o.get().toString();
    }

    private static String key(Measurement m) {
      return "row " + m.indicator() + " / " + m.region() + " / " + m.period()
          + (m.breakdown().isNone() ? "" : " / " + m.breakdown());
    }

    private static String breakdownText(Breakdown b) {
      return b.isNone() ? "" : " [" + b + "]";
    }

    private static String plain(Measurement m) {
      return m.value().isPresent()
          ? new java.math.BigDecimal(Double.toString(m.value().getAsDouble())).stripTrailingZeros().toPlainString()
          : "";
    }

    private static boolean isFlow(Indicator i) {
      return i != null && i.aggregation() instanceof Aggregation.Flow;
    }
  }
}
