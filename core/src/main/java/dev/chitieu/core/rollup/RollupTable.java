package dev.chitieu.core.rollup;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.internal.store.Columns;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every rolled-up figure of a rollup at one region level and one calendar grain: each indicator, each breakdown that
 * has data, each unit of the level and each window of the grain that has a figure. Made by {@link
 * Rollup#table(RegionLevel, PeriodKind, int)}. Each figure equals what {@link Rollup#aggregate} gives for the same
 * indicator, unit, window and breakdown, but for the order of floating-point additions: the table adds a unit's rows
 * as they come, {@code aggregate} adds each commune's rows and then the communes, so sums of fractional values may
 * differ in their last bits (about 1e-16 of the value; sums of whole numbers are exact either way). Immutable and
 * thread-safe.
 *
 * <p>Figures are ordered by indicator (in the order given to the rollup), breakdown, unit (hierarchy order) and
 * window. The primitive accessors ({@link #value(int)} …) read the columns without making objects; {@link #get(int)}
 * makes an {@link Aggregate}. The values are computed when the table is made; the coverage, latest month and status
 * of every figure are computed together the first time one of them is asked for (a second pass over the data).
 */
public final class RollupTable implements Iterable<Aggregate> {
  private final Rollup rollup;
  private final Evaluator evaluator;
  private final Columns columns;
  private final Tree tree;
  private final RegionLevel level;
  private final PeriodKind grain;
  private final int firstBucket;
  private final int months;
  private final IndicatorId[] indicators;
  private final Data d;
  private volatile Map<Key, Integer> index;
  private final Supplier<Data> metaSupplier;
  private volatile Data meta;
  /** How many series went through the per-query evaluator instead of the one-pass loop; for tests. */
  final int slowSeries;

  RollupTable(Rollup rollup, Evaluator evaluator, Columns columns, Tree tree, RegionLevel level, PeriodKind grain,
      int firstBucket, int months, Data d, int slowSeries, Supplier<Data> meta) {
    this.slowSeries = slowSeries;
    this.metaSupplier = meta;
    this.rollup = rollup;
    this.evaluator = evaluator;
    this.columns = columns;
    this.tree = tree;
    this.level = level;
    this.grain = grain;
    this.firstBucket = firstBucket;
    this.months = months;
    this.indicators = rollup.indicators().keySet().toArray(IndicatorId[]::new);
    this.d = d;
  }

  /** The region level of every unit in the table. */
  public RegionLevel level() {
    return level;
  }

  /** The kind of every window in the table. */
  public PeriodKind grain() {
    return grain;
  }

  /** The number of figures. */
  public int size() {
    return d.fill;
  }

  /** The indicator of a figure. */
  public IndicatorId indicator(int i) {
    return indicators[d.indicator[check(i)]];
  }

  /** The unit of a figure. */
  public RegionCode region(int i) {
    return tree.codes[d.unit[check(i)]];
  }

  /** The window of a figure. */
  public Period window(int i) {
    int first = (d.bucket[check(i)] + firstBucket) * months;
    return Period.ofMonthIndexes(first, first + months - 1);
  }

  /** The breakdown of a figure. */
  public Breakdown breakdown(int i) {
    return columns.breakdowns[d.breakdown[check(i)]];
  }

  /** The value of a figure, full precision (for a ratio: numerator / denominator × scale). */
  public double value(int i) {
    return d.value[check(i)];
  }

  /** The aggregated numerator of a ratio figure; empty for a base quantity or a weighted mean of values. */
  public OptionalDouble numerator(int i) {
    double v = d.numerator[check(i)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The aggregated denominator of a ratio figure; empty for a base quantity or a weighted mean of values. */
  public OptionalDouble denominator(int i) {
    double v = d.denominator[check(i)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The last month that went into a figure. */
  public Period latest(int i) {
    int m = meta().latest[check(i)];
    return Period.ofMonthIndexes(m, m);
  }

  /** The weakest status of the measurements used for a figure. */
  public MeasurementStatus status(int i) {
    return MeasurementStatus.values()[meta().status[check(i)]];
  }

  /** How many leaf units contributed to a figure (1 when the unit gave its own figure). */
  public int reporting(int i) {
    return meta().reporting[check(i)];
  }

  /** How many leaf units should have contributed (1 when the unit gave its own figure). */
  public int expected(int i) {
    return meta().expected[check(i)];
  }

  /**
   * A figure as an {@link Aggregate}. The coverage's list of missing units is worked out on request.
   *
   * @param i 0 to {@code size() - 1}
   * @return the figure
   */
  public Aggregate get(int i) {
    check(i);
    Data m = meta();
    List<RegionCode> missing = m.reporting[i] == m.expected[i] ? List.of()
        : evaluator.aggregate(rollup.indicators().get(indicator(i)), region(i), window(i), breakdown(i))
            .map(a -> a.coverage().missing()).orElse(List.of());
    return new Aggregate(indicator(i), region(i), window(i), breakdown(i), value(i), numerator(i), denominator(i),
        latest(i), status(i), new Coverage(reporting(i), expected(i), missing));
  }

  /**
   * The figure for an indicator, unit, window and breakdown, if the table has it.
   *
   * @return the figure, or empty when the table has none (no data, or a key outside the table's level and grain)
   */
  public Optional<Aggregate> find(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown) {
    requireNonNull(indicator, "indicator");
    requireNonNull(region, "region");
    requireNonNull(window, "window");
    requireNonNull(breakdown, "breakdown");
    Map<Key, Integer> idx = index;
    if (idx == null) {
      idx = new HashMap<>();
      for (int i = 0; i < size(); i++) {
        idx.put(new Key(indicator(i), region(i), window(i), breakdown(i)), i);
      }
      index = idx;
    }
    Integer i = idx.get(new Key(indicator, region, window, breakdown));
    return i == null ? Optional.empty() : Optional.of(get(i));
  }

  /** Every figure as an {@link Aggregate}, in table order. */
  public Stream<Aggregate> stream() {
    return IntStream.range(0, size()).mapToObj(this::get);
  }

  /** Every figure as an {@link Aggregate}, in table order. */
  @Override
  public Iterator<Aggregate> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Aggregate next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }

  /** {@code RollupTable[province × year, 3400 figures]}. */
  @Override
  public String toString() {
    return "RollupTable[" + level.name().toLowerCase(java.util.Locale.ROOT) + " × "
        + grain.name().toLowerCase(java.util.Locale.ROOT) + ", " + size() + " figures]";
  }

  /**
   * The coverage, latest month and status of every figure. The table computes values first, in the leanest pass;
   * these come from a second pass, once, the first time one of them is asked for.
   */
  private Data meta() {
    Data m = meta;
    if (m == null) {
      synchronized (this) {
        m = meta;
        if (m == null) {
          m = metaSupplier.get();
          meta = m;
        }
      }
    }
    return m;
  }

  private int check(int i) {
    return java.util.Objects.checkIndex(i, d.fill);
  }

  private record Key(IndicatorId indicator, RegionCode region, Period window, Breakdown breakdown) {}

  /** The columns of a table, filled by the engine. */
  static final class Data {
    final int[] indicator;
    final int[] breakdown;
    final int[] unit;
    final int[] bucket;
    final double[] value;
    final double[] numerator;
    final double[] denominator;
    final int[] latest;
    final byte[] status;
    final int[] reporting;
    final int[] expected;
    int fill;

    /** The columns of a table already computed; the arrays may be longer than {@code fill}. */
    Data(int fill, int[] indicator, int[] breakdown, int[] unit, int[] bucket, double[] value, double[] numerator,
        double[] denominator, int[] latest, byte[] status, int[] reporting, int[] expected) {
      this.fill = fill;
      this.indicator = indicator;
      this.breakdown = breakdown;
      this.unit = unit;
      this.bucket = bucket;
      this.value = value;
      this.numerator = numerator;
      this.denominator = denominator;
      this.latest = latest;
      this.status = status;
      this.reporting = reporting;
      this.expected = expected;
    }

    Data(int size, boolean meta) {
      indicator = new int[size];
      breakdown = new int[size];
      unit = new int[size];
      bucket = new int[size];
      value = new double[size];
      numerator = new double[size];
      denominator = new double[size];
      // the coverage, latest month and status come from a second pass (see meta())
      latest = new int[meta ? size : 0];
      status = new byte[meta ? size : 0];
      reporting = new int[meta ? size : 0];
      expected = new int[meta ? size : 0];
    }
  }
}
