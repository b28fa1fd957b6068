package dev.chitieu.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.UnknownIndicatorException;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.rollup.PlanFigures;
import dev.chitieu.core.rollup.Rollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The rollup of {@link Rollup}, by the same rules, computed by Spark's own operators on measurements in the encoded
 * form of {@link SparkMeasurements}: no row is collected to the driver, only the rolled-up figures, which come back as
 * core's {@link Aggregate}, so that {@link Assessor} and the report writers use them unchanged.
 *
 * <p>How the rules map onto Spark (see {@code docs/scale-out.md}): two shuffles, each followed
 * by a typed fold over rows sorted within their group, whatever the depth of the hierarchy.
 *
 * <ol>
 *   <li>The rows are partitioned by unit and breakdown and sorted by indicator and period; each group (one unit's
 *       rows of one breakdown, every indicator) gives the unit's own figure per indicator and window: a flow's rows
 *       inside the window added in period order, a stock's row ending latest in it, a ratio's parts from its own rows
 *       with numerator and denominator, else from its base indicators' own figures. Overlapping flow rows and stock
 *       rows ending in the same month are errors, as in the in-JVM rollup.
 *   <li>The own figures (one per unit with data) are partitioned by indicator, breakdown and window; each group
 *       gives the figures of the units asked for, up the hierarchy: a unit with its own figure keeps it, otherwise
 *       its children's figures are added in hierarchy order. The additions happen in the same order as in the in-JVM
 *       rollup, so the figures are equal to the last bit.
 *   <li>Only those figures come to the driver, where a ratio is divided and scaled, and coverage and missing units
 *       are read off the leaf numbers.
 * </ol>
 *
 * <p>A ratio row with a value but no numerator and denominator, where neither the ratio's own rows nor its base
 * indicators give parts, is used as the in-JVM rollup uses it: for its own unit, and across units as the mean of the
 * units' values weighted by the declared weight indicator's figures (whose own figures then travel with the ratio's
 * in the second pass). Immutable; the figures are computed by each call.
 */
public final class SparkRollup {
  private final SparkSession spark;
  private final Dataset<Row> rows;
  private final Hierarchy tree;
  private final Map<IndicatorId, Indicator> indicators;
  private final List<ReportedChange> changes;

  private SparkRollup(SparkSession spark, Dataset<Row> rows, Hierarchy tree, Map<IndicatorId, Indicator> indicators,
      List<ReportedChange> changes) {
    this.spark = spark;
    this.rows = rows;
    this.tree = tree;
    this.indicators = indicators;
    this.changes = changes;
  }

