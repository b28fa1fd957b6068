package dev.chitieu.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executors' side of {@link SparkRollup}: two typed passes over rows sorted within their groups, each a plain
 * Java fold that adds in the order of the in-JVM rollup.
 *
 * <ol>
 *   <li>{@link OwnFigures}, over the rows of one unit and breakdown (every indicator), sorted by indicator and period:
 *       each unit's own figure per indicator and window, as {@code Evaluator.ownBase}, {@code ownRatio} and {@code
 *       ownValue} compute it (a flow's rows in period order, a stock's row ending latest, a ratio's parts from its own
 *       rows, else from its base indicators' own figures, else a value sent without parts); for a ratio with a
 *       declared weight, the weight's own figures too.
 *   <li>{@link TreeFigures}, over the own figures of one indicator, breakdown and window (a few thousand at most: one
 *       per unit with data): the figures of the units asked for, up the hierarchy as {@code Evaluator.base} and
 *       {@code ratio} combine them (a unit's own figure first, else its children's in hierarchy order: parts added,
 *       or, where a child gives a value without parts, the children's values weighted by the weight's figures).
 * </ol>
 *
 * <p>Everything here is serialized to the executors: the hierarchy as arrays, the rules as small values.
 */
final class RollupTasks {
  /** An error the rules raise, read on the driver into the in-JVM message. */
  static final StructType ERR = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("node", DataTypes.StringType, true)
      .add("src", DataTypes.StringType, true)
      .add("part", DataTypes.StringType, true)
      .add("f1", DataTypes.IntegerType, false)
      .add("l1", DataTypes.IntegerType, false)
      .add("f2", DataTypes.IntegerType, false)
      .add("l2", DataTypes.IntegerType, false)
      .add("periods", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
      .add("x", DataTypes.DoubleType, false);

  /** The error kinds: overlapping flow rows, stock rows ending in the same month, a row without value. */
  static final int OVERLAP = 1;
  static final int TIE = 2;
  static final int NO_VALUE = 3;
  /** A ratio's own rows: some with parts, some bearing on the window with a value only. */
  static final int MIXED = 4;
  /** Value-only rows of a ratio of stocks ending in the same month, latest in the window. */
  static final int VALUE_TIE = 5;
  /** Value-only rows of a ratio of flows inside the window, none of them for the window itself. */
  static final int OVER_TIME = 6;
  /** A value-only figure among a unit's children, and no weight declared. */
  static final int NO_WEIGHT = 7;
  /** A value-only figure among a unit's children, and a declared weight the rollup does not have as a base. */
  static final int BAD_WEIGHT = 8;
  /** A value-only figure among a unit's children, and no figure of the weight for one of them. */
  static final int NO_WEIGHT_FIGURE = 9;
  /** A child's parts, weighted, with a denominator of 0. */
  static final int ZERO_DENOMINATOR = 10;
  /** The weights of a unit's children adding up to 0. */
  static final int ZERO_WEIGHTS = 11;

  /** The input columns, in this order. */
  static final String[] INPUT = {"indicator", "region", "breakdown", "first", "last", "value", "numerator",
      "denominator", "status"};

  /** A unit's own figure for an indicator, breakdown and window; {@code node} is the unit's number. */
  static final StructType OWN = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("bd", DataTypes.StringType, false)
      .add("wf", DataTypes.IntegerType, false)
      .add("wl", DataTypes.IntegerType, false)
      .add("node", DataTypes.IntegerType, false)
      .add("val", DataTypes.DoubleType, true)
      .add("num", DataTypes.DoubleType, true)
      .add("den", DataTypes.DoubleType, true)
      .add("latest", DataTypes.IntegerType, false)
      .add("st", DataTypes.IntegerType, false)
      .add("err", ERR, true)
      .add("w", DataTypes.BooleanType, false);

  /**
   * A figure as the driver reads it: {@code own} when the unit gave it itself, {@code covered} the leaf units that
   * went in, {@code cov} their numbers when some are missing (else null).
   */
  static final StructType OUT = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("bd", DataTypes.StringType, false)
      .add("wf", DataTypes.IntegerType, false)
      .add("wl", DataTypes.IntegerType, false)
      .add("node", DataTypes.StringType, false)
      .add("own", DataTypes.BooleanType, false)
      .add("val", DataTypes.DoubleType, true)
      .add("num", DataTypes.DoubleType, true)
      .add("den", DataTypes.DoubleType, true)
      .add("latest", DataTypes.IntegerType, false)
      .add("st", DataTypes.IntegerType, false)
      .add("covered", DataTypes.IntegerType, false)
      .add("cov", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
      .add("err", ERR, true);

  private RollupTasks() {}

  /**
   * The hierarchy as arrays, numbered as {@link Hierarchy} lists its units: children in hierarchy order, leaf ranges.
   */
  static final class Nodes implements Serializable {
    private static final long serialVersionUID = 1L;
    final String[] code;
    final int[] parent;
    final int[][] children;
    final int[] lo;
    final int[] hi;
    final String[] level;
    final HashMap<String, Integer> index = new HashMap<>();

    Nodes(List<Row> rows) {
      int n = rows.size();
      code = new String[n];
      parent = new int[n];
      lo = new int[n];
      hi = new int[n];
      level = new String[n];
      int[] ord = new int[n];
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        code[i] = r.getString(0);
        index.put(code[i], i);
        ord[i] = r.getInt(3);
        lo[i] = r.getInt(4);
        hi[i] = r.getInt(5);
        level[i] = r.getString(6);
      }
      List<List<Integer>> kids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        parent[i] = r.isNullAt(1) ? -1 : index.get(r.getString(1));
        if (parent[i] >= 0) {
          kids.get(parent[i]).add(i);
        }
      }
      children = new int[n][];
      for (int i = 0; i < n; i++) {
        children[i] = kids.get(i).stream().sorted((a, b) -> Integer.compare(ord[a], ord[b]))
            .mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /**
   * How an indicator rolls up.
   *
   * @param ratio whether it is a ratio
   * @param stock for a flow or stock, whether it is a stock
   * @param num a ratio's numerator indicator
   * @param den a ratio's denominator indicator
   * @param stockNum whether a ratio's numerator is a stock
   * @param stockDen whether a ratio's denominator is a stock
   * @param scale a ratio's scale
   * @param weight a ratio's declared weight indicator; null when none is declared
   * @param weightStock whether the weight is a stock
   * @param weightKnown whether the weight is among the rollup's indicators, as a flow or stock
   */
  record Rule(boolean ratio, boolean stock, String num, String den, boolean stockNum, boolean stockDen, double scale,
      String weight, boolean weightStock, boolean weightKnown) implements Serializable {
    /** Whether a ratio's weight's own figures go with the ratio's. */
    boolean weighs() {
      return weight != null && weightKnown;
    }
  }

  // ------------------------------------------------------------------------------------------ own figures

  /** One measurement row, in the encoded form. */
  private record R(int f, int l, int st, Double value, Double num, Double den) {
    boolean parts() {
      return num != null && den != null;
    }
  }

  /** The rows of one indicator at one unit and breakdown, in period order. */
  private static final class Series {
    final List<R> rows = new ArrayList<>();
    int maxSpan;

    void add(R r) {
      rows.add(r);
      maxSpan = Math.max(maxSpan, r.l - r.f);
    }

    /** The first row whose first month is at or after {@code month}. */
    int from(int month) {
      int a = 0;
      int b = rows.size();
      while (a < b) {
        int m = (a + b) >>> 1;
        if (rows.get(m).f < month) {
          a = m + 1;
        } else {
          b = m;
        }
      }
      return a;
    }
  }

  /** Which rows of a series a fold reads, and which field. */
  private enum Use {
    VALUE, NUMERATOR, DENOMINATOR;

    boolean takes(R r) {
      return switch (this) {
        case VALUE -> true;
        case NUMERATOR, DENOMINATOR -> r.parts();
      };
    }

    Double get(R r) {
      return switch (this) {
        case VALUE -> r.value;
        case NUMERATOR -> r.num;
        case DENOMINATOR -> r.den;
      };
    }

    String part() {
      return switch (this) {
        case NUMERATOR -> "n";
        case DENOMINATOR -> "d";
        case VALUE -> "";
      };
    }
  }

  /** Month indexes as a Spark array column's value. */
  static Object seq(List<Integer> months) {
    return scala.jdk.javaapi.CollectionConverters.asScala(months).toSeq();
  }

  /** A folded figure: a value or an error. */
  private static final class Fig {
    double x;
    int latest = -1;
    int st;
    Row err;
  }

  /**
   * Each unit's own figures. Input: {@link #INPUT}, partitioned by region and breakdown and sorted by region,
   * breakdown, indicator, first and last month. Output: {@link #OWN}.
   */
  static final class OwnFigures implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Nodes nodes;
    private final Map<String, Rule> rules;
    private final List<String> wanted;
    private final int months;
    private final Map<String, int[]> windows;

    /**
     * @param wanted the indicators whose own figures to compute
     * @param months for a table, the months of its grain (windows aligned on them); 0 for the given windows
     * @param windows when {@code months} is 0: by indicator and breakdown ({@code indicator + '\0' + breakdown}), the
     *     windows' first and last months, in pairs
     */
    OwnFigures(Nodes nodes, Map<String, Rule> rules, List<String> wanted, int months, Map<String, int[]> windows) {
      this.nodes = nodes;
      this.rules = new HashMap<>(rules);
      this.wanted = new ArrayList<>(wanted);
      this.months = months;
      this.windows = windows == null ? null : new HashMap<>(windows);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      return new Groups(input) {
        @Override
        boolean same(Row a, Row b) {
          return a.getString(1).equals(b.getString(1)) && a.getString(2).equals(b.getString(2));
        }

        @Override
        void group(List<Row> rows, List<Row> out) {
          own(rows, out);
        }
      };
    }

    private void own(List<Row> rows, List<Row> out) {
      String region = rows.get(0).getString(1);
      String bd = rows.get(0).getString(2);
      int node = nodes.index.get(region);
      Map<String, Series> byIndicator = new HashMap<>();
      for (Row r : rows) {
        byIndicator.computeIfAbsent(r.getString(0), k -> new Series()).add(new R(r.getInt(3), r.getInt(4),
            r.getInt(8), r.isNullAt(5) ? null : r.getDouble(5), r.isNullAt(6) ? null : r.getDouble(6),
            r.isNullAt(7) ? null : r.getDouble(7)));
      }
      for (String key : wanted) {
        Rule rule = rules.get(key);
        Series mine = byIndicator.get(key);
        Series num = rule.ratio ? byIndicator.get(rule.num) : null;
        Series den = rule.ratio ? byIndicator.get(rule.den) : null;
        if (mine != null || num != null || den != null) {
          int[] ws = windows(key, bd, mine, num, den);
          for (int i = 0; i < ws.length; i += 2) {
            int wf = ws[i];
            int wl = ws[i + 1];
            Row own = rule.ratio ? ratio(key, rule, region, mine, num, den, wf, wl)
                : figure(fold(mine, wf, wl, rule.stock, Use.VALUE, key, region), null, null);
            if (own != null) {
              out.add(RowFactory.create(key, bd, wf, wl, node, own.get(0), own.get(1), own.get(2), own.get(3),
                  own.get(4), own.get(5), false));
            }
          }
        }
        // a weighted ratio's weight: its own figures go with the ratio's, for the weighted means up the hierarchy
        Series weight = rule.ratio && rule.weighs() ? byIndicator.get(rule.weight) : null;
        if (weight != null) {
          int[] ws = windows(key, bd, weight);
          for (int i = 0; i < ws.length; i += 2) {
            Row own = figure(fold(weight, ws[i], ws[i + 1], rule.weightStock, Use.VALUE, rule.weight, region), null,
                null);
            if (own != null) {
              out.add(RowFactory.create(key, bd, ws[i], ws[i + 1], node, own.get(0), own.get(1), own.get(2),
                  own.get(3), own.get(4), own.get(5), true));
            }
          }
        }
      }
    }

    /** The windows to compute: those asked for, or the windows of the grain that hold a row's last month. */
    private int[] windows(String key, String bd, Series... series) {
      if (months == 0) {
        int[] ws = windows.get(key + '\0' + bd);
        return ws == null ? new int[0] : ws;
      }
      TreeSet<Integer> starts = new TreeSet<>();
      for (Series s : series) {
        if (s != null) {
          for (R r : s.rows) {
            starts.add(Math.floorDiv(r.l, months) * months);
          }
        }
      }
      int[] ws = new int[starts.size() * 2];
      int i = 0;
      for (int wf : starts) {
        ws[i++] = wf;
        ws[i++] = wf + months - 1;
      }
      return ws;
    }

    /** {@code val, num, den, latest, st, err}, or null when there is no figure. */
    private static Row figure(Fig value, Fig num, Fig den) {
      if (value != null) {
        return RowFactory.create(value.err == null ? value.x : null, null, null, value.latest, value.st, value.err);
      }
      if (num == null) {
        return null;
      }
      return RowFactory.create(null, num.x, den.x, Math.max(num.latest, den.latest), Math.max(num.st, den.st), null);
    }

    /**
     * A ratio's own figure, as {@code Evaluator.ownRatio}: the parts of its own rows (a row bearing on the window with
     * a value only beside them is an error); else its base indicators' own figures; else a value-only row, as
     * {@code Evaluator.ownValue} picks it.
     */
    private static Row ratio(String key, Rule rule, String region, Series mine, Series numerators,
        Series denominators, int wf, int wl) {
      Fig n = fold(mine, wf, wl, rule.stockNum, Use.NUMERATOR, key, region);
      if (n != null && n.err != null) {
        return error(n.err);
      }
      Fig d = fold(mine, wf, wl, rule.stockDen, Use.DENOMINATOR, key, region);
      if (d != null && d.err != null) {
        return error(d.err);
      }
      boolean stocks = rule.stockNum && rule.stockDen;
      if (n != null || d != null) {
        R parts = null;
        for (R r : mine.rows) {
          if (r.parts()) {
            parts = r;
            break;
          }
        }
        for (R r : mine.rows) {
          if (!r.parts() && bears(r, wf, wl, stocks)) {
            return error(RowFactory.create(MIXED, region, key, "", parts.f, parts.l, r.f, r.l, null, 0.0));
          }
        }
      }
      if (n != null && d != null) {
        return figure(null, n, d);
      }
      Fig a = fold(numerators, wf, wl, rule.stockNum, Use.VALUE, rule.num, region);
      if (a != null && a.err != null) {
        return error(a.err);
      }
      Fig b = fold(denominators, wf, wl, rule.stockDen, Use.VALUE, rule.den, region);
      if (b != null && b.err != null) {
        return error(b.err);
      }
      if (a != null && b != null) {
        return figure(null, a, b);
      }
      return mine == null ? null : ownValue(key, region, mine, wf, wl, stocks);
    }

    /**
     * A value-only ratio row used as is for its own unit, as {@code Evaluator.ownValue}: the row for the window
     * itself, else for a ratio of two stocks the row ending latest within the window (two ending in that month an
     * error); value-only rows of a ratio of flows inside the window but none for the window itself are an error.
     */
    private static Row ownValue(String key, String region, Series mine, int wf, int wl, boolean stocks) {
      R exact = null;
      R last = null;
      List<Integer> atLast = new ArrayList<>();
      List<Integer> inside = new ArrayList<>();
      for (R r : mine.rows) {
        if (r.parts()) {
          continue;
        }
        if (r.f == wf && r.l == wl) {
          exact = r;
        }
        if (bears(r, wf, wl, stocks)) {
          inside.add(r.f);
          inside.add(r.l);
          if (last == null || r.l > last.l) {
            last = r;
            atLast.clear();
            atLast.add(r.f);
            atLast.add(r.l);
          } else if (r.l == last.l) {
            atLast.add(r.f);
            atLast.add(r.l);
          }
        }
      }
      R use = exact;
      if (use == null && stocks && last != null) {
        if (atLast.size() > 2) {
          return error(RowFactory.create(VALUE_TIE, region, key, "", last.f, last.l, 0, 0, seq(atLast), 0.0));
        }
        use = last;
      }
      if (use == null) {
        return inside.isEmpty() ? null
            : error(RowFactory.create(OVER_TIME, region, key, "", 0, 0, 0, 0, seq(inside), 0.0));
      }
      return RowFactory.create(use.value, null, null, use.l, use.st, null);
    }

    /**
     * Whether a value-only ratio row speaks about a window, as {@code Evaluator.bears}: for a ratio of two stocks
     * when it ends within the window, otherwise when it lies inside it.
     */
    private static boolean bears(R r, int wf, int wl, boolean stocks) {
      return r.l >= wf && r.l <= wl && (stocks || r.f >= wf);
    }

    private static Row error(Row err) {
      return RowFactory.create(null, null, null, -1, 0, err);
    }

    /**
     * A base rule over a window, as {@code Evaluator.ownBase}: a flow's rows lying inside the window added in period
     * order (overlapping rows an error), or a stock's row ending latest within it (two ending in that month an
     * error). Null when no row bears on the window.
     */
    private static Fig fold(Series s, int wf, int wl, boolean stock, Use use, String src, String region) {
      if (s == null) {
        return null;
      }
      List<R> rows = s.rows;
      int start = s.from(stock ? wf - s.maxSpan : wf);
      if (!stock) {
        Fig f = null;
        R widest = null;
        for (int i = start; i < rows.size(); i++) {
          R r = rows.get(i);
          if (r.f > wl) {
            break;
          }
          if (r.l > wl || !use.takes(r)) {
            continue;
          }
          if (f == null) {
            f = new Fig();
          }
          if (widest != null && r.f <= widest.l) {
            f.err = err(OVERLAP, region, src, use, widest, r);
            return f;
          }
          if (widest == null || r.l > widest.l) {
            widest = r;
          }
          Double x = use.get(r);
          if (x == null) {
            f.err = err(NO_VALUE, region, src, use, r, null);
            return f;
          }
          f.x += x;
          f.latest = Math.max(f.latest, r.l);
          f.st = Math.max(f.st, r.st);
        }
        return f;
      }
      R last = null;
      R tie = null;
      for (int i = start; i < rows.size(); i++) {
        R r = rows.get(i);
        if (r.f > wl) {
          break;
        }
        if (r.l < wf || r.l > wl || !use.takes(r)) {
          continue;
        }
        if (last == null || r.l > last.l) {
          last = r;
          tie = null;
        } else if (r.l == last.l && tie == null) {
          tie = r;
        }
      }
      if (last == null) {
        return null;
      }
      Fig f = new Fig();
      if (tie != null) {
        f.err = err(TIE, region, src, use, last, tie);
      } else if (use.get(last) == null) {
        f.err = err(NO_VALUE, region, src, use, last, null);
      } else {
        f.x = use.get(last);
        f.latest = last.l;
        f.st = last.st;
      }
      return f;
    }

    private static Row err(int kind, String region, String src, Use use, R a, R b) {
      return RowFactory.create(kind, region, src, use.part(), a.f, a.l, b == null ? 0 : b.f, b == null ? 0 : b.l,
          null, 0.0);
    }
  }

  // ------------------------------------------------------------------------------------------ up the hierarchy

  /** A figure on its way up: own or combined from children, with the leaf ranges it covers. */
  private static final class Up {
    boolean own;
    Double val;
    Double num;
    Double den;
    int latest;
    int st;
    Row err;
    /** For a ratio's value without parts, the unit that sent it (for messages); else -1. */
    int from = -1;
    /** Covered leaf numbers as ranges, {@code [lo, hi]} pairs, ascending. */
    int[] ranges = new int[4];
    int nRanges;

    void cover(int lo, int hi) {
      if (nRanges > 0 && ranges[2 * nRanges - 1] + 1 == lo) {
        ranges[2 * nRanges - 1] = hi;
        return;
      }
      if (2 * nRanges + 2 > ranges.length) {
        ranges = Arrays.copyOf(ranges, ranges.length * 2);
      }
      ranges[2 * nRanges] = lo;
      ranges[2 * nRanges + 1] = hi;
      nRanges++;
    }

    int covered() {
      int c = 0;
      for (int i = 0; i < nRanges; i++) {
        c += ranges[2 * i + 1] - ranges[2 * i] + 1;
      }
      return c;
    }
  }

  /**
   * The figures of the units asked for. Input: {@link #OWN}, partitioned and sorted by indicator, breakdown and
   * window. Output: {@link #OUT}.
   */
  static final class TreeFigures implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Nodes nodes;
    private final Map<String, Rule> rules;
    private final String level;
    private final Map<String, int[]> wanted;

    /**
     * @param rules how each indicator rolls up (a ratio's parts are added, a base quantity's value)
     * @param level for a table, the level of its units; null for the given units
     * @param wanted when {@code level} is null: by indicator, breakdown and window ({@code indicator + '\0' +
     *     breakdown + '\0' + first + '\0' + last}), the numbers of the units asked for
     */
    TreeFigures(Nodes nodes, Map<String, Rule> rules, String level, Map<String, int[]> wanted) {
      this.nodes = nodes;
      this.rules = new HashMap<>(rules);
      this.level = level;
      this.wanted = wanted == null ? null : new HashMap<>(wanted);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      return new Groups(input) {
        @Override
        boolean same(Row a, Row b) {
          return a.getInt(2) == b.getInt(2) && a.getInt(3) == b.getInt(3) && a.getString(0).equals(b.getString(0))
              && a.getString(1).equals(b.getString(1));
        }

        @Override
        void group(List<Row> rows, List<Row> out) {
          up(rows, out);
        }
      };
    }

    // per unit, for the group at hand: the indicator's figures, and a weighted ratio's weight's
    private transient Tree main;
    private transient Tree weights;
    private transient int stamp;

    private void up(List<Row> rows, List<Row> out) {
      if (main == null) {
        main = new Tree(nodes.code.length);
        weights = new Tree(nodes.code.length);
      }
      int group = ++stamp;
      Row head = rows.get(0);
      String key = head.getString(0);
      String bd = head.getString(1);
      int wf = head.getInt(2);
      int wl = head.getInt(3);
      Set<Integer> targets = new LinkedHashSet<>();
      for (Row r : rows) {
        int node = r.getInt(4);
        if (r.getBoolean(11)) {
          weights.own(node, r, group, nodes);
          continue;
        }
        main.own(node, r, group, nodes);
        if (level != null) {
          int u = node;
          while (u >= 0 && !nodes.level[u].equals(level)) {
            u = nodes.parent[u];
          }
          if (u >= 0) {
            targets.add(u);
          }
        }
      }
      if (level == null) {
        int[] asked = wanted.get(key + '\0' + bd + '\0' + wf + '\0' + wl);
        if (asked == null) {
          return;
        }
        for (int u : asked) {
          targets.add(u);
        }
      }
      Rule rule = rules.get(key);
      for (int u : targets) {
        Up f = figure(main, u, group, rule);
        if (f == null) {
          continue;
        }
        int covered = f.covered();
        Object cov = null;
        if (!f.own && covered < nodes.hi[u] - nodes.lo[u] + 1) {
          List<Integer> leaves = new ArrayList<>(covered);
          for (int i = 0; i < f.nRanges; i++) {
            for (int leaf = f.ranges[2 * i]; leaf <= f.ranges[2 * i + 1]; leaf++) {
              leaves.add(leaf);
            }
          }
          cov = scala.jdk.javaapi.CollectionConverters.asScala(leaves).toSeq();
        }
        out.add(RowFactory.create(key, bd, wf, wl, nodes.code[u], f.own, f.val, f.num, f.den, f.latest, f.st,
            covered, cov, f.err));
      }
    }

    /**
     * A unit's figure, as {@code Evaluator.base} and {@code ratio} give it: its own, else its children's combined in
     * hierarchy order (a base quantity's values added from the first child's, a ratio's parts added from 0, or, when
     * a child gives a ratio's value without parts, the children's values averaged with the weight's figures).
     *
     * @param rule the ratio's rule, or null for a base quantity
     */
    private Up figure(Tree t, int u, int group, Rule rule) {
      if (t.marked[u] != group) {
        return null;
      }
      if (t.done[u] == group) {
        return t.memo[u];
      }
      boolean ratio = rule != null && rule.ratio;
      Up f = null;
      if (t.hasOwn[u] == group) {
        Row r = t.own[u];
        f = new Up();
        f.own = true;
        f.val = r.isNullAt(5) ? null : r.getDouble(5);
        f.num = r.isNullAt(6) ? null : r.getDouble(6);
        f.den = r.isNullAt(7) ? null : r.getDouble(7);
        f.latest = r.getInt(8);
        f.st = r.getInt(9);
        f.err = r.isNullAt(10) ? null : r.getStruct(10);
        f.from = ratio && f.err == null && f.num == null ? u : -1;
        f.cover(nodes.lo[u], nodes.hi[u]);
      } else {
        List<Integer> from = new ArrayList<>();
        List<Up> kids = new ArrayList<>();
        for (int c : nodes.children[u]) {
          Up k = figure(t, c, group, rule);
          if (k == null) {
            continue;
          }
          from.add(c);
          kids.add(k);
          if (f == null) {
            f = new Up();
            f.latest = k.latest;
            f.st = k.st;
          } else {
            f.latest = Math.max(f.latest, k.latest);
            f.st = Math.max(f.st, k.st);
          }
          if (f.err == null) {
            f.err = k.err;
          }
          for (int i = 0; i < k.nRanges; i++) {
            f.cover(k.ranges[2 * i], k.ranges[2 * i + 1]);
          }
        }
        if (f != null && f.err == null) {
          if (ratio) {
            combineRatio(f, u, group, rule, from, kids);
          } else {
            f.val = kids.get(0).val;
            for (int i = 1; i < kids.size(); i++) {
              f.val += kids.get(i).val;
            }
          }
        }
      }
      t.done[u] = group;
      t.memo[u] = f;
      return f;
    }

    /** A ratio's children's figures combined, as {@code Evaluator.ratio} combines them. */
    private void combineRatio(Up f, int u, int group, Rule rule, List<Integer> from, List<Up> kids) {
      Up valueOnly = null;
      for (Up k : kids) {
        if (k.num == null) {
          valueOnly = k;
          break;
        }
      }
      if (valueOnly == null) {
        f.num = 0.0;
        f.den = 0.0;
        for (Up k : kids) {
          f.num += k.num;
          f.den += k.den;
        }
        return;
      }
      if (rule.weight == null) {
        f.err = combineErr(NO_WEIGHT, u, valueOnly.from, -1, 0);
        return;
      }
      if (!rule.weightKnown) {
        f.err = combineErr(BAD_WEIGHT, u, valueOnly.from, -1, 0);
        return;
      }
      double sumWeighted = 0;
      double sumWeights = 0;
      for (int i = 0; i < kids.size(); i++) {
        int child = from.get(i);
        Up v = kids.get(i);
        Up w = figure(weights, child, group, null);
        if (w != null && w.err != null) {
          f.err = w.err;
          return;
        }
        if (w == null) {
          f.err = combineErr(NO_WEIGHT_FIGURE, u, v.from >= 0 ? v.from : child, child, 0);
          return;
        }
        double value;
        if (v.num != null) {
          if (v.den == 0) {
            f.err = combineErr(ZERO_DENOMINATOR, child, -1, -1, v.num);
            return;
          }
          value = v.num / v.den * rule.scale;
        } else {
          value = v.val;
        }
        sumWeighted += value * w.val;
        sumWeights += w.val;
        f.latest = Math.max(f.latest, w.latest);
        f.st = Math.max(f.st, w.st);
      }
      if (sumWeights == 0) {
        f.err = combineErr(ZERO_WEIGHTS, u, -1, -1, 0);
        return;
      }
      f.val = sumWeighted / sumWeights;
      f.from = valueOnly.from;
    }

    /** An error of combining children: the unit, the unit that sent a value only, the child at fault. */
    private Row combineErr(int kind, int node, int from, int child, double x) {
      return RowFactory.create(kind, nodes.code[node], from < 0 ? null : nodes.code[from],
          child < 0 ? null : nodes.code[child], 0, 0, 0, 0, null, x);
    }
  }

  /** Per unit, for the group at hand (valid where the stamp is the group's): marked, own figure, figure. */
  private static final class Tree {
    final int[] marked;
    final int[] done;
    final int[] hasOwn;
    final Row[] own;
    final Up[] memo;

    Tree(int n) {
      marked = new int[n];
      done = new int[n];
      hasOwn = new int[n];
      own = new Row[n];
      memo = new Up[n];
    }

    /** A unit's own figure; the unit and its ancestors have data at or below them. */
    void own(int node, Row r, int group, Nodes nodes) {
      own[node] = r;
      hasOwn[node] = group;
      int u = node;
      while (u >= 0 && marked[u] != group) {
        marked[u] = group;
        u = nodes.parent[u];
      }
    }
  }

  // ------------------------------------------------------------------------------------------ groups

  /** The groups of consecutive rows of a sorted partition, each turned into output rows, lazily. */
  private abstract static class Groups implements Iterator<Row> {
    private final Iterator<Row> input;
    private final List<Row> group = new ArrayList<>();
    private List<Row> out = Collections.emptyList();
    private int next;
    private Row pending;

    Groups(Iterator<Row> input) {
      this.input = Objects.requireNonNull(input);
    }

    abstract boolean same(Row a, Row b);

    abstract void group(List<Row> rows, List<Row> out);

    @Override
    public boolean hasNext() {
      while (next >= out.size()) {
        if (pending == null && !input.hasNext()) {
          return false;
        }
        group.clear();
        Row first = pending != null ? pending : input.next();
        pending = null;
        group.add(first);
        while (input.hasNext()) {
          Row r = input.next();
          if (!same(first, r)) {
            pending = r;
            break;
          }
          group.add(r);
        }
        out = new ArrayList<>();
        next = 0;
        group(group, out);
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(next++);
    }
  }
}
