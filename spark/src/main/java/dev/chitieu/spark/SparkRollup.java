package dev.chitieu.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rollup of {@link Rollup}, by the same rules, computed by Spark's own operators on measurements in the encoded
 * form of {@link SparkMeasurements}: no row is collected to the driver, only the rolled-up figures, which come back as
 * core's {@link Aggregate}, so that {@link Assessor} and the report writers use them unchanged.
 *
 * <p>How the rules map onto Spark (see {@code docs/scale-out.md}):
 *
 * <ol>
 *   <li>Each row is assigned to the windows it bears on (a flow row to the windows that contain it, a stock row to
 *       those in which it ends); a ratio row with parts counts as a numerator row and a denominator row, each by its
 *       base indicator's rule.
 *   <li>Each unit's own figure per indicator, breakdown and window: a flow's rows are added in period order, a
 *       stock takes the row ending latest; overlapping flow rows and stock rows ending in the same month are errors,
 *       as in the in-JVM rollup. A ratio's own parts come from its rows with numerator and denominator, else from its
 *       base indicators' own rows.
 *   <li>Up the hierarchy, one level at a time from the deepest: a unit with its own figure keeps it, otherwise its
 *       children's figures are added in hierarchy order. The additions happen in the same order as in the in-JVM
 *       rollup, so the figures are equal to the last bit.
 *   <li>On the driver: a ratio is divided and scaled, coverage and missing units are read off the leaf numbers.
 * </ol>
 *
 * <p>One difference, stated in every message it causes: a ratio row with a value but no numerator and denominator
 * cannot be rolled up here (the in-JVM rollup uses such a value for its own region, or across regions with a declared
 * weight); send the parts. Immutable; the figures are computed by each call.
 */