  /**
   * A rollup of the measurements of the given indicators.
   *
   * @param measurements the measurements, encoded ({@link SparkMeasurements#SCHEMA})
   * @param regions the hierarchy the measurements' regions belong to
   * @param indicators the indicators to roll up, with the base indicators of every ratio among them
   * @return the rollup
   * @throws IllegalArgumentException if two indicators share an id
   * @throws InvalidDataException if rows of these indicators name regions that are not in the hierarchy, one problem
   *     per unknown code (at most 20); finding them runs one Spark job
   */
  public static SparkRollup of(Dataset<Row> measurements, RegionHierarchy regions, Collection<Indicator> indicators) {
    requireNonNull(measurements, "measurements");
    requireNonNull(regions, "regions");
    Map<IndicatorId, Indicator> byId = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (byId.putIfAbsent(i.id(), i) != null) {
        throw new IllegalArgumentException("indicator '" + i.id() + "' is given twice to the rollup; give each once");
      }
    }
    SparkSession spark = measurements.sparkSession();
    Hierarchy tree = new Hierarchy(regions);
    Dataset<Row> mine = measurements.where(col("indicator").isin(
        byId.keySet().stream().map(IndicatorId::value).toArray()));
    List<Row> unknown = mine.join(broadcast(tree.table(spark)), col("region").equalTo(col("node")), "left_anti")
        .groupBy("region").agg(org.apache.spark.sql.functions.count(lit(1)).as("n"),
            org.apache.spark.sql.functions.min("indicator").as("example"))
        .orderBy("region").limit(20).collectAsList();
    if (!unknown.isEmpty()) {
      List<DataProblem> problems = new ArrayList<>();
      for (Row u : unknown) {
        long n = u.getLong(1);
        problems.add(new DataProblem("measurements", "region " + u.getString(0), "region", u.getString(0),
            "is not in the region hierarchy (valid from " + regions.validFrom() + "); " + n
                + (n == 1 ? " row names it" : " rows name it") + ", e.g. '" + u.getString(2) + "'",
            "a unit of the hierarchy: load the province's communes (RegionHierarchy.with) or correct the code"));
      }
      throw new InvalidDataException(problems);
    }
    return new SparkRollup(spark, mine, tree, Collections.unmodifiableMap(byId), List.of());
  }

  /**
   * A rollup of the measurements of a plan's indicators.
   *
   * @see #of(Dataset, RegionHierarchy, Collection)
   */
  public static SparkRollup of(Dataset<Row> measurements, RegionHierarchy regions, Plan plan) {
    return of(measurements, regions, requireNonNull(plan, "plan").indicators());
  }

  /** The indicators, by id, in the order given. */
  public Map<IndicatorId, Indicator> indicators() {
    return indicators;
  }

  /**
   * This rollup with the changes the data carry as reported ({@link SparkMeasurements.Read#reportedChanges()}), which
   * its assessments read as {@link Rollup#reportedChanges()} gives them in one JVM.
   *
   * @param reported the changes, in the order they were read
   * @return the rollup with them
   */
  public SparkRollup withReportedChanges(List<ReportedChange> reported) {
    return new SparkRollup(spark, rows, tree, indicators, List.copyOf(reported));
  }

  /** The changes carried as reported, as given to {@link #withReportedChanges}. */
  public List<ReportedChange> reportedChanges() {
    return changes;
  }

  /**
   * Every figure at a region level and a calendar grain, as {@link Rollup#table(RegionLevel, PeriodKind)} gives it:
   * each indicator, breakdown with data, unit of the level and window of the grain that has a figure, in the table's
   * order (indicator as given, breakdown, unit in hierarchy order, window).
   *
   * @param level the level of the units
   * @param grain {@link PeriodKind#YEAR}, {@link PeriodKind#HALF}, {@link PeriodKind#QUARTER} or {@link
   *     PeriodKind#MONTH}
   * @return the figures
   * @throws AggregationException listing the figures the rules forbid (at most 20 spelled out)
   * @throws IllegalArgumentException for any other grain
   */
  public List<Aggregate> table(RegionLevel level, PeriodKind grain) {
    requireNonNull(level, "level");
    int months = switch (requireNonNull(grain, "grain")) {
      case YEAR -> 12;
      case HALF -> 6;
      case QUARTER -> 3;
      case MONTH -> 1;
      default -> throw new IllegalArgumentException("a table needs a calendar grain (year, half, quarter or month), "
          + "was " + grain);
    };
    List<Row> collected = run(indicators.keySet(), months, null, level.name(), null);
    // in the table's order, sorted on the collected fields (a breakdown orders by its text, a window by its months)
    Map<String, Integer> order = new HashMap<>();
    for (IndicatorId id : indicators.keySet()) {
      order.put(id.value(), order.size());
    }
    Map<String, Integer> unitOrder = new HashMap<>();
    for (var reg : tree.regions.units()) {
      unitOrder.put(reg.code().value(), unitOrder.size());
    }
    List<Row> sorted = new ArrayList<>(collected);
    sorted.sort(java.util.Comparator.<Row>comparingInt(r -> order.get(r.getString(0)))
        .thenComparing(r -> r.getString(1)).thenComparingInt(r -> unitOrder.get(r.getString(4)))
        .thenComparingInt(r -> r.getInt(2)).thenComparingInt(r -> r.getInt(3)));
    List<Aggregate> out = new ArrayList<>(sorted.size());
    List<String> errors = new ArrayList<>();
    int failed = 0;
    Decoder decoder = new Decoder();
    for (Row r : sorted) {
      Result res = result(r, decoder);
      if (res.error != null) {
        if (failed++ < 20) {
          errors.add(res.error);
        }
      } else {
        out.add(res.figure);
      }
    }
    if (failed > 0) {
      throw new AggregationException("cannot roll up " + failed + (failed == 1 ? " figure" : " figures")
          + " of the table by " + level.name().toLowerCase(java.util.Locale.ROOT) + " and "
          + grain.name().toLowerCase(java.util.Locale.ROOT) + ":\n  - " + String.join("\n  - ", errors)
          + (failed > 20 ? "\n  … and " + (failed - 20) + " more" : ""));
    }
    return out;
  }

  /**
   * The figures for the given keys, computed together in one Spark job.
   *
   * @param keys the figures wanted
   * @return per key, the figure (empty when no row gives one) or the error the rules raise for it
   * @throws UnknownIndicatorException if a key's indicator was not given to the rollup
   */
  public Map<Key, Answer> figures(Collection<Key> keys) {
    Set<Key> wanted = new LinkedHashSet<>(keys);
    Set<IndicatorId> inds = new LinkedHashSet<>();
    Map<String, Set<Period>> windows = new HashMap<>();
    Map<String, Set<Integer>> units = new HashMap<>();
    Map<Key, Answer> out = new LinkedHashMap<>();
    RollupTasks.Nodes nodes = tree.nodes();
    for (Key k : wanted) {
      Indicator ind = indicators.get(k.indicator());
      if (ind == null) {
        throw new UnknownIndicatorException(k.indicator().value(), "the rollup knows no indicator '" + k.indicator()
            + "'; known: " + indicators.keySet());
      }
      if (!tree.regions.contains(k.region())) {
        out.put(k, Answer.error("cannot roll up '" + k.indicator() + "' for region " + k.region() + ": it is not in "
            + "the region hierarchy (valid from " + tree.regions.validFrom() + "); ask for a unit of the hierarchy "
            + "or load the one that contains it"));
        continue;
      }
      if (ind.aggregation() instanceof Aggregation.Ratio r) {
        String bad = partProblem(ind, r);
        if (bad != null) {
          out.put(k, Answer.error(bad));
          continue;
        }
      }
      inds.add(ind.id());
      String series = ind.id().value() + '\0' + k.breakdown();
      windows.computeIfAbsent(series, x -> new LinkedHashSet<>()).add(k.window());
      units.computeIfAbsent(series + '\0' + k.window().firstMonthIndex() + '\0' + k.window().lastMonthIndex(),
          x -> new LinkedHashSet<>()).add(nodes.index.get(k.region().value()));
    }
    if (inds.isEmpty()) {
      return out;
    }
    Map<String, int[]> windowMonths = new HashMap<>();
    windows.forEach((series, ws) -> windowMonths.put(series, ws.stream()
        .flatMapToInt(w -> java.util.stream.IntStream.of(w.firstMonthIndex(), w.lastMonthIndex())).toArray()));
    Map<String, int[]> unitNumbers = new HashMap<>();
    units.forEach((g, us) -> unitNumbers.put(g, us.stream().mapToInt(Integer::intValue).toArray()));
    List<Row> collected = run(inds, 0, windowMonths, null, unitNumbers);
    Decoder decoder = new Decoder();
    for (Row r : collected) {
      Result res = result(r, decoder);
      Key k = new Key(res.indicator, res.region, res.window, res.breakdown);
      out.put(k, res.error != null ? Answer.error(res.error) : Answer.of(res.figure));
    }
    for (Key k : wanted) {
      out.putIfAbsent(k, Answer.NONE);
    }
    return out;
  }

  /**
   * Assesses a plan on this rollup's data as of a day, with the figures computed by Spark: rows whose period ends
   * after the month of {@code asOf} are left out, as {@link Assessor} does. The assessor asks for the figures it needs;
   * they are computed in rounds, all figures of a round in one Spark job, until it asks for nothing new (its later
   * questions depend on earlier answers: a running total's months, the years with data). The result equals {@link
   * Assessor#assess(Plan, dev.chitieu.core.data.MeasurementSet, RegionHierarchy, LocalDate)} on the same data.
   *
   * @param assessor the assessor
   * @param plan the plan; its indicators must be among this rollup's
   * @param asOf the day the assessment speaks for
   * @return the assessment
   * @throws AggregationException if the data cannot be rolled up by the rules
   */
  public Assessment assess(Assessor assessor, Plan plan, LocalDate asOf) {
    requireNonNull(assessor, "assessor");
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    // as Assessor leaves out rows, and the changes of figures, whose period ends after the month of asOf
    SparkRollup known = new SparkRollup(spark, rows.where(col("last").leq(asOfMonth)), tree, indicators,
        changes.stream().filter(c -> c.period().lastMonthIndex() <= asOfMonth).toList());
    Map<IndicatorId, Map<Integer, Integer>> lastMonths = known.lastMonths();
    Map<Key, Answer> answers = new HashMap<>();
    for (int round = 0; ; round++) {
      Figures f = new Figures(answers, lastMonths, known.changes);
      Assessment a = null;
      try {
        a = assessor.assess(plan, f, tree.regions, asOf);
      } catch (AggregationException e) {
        // a question asked on a provisional answer may not be asked once every answer is known
        if (f.asked.isEmpty()) {
          throw e;
        }
      }
      if (f.asked.isEmpty()) {
        return a;
      }
      if (round > 1000) {
        throw new IllegalStateException("the assessment of '" + plan.id() + "' kept asking for new figures");
      }
      answers.putAll(known.figures(ahead(f.asked, answers.keySet(), lastMonths)));
      rounds = round + 1;
    }
  }

  /** How many Spark jobs the last {@link #assess} ran for figures; for tests. */
  int rounds;

  /**
   * The keys asked, and those the assessor is likely to ask next, so that an assessment takes few rounds: every
   * running total of a window (its first month through each of its months), in its year and the year before (the
   * same period of the previous year).
   */
  private static Set<Key> ahead(Set<Key> asked, Set<Key> known, Map<IndicatorId, Map<Integer, Integer>> lastMonths) {
    int firstYear = lastMonths.values().stream().flatMap(m -> m.keySet().stream()).min(Integer::compare)
        .orElse(0);
    Set<Key> out = new LinkedHashSet<>(asked);
    for (Key k : asked) {
      int first = k.window().firstMonthIndex();
      int last = k.window().lastMonthIndex();
      for (int back = 0; last - back >= firstYear * 12 && back <= 12; back += 12) {
        for (int m = first; m <= last && out.size() < asked.size() * 400; m++) {
          Key more = new Key(k.indicator(), k.region(), Period.ofMonthIndexes(first - back, m - back),
              k.breakdown());
          if (!known.contains(more)) {
            out.add(more);
          }
        }
      }
    }
    return out;
  }

  /** By indicator, by year, the last month index in which a row ends: one small Spark job. */
  Map<IndicatorId, Map<Integer, Integer>> lastMonths() {
    Map<IndicatorId, Map<Integer, Integer>> out = new HashMap<>();
    for (Row r : rows.groupBy(col("indicator"), floor(col("last").divide(12)).cast("int").as("year"))
        .agg(max("last")).collectAsList()) {
      out.computeIfAbsent(IndicatorId.of(r.getString(0)), k -> new TreeMap<>()).put(r.getInt(1), r.getInt(2));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ the Spark plan

  /** The indicators whose rows a figure of an indicator reads: itself, and a ratio's base indicators. */
  private List<IndicatorId> sources(Indicator ind) {
    if (ind.aggregation() instanceof Aggregation.Ratio r) {
      return r.weight().isPresent() ? List.of(ind.id(), r.numerator(), r.denominator(), r.weight().get())
          : List.of(ind.id(), r.numerator(), r.denominator());
    }
    return List.of(ind.id());
  }

  private String partProblem(Indicator of, Aggregation.Ratio r) {
    for (var e : List.of(Map.entry("numerator", r.numerator()), Map.entry("denominator", r.denominator()))) {
      Indicator i = indicators.get(e.getValue());
      if (i == null || !i.aggregation().isBase()) {
        return "cannot roll up '" + of.id() + "': its " + e.getKey() + " '" + e.getValue() + "' is "
            + (i == null ? "not among the indicators given to the rollup" : "not a flow or stock")
            + "; give the rollup every indicator of the plan";
      }
    }
    return null;
  }

  private boolean isStock(IndicatorId id) {
    Indicator i = indicators.get(id);
    return i != null && i.aggregation() instanceof Aggregation.Stock;
  }

  /** How each indicator rolls up, for the executors. */
  private Map<String, RollupTasks.Rule> rules() {
    Map<String, RollupTasks.Rule> out = new HashMap<>();
    for (Indicator i : indicators.values()) {
      if (i.aggregation() instanceof Aggregation.Ratio r) {
        Indicator weight = r.weight().map(indicators::get).orElse(null);
        out.put(i.id().value(), new RollupTasks.Rule(true, false, r.numerator().value(), r.denominator().value(),
            isStock(r.numerator()), isStock(r.denominator()), r.scale().doubleValue(),
            r.weight().map(IndicatorId::value).orElse(null), weight != null && isStock(weight.id()),
            weight != null && weight.aggregation().isBase()));
      } else {
        out.put(i.id().value(), new RollupTasks.Rule(false, i.aggregation() instanceof Aggregation.Stock, null, null,
            false, false, 1, null, false, false));
      }
    }
    return out;
  }

  /**
   * The figures of the given indicators, in two passes each after one shuffle: the rows of each unit and breakdown,
   * sorted by indicator and period, folded into the unit's own figures; then the own figures of each indicator,
   * breakdown and window (one per unit with data), combined up the hierarchy into the figures asked for, which alone
   * come to the driver.
   *
   * @param wanted the indicators
   * @param months for a table, the months of its grain; 0 for the windows given
   * @param windows when {@code months} is 0, by indicator and breakdown, the windows' months in pairs
   * @param level for a table, the level of its units; null for the units given
   * @param units when {@code level} is null, by indicator, breakdown and window, the units' numbers
   */
  private List<Row> run(Collection<IndicatorId> wanted, int months, Map<String, int[]> windows, String level,
      Map<String, int[]> units) {
    Set<String> srcs = new LinkedHashSet<>();
    List<String> keys = new ArrayList<>();
    for (IndicatorId id : wanted) {
      keys.add(id.value());
      sources(indicators.get(id)).forEach(s -> srcs.add(s.value()));
    }
    Map<String, RollupTasks.Rule> rules = rules();
    RollupTasks.Nodes nodes = tree.nodes();
    Dataset<Row> input = rows.select(java.util.Arrays.stream(RollupTasks.INPUT).map(c -> col(c))
        .toArray(Column[]::new)).where(col("indicator").isin(srcs.toArray()));
    Dataset<Row> own = input.repartition(col("region"), col("breakdown"))
        .sortWithinPartitions("region", "breakdown", "indicator", "first", "last")
        .mapPartitions(new RollupTasks.OwnFigures(nodes, rules, keys, months, windows),
            Encoders.row(RollupTasks.OWN));
    return own.repartition(col("key"), col("bd"), col("wf"), col("wl"))
        .sortWithinPartitions("key", "bd", "wf", "wl")
        .mapPartitions(new RollupTasks.TreeFigures(nodes, rules, level, units), Encoders.row(RollupTasks.OUT))
        .collectAsList();
  }

  /** The ids, breakdowns and codes read so far: each distinct text is parsed once. */
  private static final class Decoder {
    final Map<String, IndicatorId> indicators = new HashMap<>();
    final Map<String, Breakdown> breakdowns = new HashMap<>();
    final Map<String, RegionCode> regions = new HashMap<>();
  }

  private record Result(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown,
      Aggregate figure, String error) {}

  /** A collected row as a figure, or the message of the error the rules raise for it. */
  private Result result(Row r, Decoder decoder) {
    IndicatorId id = decoder.indicators.computeIfAbsent(r.getString(0), IndicatorId::of);
    Breakdown b = decoder.breakdowns.computeIfAbsent(r.getString(1), Breakdown::parse);
    Period w = Period.ofMonthIndexes(r.getInt(2), r.getInt(3));
    RegionCode region = decoder.regions.computeIfAbsent(r.getString(4), RegionCode::of);
    Indicator ind = indicators.get(id);
    if (!r.isNullAt(13)) {
      return new Result(id, region, w, b, null, message(r.getStruct(13), ind, b, w));
    }
    boolean own = r.getBoolean(5);
    double value;
    OptionalDouble num = OptionalDouble.empty();
    OptionalDouble den = OptionalDouble.empty();
    if (ind.aggregation() instanceof Aggregation.Ratio ratio && r.isNullAt(7)) {
      // a value without parts: the unit's own, or a weighted mean of its children's
      value = r.getDouble(6);
    } else if (ind.aggregation() instanceof Aggregation.Ratio ratio) {
      double n = r.getDouble(7);
      double d = r.getDouble(8);
      if (d == 0) {
        return new Result(id, region, w, b, null, "cannot compute '" + id + "'" + text(b) + " for " + region
            + " over " + w + ": its denominator ('" + ratio.denominator() + "') is 0"
            + (n == 0 ? " and so is its numerator" : " while its numerator is " + n));
      }
      value = n / d * ratio.scale().doubleValue();
      num = OptionalDouble.of(n);
      den = OptionalDouble.of(d);
    } else {
      value = r.getDouble(6);
    }
    int latest = r.getInt(9);
    Coverage coverage;
    if (own) {
      coverage = Coverage.single();
    } else {
      int expected = tree.leafCount(region);
      int covered = r.getInt(11);
      List<RegionCode> missing = List.of();
      if (covered < expected) {
        List<Integer> cov = r.getList(12);
        missing = tree.missing(region, cov.stream().mapToInt(Integer::intValue).toArray());
      }
      coverage = new Coverage(covered, expected, missing);
    }
    return new Result(id, region, w, b, new Aggregate(id, region, w, b, value, num, den,
        Period.ofMonthIndexes(latest, latest), MeasurementStatus.values()[r.getInt(10)], coverage), null);
  }

  private String message(Row err, Indicator ind, Breakdown b, Period w) {
    int kind = err.getInt(0);
    String node = err.getString(1);
    String src = err.getString(2);
    String part = err.getString(3);
    String label = part == null ? "" : switch (part) {
      case "n" -> "numerator";
      case "d" -> "denominator";
      default -> "'" + src + "'";
    };
    Period p1 = err.getInt(4) == 0 ? null : Period.ofMonthIndexes(err.getInt(4), err.getInt(5));
    String head = "cannot roll up '" + ind.id() + "'" + text(b) + " for " + node + " over " + w + ": ";
    Aggregation.Ratio ratio = ind.aggregation() instanceof Aggregation.Ratio r ? r : null;
    List<Period> periods = new ArrayList<>();
    if (!err.isNullAt(8)) {
      List<Integer> months = err.getList(8);
      for (int i = 0; i < months.size(); i += 2) {
        periods.add(Period.ofMonthIndexes(months.get(i), months.get(i + 1)));
      }
    }
    return switch (kind) {
      case 1 -> head + "the " + label + " rows for " + p1 + " and " + Period.ofMonthIndexes(err.getInt(6),
          err.getInt(7)) + " overlap, so the flow would be counted twice; keep either the figure for the whole "
          + "period or the figures of its parts (e.g. the yearly figure or the monthly ones), or ask for a window "
          + "that holds only one of them";
      case 2 -> head + "the " + label + " rows for " + p1 + " and " + Period.ofMonthIndexes(err.getInt(6),
          err.getInt(7)) + " both end in the same month and give the level at the end of " + p1.end()
          + "; keep one figure per stock and month";
      case 3 -> "cannot roll up '" + src + "' for " + node + ": its row for " + p1 + " has no value; a "
          + (isStock(IndicatorId.of(src)) ? "stock" : "flow") + " needs a value in every row";
      case RollupTasks.MIXED -> head + "its row for " + p1 + " gives numerator and denominator but its row for "
          + Period.ofMonthIndexes(err.getInt(6), err.getInt(7)) + " gives only a value, and the two cannot be "
          + "combined; send numerator and denominator in every row";
      case RollupTasks.VALUE_TIE -> head + "rows for " + periods + " give values that end in the same month, "
          + p1.end() + "; keep one figure per month";
      case RollupTasks.OVER_TIME -> head + node + " sent values without numerator and denominator for " + periods
          + ", and the values of a ratio of flows cannot be combined over time; send numerator ('"
          + ratio.numerator() + "') and denominator ('" + ratio.denominator() + "'), or a figure for " + w
          + " itself";
      case RollupTasks.NO_WEIGHT -> head + src + " sent a value without numerator and denominator, and a ratio "
          + "cannot be averaged across regions; send its numerator ('" + ratio.numerator() + "') and denominator ('"
          + ratio.denominator() + "'), or declare a weight for the indicator (Aggregation.Ratio.weightedBy)";
      case RollupTasks.BAD_WEIGHT -> {
        Indicator weight = indicators.get(ratio.weight().orElseThrow());
        yield "cannot roll up '" + ind.id() + "': its weight '" + ratio.weight().get() + "' is "
            + (weight == null ? "not among the indicators given to the rollup" : "not a flow or stock")
            + "; give the rollup every indicator of the plan";
      }
      case RollupTasks.NO_WEIGHT_FIGURE -> head + src + " sent a value without numerator and denominator, and its "
          + "weight '" + ratio.weight().orElseThrow() + "' has no figure for " + part + " over " + w
          + "; send the weight, or the numerator and denominator";
      case RollupTasks.ZERO_DENOMINATOR -> {
        double n = err.getDouble(9);
        yield "cannot compute '" + ind.id() + "'" + text(b) + " for " + node + " over " + w + ": its denominator ('"
            + ratio.denominator() + "') is 0" + (n == 0 ? " and so is its numerator" : " while its numerator is " + n);
      }
      case RollupTasks.ZERO_WEIGHTS -> head + "the weights ('" + ratio.weight().orElseThrow()
          + "') of its parts add up to 0";
      default -> throw new IllegalStateException("unknown error kind " + kind);
    };
  }

  private static String text(Breakdown b) {
    return b.isNone() ? "" : " [" + b + "]";
  }

  // ------------------------------------------------------------------------------------------ small types

  /**
   * The key of one figure.
   *
   * @param indicator the indicator
   * @param region the region
   * @param window the window
   * @param breakdown the breakdown
   */
  public record Key(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown) {
    /** Checks that nothing is null. */
    public Key {
      requireNonNull(indicator, "indicator");
      requireNonNull(region, "region");
      requireNonNull(window, "window");
      requireNonNull(breakdown, "breakdown");
    }
  }

  /**
   * What the rollup gives for a key: a figure, no figure, or the error the rules raise.
   *
   * @param figure the figure; empty when no row gives one, or on an error
   * @param error the message of the {@link AggregationException} the rules raise; empty when there is none
   */
  public record Answer(Optional<Aggregate> figure, Optional<String> error) {
    static final Answer NONE = new Answer(Optional.empty(), Optional.empty());

    /** Checks that nothing is null and that an error comes without a figure. */
    public Answer {
      requireNonNull(figure, "figure");
      requireNonNull(error, "error");
      if (figure.isPresent() && error.isPresent()) {
        throw new IllegalArgumentException("an answer is a figure or an error, not both");
      }
    }

    static Answer of(Aggregate a) {
      return new Answer(Optional.of(a), Optional.empty());
    }

    static Answer error(String message) {
      return new Answer(Optional.empty(), Optional.of(message));
    }

    /**
     * The figure, as {@link Rollup#aggregate} gives it.
     *
     * @throws AggregationException if the rules forbid this figure
     */
    public Optional<Aggregate> get() {
      if (error.isPresent()) {
        throw new AggregationException(error.get());
      }
      return figure;
    }
  }

  /**
   * The figures answered so far; a question not answered yet is recorded and answered with no figure, so that the
   * assessment can be run again once the recorded ones are computed.
   */
  private final class Figures implements PlanFigures {
    private final Map<Key, Answer> answers;
    private final Map<IndicatorId, Map<Integer, Integer>> lastMonths;
    private final List<ReportedChange> changes;
    final Set<Key> asked = new LinkedHashSet<>();

    Figures(Map<Key, Answer> answers, Map<IndicatorId, Map<Integer, Integer>> lastMonths,
        List<ReportedChange> changes) {
      this.answers = answers;
      this.lastMonths = lastMonths;
      this.changes = changes;
    }

    @Override
    public Optional<Aggregate> aggregate(IndicatorId indicator, RegionCode region, Period window,
        Breakdown breakdown) {
      Key k = new Key(indicator, region, window, breakdown);
      Answer a = answers.get(k);
      if (a == null) {
        if (!indicators.containsKey(indicator)) {
          throw new UnknownIndicatorException(indicator.value(), "the rollup knows no indicator '" + indicator
              + "'; known: " + indicators.keySet());
        }
        asked.add(k);
        return Optional.empty();
      }
      return a.get();
    }

    @Override
    public Map<Integer, Integer> lastMonths(IndicatorId indicator) {
      return lastMonths.getOrDefault(indicator, Map.of());
    }

    @Override
    public List<ReportedChange> reportedChanges() {
      return changes;
    }
  }
}
