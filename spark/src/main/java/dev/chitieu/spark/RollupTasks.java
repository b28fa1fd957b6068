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
 *       each unit's own figure per indicator and window, as {@code Evaluator.ownBase} and {@code ownRatio} compute
 *       it (a flow's rows in period order, a stock's row ending latest, a ratio's parts from its own rows, else from
 *       its base indicators' own figures).
 *   <li>{@link TreeFigures}, over the own figures of one indicator, breakdown and window (a few thousand at most: one
 *       per unit with data): the figures of the units asked for, up the hierarchy as {@code Evaluator.base} and
 *       {@code ratio} combine them (a unit's own figure first, else its children's in hierarchy order).
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
      .add("l2", DataTypes.IntegerType, false);

  /** The error kinds. */
  static final int OVERLAP = 1;
  static final int TIE = 2;
  static final int NO_VALUE = 3;
  static final int VALUE_ONLY = 4;

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
      .add("err", ERR, true);

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
   */
  record Rule(boolean ratio, boolean stock, String num, String den, boolean stockNum, boolean stockDen)
      implements Serializable {}

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
    VALUE, NUMERATOR, DENOMINATOR, VALUE_ONLY;

    boolean takes(R r) {
      return switch (this) {
        case VALUE -> true;
        case NUMERATOR, DENOMINATOR -> r.parts();
        case VALUE_ONLY -> !r.parts();
      };
    }

    Double get(R r) {
      return switch (this) {
        case VALUE, VALUE_ONLY -> r.value;
        case NUMERATOR -> r.num;
        case DENOMINATOR -> r.den;
      };
    }

    String part() {
      return switch (this) {
        case NUMERATOR -> "n";
        case DENOMINATOR -> "d";
        case VALUE_ONLY -> "q";
        case VALUE -> "";
      };
    }
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
        if (mine == null && num == null && den == null) {
          continue;
        }
        int[] ws = windows(key, bd, mine, num, den);
        for (int i = 0; i < ws.length; i += 2) {
          int wf = ws[i];
          int wl = ws[i + 1];
          Row own = rule.ratio ? ratio(key, rule, region, mine, num, den, wf, wl)
              : figure(key, fold(mine, wf, wl, rule.stock, Use.VALUE, key, region), null, null);
          if (own != null) {
            out.add(RowFactory.create(key, bd, wf, wl, node, own.get(0), own.get(1), own.get(2), own.get(3),
                own.get(4), own.get(5)));
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
    private static Row figure(String key, Fig value, Fig num, Fig den) {
      if (value != null) {
        return RowFactory.create(value.err == null ? value.x : null, null, null, value.latest, value.st, value.err);
      }
      if (num == null) {
        return null;
      }
      return RowFactory.create(null, num.x, den.x, Math.max(num.latest, den.latest), Math.max(num.st, den.st), null);
    }

    /**
     * A ratio's own figure, as {@code Evaluator.ownRatio}: the parts of its own rows; else its base indicators' own
     * figures; a row with a value but no parts is refused (the one rule the Spark rollup does not carry).
     */
    private static Row ratio(String key, Rule rule, String region, Series mine, Series numerators,
        Series denominators, int wf, int wl) {
      Fig n = fold(mine, wf, wl, rule.stockNum, Use.NUMERATOR, key, region);
      Fig d = fold(mine, wf, wl, rule.stockDen, Use.DENOMINATOR, key, region);
      Fig q = fold(mine, wf, wl, rule.stockNum && rule.stockDen, Use.VALUE_ONLY, key, region);
      Row partsErr = n != null && n.err != null ? n.err : d != null ? d.err : null;
      if (partsErr != null) {
        return error(partsErr);
      }
      if (q != null && (n != null || d != null)) {
        return error(valueOnly(region, key, q));
      }
      if (n != null && d != null) {
        return figure(key, null, n, d);
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
        return figure(key, null, a, b);
      }
      return q == null ? null : error(valueOnly(region, key, q));
    }

    private static Row error(Row err) {
      return RowFactory.create(null, null, null, -1, 0, err);
    }

    private static Row valueOnly(String region, String key, Fig q) {
      return RowFactory.create(VALUE_ONLY, region, key, "q", q.latest, q.latest, 0, 0);
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
      return RowFactory.create(kind, region, src, use.part(), a.f, a.l, b == null ? 0 : b.f, b == null ? 0 : b.l);
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
    private final Set<String> ratios;
    private final String level;
    private final Map<String, int[]> wanted;

    /**
     * @param ratios the ratio indicators (their parts are added, a base quantity's value)
     * @param level for a table, the level of its units; null for the given units
     * @param wanted when {@code level} is null: by indicator, breakdown and window ({@code indicator + '\0' +
     *     breakdown + '\0' + first + '\0' + last}), the numbers of the units asked for
     */
    TreeFigures(Nodes nodes, Set<String> ratios, String level, Map<String, int[]> wanted) {
      this.nodes = nodes;
      this.ratios = new java.util.HashSet<>(ratios);
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

    // per unit, for the group at hand (valid where the stamp is the group's): marked, own figure, figure
    private transient int[] marked;
    private transient int[] done;
    private transient int[] hasOwn;
    private transient Row[] own;
    private transient Up[] memo;
    private transient int stamp;

    private void up(List<Row> rows, List<Row> out) {
      if (marked == null) {
        marked = new int[nodes.code.length];
        done = new int[nodes.code.length];
        hasOwn = new int[nodes.code.length];
        own = new Row[nodes.code.length];
        memo = new Up[nodes.code.length];
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
        own[node] = r;
        hasOwn[node] = group;
        // the unit and its ancestors have data at or below them
        int u = node;
        while (u >= 0 && marked[u] != group) {
          marked[u] = group;
          u = nodes.parent[u];
        }
        if (level != null) {
          u = node;
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
      boolean ratio = ratios.contains(key);
      for (int u : targets) {
        Up f = figure(u, group, ratio);
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
     * hierarchy order (a base quantity's values added from the first child's, a ratio's parts added from 0).
     */
    private Up figure(int u, int group, boolean ratio) {
      if (marked[u] != group) {
        return null;
      }
      if (done[u] == group) {
        return memo[u];
      }
      Up f = null;
      if (hasOwn[u] == group) {
        Row r = own[u];
        f = new Up();
        f.own = true;
        f.val = r.isNullAt(5) ? null : r.getDouble(5);
        f.num = r.isNullAt(6) ? null : r.getDouble(6);
        f.den = r.isNullAt(7) ? null : r.getDouble(7);
        f.latest = r.getInt(8);
        f.st = r.getInt(9);
        f.err = r.isNullAt(10) ? null : r.getStruct(10);
        f.cover(nodes.lo[u], nodes.hi[u]);
      } else {
        for (int c : nodes.children[u]) {
          Up k = figure(c, group, ratio);
          if (k == null) {
            continue;
          }
          if (f == null) {
            f = new Up();
            f.latest = k.latest;
            f.st = k.st;
            f.err = k.err;
            if (ratio) {
              f.num = 0.0;
              f.den = 0.0;
              if (k.err == null) {
                f.num += k.num;
                f.den += k.den;
              }
            } else {
              f.val = k.val;
            }
          } else {
            f.latest = Math.max(f.latest, k.latest);
            f.st = Math.max(f.st, k.st);
            if (f.err == null) {
              f.err = k.err;
            }
            if (f.err == null) {
              if (ratio) {
                f.num += k.num;
                f.den += k.den;
              } else {
                f.val += k.val;
              }
            }
          }
          for (int i = 0; i < k.nRanges; i++) {
            f.cover(k.ranges[2 * i], k.ranges[2 * i + 1]);
          }
        }
      }
      done[u] = group;
      memo[u] = f;
      return f;
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
