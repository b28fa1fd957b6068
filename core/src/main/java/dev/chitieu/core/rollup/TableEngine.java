package dev.chitieu.core.rollup;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.internal.Codes;
import dev.chitieu.core.internal.store.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes a whole {@link RollupTable} (every indicator, breakdown, unit of a level and window of a grain) in one pass
 * over the columns per series. Series whose rows need the general rules (overlapping periods, rows of intermediate
 * units, value-only ratio rows, rows without values) are handed to the per-query {@link Evaluator} cell by cell, so
 * the table always equals what {@link Rollup#aggregate} gives.
 *
 * <p>Why it is fast: rows are sorted by series, region and period, so a region's rows for one window form one
 * contiguous group; the loop reads a 1- or 2-byte region code, a 1-byte period code and a double per row, folds a
 * group into a local sum, and touches the dense accumulator (units × windows, a few kilobytes) once per group. No
 * hashing, no boxing, no per-row objects.
 */
final class TableEngine {
  private static final int IGNORE = -1;
  private static final int INTERMEDIATE = Integer.MIN_VALUE;
  /** Rows decoded at a time: the code blocks stay in the first-level cache. */
  private static final int BLOCK = 1024;

  private final Rollup rollup;
  private final Columns c;
  private final Tree tree;
  private final Evaluator evaluator;
  private final RegionLevel level;
  private final PeriodKind grain;
  private final int months;

  /** Node of each target unit. */
  private final int[] targets;
  /** Per region code of the set: target index of a leaf below it, {@code -2 - t} for the target itself, or flags. */
  private final int[] cls;
  private final int firstBucket;
  private final int buckets;
  private final int[] flowBucket;
  private final int[] endBucket;

  TableEngine(Rollup rollup, Columns c, Tree tree, Evaluator evaluator, RegionLevel level, PeriodKind grain) {
    this.rollup = rollup;
    this.c = c;
    this.tree = tree;
    this.evaluator = evaluator;
    this.level = level;
    this.grain = grain;
    this.months = switch (grain) {
      case YEAR -> 12;
      case HALF -> 6;
      case QUARTER -> 3;
      case MONTH -> 1;
      case RANGE -> throw new IllegalArgumentException(
          "a rollup table needs calendar windows: YEAR, HALF, QUARTER or MONTH; for a range such as a year to date "
              + "use Rollup.aggregate with that window");
    };
    int[] targetOf = new int[tree.codes.length];
    List<Integer> t = new ArrayList<>();
    for (int n = 0; n < tree.codes.length; n++) {
      targetOf[n] = -1;
      if (tree.levels[n] == level) {
        targetOf[n] = t.size();
        t.add(n);
      }
    }
    targets = t.stream().mapToInt(Integer::intValue).toArray();
    cls = new int[c.regions.length];
    for (int rc = 0; rc < cls.length; rc++) {
      int node = tree.node(c.regions[rc]);
      int anc = node < 0 ? -1 : tree.ancestor(node, level);
      if (anc < 0) {
        cls[rc] = IGNORE;
      } else if (anc == node) {
        cls[rc] = -2 - targetOf[anc];
      } else if (tree.leaf[node]) {
        cls[rc] = targetOf[anc];
      } else {
        cls[rc] = INTERMEDIATE;
      }
    }
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int p = 0; p < c.periods.length; p++) {
      lo = Math.min(lo, c.periodFirst[p] / months);
      hi = Math.max(hi, c.periodLast[p] / months);
    }
    firstBucket = c.periods.length == 0 ? 0 : lo;
    buckets = c.periods.length == 0 ? 0 : hi - lo + 1;
    flowBucket = new int[c.periods.length];
    endBucket = new int[c.periods.length];
    for (int p = 0; p < c.periods.length; p++) {
      int a = c.periodFirst[p] / months;
      int b = c.periodLast[p] / months;
      flowBucket[p] = a == b ? a - firstBucket : -1;
      endBucket[p] = b - firstBucket;
    }
  }

  /** Whether the run computes coverage, latest month and status too, or only the values. */
  private boolean full;

  /** Computes the values (and the cells that have one); the rest comes from {@link #meta} when asked for. */
  RollupTable run(int parallelism) {
    RollupTable.Data d = compute(parallelism, false);
    return new RollupTable(rollup, evaluator, c, tree, level, grain, firstBucket, months, d, slowSeries,
        () -> meta(parallelism, d));
  }

  private int slowSeries;

  /** Every column of the table, computed again with coverage, latest month and status. */
  private synchronized RollupTable.Data meta(int parallelism, RollupTable.Data lean) {
    RollupTable.Data d = compute(parallelism, true);
    if (d.fill != lean.fill) {
      throw new IllegalStateException("the rollup table's second pass found " + d.fill + " figures, the first "
          + lean.fill + "; please report this bug");
    }
    // both passes add the same figures in the same order: their values are the same to the bit
    int differ = Arrays.mismatch(d.value, 0, d.fill, lean.value, 0, lean.fill);
    if (differ >= 0) {
      throw new IllegalStateException("the rollup table's second pass gives " + d.value[differ] + " for figure #"
          + differ + ", the first " + lean.value[differ] + "; please report this bug");
    }
    return d;
  }

  private RollupTable.Data compute(int parallelism, boolean full) {
    // the lean loops list the cells they reached by scanning them all afterwards: only worth it for few cells
    this.full = full || (long) targets.length * buckets > 65_536;
    List<Task> tasks = tasks();
    int threads = Math.max(1, Math.min(parallelism, tasks.size()));
    // each worker writes its tasks' cells one after the other into one buffer, sized from what the tasks can reach
    long reachable = 0;
    for (Task t : tasks) {
      reachable += t.reachable();
    }
    int capacity = (int) Math.min(reachable / threads + 16, 1 << 22);
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      Scratch x = new Scratch(targets.length * buckets);
      Cells out = new Cells(this.full, capacity);
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        tasks.get(i).run(x, out);
      }
    };
    if (threads == 1) {
      work.run();
    } else {
      List<Thread> workers = new ArrayList<>();
      for (int i = 1; i < threads; i++) {
        workers.add(Thread.ofPlatform().name("chitieu-rollup-" + i).start(work));
      }
      work.run();
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while rolling up", e);
        }
      }
    }
    List<String> errors = new ArrayList<>();
    int cells = 0;
    int slow = 0;
    for (Task t : tasks) {
      slow += t.slow ? 1 : 0;
      if (t.failure != null) {
        throw t.failure;
      }
      errors.addAll(t.errors);
      cells += t.outSize;
    }
    if (!errors.isEmpty()) {
      int shown = Math.min(errors.size(), 20);
      throw new AggregationException("cannot roll up " + errors.size() + (errors.size() == 1 ? " figure" : " figures")
          + " of the table by " + level.name().toLowerCase(java.util.Locale.ROOT) + " and "
          + grain.name().toLowerCase(java.util.Locale.ROOT) + ":\n  - " + String.join("\n  - ", errors.subList(0,
              shown)) + (errors.size() > shown ? "\n  … and " + (errors.size() - shown) + " more" : ""));
    }
    RollupTable.Data d;
    if (threads == 1 && !tasks.isEmpty()) {
      d = tasks.get(0).out.toData(); // one worker took every task in order: its buffer is the table
    } else {
      d = new RollupTable.Data(cells, this.full);
      for (Task t : tasks) {
        t.out.copyTo(d, t.outStart, t.outSize);
      }
    }
    slowSeries = slow;
    return d;
  }

  // ---------------------------------------------------------------- tasks

  private List<Task> tasks() {
    List<Task> out = new ArrayList<>();
    int index = -1;
    for (Indicator ind : rollup.indicators().values()) {
      index++;
      int code = Arrays.binarySearch(c.indicators, ind.id());
      if (ind.aggregation() instanceof Aggregation.Ratio ratio) {
        int num = Arrays.binarySearch(c.indicators, ratio.numerator());
        int den = Arrays.binarySearch(c.indicators, ratio.denominator());
        Indicator numInd = rollup.indicators().get(ratio.numerator());
        Indicator denInd = rollup.indicators().get(ratio.denominator());
        BitSet bds = new BitSet();
        BitSet numBds = new BitSet();
        BitSet denBds = new BitSet();
        for (int s = 0; s < c.seriesCount(); s++) {
          int i = c.seriesIndicator[s];
          if (code >= 0 && i == code) {
            bds.set(c.seriesBreakdown[s]);
          } else if (num >= 0 && i == num) {
            numBds.set(c.seriesBreakdown[s]);
          } else if (den >= 0 && i == den) {
            denBds.set(c.seriesBreakdown[s]);
          }
        }
        numBds.and(denBds);
        bds.or(numBds);
        for (int b = bds.nextSetBit(0); b >= 0; b = bds.nextSetBit(b + 1)) {
          out.add(new RatioTask(ind, index, b, ratio, numInd, denInd, code < 0 ? -1 : c.series(code, b),
              num < 0 ? -1 : c.series(num, b), den < 0 ? -1 : c.series(den, b)));
        }
      } else if (code >= 0) {
        for (int s = 0; s < c.seriesCount(); s++) {
          if (c.seriesIndicator[s] == code) {
            out.add(new BaseTask(ind, index, c.seriesBreakdown[s], s));
          }
        }
      }
    }
    return out;
  }

  private abstract class Task {
    final Indicator indicator;
    final int indicatorIndex;
    final int breakdown;
    /** The worker's output buffer this task wrote to, and where. */
    Cells out;
    int outStart;
    int outSize;
    final List<String> errors = new ArrayList<>();
    RuntimeException failure;
    boolean slow;

    Task(Indicator indicator, int indicatorIndex, int breakdown) {
      this.indicator = indicator;
      this.indicatorIndex = indicatorIndex;
      this.breakdown = breakdown;
    }

    void run(Scratch x, Cells out) {
      this.out = out;
      outStart = out.size;
      try {
        if (!fast() || !compute(x)) {
          x.reset();
          slow = true;
          slow();
        } else {
          finish(x);
        }
      } catch (RuntimeException e) {
        failure = e;
      }
      outSize = out.size - outStart;
      out.label(outStart, indicatorIndex, breakdown);
    }

    /** At most how many cells the task can write: one per target unit and window, and at most two per row. */
    long reachable() {
      long rows = 0;
      for (int s : series()) {
        if (s >= 0) {
          rows += c.seriesStart[s + 1] - c.seriesStart[s];
        }
      }
      return Math.min((long) targets.length * buckets, 2 * rows);
    }

    /** Whether the series qualify for the one-pass loop. */
    abstract boolean fast();

    /** The one-pass loop; false when it meets a row it cannot handle (the scratch is then reset). */
    abstract boolean compute(Scratch x);

    abstract int[] series();

    boolean ratio() {
      return false;
    }

    double scale() {
      return 1;
    }

    private void finish(Scratch x) {
      int cells = targets.length * buckets;
      int touched = x.touchedCount;
      out.reserve(touched);
      if (cells <= 8 * touched + 4096) {
        // few cells: walking them all is cheaper than sorting the touched ones, and needs no division
        final boolean[] seen = x.seen;
        int found = 0;
        for (int t = 0, cell = 0; t < targets.length && found < touched; t++) {
          for (int b = 0; b < buckets; b++, cell++) {
            if (seen[cell]) {
              emit(x, t, b, cell);
              found++;
            }
          }
        }
      } else {
        int[] order = Arrays.copyOf(x.touched, touched);
        Arrays.sort(order);
        for (int cell : order) {
          emit(x, cell / buckets, cell % buckets, cell);
        }
      }
      x.reset();
    }

    /** Writes one reached cell of unit {@code t} and window {@code b} to the output. */
    private void emit(Scratch x, int t, int b, int cell) {
      boolean own = x.own[cell];
      double num = own ? x.ownNum[cell] : x.num[cell];
      double den = own ? x.ownDen[cell] : x.den[cell];
      int latest = 0;
      int status = 0;
      int reporting = 0;
      int expected = 0;
      if (full) {
        latest = own ? x.ownLatest[cell] : x.latest[cell];
        status = own ? x.ownStatus[cell] : x.status[cell];
        reporting = own ? 1 : x.count[cell];
        expected = own ? 1 : tree.leafCount[targets[t]];
      }
      if (!ratio()) {
        out.add(targets[t], b, num, Double.NaN, Double.NaN, latest, status, reporting, expected);
      } else if (den == 0) {
        slowCell(t, b);
      } else {
        out.add(targets[t], b, num / den * scale(), num, den, latest, status, reporting, expected);
      }
    }

    /** Every candidate cell through the per-query evaluator. */
    private void slow() {
      BitSet cells = new BitSet();
      for (int s : series()) {
        if (s < 0) {
          continue;
        }
        for (int row = c.seriesStart[s]; row < c.seriesStart[s + 1]; row++) {
          int node = tree.node(c.regions[c.region.get(row)]);
          int anc = node < 0 ? -1 : tree.ancestor(node, level);
          if (anc < 0) {
            continue;
          }
          int t = Arrays.binarySearch(targets, anc);
          int p = c.period.get(row);
          if (flowBucket[p] >= 0) {
            cells.set(t * buckets + flowBucket[p]);
          }
          cells.set(t * buckets + endBucket[p]);
        }
      }
      for (int cell = cells.nextSetBit(0); cell >= 0; cell = cells.nextSetBit(cell + 1)) {
        slowCell(cell / buckets, cell % buckets);
      }
    }

    private void slowCell(int t, int b) {
      try {
        Optional<Aggregate> a = evaluator.aggregate(indicator, tree.codes[targets[t]], window(b),
            c.breakdowns[breakdown]);
        if (a.isPresent()) {
          Aggregate g = a.get();
          out.add(targets[t], b, g.value(), g.numerator().orElse(Double.NaN), g.denominator().orElse(Double.NaN),
              g.latest().lastMonthIndex(), g.status().ordinal(), g.coverage().reporting(), g.coverage().expected());
        }
      } catch (AggregationException e) {
        errors.add(e.getMessage());
      }
    }
  }

  private dev.chitieu.core.model.Period window(int b) {
    int first = (b + firstBucket) * months;
    return dev.chitieu.core.model.Period.ofMonthIndexes(first, first + months - 1);
  }

  private final class BaseTask extends Task {
    private final int series;
    private final boolean flow;

    BaseTask(Indicator indicator, int index, int breakdown, int series) {
      super(indicator, index, breakdown);
      this.series = series;
      this.flow = indicator.aggregation() instanceof Aggregation.Flow;
    }

    @Override
    boolean fast() {
      int f = c.seriesFlags[series];
      return (f & Columns.ALIGNED) != 0 && (f & Columns.VALUES_COMPLETE) != 0;
    }

    @Override
    int[] series() {
      return new int[] {series};
    }

    @Override
    boolean compute(Scratch x) {
      if (!full) {
        return flow
            ? leanFlow(series, c.values, c.seriesValues[series], null, 0, x)
            : leanStock(series, c.values, c.seriesValues[series], null, 0, x);
      }
      return flow
          ? foldFlow(series, c.values, c.seriesValues[series], null, 0, x)
          : foldStock(series, c.values, c.seriesValues[series], null, 0, x);
    }
  }

  private final class RatioTask extends Task {
    private final Indicator numInd;
    private final Indicator denInd;
    private final int own;
    private final int num;
    private final int den;
    private final double scale;

    RatioTask(Indicator indicator, int index, int breakdown, Aggregation.Ratio ratio, Indicator numInd,
        Indicator denInd, int own, int num, int den) {
      super(indicator, index, breakdown);
      this.numInd = numInd;
      this.denInd = denInd;
      this.own = own;
      this.num = num;
      this.den = den;
      this.scale = ratio.scale().doubleValue();
    }

    @Override
    boolean ratio() {
      return true;
    }

    @Override
    double scale() {
      return scale;
    }

    @Override
    int[] series() {
      return new int[] {own, num, den};
    }

    @Override
    boolean fast() {
      if (numInd == null || denInd == null || !numInd.aggregation().isBase() || !denInd.aggregation().isBase()) {
        return false; // the evaluator explains what is wrong with the declaration
      }
      if (own >= 0 && ((c.seriesFlags[own] & Columns.ALIGNED) == 0
          || (c.seriesFlags[own] & Columns.PARTS_COMPLETE) == 0)) {
        return false;
      }
      for (int s : new int[] {num, den}) {
        if (s >= 0 && ((c.seriesFlags[s] & Columns.ALIGNED) == 0
            || (c.seriesFlags[s] & Columns.VALUES_COMPLETE) == 0)) {
          return false;
        }
      }
      return true;
    }

    @Override
    boolean compute(Scratch x) {
      boolean numFlow = numInd.aggregation() instanceof Aggregation.Flow;
      boolean denFlow = denInd.aggregation() instanceof Aggregation.Flow;
      if (num < 0 && den < 0 && numFlow == denFlow) {
        // only the ratio's own rows, both parts by one rule: one pass, like a base quantity
        if (own < 0) {
          return true;
        }
        int off = c.seriesParts[own];
        if (!full) {
          return numFlow
              ? leanFlow(own, c.numerators, off, c.denominators, off, x)
              : leanStock(own, c.numerators, off, c.denominators, off, x);
        }
        return numFlow
            ? foldFlow(own, c.numerators, off, c.denominators, off, x)
            : foldStock(own, c.numerators, off, c.denominators, off, x);
      }
      Groups ownNum = groups(own, c.numerators, own < 0 ? -1 : c.seriesParts[own], numFlow);
      Groups ownDen = groups(own, c.denominators, own < 0 ? -1 : c.seriesParts[own], denFlow);
      Groups baseNum = groups(num, c.values, num < 0 ? -1 : c.seriesValues[num], numFlow);
      Groups baseDen = groups(den, c.values, den < 0 ? -1 : c.seriesValues[den], denFlow);
      Groups[] all = {ownNum, ownDen, baseNum, baseDen};
      while (true) {
        int rc = Integer.MAX_VALUE;
        int b = Integer.MAX_VALUE;
        for (Groups g : all) {
          if (g.has && (g.rc < rc || (g.rc == rc && g.b < b))) {
            rc = g.rc;
            b = g.b;
          }
        }
        if (rc == Integer.MAX_VALUE) {
          return true;
        }
        boolean on = ownNum.at(rc, b);
        boolean od = ownDen.at(rc, b);
        boolean bn = baseNum.at(rc, b);
        boolean bd = baseDen.at(rc, b);
        boolean ok = true;
        if (on && od) {
          ok = x.add(cls[rc], b, ownNum.v, ownDen.v, Math.max(ownNum.last, ownDen.last),
              Math.max(ownNum.st, ownDen.st));
        } else if (bn && bd) {
          ok = x.add(cls[rc], b, baseNum.v, baseDen.v, Math.max(baseNum.last, baseDen.last),
              Math.max(baseNum.st, baseDen.st));
        }
        if (!ok) {
          return false;
        }
        if (on) {
          ownNum.next();
        }
        if (od) {
          ownDen.next();
        }
        if (bn) {
          baseNum.next();
        }
        if (bd) {
          baseDen.next();
        }
      }
    }

    private Groups groups(int series, double[] pool, int poolOffset, boolean flow) {
      Groups g = new Groups(series, pool, poolOffset, flow);
      g.next();
      return g;
    }
  }

  /**
   * The flow rule for values only: the least work per row there can be (decode, look up the unit, add). On the usual
   * column widths the cells reached are not marked row by row: they start at -0.0, which adding any row's value
   * changes unless the value is -0.0 itself (see {@link #settle}). Coverage, latest month and status come from
   * {@link #foldFlow} on request.
   */
  private boolean leanFlow(int series, double[] first, int firstOff, double[] second, int secondOff, Scratch x) {
    final int from = c.seriesStart[series];
    final int to = c.seriesStart[series + 1];
    final int[] bucket = flowBucket;
    final int[] kinds = cls;
    final int nb = buckets;
    final double[] num = x.num;
    final double[] den = x.den;
    final boolean[] seen = x.seen;
    if (c.region instanceof Codes.Chars rc && c.period instanceof Codes.Bytes pc) {
      // the usual widths (up to 65,536 regions, 256 periods): read the narrow columns directly
      final char[] regionCodes = rc.array();
      final byte[] periodCodes = pc.array();
      final int o1 = firstOff - from;
      final int o2 = secondOff - from;
      Arrays.fill(num, -0.0);
      if (second != null) {
        Arrays.fill(den, -0.0);
      }
      // the rows go through loops of their own, one for values and one for pairs, each with one shape of data to
      // be compiled for; they stop at a row that has no cell of a leaf below a target unit, handled here
      for (int i = from; i < to; i++) {
        i = second == null
            ? addValues(regionCodes, periodCodes, bucket, kinds, nb, first, o1, num, i, to)
            : addPairs(regionCodes, periodCodes, bucket, kinds, nb, first, o1, second, o2, num, den, i, to);
        if (i == to) {
          break;
        }
        int b = bucket[periodCodes[i] & 0xFF];
        int k = kinds[regionCodes[i]];
        if (b >= 0 && !x.own(k, b, first[o1 + i], second == null ? 0 : second[o2 + i], 0, 0, true)) {
          Arrays.fill(num, 0);
          Arrays.fill(den, 0);
          x.collectSeen(); // so that reset() clears every mark
          return false;
        }
      }
      return settle(first, o1 + from, second, o2 + from, to - from, x);
    }
    final int[] regions = x.regionBlock;
    final int[] periods = x.periodBlock;
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      c.region.decode(start, n, regions);
      c.period.decode(start, n, periods);
      final int o1 = firstOff - from + start;
      final int o2 = secondOff - from + start;
      for (int j = 0; j < n; j++) {
        int b = bucket[periods[j]];
        int k = kinds[regions[j]];
        if ((b | k) < 0) {
          if (b >= 0 && !x.own(k, b, first[o1 + j], second == null ? 0 : second[o2 + j], 0, 0, true)) {
            x.collectSeen(); // so that reset() clears every mark
            return false;
          }
          continue;
        }
        int cell = k * nb + b;
        num[cell] += first[o1 + j];
        if (second != null) {
          den[cell] += second[o2 + j];
        }
        seen[cell] = true;
      }
    }
    x.collectSeen();
    return true;
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  /**
   * The flow rule's loop on the usual column widths: adds rows {@code from .. to - 1} of a value pool to the cells of
   * their units and windows, and stops at the first row whose region is not a leaf below a target unit or whose
   * period lies in no window.
   *
   * @return the index of that row, or {@code to}
   */
  private static int addValues(char[] regionCodes, byte[] periodCodes, int[] bucket, int[] kinds, int nb,
      double[] pool, int off, double[] sums, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bucket[periodCodes[i] & 0xFF];
      int k = kinds[regionCodes[i]];
      if ((b | k) < 0) {
        return i;
      }
      sums[k * nb + b] += pool[off + i];
    }
    return to;
  }

  /** {@link #addValues} for the numerators and denominators of a ratio together. */
  private static int addPairs(char[] regionCodes, byte[] periodCodes, int[] bucket, int[] kinds, int nb,
      double[] first, int o1, double[] second, int o2, double[] num, double[] den, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bucket[periodCodes[i] & 0xFF];
      int k = kinds[regionCodes[i]];
      if ((b | k) < 0) {
        return i;
      }
      int cell = k * nb + b;
      num[cell] += first[o1 + i];
      den[cell] += second[o2 + i];
    }
    return to;
  }

  /**
   * The stock rule's loop on the usual column widths: adds to each cell the last level in its window of each region,
   * rows {@code from .. to - 1} of a pool, and stops at the first row whose region is not a leaf below a target unit
   * (its region differs from its neighbours', so the groups around it end there). A row is added when the next one
   * shows it was its region's last in the window (the next row is of another region or window), without a branch:
   * every row adds its predecessor's level, masked to -0.0 when the predecessor was not the last of its group, which
   * changes no sum; so a cell that starts at -0.0 ends as -0.0 plus its regions' last levels in order, as aggregate()
   * adds them. The first row's predecessor is the sink cell past the table.
   *
   * @return the index of the row it stopped at, or {@code to}
   */
  private static int addLastLevels(char[] regionCodes, byte[] periodCodes, int[] bucket, int[] kinds, int nb,
      double[] pool, int off, double[] sums, int sink, int from, int to) {
    int pendingCell = sink;
    int pendingRegion = -1;
    int pendingBucket = -1;
    long pending = NEGATIVE_ZERO;
    int i = from;
    for (; i < to; i++) {
      int b = bucket[periodCodes[i] & 0xFF];
      int rc = regionCodes[i];
      int k = kinds[rc];
      if (k < 0) {
        break;
      }
      // all ones when the pending row ended its group, else zero
      long diff = (rc ^ pendingRegion) | (b ^ pendingBucket);
      long last = (diff | -diff) >> 63;
      sums[pendingCell] += Double.longBitsToDouble(pending & last | NEGATIVE_ZERO & ~last);
      pendingCell = k * nb + b;
      pendingRegion = rc;
      pendingBucket = b;
      pending = Double.doubleToRawLongBits(pool[off + i]);
    }
    sums[pendingCell] += Double.longBitsToDouble(pending);
    return i;
  }

  /**
   * Ends the unmarked loops of {@link #leanFlow} and {@link #leanStock}, whose cells started at -0.0: a cell still
   * at -0.0 in both sums got no row or only rows of -0.0; any other cell got a row and is marked. A sum still at
   * -0.0 in a marked cell (a ratio's numerators of -0.0 over other denominators) is made +0.0, which is what
   * aggregate() gives by adding the parts to +0.0. Cells without rows go back to zero. If some cell looks empty and
   * the series has a value of -0.0, which cell it belongs to is not known here: the scratch is cleared and the series
   * goes the general way (false). A stock whose last levels in a cell are all -0.0 goes that way too, and gets the
   * -0.0 that aggregate() gives by adding the levels to the first one.
   */
  private static boolean settle(double[] first, int firstFrom, double[] second, int secondFrom, int rows,
      Scratch x) {
    final double[] num = x.num;
    final double[] den = x.den;
    final boolean[] seen = x.seen;
    boolean looksEmpty = false;
    for (int cell = 0; cell < seen.length; cell++) {
      boolean n = Double.doubleToRawLongBits(num[cell]) != NEGATIVE_ZERO;
      boolean d = second != null && Double.doubleToRawLongBits(den[cell]) != NEGATIVE_ZERO;
      if (n || d) {
        seen[cell] = true;
        num[cell] = n ? num[cell] : 0;
        den[cell] = second == null || d ? den[cell] : 0;
      } else {
        num[cell] = 0;
        den[cell] = 0;
        looksEmpty |= !seen[cell];
      }
    }
    x.collectSeen(); // the marks of the target units' own rows too
    if (looksEmpty && (hasNegativeZero(first, firstFrom, rows) || hasNegativeZero(second, secondFrom, rows))) {
      Arrays.fill(num, 0);
      Arrays.fill(den, 0);
      return false;
    }
    return true;
  }

  private static boolean hasNegativeZero(double[] pool, int from, int rows) {
    if (pool != null) {
      for (int i = from; i < from + rows; i++) {
        if (Double.doubleToRawLongBits(pool[i]) == NEGATIVE_ZERO) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The stock rule for values only; see {@link #leanFlow} and {@link #addLastLevels}. The cells start at -0.0 as in
   * {@link #leanFlow}; a ratio's numerators and denominators are read in two passes over the same rows.
   */
  private boolean leanStock(int series, double[] first, int firstOff, double[] second, int secondOff, Scratch x) {
    final int from = c.seriesStart[series];
    final int to = c.seriesStart[series + 1];
    if (!(c.region instanceof Codes.Chars rcs && c.period instanceof Codes.Bytes pcs)) {
      return stockBlocks(from, to, first, firstOff, second, secondOff, x);
    }
    // the usual widths: read the narrow columns directly
    final int[] bucket = endBucket;
    final int[] kinds = cls;
    final int nb = buckets;
    final double[] num = x.num;
    final double[] den = x.den;
    final char[] regionCodes = rcs.array();
    final byte[] periodCodes = pcs.array();
    final int o1 = firstOff - from;
    final int o2 = secondOff - from;
    Arrays.fill(num, -0.0);
    if (second != null) {
      Arrays.fill(den, -0.0);
    }
    for (int i = from; i < to; i++) {
      int end = addLastLevels(regionCodes, periodCodes, bucket, kinds, nb, first, o1, num, x.sink, i, to);
      if (second != null) {
        addLastLevels(regionCodes, periodCodes, bucket, kinds, nb, second, o2, den, x.sink, i, to);
      }
      i = end;
      if (i == to) {
        break;
      }
      int k = kinds[regionCodes[i]];
      int b = bucket[periodCodes[i] & 0xFF];
      if (!x.own(k, b, first[o1 + i], second == null ? 0 : second[o2 + i], 0, 0, false)) {
        Arrays.fill(num, 0);
        Arrays.fill(den, 0);
        x.collectSeen(); // so that reset() clears every mark
        return false;
      }
    }
    return settle(first, o1 + from, second, o2 + from, to - from, x);
  }

  /** {@link #leanStock} on any column widths, a block of rows at a time. */
  private boolean stockBlocks(int from, int to, double[] first, int firstOff, double[] second, int secondOff,
      Scratch x) {
    x.dirty = true;
    final int[] bucket = endBucket;
    final int[] kinds = cls;
    final int nb = buckets;
    final double[] num = x.num;
    final double[] den = x.den;
    final double[] pending1 = x.pending1;
    final double[] pending2 = x.pending2;
    final int[] lastRegion = x.lastRegion;
    final int[] regions = x.regionBlock;
    final int[] periods = x.periodBlock;
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      c.region.decode(start, n, regions);
      c.period.decode(start, n, periods);
      final int o1 = firstOff - from + start;
      final int o2 = secondOff - from + start;
      for (int j = 0; j < n; j++) {
        int b = bucket[periods[j]];
        int rc = regions[j];
        int k = kinds[rc];
        if (k < 0) {
          if (!x.own(k, b, first[o1 + j], second == null ? 0 : second[o2 + j], 0, 0, false)) {
            return false;
          }
          continue;
        }
        int cell = k * nb + b;
        int previous = lastRegion[cell];
        if (previous != rc) {
          if (previous < 0) {
            x.touch(cell);
            if (second == null) {
              num[cell] = -0.0; // plus each region's last level, as aggregate() adds a stock's levels
            }
          } else {
            num[cell] += pending1[cell];
            den[cell] += pending2[cell];
          }
          lastRegion[cell] = rc;
        }
        pending1[cell] = first[o1 + j];
        if (second != null) {
          pending2[cell] = second[o2 + j];
        }
      }
    }
    final int[] touched = x.touched;
    for (int t = 0; t < x.touchedCount; t++) {
      int cell = touched[t];
      if (lastRegion[cell] >= 0) {
        num[cell] += pending1[cell];
        den[cell] += pending2[cell];
      }
    }
    return true;
  }

  /**
   * Adds a series' rows to the scratch by the flow rule: every row inside a window is summed into its unit's cell.
   * Rows are sorted by region, so a region's rows for a cell are contiguous and the coverage count goes up when the
   * region changes. {@code second} is the denominator pool of a ratio, or null.
   *
   * @return false if a row belongs to an intermediate unit (the series then takes the general path)
   */
  private boolean foldFlow(int series, double[] first, int firstOff, double[] second, int secondOff, Scratch x) {
    x.dirty = true;
    final int from = c.seriesStart[series];
    final int to = c.seriesStart[series + 1];
    final int[] bucket = flowBucket;
    final int[] last = c.periodLast;
    final int[] kinds = cls;
    final byte[] status = c.status;
    final int nb = buckets;
    final double[] num = x.num;
    final double[] den = x.den;
    final int[] count = x.count;
    final int[] lastRegion = x.lastRegion;
    final int[] latest = x.latest;
    final int[] worst = x.status;
    final int[] regions = x.regionBlock;
    final int[] periods = x.periodBlock;
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      c.region.decode(start, n, regions);
      c.period.decode(start, n, periods);
      final int o1 = firstOff - from + start;
      final int o2 = secondOff - from + start;
      for (int j = 0; j < n; j++) {
        int p = periods[j];
        int b = bucket[p];
        if (b < 0) {
          continue;
        }
        int rc = regions[j];
        int k = kinds[rc];
        double v1 = first[o1 + j];
        double v2 = second == null ? 0 : second[o2 + j];
        int st = status == null ? 0 : status[start + j];
        if (k < 0) {
          if (!x.own(k, b, v1, v2, last[p], st, true)) {
            return false;
          }
          continue;
        }
        int cell = k * nb + b;
        if (lastRegion[cell] != rc) {
          if (lastRegion[cell] < 0) {
            x.touch(cell);
          }
          lastRegion[cell] = rc;
          count[cell]++;
        }
        num[cell] += v1;
        den[cell] += v2;
        int end = last[p];
        if (end > latest[cell]) {
          latest[cell] = end;
        }
        if (st > worst[cell]) {
          worst[cell] = st;
        }
      }
    }
    return true;
  }

  /**
   * Adds a series' rows to the scratch by the stock rule: per region, the row ending latest within a window (rows of
   * an aligned series are sorted and do not overlap, so it is the region's last row for the cell), summed over
   * regions.
   *
   * @return false if a row belongs to an intermediate unit
   */
  private boolean foldStock(int series, double[] first, int firstOff, double[] second, int secondOff, Scratch x) {
    x.dirty = true;
    final int from = c.seriesStart[series];
    final int to = c.seriesStart[series + 1];
    final int[] bucket = endBucket;
    final int[] last = c.periodLast;
    final int[] kinds = cls;
    final byte[] status = c.status;
    final int nb = buckets;
    final double[] num = x.num;
    final double[] den = x.den;
    final double[] pending1 = x.pending1;
    final double[] pending2 = x.pending2;
    final int[] pendingStatus = x.pendingStatus;
    final int[] count = x.count;
    final int[] lastRegion = x.lastRegion;
    final int[] latest = x.latest;
    final int[] worst = x.status;
    final int[] regions = x.regionBlock;
    final int[] periods = x.periodBlock;
    for (int start = from; start < to; start += BLOCK) {
      int n = Math.min(BLOCK, to - start);
      c.region.decode(start, n, regions);
      c.period.decode(start, n, periods);
      final int o1 = firstOff - from + start;
      final int o2 = secondOff - from + start;
      for (int j = 0; j < n; j++) {
        int p = periods[j];
        int b = bucket[p];
        int rc = regions[j];
        int k = kinds[rc];
        double v1 = first[o1 + j];
        double v2 = second == null ? 0 : second[o2 + j];
        int st = status == null ? 0 : status[start + j];
        if (k < 0) {
          if (!x.own(k, b, v1, v2, last[p], st, false)) {
            return false;
          }
          continue;
        }
        int cell = k * nb + b;
        int previous = lastRegion[cell];
        if (previous != rc) {
          if (previous < 0) {
            x.touch(cell);
            if (second == null) {
              num[cell] = -0.0; // plus each region's last level, as aggregate() adds a stock's levels
            }
          } else {
            // the previous region's last level in this window
            num[cell] += pending1[cell];
            den[cell] += pending2[cell];
            if (pendingStatus[cell] > worst[cell]) {
              worst[cell] = pendingStatus[cell];
            }
          }
          lastRegion[cell] = rc;
          count[cell]++;
        }
        pending1[cell] = v1;
        pending2[cell] = v2;
        pendingStatus[cell] = st;
        int end = last[p];
        if (end > latest[cell]) {
          latest[cell] = end;
        }
      }
    }
    for (int t = 0; t < x.touchedCount; t++) {
      int cell = x.touched[t];
      if (lastRegion[cell] >= 0) {
        num[cell] += pending1[cell];
        den[cell] += pending2[cell];
        if (pendingStatus[cell] > worst[cell]) {
          worst[cell] = pendingStatus[cell];
        }
      }
    }
    return true;
  }

  /** The (region, window) groups of one series, folded by a flow or stock rule, in order. */
  private final class Groups {
    private final double[] pool;
    private final int off;
    private final boolean flow;
    private final int[] bucket;
    private int i;
    private final int end;
    boolean has;
    int rc;
    int b;
    double v;
    int last;
    int st;

    Groups(int series, double[] pool, int poolOffset, boolean flow) {
      this.pool = pool;
      this.flow = flow;
      this.bucket = flow ? flowBucket : endBucket;
      if (series < 0) {
        i = 0;
        end = 0;
        off = 0;
      } else {
        i = c.seriesStart[series];
        end = c.seriesStart[series + 1];
        off = poolOffset - i;
      }
    }

    boolean at(int r, int w) {
      return has && rc == r && b == w;
    }

    void next() {
      has = false;
      while (i < end) {
        int p = c.period.get(i);
        int pb = bucket[p];
        if (pb < 0) {
          i++;
          continue;
        }
        int r = c.region.get(i);
        if (has && (r != rc || pb != b)) {
          return;
        }
        if (!has) {
          has = true;
          rc = r;
          b = pb;
          v = 0;
          st = 0;
        }
        double x = pool[off + i];
        v = flow ? v + x : x;
        last = c.periodLast[p];
        st = flow ? Math.max(st, c.status(i)) : c.status(i);
        i++;
      }
    }
  }

  /** Dense accumulators over (unit, window) cells, reused across tasks of one worker. */
  private final class Scratch {
    final double[] num;
    final double[] den;
    final int[] count;
    final int[] latest;
    final int[] status;
    /** The region whose rows were last added to a cell, or -1. */
    final int[] lastRegion;
    /** A stock's last level of the current region, not yet added. */
    final double[] pending1;
    final double[] pending2;
    final int[] pendingStatus;
    final boolean[] own;
    final double[] ownNum;
    final double[] ownDen;
    final int[] ownLatest;
    final int[] ownStatus;
    final boolean[] seen;
    /** A cell past the table that {@link #leanStock} adds to before its first row: never read. */
    final int sink;
    int[] touched = new int[64];
    int touchedCount;
    /**
     * Set by the loops that write coverage, latest month, status or a stock's pending levels, so that {@link #reset}
     * clears them; the lean loops on the usual widths write only sums and marks.
     */
    boolean dirty;

    Scratch(int cells) {
      sink = cells;
      num = new double[cells + 1];
      den = new double[cells + 1];
      count = new int[cells];
      latest = new int[cells];
      status = new int[cells];
      lastRegion = new int[cells];
      Arrays.fill(lastRegion, -1);
      pending1 = new double[cells];
      pending2 = new double[cells];
      pendingStatus = new int[cells];
      own = new boolean[cells];
      ownNum = new double[cells];
      ownDen = new double[cells];
      ownLatest = new int[cells];
      ownStatus = new int[cells];
      seen = new boolean[cells];
    }

    final int[] regionBlock = new int[BLOCK];
    final int[] periodBlock = new int[BLOCK];

    /** A row of a unit that is not a leaf below a target: its own row, ignored, or an intermediate unit's. */
    boolean own(int k, int b, double n, double d, int end, int st, boolean flow) {
      if (k == IGNORE) {
        return true;
      }
      if (k == INTERMEDIATE) {
        return false;
      }
      int cell = (-2 - k) * buckets + b;
      touch(cell);
      if (flow && own[cell]) {
        ownNum[cell] += n;
        ownDen[cell] += d;
        ownStatus[cell] = Math.max(ownStatus[cell], st);
      } else {
        ownNum[cell] = n;
        ownDen[cell] = d;
        ownStatus[cell] = st;
      }
      own[cell] = true;
      ownLatest[cell] = end;
      return true;
    }

    /** Adds one region's figure for one window; false if the region is an intermediate unit. */
    boolean add(int k, int b, double n, double d, int end, int st) {
      dirty = true;
      if (k >= 0) {
        int cell = k * buckets + b;
        touch(cell);
        num[cell] += n;
        den[cell] += d;
        count[cell]++;
        latest[cell] = Math.max(latest[cell], end);
        status[cell] = Math.max(status[cell], st);
        return true;
      }
      return own(k, b, n, d, end, st, false);
    }

    /** Lists the cells marked in {@link #seen} by a lean pass that did not keep a list. */
    void collectSeen() {
      int cells = seen.length;
      touchedCount = 0;
      for (int cell = 0; cell < cells; cell++) {
        if (seen[cell]) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = cell;
        }
      }
    }

    void touch(int cell) {
      if (!seen[cell]) {
        seen[cell] = true;
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = cell;
      }
    }

    void reset() {
      for (int k = 0; k < touchedCount; k++) {
        int cell = touched[k];
        seen[cell] = false;
        num[cell] = 0;
        den[cell] = 0;
        own[cell] = false;
      }
      if (dirty) {
        for (int k = 0; k < touchedCount; k++) {
          int cell = touched[k];
          count[cell] = 0;
          latest[cell] = 0;
          status[cell] = 0;
          lastRegion[cell] = -1;
          pending2[cell] = 0;
        }
        dirty = false;
      }
      touchedCount = 0;
    }
  }

  /**
   * The cells of a worker's tasks, each task's in (unit, window) order after the previous task's. With one worker
   * the buffer becomes the table's data as it is.
   */
  static final class Cells {
    private final boolean meta;
    int size;
    int[] indicator;
    int[] breakdown;
    int[] unit;
    int[] bucket;
    double[] value;
    double[] num;
    double[] den;
    int[] latest;
    byte[] status;
    int[] reporting;
    int[] expected;

    Cells(boolean meta, int capacity) {
      this.meta = meta;
      indicator = new int[capacity];
      breakdown = new int[capacity];
      unit = new int[capacity];
      bucket = new int[capacity];
      value = new double[capacity];
      num = new double[capacity];
      den = new double[capacity];
      int m = meta ? capacity : 0;
      latest = new int[m];
      status = new byte[m];
      reporting = new int[m];
      expected = new int[m];
    }

    void reserve(int more) {
      if (size + more > unit.length) {
        grow(Math.max(size + more, unit.length + (unit.length >> 1)));
      }
    }

    void add(int u, int b, double v, double n, double d, int l, int s, int rep, int exp) {
      if (size == unit.length) {
        grow(Math.max(16, size + (size >> 1)));
      }
      unit[size] = u;
      bucket[size] = b;
      value[size] = v;
      num[size] = n;
      den[size] = d;
      if (meta) {
        latest[size] = l;
        status[size] = (byte) s;
        reporting[size] = rep;
        expected[size] = exp;
      }
      size++;
    }

    /** Sets the indicator and breakdown of the cells from {@code from} to the end. */
    void label(int from, int indicatorIndex, int breakdownIndex) {
      Arrays.fill(indicator, from, size, indicatorIndex);
      Arrays.fill(breakdown, from, size, breakdownIndex);
    }

    private void grow(int cap) {
      indicator = Arrays.copyOf(indicator, cap);
      breakdown = Arrays.copyOf(breakdown, cap);
      unit = Arrays.copyOf(unit, cap);
      bucket = Arrays.copyOf(bucket, cap);
      value = Arrays.copyOf(value, cap);
      num = Arrays.copyOf(num, cap);
      den = Arrays.copyOf(den, cap);
      if (meta) {
        latest = Arrays.copyOf(latest, cap);
        status = Arrays.copyOf(status, cap);
        reporting = Arrays.copyOf(reporting, cap);
        expected = Arrays.copyOf(expected, cap);
      }
    }

    /** The buffer as the table's data, without copying. */
    RollupTable.Data toData() {
      return new RollupTable.Data(size, indicator, breakdown, unit, bucket, value, num, den, latest, status,
          reporting, expected);
    }

    void copyTo(RollupTable.Data d, int from, int size) {
      int at = d.fill;
      System.arraycopy(indicator, from, d.indicator, at, size);
      System.arraycopy(breakdown, from, d.breakdown, at, size);
      System.arraycopy(unit, from, d.unit, at, size);
      System.arraycopy(bucket, from, d.bucket, at, size);
      System.arraycopy(value, from, d.value, at, size);
      System.arraycopy(num, from, d.numerator, at, size);
      System.arraycopy(den, from, d.denominator, at, size);
      if (meta) {
        System.arraycopy(latest, from, d.latest, at, size);
        System.arraycopy(status, from, d.status, at, size);
        System.arraycopy(reporting, from, d.reporting, at, size);
        System.arraycopy(expected, from, d.expected, at, size);
      }
      d.fill += size;
    }
  }
}