public final class SparkRollup {
  private static final String ERR = "struct<kind:int,node:string,src:string,part:string,f1:int,l1:int,f2:int,l2:int>";
  private static final StructType KEYS = new StructType()
      .add("indicator", DataTypes.StringType, false)
      .add("breakdown", DataTypes.StringType, false)
      .add("wf", DataTypes.IntegerType, false)
      .add("wl", DataTypes.IntegerType, false);
  private static final StructType RULES = new StructType()
      .add("indicator", DataTypes.StringType, false)
      .add("part", DataTypes.StringType, false)
      .add("stock", DataTypes.BooleanType, false);
  private static final StructType ROLES = new StructType()
      .add("src", DataTypes.StringType, false)
      .add("srcPart", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("role", DataTypes.StringType, false);

  private final SparkSession spark;
  private final Dataset<Row> rows;
  private final Hierarchy tree;
  private final Map<IndicatorId, Indicator> indicators;

  private SparkRollup(SparkSession spark, Dataset<Row> rows, Hierarchy tree, Map<IndicatorId, Indicator> indicators) {
    this.spark = spark;
    this.rows = rows;
    this.tree = tree;
    this.indicators = indicators;
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
    return new SparkRollup(spark, mine, tree, Collections.unmodifiableMap(byId));
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
    Dataset<Row> parts = partRows(indicators.keySet()).withColumn("wf", floor(col("last").divide(months))
        .multiply(months).cast("int")).withColumn("wl", col("wf").plus(months - 1));
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> figures = combine(own(parts, indicators.keySet()), cached);
    Dataset<Row> units = tree.table(spark).where(col("level").equalTo(level.name())).select(col("node").as("u"));
    List<Row> collected = figures.join(broadcast(units), col("node").equalTo(col("u"))).drop("u")
        .select(collectable()).collectAsList();
    cached.forEach(Dataset::unpersist);
    List<Aggregate> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int failed = 0;
    for (Row r : collected) {
      Result res = result(r);
      if (res.error != null) {
        if (failed++ < 20) {
          errors.add(res.error);
        }
      } else {
        out.add(res.figure);
      }
    }
    if (failed > 0) {
      throw new AggregationException(failed + " figure" + (failed == 1 ? "" : "s") + " of the table cannot be rolled"
          + " up:\n" + String.join("\n", errors) + (failed > 20 ? "\n… and " + (failed - 20) + " more" : ""));
    }
    List<IndicatorId> order = List.copyOf(indicators.keySet());
    Map<RegionCode, Integer> unitOrder = new HashMap<>();
    for (var reg : tree.regions.units()) {
      unitOrder.put(reg.code(), unitOrder.size());
    }
    out.sort(java.util.Comparator.<Aggregate>comparingInt(a -> order.indexOf(a.indicator()))
        .thenComparing(Aggregate::breakdown).thenComparing(a -> unitOrder.get(a.region()))
        .thenComparing(Aggregate::window));
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
    List<Row> windows = new ArrayList<>();
    Map<Key, Answer> out = new LinkedHashMap<>();
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
      for (IndicatorId src : sources(ind)) {
        windows.add(RowFactory.create(src.value(), k.breakdown().toString(), k.window().firstMonthIndex(),
            k.window().lastMonthIndex()));
      }
    }
    if (inds.isEmpty()) {
      return out;
    }
    Dataset<Row> w = spark.createDataFrame(new ArrayList<>(new LinkedHashSet<>(windows)), KEYS)
        .withColumnRenamed("indicator", "wi").withColumnRenamed("breakdown", "wb");
    Set<IndicatorId> srcs = new LinkedHashSet<>();
    inds.forEach(i -> srcs.addAll(sources(indicators.get(i))));
    Dataset<Row> parts = partRows(srcs).join(broadcast(w), col("indicator").equalTo(col("wi"))
        .and(col("breakdown").equalTo(col("wb"))).and(col("last").between(col("wf"), col("wl"))))
        .drop("wi", "wb");
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> figures = combine(own(parts, inds), cached);
    List<Row> keyRows = new ArrayList<>();
    for (Key k : wanted) {
      if (!out.containsKey(k)) {
        keyRows.add(RowFactory.create(k.indicator().value(), k.breakdown().toString(), k.window().firstMonthIndex(),
            k.window().lastMonthIndex(), k.region().value()));
      }
    }
    Dataset<Row> want = spark.createDataFrame(keyRows, KEYS.add("region", DataTypes.StringType, false))
        .toDF("ki", "kb", "kf", "kl", "kr");
    List<Row> collected = figures.join(broadcast(want), col("key").equalTo(col("ki")).and(col("bd").equalTo(col("kb")))
        .and(col("wf").equalTo(col("kf"))).and(col("wl").equalTo(col("kl"))).and(col("node").equalTo(col("kr"))))
        .select(collectable()).collectAsList();
    cached.forEach(Dataset::unpersist);
    for (Row r : collected) {
      Result res = result(r);
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
    SparkRollup known = new SparkRollup(spark, rows.where(col("last").leq(asOfMonth)), tree, indicators);
    Map<IndicatorId, Map<Integer, Integer>> lastMonths = known.lastMonths();
    Map<Key, Answer> answers = new HashMap<>();
    for (int round = 0; ; round++) {
      Figures f = new Figures(answers, lastMonths);
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
      return List.of(ind.id(), r.numerator(), r.denominator());
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

  /**
   * The rows of the given indicators as part rows: {@code (indicator, part, stock, region, breakdown, first, last, x,
   * status)}, part {@code v} for a base quantity's value, {@code n} and {@code d} for a ratio's numerator and
   * denominator (each with its base indicator's rule), {@code q} for a ratio's value without parts.
   */
  private Dataset<Row> partRows(Collection<IndicatorId> ids) {
    List<Row> rules = new ArrayList<>();
    for (IndicatorId id : ids) {
      Indicator i = indicators.get(id);
      if (i.aggregation() instanceof Aggregation.Ratio r) {
        rules.add(RowFactory.create(id.value(), "n", isStock(r.numerator())));
        rules.add(RowFactory.create(id.value(), "d", isStock(r.denominator())));
        rules.add(RowFactory.create(id.value(), "q", isStock(r.numerator()) && isStock(r.denominator())));
      } else {
        rules.add(RowFactory.create(id.value(), "v", i.aggregation() instanceof Aggregation.Stock));
      }
    }
    Dataset<Row> r = rows.withColumn("parts", expr("case when numerator is not null and denominator is not null "
        + "then array(named_struct('p', 'n', 'x', numerator), named_struct('p', 'd', 'x', denominator), "
        + "named_struct('p', 'v', 'x', value)) "
        + "else array(named_struct('p', 'v', 'x', value), named_struct('p', 'q', 'x', value)) end"))
        .selectExpr("indicator", "region", "breakdown", "first", "last", "status", "explode(parts) as pt")
        .selectExpr("indicator", "pt.p as part", "region", "breakdown", "first", "last", "pt.x as x", "status");
    return r.join(broadcast(spark.createDataFrame(rules, RULES).toDF("ri", "rp", "stock")),
        col("indicator").equalTo(col("ri")).and(col("part").equalTo(col("rp")))).drop("ri", "rp");
  }

  /**
   * Each unit's own figure per (indicator, breakdown, window): {@code key, bd, wf, wl, node, val, num, den, latest, st,
   * err}; for a ratio from its parts or its base indicators' own figures.
   */
  private Dataset<Row> own(Dataset<Row> parts, Collection<IndicatorId> wanted) {
    // per (indicator, part, region, breakdown, window): the rows that bear on the window, in period order
    Dataset<Row> grouped = parts.where(col("stock").or(col("first").geq(col("wf"))))
        .groupBy("indicator", "part", "stock", "region", "breakdown", "wf", "wl")
        .agg(expr("array_sort(collect_list(struct(first as f, last as l, x, status as st))) as rs"));
    Dataset<Row> base = grouped.selectExpr("indicator", "part", "region", "breakdown", "wf", "wl",
        "case when stock then " + stockFold() + " else " + flowFold() + " end as o")
        .selectExpr("indicator", "part", "region as node", "breakdown as bd", "wf", "wl", "o.x as x",
            "o.latest as latest", "o.st as st", "o.err as err");
    List<Row> roles = new ArrayList<>();
    for (IndicatorId id : wanted) {
      Indicator i = indicators.get(id);
      if (i.aggregation() instanceof Aggregation.Ratio r) {
        roles.add(RowFactory.create(id.value(), "n", id.value(), "n"));
        roles.add(RowFactory.create(id.value(), "d", id.value(), "d"));
        roles.add(RowFactory.create(id.value(), "q", id.value(), "q"));
        roles.add(RowFactory.create(r.numerator().value(), "v", id.value(), "a"));
        roles.add(RowFactory.create(r.denominator().value(), "v", id.value(), "b"));
      } else {
        roles.add(RowFactory.create(id.value(), "v", id.value(), "v"));
      }
    }
    Dataset<Row> labelled = base.join(broadcast(spark.createDataFrame(roles, ROLES)),
        col("indicator").equalTo(col("src")).and(col("part").equalTo(col("srcPart"))));
    String fig = "struct(x, latest, st, err)";
    Dataset<Row> byRole = labelled.groupBy("key", "node", "bd", "wf", "wl").agg(
        expr("first(case when role = 'v' then " + fig + " end, true) as v"),
        expr("first(case when role = 'n' then " + fig + " end, true) as n"),
        expr("first(case when role = 'd' then " + fig + " end, true) as d"),
        expr("first(case when role = 'a' then " + fig + " end, true) as a"),
        expr("first(case when role = 'b' then " + fig + " end, true) as b"),
        expr("first(case when role = 'q' then " + fig + " end, true) as q"));
    // a ratio: the parts of its own rows, else its base indicators' own figures; a value without parts is refused
    String nd = "(n is not null and d is not null)";
    String ab = "(a is not null and b is not null)";
    String partsErr = "coalesce(n.err, d.err)";
    String abErr = "coalesce(a.err, b.err)";
    String valueOnly = "named_struct('kind', 4, 'node', node, 'src', key, 'part', 'q', 'f1', q.latest, 'l1', "
        + "q.latest, 'f2', 0, 'l2', 0)";
    return byRole.selectExpr("key", "bd", "wf", "wl", "node",
        "case when v is not null then v.x end as val",
        "case when v is null and " + nd + " then n.x when v is null and not " + nd + " and " + ab
            + " then a.x end as num",
        "case when v is null and " + nd + " then d.x when v is null and not " + nd + " and " + ab
            + " then b.x end as den",
        "case when v is not null then v.latest when " + nd + " then greatest(n.latest, d.latest) when " + ab
            + " then greatest(a.latest, b.latest) when q is not null then q.latest end as latest",
        "case when v is not null then v.st when " + nd + " then greatest(n.st, d.st) when " + ab
            + " then greatest(a.st, b.st) when q is not null then q.st end as st",
        "case when v is not null then v.err when " + partsErr + " is not null then " + partsErr
            + " when q is not null then " + valueOnly + " when " + nd + " then cast(null as " + ERR + ") when "
            + abErr + " is not null then " + abErr + " else cast(null as " + ERR + ") end as err",
        "(v is not null or " + nd + " or " + ab + " or q is not null or " + partsErr + " is not null or " + abErr
            + " is not null) as present")
        .where("present").drop("present");
  }

  /** A flow over a window: the rows lying inside it added in period order; overlapping rows are an error. */
  private static String flowFold() {
    return "aggregate(rs, named_struct('x', cast(0 as double), 'latest', -1, 'st', 0, 'wf', -1, 'err', "
        + "cast(null as " + ERR + ")), (a, r) -> named_struct("
        + "'x', a.x + r.x, "
        + "'latest', greatest(a.latest, r.l), "
        + "'st', greatest(a.st, r.st), "
        + "'wf', case when r.l > a.latest then r.f else a.wf end, "
        + "'err', coalesce(a.err, case when a.latest >= 0 and r.f <= a.latest then named_struct('kind', 1, "
        + "'node', cast(null as string), 'src', cast(null as string), 'part', cast(null as string), 'f1', a.wf, "
        + "'l1', a.latest, 'f2', r.f, 'l2', r.l) when r.x is null then named_struct('kind', 3, "
        + "'node', cast(null as string), 'src', cast(null as string), 'part', cast(null as string), 'f1', r.f, "
        + "'l1', r.l, 'f2', 0, 'l2', 0) end)))";
  }

  /** A stock over a window: the row ending latest within it; two rows ending in that month are an error. */
  private static String stockFold() {
    return "aggregate(rs, named_struct('x', cast(null as double), 'latest', -1, 'st', 0, 'wf', -1, 'err', "
        + "cast(null as " + ERR + ")), (a, r) -> case when r.l > a.latest then named_struct('x', r.x, 'latest', r.l, "
        + "'st', r.st, 'wf', r.f, 'err', case when r.x is null then named_struct('kind', 3, "
        + "'node', cast(null as string), 'src', cast(null as string), 'part', cast(null as string), 'f1', r.f, "
        + "'l1', r.l, 'f2', 0, 'l2', 0) end) "
        + "when r.l = a.latest then named_struct('x', a.x, 'latest', a.latest, 'st', a.st, 'wf', a.wf, 'err', "
        + "named_struct('kind', 2, 'node', cast(null as string), 'src', cast(null as string), "
        + "'part', cast(null as string), 'f1', a.wf, 'l1', a.latest, 'f2', r.f, 'l2', r.l)) else a end)";
  }

  /**
   * Every unit's figure, bottom-up: a unit's own figure if it has one, else its children's added in hierarchy order.
   * Columns: {@code key, bd, wf, wl, node, own, val, num, den, latest, st, cov, err}.
   *
   * @param cached receives the datasets this plan caches, to be released once its result is collected
   */
  private Dataset<Row> combine(Dataset<Row> own, List<Dataset<Row>> cached) {
    Dataset<Row> nodes = broadcast(tree.table(spark).withColumnRenamed("node", "tnode"));
    // the error of an own figure names its unit and what it read
    Dataset<Row> mine = own.join(nodes, col("node").equalTo(col("tnode")))
        .select(col("key"), col("bd"), col("wf"), col("wl"), col("node"), col("parent"), col("depth"),
            col("ord"), lit(true).as("own"), col("val"), col("num"), col("den"), col("latest"), col("st"),
            expr("sequence(lo, hi)").as("cov"), expr("case when err is null then null else named_struct('kind', "
                + "err.kind, 'node', " + "node, 'src', coalesce(err.src, key), 'part', coalesce(err.part, ''), "
                + "'f1', err.f1, 'l1', err.l1, 'f2', err.f2, 'l2', err.l2) end").as("err"))
        .persist();
    cached.add(mine);
    Dataset<Row> level = mine.where(col("depth").equalTo(tree.maxDepth));
    Dataset<Row> all = level;
    for (int d = tree.maxDepth - 1; d >= 0; d--) {
      Dataset<Row> kids = level.groupBy("key", "bd", "wf", "wl", "parent")
          .agg(expr("array_sort(collect_list(struct(ord, val, num, den, latest, st, cov, err))) as cs"));
      Dataset<Row> combined = kids.selectExpr("key", "bd", "wf", "wl", "parent as node",
          "aggregate(cs, cast(0 as double), (a, c) -> a + c.val) as val",
          "aggregate(cs, cast(0 as double), (a, c) -> a + c.num) as num",
          "aggregate(cs, cast(0 as double), (a, c) -> a + c.den) as den",
          "array_max(transform(cs, c -> c.latest)) as latest",
          "array_max(transform(cs, c -> c.st)) as st",
          "flatten(transform(cs, c -> c.cov)) as cov",
          "aggregate(cs, cast(null as " + ERR + "), (a, c) -> coalesce(a, c.err)) as err");
      Dataset<Row> ownHere = mine.where(col("depth").equalTo(d));
      Dataset<Row> notOwn = combined.join(ownHere.select("key", "bd", "wf", "wl", "node"),
          scalaSeq("key", "bd", "wf", "wl", "node"), "left_anti");
      Dataset<Row> withTree = notOwn.join(nodes, col("node").equalTo(col("tnode")))
          .select(col("key"), col("bd"), col("wf"), col("wl"), col("node"), col("parent"),
              col("depth"), col("ord"), lit(false).as("own"), col("val"), col("num"), col("den"), col("latest"),
              col("st"), col("cov"), col("err"));
      level = ownHere.unionByName(withTree);
      all = all.unionByName(level);
    }
    return all;
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }

  private Column[] collectable() {
    return new Column[] {col("key"), col("bd"), col("wf"), col("wl"), col("node"), col("own"), col("val"),
        col("num"), col("den"), col("latest"), col("st"), expr("size(cov)").as("covered"),
        expr("case when own then null else cov end").as("cov"), col("err")};
  }

  private record Result(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown,
      Aggregate figure, String error) {}

  /** A collected row as a figure, or the message of the error the rules raise for it. */
  private Result result(Row r) {
    IndicatorId id = IndicatorId.of(r.getString(0));
    Breakdown b = Breakdown.parse(r.getString(1));
    Period w = Period.ofMonthIndexes(r.getInt(2), r.getInt(3));
    RegionCode region = RegionCode.of(r.getString(4));
    Indicator ind = indicators.get(id);
    if (!r.isNullAt(13)) {
      return new Result(id, region, w, b, null, message(r.getStruct(13), ind, b, w));
    }
    boolean own = r.getBoolean(5);
    double value;
    OptionalDouble num = OptionalDouble.empty();
    OptionalDouble den = OptionalDouble.empty();
    if (ind.aggregation() instanceof Aggregation.Ratio ratio) {
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
    String label = switch (part) {
      case "n" -> "numerator";
      case "d" -> "denominator";
      default -> "'" + src + "'";
    };
    Period p1 = Period.ofMonthIndexes(err.getInt(4), err.getInt(5));
    String head = "cannot roll up '" + ind.id() + "'" + text(b) + " for " + node + " over " + w + ": ";
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
      default -> head + node + " sent a value without numerator and denominator; the Spark rollup needs both "
          + "(send numerator ('" + ((Aggregation.Ratio) ind.aggregation()).numerator() + "') and denominator ('"
          + ((Aggregation.Ratio) ind.aggregation()).denominator() + "'), or roll this data up in one JVM, where a "
          + "value is used for its own region or with a declared weight)";
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
    final Set<Key> asked = new LinkedHashSet<>();

    Figures(Map<Key, Answer> answers, Map<IndicatorId, Map<Integer, Integer>> lastMonths) {
      this.answers = answers;
      this.lastMonths = lastMonths;
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
      return List.of();
    }
  }
}
