package dev.chitieu.core.data;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.CodeColumn;
import dev.chitieu.core.internal.Codes;
import dev.chitieu.core.internal.store.CodedRows;
import dev.chitieu.core.internal.store.ColumnAccess;
import dev.chitieu.core.internal.store.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable set of measurements with unique keys (indicator, region, period, breakdown). Safe to share between
 * threads. Build one with {@link #builder()} or read one with an importer.
 *
 * <p>The set is columnar inside: each key part is a narrow column of dictionary codes and each number a primitive
 * array, so that ten million measurements take a little over 100 MB and roll up in milliseconds
 * ({@code docs/adr/0010-columnar-measurement-set.md}). A {@link Measurement} object is made only when one is asked for.
 *
 * <p>The measurements are kept in key order: by indicator id, breakdown, region code and period, whatever the order
 * they were added in; two sets with the same measurements and reported changes are equal.
 *
 * <p>Beside the figures, a set carries the changes on earlier periods that a source states without the earlier
 * figure ({@link #reportedChanges()}): an assessment carries them as reported where it cannot compute a change.
 */
public final class MeasurementSet implements Iterable<Measurement> {
  static {
    ColumnAccess.register(s -> ((MeasurementSet) s).columns);
    CodedRows.register(b -> ((Builder) b).coded());
  }

  private static final MeasurementSet EMPTY = new Builder().build();
  private static final MeasurementStatus[] STATUSES = MeasurementStatus.values();
  private static final int SHOWN_COPIES = 10;

  private final Columns columns;
  /** Where each row was read, in key order; null when no row was added with its input. */
  private final Origins origins;
  private final List<ReportedChange> changes;
  private final int changeRows;

  private MeasurementSet(Columns columns, Origins origins, List<ReportedChange> changes, int changeRows) {
    this.columns = columns;
    this.origins = origins;
    this.changes = changes;
    this.changeRows = changeRows;
  }

  /**
   * The changes on earlier periods carried as a source reported them, in the order they were added; each belongs to
   * the figure of its key, which the set may lack when the source gave only the change.
   */
  public List<ReportedChange> reportedChanges() {
    return changes;
  }

  /**
   * How many input rows held a reported change and no figure (an importer counts them as read and kept, beside the
   * measurements); 0 for a set not read from input.
   */
  public int changeOnlyRows() {
    return changeRows;
  }

  /** The empty set. */
  public static MeasurementSet empty() {
    return EMPTY;
  }

  /**
   * A set of the given measurements.
   *
   * @param measurements the measurements
   * @return the set
   * @throws InvalidDataException if two share a key, listing every such pair
   */
  public static MeasurementSet of(Collection<Measurement> measurements) {
    Builder b = builder();
    measurements.forEach(b::add);
    return b.build();
  }

  /** A builder with {@link DuplicatePolicy#ERROR}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of coded rows ({@link CodedRows#of}). */
  static Builder builderOf(CodedRows rows) {
    return ((Builder.Coded) rows).builder();
  }

  /** The number of measurements. */
  public int size() {
    return columns.size();
  }

  /**
   * The bytes the set's row columns take in the heap (codes of regions, periods and sources at their widths, values,
   * parts, status, and the per-series records), without the dictionaries and the collector's slack: what the set costs
   * per measurement, for sizing a heap.
   *
   * @return the bytes, an estimate from the arrays' lengths
   */
  public long columnBytes() {
    Columns c = columns;
    return (long) c.region.width() * c.size() + (long) c.period.width() * c.size() + 8L * c.values.length
        + 16L * c.numerators.length + (c.status == null ? 0 : c.status.length)
        + (c.source == null ? 0 : (long) c.source.width() * c.size()) + 24L * c.seriesCount();
  }

  /** Whether the set holds no measurement. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * The measurement at a position, in key order (indicator id, breakdown, region code, period).
   *
   * @param index 0 to {@code size() - 1}
   * @return the measurement, made on request
   * @throws IndexOutOfBoundsException if the index is outside the set
   */
  public Measurement get(int index) {
    java.util.Objects.checkIndex(index, size());
    Columns c = columns;
    int s = c.seriesOf(index);
    double v = c.value(s, index);
    double n = c.numerator(s, index);
    double d = c.denominator(s, index);
    return new Measurement(c.indicators[c.seriesIndicator[s]], c.regions[c.region.get(index)],
        c.periods[c.period.get(index)], c.breakdowns[c.seriesBreakdown[s]], optional(v), optional(n),
        optional(d), STATUSES[c.status(index)], c.source(index));
  }

  private static OptionalDouble optional(double d) {
    return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  /**
   * Where the measurement at a position was read, when it was added with its input ({@link Builder#add(Measurement,
   * String, String, long)}, as every importer does): e.g. {@code data.csv line 12}. Problems found after the import
   * (a rollup that cannot add rows up, a row outside the plan's region) use it to name the rows.
   *
   * @param index 0 to {@code size() - 1}
   * @return where it was read, or empty for a measurement added without one
   * @throws IndexOutOfBoundsException if the index is outside the set
   */
  public Optional<Origin> origin(int index) {
    java.util.Objects.checkIndex(index, size());
    if (origins == null) {
      return Optional.empty();
    }
    int code = origins.input.get(index);
    return code >= origins.names.length ? Optional.empty()
        : Optional.of(new Origin(origins.names[code], origins.words[code], origins.lines[index]));
  }

  /**
   * The position of the measurement with the same key (indicator, region, period, breakdown), for {@link
   * #origin(int)}.
   *
   * @param m the measurement, or one with the same key
   * @return its position, or -1 when the set holds no measurement of that key
   */
  public int indexOf(Measurement m) {
    Columns c = columns;
    int i = Arrays.binarySearch(c.indicators, m.indicator());
    int b = Arrays.binarySearch(c.breakdowns, m.breakdown());
    int r = Arrays.binarySearch(c.regions, m.region());
    int p = Arrays.binarySearch(c.periods, m.period());
    int s = i < 0 || b < 0 || r < 0 || p < 0 ? -1 : c.series(i, b);
    if (s < 0) {
      return -1;
    }
    for (int row = c.lowerBound(s, r), to = c.lowerBound(s, r + 1); row < to; row++) {
      if (c.period.get(row) == p) {
        return row;
      }
    }
    return -1;
  }

  /**
   * Where a row was read.
   *
   * @param source the input's name, e.g. {@code data.csv}
   * @param where the words before the number, e.g. {@code line} or {@code sheet 'data' row}
   * @param line the line or row number
   */
  public record Origin(String source, String where, long line) {
    /** Checks that nothing is null. */
    public Origin {
      requireNonNull(source, "source");
      requireNonNull(where, "where");
    }

    /** The place in the input, e.g. {@code line 12}. */
    public String location() {
      return where + " " + line;
    }

    /** {@code data.csv line 12}. */
    @Override
    public String toString() {
      return source + " " + location();
    }
  }

  /** Where the rows were read: per row a code into the input names (one past them for none) and a line number. */
  private record Origins(String[] names, String[] words, Codes input, long[] lines) {}

  /** The measurements in key order. */
  public Stream<Measurement> stream() {
    return IntStream.range(0, size()).mapToObj(this::get);
  }

  /** The measurements in key order. */
  @Override
  public Iterator<Measurement> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Measurement next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }

  /** The indicators that have at least one measurement, in id order. */
  public Set<IndicatorId> indicators() {
    Set<IndicatorId> out = new LinkedHashSet<>();
    for (int s = 0; s < columns.seriesCount(); s++) {
      out.add(columns.indicators[columns.seriesIndicator[s]]);
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The measurements that pass a test, as a new set; each keeps where it was read ({@link #origin(int)}). A reported
   * change is kept when a measurement of its key, status and source would pass the test.
   */
  public MeasurementSet filter(Predicate<Measurement> test) {
    Builder b = builder();
    for (ReportedChange c : changes) {
      Measurement key = new Measurement(c.indicator(), c.region(), c.period(), c.breakdown(),
          OptionalDouble.of(c.amount().doubleValue()), OptionalDouble.empty(), OptionalDouble.empty(), c.status(),
          c.source());
      if (test.test(key)) {
        b.changes.add(c);
      }
    }
    b.changeRows = Math.min(changeRows, b.changes.size());
    for (int i = 0; i < size(); i++) {
      Measurement m = get(i);
      if (test.test(m)) {
        Optional<Origin> o = origin(i);
        if (o.isPresent()) {
          b.add(m, o.get().source(), o.get().where(), o.get().line());
        } else {
          b.add(m);
        }
      }
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MeasurementSet s) || s.size() != size() || !s.changes.equals(changes)) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (!get(i).equals(s.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = changes.hashCode();
    for (Measurement m : this) {
      h = 31 * h + m.hashCode();
    }
    return h;
  }

  /** {@code MeasurementSet[1200 measurements of 3 indicators]}. */
  @Override
  public String toString() {
    return "MeasurementSet[" + size() + " measurements of " + indicators().size() + " indicators]";
  }

  /**
   * A measurement a builder did not keep because another had its key, under {@link DuplicatePolicy#KEEP_FIRST},
   * {@link DuplicatePolicy#KEEP_LAST} or {@link DuplicatePolicy#DROP_ALL}.
   *
   * @param measurement the measurement dropped
   * @param problem where it was read and why it was dropped, naming where the other row is
   */
  public record DroppedRow(Measurement measurement, DataProblem problem) {
    /** Checks that nothing is null. */
    public DroppedRow {
      requireNonNull(measurement, "measurement");
      requireNonNull(problem, "problem");
    }
  }

  /**
   * Builds a {@link MeasurementSet}. Not thread-safe. Rows are held in primitive columns as they are added, so a
   * builder of a million rows takes some 30 MB, not a million objects.
   */
  public static final class Builder {
    private DuplicatePolicy policy = DuplicatePolicy.ERROR;
    private final List<ReportedChange> changes = new ArrayList<>();
    private int changeRows;
    private int maxProblems = Integer.MAX_VALUE;
    private final Dictionary<IndicatorId> indicators;
    private final Dictionary<Breakdown> breakdowns;
    private final Dictionary<RegionCode> regions;
    private final Dictionary<Period> periods;
    private final Dictionary<String> sources;
    /**
     * Whether the dictionaries are another builder's too ({@link CodedRows#sharingCodes()}): then they may hold values
     * of no row here, and the builder cannot build.
     */
    private boolean sharing;
    private final Dictionary<String> inputs;
    private final List<String> inputWhere;
    private String lastInput;
    private String lastWhere;
    private int lastInputCode;

    private int size;
    /** The codes of each row's key, as narrow as their dictionaries allow (one byte a row for a few hundred values). */
    private CodeColumn indicator = new CodeColumn(16);
    private CodeColumn breakdown = new CodeColumn(16);
    private CodeColumn region = new CodeColumn(16);
    private CodeColumn period = new CodeColumn(16);
    /** The source of each row: no array while every row has the same (as the rows of a file mostly have). */
    private final Ints source = new Ints();
    private double[] value = new double[16];
    /** The status of each row: no array while every row is {@link MeasurementStatus#ACTUAL} (ordinal 0). */
    private byte[] status;
    /** Whether a row was added with its input; then {@code input} and {@code line} say where each row was read. */
    private boolean hasInput;
    /** The input of each row (-1 for none): no array while every row comes from the same input. */
    private final Ints input = new Ints();
    private Lines line;
    /** The lines of a spent builder whose arrays this one took ({@link CodedRows#sharingCodes(CodedRows)}), or null. */
    private Lines spareLine;

    private BitSet hasParts = new BitSet();
    private int partsSize;
    private int[] partsRow = new int[16];
    private double[] numerator = new double[16];
    private double[] denominator = new double[16];

    /**
     * The rows the last build dropped, as (row, start of its group in {@code groupRows}, size of the group, policy)
     * quadruples: 16 bytes a drop, and the messages made only when asked for.
     */
    private int[] drops = new int[0];
    private int dropCount;
    /** The rows of each group of duplicates of the last build, in the order they were added. */
    private int[] groupRows = new int[0];
    private int groupRowsSize;

    /**
     * Whether the next build may let go of each of the builder's columns once the set's own is made from it, so that
     * the heap never holds the rows twice; the builder is then spent. Set by an importer, whose builder is its own.
     */
    private boolean release;
    private boolean spent;

    private Builder() {
      indicators = new Dictionary<>();
      breakdowns = new Dictionary<>();
      regions = new Dictionary<>();
      periods = new Dictionary<>();
      sources = new Dictionary<>();
      inputs = new Dictionary<>();
      inputWhere = new ArrayList<>();
      sources.code(""); // code 0, used by the fast adders
    }

    /**
     * A builder whose dictionaries are {@code codes}'s: its value dictionaries, and where {@code withInputs} its inputs
     * and their locations' words too.
     */
    private Builder(Builder codes, boolean withInputs) {
      indicators = codes.indicators;
      breakdowns = codes.breakdowns;
      regions = codes.regions;
      periods = codes.periods;
      sources = codes.sources;
      inputs = withInputs ? codes.inputs : new Dictionary<>();
      inputWhere = withInputs ? codes.inputWhere : new ArrayList<>();
    }

    /**
     * Sets how many duplicate keys a build that fails under {@link DuplicatePolicy#ERROR} lists; the rest are counted
     * in one last problem. Unbounded by default.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxProblems(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxProblems must be at least 1, was " + max);
      }
      this.maxProblems = max;
      return this;
    }

    /** Sets what to do with duplicate keys. */
    public Builder duplicates(DuplicatePolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a change on an earlier period, carried as a source reported it; it belongs to the figure of its key, added
     * on its own or not at all.
     *
     * @param change the change
     * @return this builder
     */
    public Builder addReportedChange(ReportedChange change) {
      changes.add(requireNonNull(change, "change"));
      return this;
    }

    /**
     * Adds a change carried as reported that came on an input row of its own, without a figure: it counts as a row
     * kept ({@link MeasurementSet#changeOnlyRows()}).
     *
     * @param change the change
     * @return this builder
     */
    public Builder addReportedChangeRow(ReportedChange change) {
      addReportedChange(change);
      changeRows++;
      return this;
    }

    /** Adds a measurement. Problems about it name it {@code measurement #n}, n counting from 1 in add order. */
    public Builder add(Measurement m) {
      requireNonNull(m, "measurement");
      addRow(m.indicator(), m.region(), m.period(), m.breakdown(), m.value(), m.numerator(), m.denominator(),
          m.status(), m.source(), -1, -1);
      return this;
    }

    /**
     * Adds a measurement read from an input, so that duplicate-key problems say where both rows are.
     *
     * @param m the measurement
     * @param input the file or stream name, e.g. {@code haiphong-2025.csv}
     * @param where the words before the number in a location, e.g. {@code line} or {@code sheet 'data' row}
     * @param number the line or row number
     * @return this builder
     */
    public Builder add(Measurement m, String input, String where, long number) {
      requireNonNull(m, "measurement");
      requireNonNull(input, "input");
      requireNonNull(where, "where");
      int code;
      if (input == lastInput && where == lastWhere) {
        code = lastInputCode; // an importer passes the same two strings for every row: no key to build per row
      } else {
        code = inputs.code(input + "\u0000" + where);
        if (code == inputWhere.size()) {
          inputWhere.add(where);
        }
        lastInput = input;
        lastWhere = where;
        lastInputCode = code;
      }
      addRow(m.indicator(), m.region(), m.period(), m.breakdown(), m.value(), m.numerator(), m.denominator(),
          m.status(), m.source(), code, number);
      return this;
    }

    /**
     * Adds an actual figure with a value, without making a {@link Measurement}: the fast path for generators and
     * importers.
     *
     * @param indicator the indicator
     * @param region the region
     * @param period the period
     * @param breakdown the breakdown
     * @param value the value; finite
     * @return this builder
     * @throws InvalidValueException if the value is not finite
     */
    public Builder add(IndicatorId indicator, RegionCode region, Period period, Breakdown breakdown, double value) {
      checkFinite(value, indicator, region, period);
      addRow(requireNonNull(indicator, "indicator"), requireNonNull(region, "region"),
          requireNonNull(period, "period"), requireNonNull(breakdown, "breakdown"), value, Double.NaN, Double.NaN,
          0, 0, -1, -1);
      return this;
    }

    /**
     * Adds an actual figure of a ratio given by its parts, without making a {@link Measurement}.
     *
     * @param indicator the ratio indicator
     * @param region the region
     * @param period the period
     * @param breakdown the breakdown
     * @param numerator the numerator; finite
     * @param denominator the denominator; finite
     * @return this builder
     * @throws InvalidValueException if a part is not finite
     */
    public Builder addParts(IndicatorId indicator, RegionCode region, Period period, Breakdown breakdown,
        double numerator, double denominator) {
      checkFinite(numerator, indicator, region, period);
      checkFinite(denominator, indicator, region, period);
      addRow(requireNonNull(indicator, "indicator"), requireNonNull(region, "region"),
          requireNonNull(period, "period"), requireNonNull(breakdown, "breakdown"), Double.NaN, numerator,
          denominator, 0, 0, -1, -1);
      return this;
    }

    /** The number of rows added so far. */
    public int size() {
      return size;
    }

    private static void checkFinite(double d, IndicatorId indicator, RegionCode region, Period period) {
      if (!Double.isFinite(d)) {
        throw new InvalidValueException("measurement of '" + indicator + "' for " + region + " " + period
            + " holds " + d + "; expected a finite number");
      }
    }

    private void addRow(IndicatorId ind, RegionCode reg, Period per, Breakdown bd, OptionalDouble v,
        OptionalDouble n, OptionalDouble d, MeasurementStatus st, String src, int in, long ln) {
      addRow(ind, reg, per, bd, v.isPresent() ? v.getAsDouble() : Double.NaN,
          n.isPresent() ? n.getAsDouble() : Double.NaN, d.isPresent() ? d.getAsDouble() : Double.NaN,
          st.ordinal(), sources.code(src), in, ln);
    }

    private Coded coded;

    /** The builder seen as rows of codes, for the CSV importer's fast path. */
    private CodedRows coded() {
      if (coded == null) {
        coded = new Coded();
      }
      return coded;
    }

    /** This builder as rows of codes. */
    private final class Coded extends CodedRows {
      Builder builder() {
        return Builder.this;
      }

      @Override
      public int indicator(IndicatorId id) {
        return indicators.code(id);
      }

      @Override
      public int region(RegionCode code) {
        return regions.code(code);
      }

      @Override
      public int period(Period p) {
        return periods.code(p);
      }

      @Override
      public int breakdown(Breakdown b) {
        return breakdowns.code(b);
      }

      @Override
      public int source(String s) {
        return sources.code(s);
      }

      @Override
      public int input(String name, String where) {
        int code = inputs.code(name + "\u0000" + where);
        if (code == inputWhere.size()) {
          inputWhere.add(where);
        }
        return code;
      }

      @Override
      public void reserve(int rows) {
        grow(Math.min(Integer.MAX_VALUE - 8, rows));
        if (size > 0 && partsSize > 0) {
          // the parts too, at the share of the rows so far that had them: grown by half again at a time, they
          // would hold a large import's parts twice and a half while they are copied
          long want = (long) rows * partsSize / size;
          want += want / 50 + 64;
          if (want > partsRow.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, want);
            partsRow = Arrays.copyOf(partsRow, cap);
            numerator = Arrays.copyOf(numerator, cap);
            denominator = Arrays.copyOf(denominator, cap);
          }
        }
      }

      @Override
      public void add(int ind, int bd, int reg, int per, double v, double n, double d, int st, int src, int in,
          long ln) {
        addCodes(ind, bd, reg, per, v, n, d, st, src, in, ln);
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public int capacity() {
        checkOpen();
        return value.length;
      }

      @Override
      public void releaseOnBuild() {
        release = true;
      }

      @Override
      public long line(int row) {
        checkOpen();
        return line.get(row);
      }

      @Override
      public CodedRows sharingCodes() {
        checkOpen();
        sharing = true;
        Builder other = new Builder(Builder.this, false);
        other.sharing = true;
        return other.coded();
      }

      @Override
      public CodedRows sharingCodes(CodedRows spent) {
        checkOpen();
        Builder o = ((Coded) spent).builder();
        o.checkOpen();
        if (!o.sharing || o == Builder.this) {
          throw new IllegalArgumentException("only another builder that shares its codes hands its arrays on");
        }
        CodedRows other = sharingCodes();
        ((Coded) other).builder().takeArrays(o);
        return other;
      }

      @Override
      public CodeValues codeValues(CodeValues before) {
        checkOpen();
        List<?>[] all = {indicators.values, breakdowns.values, regions.values, periods.values, sources.values};
        int[] sizes = new int[5];
        Object[][] added = new Object[5][];
        boolean any = before == null;
        for (int k = 0; k < 5; k++) {
          sizes[k] = all[k].size();
          int from = before == null ? 0 : before.size(k);
          if (from > sizes[k]) {
            throw new IllegalArgumentException("the earlier values are not of this builder's dictionaries");
          }
          any |= sizes[k] > from;
          added[k] = all[k].subList(from, sizes[k]).toArray();
        }
        return any ? new CodeValues(before, sizes, added) : before;
      }

      @Override
      public void addAll(CodedRows rows, int from, int to, long lineShift, int in, Translation t) {
        checkOpen();
        Builder o = ((Coded) rows).builder();
        o.checkOpen();
        int n = to - from;
        if (n <= 0) {
          return;
        }
        if (size > Integer.MAX_VALUE - 8 - n) {
          throw new IllegalStateException("a measurement set holds at most " + size + " measurements");
        }
        if (size + n > value.length) {
          grow((int) Math.min(Integer.MAX_VALUE - 8L, Math.max(size + (long) n, size + (size >> 1) + 16L)));
        }
        if (!hasInput) {
          hasInput = true;
          line = new Lines(value.length);
        }
        // column by column, each code translated by what t has learnt (asked of this builder's dictionary the first
        // time); each dictionary still meets its values in row order, as rows added one by one would
        remap(o.indicator, from, n, indicator, size, t.map(0), c -> (IndicatorId) t.value(0, c), indicators);
        remap(o.breakdown, from, n, breakdown, size, t.map(1), c -> (Breakdown) t.value(1, c), breakdowns);
        remap(o.region, from, n, region, size, t.map(2), c -> (RegionCode) t.value(2, c), regions);
        remap(o.period, from, n, period, size, t.map(3), c -> (Period) t.value(3, c), periods);
        System.arraycopy(o.value, from, value, size, n);
        if (o.status != null) {
          for (int k = 0; k < n; k++) {
            if (o.status[from + k] != 0 || status != null) {
              setStatus(size + k, o.status[from + k]);
            }
          }
        }
        int cap = value.length;
        IntFunction<String> sourceOf = c -> (String) t.value(4, c);
        if (o.source.values == null) {
          source.setRange(size, n, code(t.map(4), o.source.first, sourceOf, sources), cap);
        } else {
          for (int k = 0; k < n; k++) {
            source.set(size + k, code(t.map(4), o.source.get(from + k), sourceOf, sources), cap);
          }
        }
        input.setRange(size, n, in, cap);
        line.setShifted(size, o.line, from, n, lineShift);
        int p = o.partsSize == 0 ? 0 : Arrays.binarySearch(o.partsRow, 0, o.partsSize, from);
        if (p < 0) {
          p = -p - 1;
        }
        int q = p;
        while (q < o.partsSize && o.partsRow[q] < to) {
          q++;
        }
        if (q > p) {
          int count = q - p;
          if (partsSize + count > partsRow.length) {
            int c = Math.max(partsSize + count, partsSize + (partsSize >> 1) + 16);
            partsRow = Arrays.copyOf(partsRow, c);
            numerator = Arrays.copyOf(numerator, c);
            denominator = Arrays.copyOf(denominator, c);
          }
          System.arraycopy(o.numerator, p, numerator, partsSize, count);
          System.arraycopy(o.denominator, p, denominator, partsSize, count);
          for (int k = 0; k < count; k++) {
            int row = size + o.partsRow[p + k] - from;
            partsRow[partsSize + k] = row;
            hasParts.set(row);
          }
          partsSize += count;
        }
        size += n;
      }

    }

    /**
     * Copies {@code n} codes of another builder's column into this builder's, translated by {@link #code}, a block of
     * {@link #REMAP_BLOCK} rows at a time: decoded, translated and written at the column's width each in a plain loop.
     */
    private <T> void remap(CodeColumn src, int from, int n, CodeColumn dst, int at, int[] map,
        IntFunction<? extends T> valueOf, Dictionary<T> toDict) {
      if (remapBlock == null) {
        remapBlock = new int[REMAP_BLOCK];
      }
      int[] block = remapBlock;
      for (int done = 0; done < n; done += REMAP_BLOCK) {
        int m = Math.min(REMAP_BLOCK, n - done);
        src.decode(from + done, m, block, 0);
        for (int k = 0; k < m; k++) {
          int c = map[block[k]];
          block[k] = c >= 0 ? c : code(map, block[k], valueOf, toDict);
        }
        dst.setAll(at + done, block, 0, m);
      }
    }

    /** The rows {@link #remap} translates at a time. */
    private static final int REMAP_BLOCK = 4_096;
    private int[] remapBlock;

    /** Sets a row's status, making the column the first time a row is not {@link MeasurementStatus#ACTUAL}. */
    private void setStatus(int row, int st) {
      if (status == null) {
        status = new byte[value.length];
      }
      status[row] = (byte) st;
    }

    private int status(int row) {
      return status == null ? 0 : status[row];
    }

    private void checkOpen() {
      if (spent) {
        throw new IllegalStateException("this builder's columns were handed on (to the set its import built, or to the "
            + "builder of a later chunk of the import); use a new builder");
      }
    }

    private static <T> int code(int[] map, int code, IntFunction<? extends T> valueOf, Dictionary<T> to) {
      int c = map[code];
      if (c < 0) {
        c = map[code] = to.code(valueOf.apply(code));
      }
      return c;
    }

    private void addRow(IndicatorId ind, RegionCode reg, Period per, Breakdown bd, double v, double n, double d,
        int st, int src, int in, long ln) {
      addCodes(indicators.code(ind), breakdowns.code(bd), regions.code(reg), periods.code(per), v, n, d, st, src, in,
          ln);
    }

    private void addCodes(int ind, int bd, int reg, int per, double v, double n, double d, int st, int src, int in,
        long ln) {
      checkOpen();
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("a measurement set holds at most " + size + " measurements");
      }
      if (size == value.length) {
        grow((int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L));
      }
      if (in >= 0 && !hasInput) {
        hasInput = true;
        line = spareLine != null && spareLine.capacity() == value.length ? spareLine : new Lines(value.length);
        spareLine = null;
      }
      indicator.set(size, ind);
      breakdown.set(size, bd);
      region.set(size, reg);
      period.set(size, per);
      source.set(size, src, value.length);
      value[size] = v;
      if (st != 0 || status != null) {
        setStatus(size, st);
      }
      input.set(size, in, value.length);
      if (hasInput) {
        line.set(size, ln);
      }
      if (!Double.isNaN(n)) {
        if (partsSize == partsRow.length) {
          int cap = partsSize + (partsSize >> 1) + 16;
          partsRow = Arrays.copyOf(partsRow, cap);
          numerator = Arrays.copyOf(numerator, cap);
          denominator = Arrays.copyOf(denominator, cap);
        }
        partsRow[partsSize] = size;
        numerator[partsSize] = n;
        denominator[partsSize] = d;
        partsSize++;
        hasParts.set(size);
      }
      size++;
    }

    /**
     * Takes the arrays of the rows of {@code o}, a spent builder (its rows added elsewhere), for rows of its own: an
     * import's chunks are read one after another into the same arrays instead of new ones the heap must clear. What
     * the arrays held is never read: a row is read only once written, and the rows with parts start empty. {@code o}
     * cannot be used afterwards.
     */
    private void takeArrays(Builder o) {
      indicator = o.indicator;
      breakdown = o.breakdown;
      region = o.region;
      period = o.period;
      value = o.value;
      partsRow = o.partsRow;
      numerator = o.numerator;
      denominator = o.denominator;
      hasParts = o.hasParts;
      hasParts.clear();
      spareLine = o.line != null ? o.line : o.spareLine;
      o.spent = true;
      o.indicator = null;
      o.breakdown = null;
      o.region = null;
      o.period = null;
      o.value = null;
      o.partsRow = null;
      o.numerator = null;
      o.denominator = null;
      o.hasParts = null;
      o.line = null;
      o.spareLine = null;
    }

    /** Makes room for {@code cap} rows in all, so that a builder told the size to expect grows no array. */
    private void grow(int cap) {
      checkOpen();
      if (cap <= value.length) {
        return;
      }
      // one column at a time, so that growing holds one old column beside its new one, not the whole rows twice
      indicator.grow(cap);
      breakdown.grow(cap);
      region.grow(cap);
      period.grow(cap);
      source.grow(cap);
      value = Arrays.copyOf(value, cap);
      if (status != null) {
        status = Arrays.copyOf(status, cap);
      }
      input.grow(cap);
      if (line != null) {
        line.grow(cap);
      }
      if (spareLine != null) {
        spareLine.grow(cap); // kept the rows' capacity, for the first row added with its input
      }
    }

    /**
     * Builds the set. The builder can go on taking rows afterwards (but for an importer's own builder, which hands its
     * columns over to the set: {@link CodedRows#releaseOnBuild()}).
     *
     * @return the set
     * @throws InvalidDataException under {@link DuplicatePolicy#ERROR}, listing every duplicate key with where both
     *     rows are
     */
    public MeasurementSet build() {
      checkOpen();
      aside = null;
      if (sharing) {
        throw new IllegalStateException("a builder that shares its codes with another is only added to a third "
            + "builder, not built");
      }
      int n = size;
      Sorted<IndicatorId> ind = indicators.sorted(Comparator.naturalOrder(), IndicatorId[]::new);
      Sorted<Breakdown> bd = breakdowns.sorted(Comparator.naturalOrder(), Breakdown[]::new);
      Sorted<RegionCode> reg = regions.sorted(Comparator.naturalOrder(), RegionCode[]::new);
      Sorted<Period> per = periods.sorted(Comparator.naturalOrder(), Period[]::new);

      // rows added in key order with no key twice (a file the library wrote) need no row order at all: null
      int[] perm = null;
      int kept = n;
      Scan scan = scan(n, ind.remap, bd.remap, reg.remap, per.remap);
      if (scan.seriesStarts == null) {
        perm = new int[n];
        for (int i = 0; i < n; i++) {
          perm[i] = i;
        }
        if (!scan.inKeyOrder) {
          perm = sortedRows(perm, n, ind, bd, reg, per);
        }
        kept = dedupe(perm, n);
      } else {
        dropCount = 0;
        groupRowsSize = 0;
      }
      if (release && dropCount > 0) {
        setAside(); // the rows of the dropped duplicates are still needed (forEachDropped), the columns are not
      }
      // the set's columns first and the lines last: at every step the heap holds little more than one set's worth
      Columns columns = columns(perm, kept, scan.seriesStarts, ind, bd, reg, per, release);
      Origins origins = origins(perm, kept, release);
      if (release) {
        spent = true;
      }
      return new MeasurementSet(columns, origins, List.copyOf(changes), changeRows);
    }

    /**
     * What one pass over the rows in the order added finds: whether they are in key order, and if so with no key
     * twice, where each series (indicator and breakdown) starts, then {@code n}; else null.
     */
    private record Scan(boolean inKeyOrder, int[] seriesStarts) {}

    /** Rows decoded at a time by {@link #scan}. */
    private static final int BLOCK = 2048;

    /**
     * Whether the rows were added in key order already (as a file the library wrote has them: then they need no
     * sort), whether a key is there twice, and where the series start: one pass, a block of codes at a time.
     */
    private Scan scan(int n, int[] ind, int[] bd, int[] reg, int[] per) {
      int[][] blocks = new int[4][BLOCK + 1]; // [0] holds the row before the block
      CodeColumn[] columns = {indicator, breakdown, region, period};
      int[][] remaps = {ind, bd, reg, per};
      int[] starts = new int[16];
      int series = 0;
      boolean twice = false;
      for (int from = 0; from < n; from += BLOCK) {
        int m = Math.min(BLOCK, n - from);
        for (int c = 0; c < 4; c++) {
          int[] block = blocks[c];
          int[] remap = remaps[c];
          columns[c].decode(from, m, block, 1);
          for (int k = 1; k <= m; k++) {
            block[k] = remap[block[k]];
          }
        }
        int[] a = blocks[0];
        int[] b = blocks[1];
        int[] r = blocks[2];
        int[] p = blocks[3];
        for (int k = 0; k < m; k++) {
          // row from + k is at k + 1 in the blocks, the row before it at k
          int row = from + k;
          if (row == 0 || a[k] != a[k + 1] || b[k] != b[k + 1]) {
            if (row > 0 && (a[k] > a[k + 1] || a[k] == a[k + 1] && b[k] > b[k + 1])) {
              return new Scan(false, null);
            }
            if (series + 2 > starts.length) {
              starts = Arrays.copyOf(starts, 2 * starts.length);
            }
            starts[series++] = row;
          } else if (r[k] > r[k + 1] || r[k] == r[k + 1] && p[k] > p[k + 1]) {
            return new Scan(false, null);
          } else if (r[k] == r[k + 1] && p[k] == p[k + 1]) {
            twice = true;
          }
        }
        for (int c = 0; c < 4; c++) {
          blocks[c][0] = blocks[c][m];
        }
      }
      starts[series] = n;
      return new Scan(true, twice ? null : Arrays.copyOf(starts, series + 1));
    }

    /** The rows in key order, rows of the same key in the order they were added. */
    private int[] sortedRows(int[] rows, int n, Sorted<IndicatorId> ind, Sorted<Breakdown> bd,
        Sorted<RegionCode> reg, Sorted<Period> per) {
      int[] perm = rows;
      int[] tmp = new int[n];
      // least significant key first; every pass is stable
      CodeColumn[] keys = {period, region, breakdown, indicator};
      int[][] remaps = {per.remap, reg.remap, bd.remap, ind.remap};
      for (int k = 0; k < keys.length; k++) {
        if (remaps[k].length > 1) {
          countingSort(perm, tmp, n, keys[k], remaps[k]);
          int[] t = perm;
          perm = tmp;
          tmp = t;
        }
      }
      return perm;
    }

    /**
     * Where the kept rows were read, in key order; null when no row was added with its input.
     *
     * @param rows the kept rows in key order, or null for every row in the order added
     * @param n how many
     * @param letGo whether to let go of the builder's lines once read
     */
    private Origins origins(int[] rows, int n, boolean letGo) {
      if (!hasInput) {
        return null;
      }
      int inputs = inputWhere.size();
      String[] names = new String[inputs];
      for (int k = 0; k < inputs; k++) {
        String s = this.inputs.value(k);
        names[k] = s.substring(0, s.indexOf('\u0000'));
      }
      long[] lines = new long[n];
      for (int i = 0; i < n; i++) {
        lines[i] = line.get(rows == null ? i : rows[i]);
      }
      if (letGo) {
        line = null;
      }
      Codes codes = packed(input, rows, n, inputs + 1); // a row added without an input gets code inputs
      if (letGo) {
        input.values = null;
      }
      return new Origins(names, inputWhere.toArray(String[]::new), codes, lines);
    }

    /**
     * The rows of the groups of duplicates of the last build, copied aside with the drops (their rows renumbered),
     * when that build handed its columns over; null otherwise.
     */
    private Builder aside;
    /** The number in the builder it was set aside from of each row of a builder set aside ({@link #aside}), or null. */
    private int[] rowNumbers;

    /**
     * Copies the rows of every group of duplicates of this build (the dropped rows and the rows they are told apart
     * from) into a small builder of their own, with the drops, so that the build can hand the columns over and the
     * dropped rows still be given with where they and their copies were read: a few numbers per row of a group, not
     * the rows twice.
     */
    private void setAside() {
      int[] rows = Arrays.copyOf(groupRows, groupRowsSize); // each row is in one group at most
      Arrays.sort(rows);
      Builder a = new Builder(this, true);
      a.grow(rows.length);
      for (int r : rows) {
        int p = partsIndex(r);
        int in = hasInput ? input.get(r) : -1;
        a.addCodes(indicator.get(r), breakdown.get(r), region.get(r), period.get(r), value[r],
            p < 0 ? Double.NaN : numerator[p], p < 0 ? Double.NaN : denominator[p], status(r), source.get(r), in,
            in >= 0 ? line.get(r) : 0);
      }
      a.rowNumbers = rows;
      // the drops and groups renumbered in place and handed over: this builder keeps none of them
      for (int k = 0; k < dropCount; k++) {
        drops[4 * k] = Arrays.binarySearch(rows, drops[4 * k]);
      }
      for (int k = 0; k < groupRowsSize; k++) {
        groupRows[k] = Arrays.binarySearch(rows, groupRows[k]);
      }
      a.drops = drops;
      a.dropCount = dropCount;
      a.groupRows = groupRows;
      a.groupRowsSize = groupRowsSize;
      drops = new int[0];
      groupRows = new int[0];
      groupRowsSize = 0;
      aside = a;
    }

    /** The number of a row to show (from 1) where it has no input: its place in the rows added. */
    private int rowNumber(int row) {
      return (rowNumbers == null ? row : rowNumbers[row]) + 1;
    }

    /**
     * The rows the last {@link #build()} dropped under {@link DuplicatePolicy#KEEP_FIRST}, {@link
     * DuplicatePolicy#KEEP_LAST} or {@link DuplicatePolicy#DROP_ALL}, each with where it was read and why.
     */
    public List<DroppedRow> dropped() {
      List<DroppedRow> all = new ArrayList<>(dropCount);
      forEachDropped(all::add);
      return List.copyOf(all);
    }

    /**
     * Gives the rows the last {@link #build()} dropped, one at a time, in the order of {@link #dropped()}, without
     * holding them all: an importer passes them on as rejected rows within its memory bounds.
     *
     * @param action what to do with each dropped row
     */
    public void forEachDropped(Consumer<? super DroppedRow> action) {
      requireNonNull(action, "action");
      if (aside != null) {
        aside.forEachDropped(action);
        return;
      }
      int lastGroup = -1;
      String same = "";
      for (int k = 0; k < dropCount; k++) {
        int row = drops[4 * k];
        int group = drops[4 * k + 1];
        int size = drops[4 * k + 2];
        DuplicatePolicy kind = DuplicatePolicy.values()[drops[4 * k + 3]];
        if (group != lastGroup) {
          same = sameKey(groupRows, group, group + size);
          lastGroup = group;
        }
        DataProblem problem = switch (kind) {
          case KEEP_FIRST -> duplicate(row, same + "; " + whereFrom(groupRows[group], row)
              + ", the first of them, was kept", "");
          case KEEP_LAST -> duplicate(row, same + "; " + whereFrom(groupRows[group + size - 1], row)
              + ", the last of them, was kept", "");
          default -> duplicate(row, same + (size == 2 ? "; neither was kept" : "; none was kept"),
              "one figure per indicator, region, period and breakdown");
        };
        action.accept(new DroppedRow(measurement(row), problem));
      }
    }

    private void drop(int row, int group, int size, DuplicatePolicy kind) {
      if (4 * dropCount + 4 > drops.length) {
        drops = Arrays.copyOf(drops, Math.max(64, drops.length + (drops.length >> 1) + 4));
      }
      drops[4 * dropCount] = row;
      drops[4 * dropCount + 1] = group;
      drops[4 * dropCount + 2] = size;
      drops[4 * dropCount + 3] = kind.ordinal();
      dropCount++;
    }

    private static void countingSort(int[] src, int[] dst, int n, CodeColumn key, int[] remap) {
      int[] count = new int[remap.length + 1];
      for (int i = 0; i < n; i++) {
        count[remap[key.get(src[i])] + 1]++;
      }
      for (int i = 0; i < remap.length; i++) {
        count[i + 1] += count[i];
      }
      for (int i = 0; i < n; i++) {
        int r = src[i];
        dst[count[remap[key.get(r)]]++] = r;
      }
    }

    private boolean sameKey(int a, int b) {
      return indicator.get(a) == indicator.get(b) && breakdown.get(a) == breakdown.get(b)
          && region.get(a) == region.get(b) && period.get(a) == period.get(b);
    }

    /** Removes duplicate keys from the sorted rows by the policy; returns how many rows are kept at the front. */
    private int dedupe(int[] perm, int n) {
      List<DataProblem> problems = new ArrayList<>();
      long unlisted = 0;
      dropCount = 0;
      groupRowsSize = 0;
      int out = 0;
      int i = 0;
      while (i < n) {
        int j = i + 1;
        while (j < n && sameKey(perm[i], perm[j])) {
          j++;
        }
        if (j - i == 1) {
          perm[out++] = perm[i];
        } else if (policy == DuplicatePolicy.ERROR) {
          if (problems.size() < maxProblems) {
            problems.add(duplicate(perm[i + 1], sameKey(perm, i, j),
                "one figure per indicator, region, period and breakdown; or choose to keep the first or the last of "
                    + "them (keep-first or keep-last)"));
          } else {
            unlisted++;
          }
        } else {
          int group = group(perm, i, j);
          switch (policy) {
            case KEEP_FIRST -> {
              perm[out++] = perm[i];
              for (int k = i + 1; k < j; k++) {
                drop(perm[k], group, j - i, DuplicatePolicy.KEEP_FIRST);
              }
            }
            case KEEP_LAST -> {
              for (int k = i; k < j - 1; k++) {
                drop(perm[k], group, j - i, DuplicatePolicy.KEEP_LAST);
              }
              perm[out++] = perm[j - 1];
            }
            default -> {
              for (int k = i; k < j; k++) {
                drop(perm[k], group, j - i, DuplicatePolicy.DROP_ALL);
              }
            }
          }
        }
        i = j;
      }
      if (!problems.isEmpty()) {
        dropCount = 0;
        if (unlisted > 0) {
          problems.add(new DataProblem(inputName(perm[0]), "", "", "", "and " + unlisted + " more keys are given "
              + "more than once (only the first " + maxProblems + " are listed)", ""));
        }
        throw new InvalidDataException(problems);
      }
      return out;
    }

    /** Keeps the rows of a group of duplicates (in the order they were added) for the messages; returns its start. */
    private int group(int[] perm, int from, int to) {
      int n = to - from;
      if (groupRowsSize + n > groupRows.length) {
        groupRows = Arrays.copyOf(groupRows, Math.max(groupRowsSize + n, groupRows.length + (groupRows.length >> 1)
            + 16));
      }
      System.arraycopy(perm, from, groupRows, groupRowsSize, n);
      groupRowsSize += n;
      return groupRowsSize - n;
    }

    private DataProblem duplicate(int row, String problem, String expected) {
      return new DataProblem(inputName(row), location(row), "", "", problem, expected);
    }

    /**
     * The sentence that says which rows share a key, e.g. {@code lines 2 and 4 have the same key (hp.grdp, 10507,
     * 2025)}: the rows {@code perm[from..to)}, in the order they were added.
     */
    private String sameKey(int[] perm, int from, int to) {
      int first = perm[from];
      boolean oneInput = true;
      for (int k = from + 1; k < to; k++) {
        oneInput &= hasInput && input.get(perm[k]) == input.get(first) && input.get(first) >= 0;
      }
      oneInput &= hasInput && input.get(first) >= 0;
      boolean noInput = true;
      for (int k = from; k < to; k++) {
        noInput &= !hasInput || input.get(perm[k]) < 0;
      }
      List<String> numbers = new ArrayList<>();
      int shown = Math.min(to - from, SHOWN_COPIES);
      for (int k = from; k < from + shown; k++) {
        int r = perm[k];
        numbers.add(oneInput ? Long.toString(line.get(r)) : noInput ? "#" + rowNumber(r) : where(r));
      }
      String list;
      if (to - from > shown) {
        list = String.join(", ", numbers) + ", … (" + (to - from) + " in all)";
      } else {
        list = String.join(", ", numbers.subList(0, shown - 1)) + " and " + numbers.get(shown - 1);
      }
      String rows = oneInput ? inputWhere.get(input.get(first)) + "s " + list : noInput ? "measurements " + list : list;
      Breakdown b = breakdowns.value(breakdown.get(first));
      return rows + " have the same key (" + indicators.value(indicator.get(first)) + ", "
          + regions.value(region.get(first)) + ", " + periods.value(period.get(first)) + (b.isNone() ? "" : ", " + b)
          + ")";
    }

    /** Where row {@code row} is, said from the place of row {@code from}: without the input name when the same. */
    private String whereFrom(int row, int from) {
      boolean sameInput = hasInput && input.get(row) >= 0 && input.get(row) == input.get(from);
      return sameInput ? location(row) : where(row);
    }

    private String inputName(int row) {
      if (!hasInput || input.get(row) < 0) {
        return "measurements";
      }
      String s = inputs.value(input.get(row));
      return s.substring(0, s.indexOf('\u0000'));
    }

    private String location(int row) {
      if (!hasInput || input.get(row) < 0) {
        return "measurement #" + rowNumber(row);
      }
      return inputWhere.get(input.get(row)) + " " + line.get(row);
    }

    private String where(int row) {
      return (hasInput && input.get(row) >= 0 ? inputName(row) + " " : "") + location(row);
    }

    private int partsIndex(int row) {
      return hasParts.get(row) ? Arrays.binarySearch(partsRow, 0, partsSize, row) : -1;
    }

    private Measurement measurement(int row) {
      int p = partsIndex(row);
      return new Measurement(indicators.value(indicator.get(row)), regions.value(region.get(row)),
          periods.value(period.get(row)), breakdowns.value(breakdown.get(row)),
          Double.isNaN(value[row]) ? OptionalDouble.empty() : OptionalDouble.of(value[row]),
          p < 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator[p]),
          p < 0 ? OptionalDouble.empty() : OptionalDouble.of(denominator[p]), STATUSES[status(row)],
          sources.value(source.get(row)));
    }

    /**
     * The set's columns: the kept rows' codes, figures and statuses in key order, series by series.
     *
     * @param rows the kept rows in key order, or null for every row in the order added (then already in key order)
     * @param n how many
     * @param seriesStarts where each series starts, then {@code n}, when {@code rows} is null; else null
     * @param letGo whether to let go of each of the builder's columns once the set's own is made from it
     */
    private Columns columns(int[] rows, int n, int[] seriesStarts, Sorted<IndicatorId> ind, Sorted<Breakdown> bd,
        Sorted<RegionCode> reg, Sorted<Period> per, boolean letGo) {
      int[] periodKind = new int[periods.values.size()];
      for (int p = 0; p < periodKind.length; p++) {
        periodKind[p] = periods.value(p).kind().ordinal();
      }
      // series boundaries (found by the scan when the rows came in key order), then what each series holds
      int[] sStart = seriesStarts;
      if (sStart == null) {
        sStart = new int[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
          if (i == 0 || newSeries(rows, i)) {
            if (count + 2 > sStart.length) {
              sStart = Arrays.copyOf(sStart, 2 * sStart.length);
            }
            sStart[count++] = i;
          }
        }
        sStart[count] = n;
        sStart = Arrays.copyOf(sStart, count + 1);
      }
      int seriesCount = sStart.length - 1;
      int[] sInd = new int[seriesCount];
      int[] sBd = new int[seriesCount];
      int[] sValues = new int[seriesCount];
      int[] sParts = new int[seriesCount];
      int[] sFlags = new int[seriesCount];
      int valuesSize = 0;
      int partsPool = 0;
      for (int s = 0; s < seriesCount; s++) {
        int first = rows == null ? sStart[s] : rows[sStart[s]];
        sInd[s] = ind.remap[indicator.get(first)];
        sBd[s] = bd.remap[breakdown.get(first)];
        int values = 0;
        int parts = 0;
        int kinds = 0;
        for (int i = sStart[s]; i < sStart[s + 1]; i++) {
          int r = rows == null ? i : rows[i];
          values += Double.isNaN(value[r]) ? 0 : 1;
          parts += hasParts.get(r) ? 1 : 0;
          kinds |= 1 << periodKind[period.get(r)];
        }
        int len = sStart[s + 1] - sStart[s];
        sValues[s] = values > 0 ? valuesSize : -1;
        valuesSize += values > 0 ? len : 0;
        sParts[s] = parts > 0 ? partsPool : -1;
        partsPool += parts > 0 ? len : 0;
        sFlags[s] = (values == len ? Columns.VALUES_COMPLETE : 0) | (parts == len ? Columns.PARTS_COMPLETE : 0)
            | (parts > 0 ? Columns.SOME_PARTS : 0)
            | (Integer.bitCount(kinds) == 1 && (kinds & (1 << PeriodKind.RANGE.ordinal())) == 0
                ? Columns.ALIGNED : 0);
      }
      if (letGo) {
        indicator = null;
        breakdown = null;
      }

      double[] values = new double[valuesSize];
      for (int t = 0; t < seriesCount; t++) {
        int vo = sValues[t];
        for (int i = sStart[t]; vo >= 0 && i < sStart[t + 1]; i++) {
          values[vo + i - sStart[t]] = value[rows == null ? i : rows[i]];
        }
      }
      if (letGo) {
        value = null;
      }
      double[] nums = new double[partsPool];
      double[] dens = new double[partsPool];
      if (partsPool > 0) {
        // the parts of each row: in the order added, the next of the parts in turn; else found once per row
        int[] partsOf = rows == null ? null : partsOf();
        int next = 0;
        for (int t = 0; t < seriesCount; t++) {
          int po = sParts[t];
          for (int i = sStart[t]; i < sStart[t + 1]; i++) {
            int r = rows == null ? i : rows[i];
            int pi = !hasParts.get(r) ? -1 : rows == null ? next++ : partsOf[r];
            if (po >= 0) {
              nums[po + i - sStart[t]] = pi < 0 ? Double.NaN : numerator[pi];
              dens[po + i - sStart[t]] = pi < 0 ? Double.NaN : denominator[pi];
            }
          }
        }
      }
      if (letGo) {
        numerator = null;
        denominator = null;
        partsRow = null;
        hasParts = null;
      }
      Codes regionCodes = region.pack(rows, n, reg.remap, Math.max(1, reg.values.length));
      if (letGo) {
        region = null;
      }
      Codes periodCodes = period.pack(rows, n, per.remap, Math.max(1, per.values.length));
      if (letGo) {
        period = null;
      }
      byte[] st = null;
      if (status != null) {
        boolean allActual = true;
        for (int i = 0; i < n; i++) {
          allActual &= status[rows == null ? i : rows[i]] == 0;
        }
        if (!allActual) {
          st = new byte[n];
          for (int i = 0; i < n; i++) {
            st[i] = status[rows == null ? i : rows[i]];
          }
        }
        if (letGo) {
          status = null;
        }
      }
      boolean oneSource = true;
      int first = n == 0 ? 0 : source.get(rows == null ? 0 : rows[0]);
      for (int i = 0; i < n && source.values != null; i++) {
        oneSource &= source.get(rows == null ? i : rows[i]) == first;
      }
      String[] srcValues;
      Codes srcCodes = null;
      if (oneSource) {
        srcValues = new String[] {sources.value(first)};
      } else {
        srcValues = sources.values.toArray(String[]::new);
        srcCodes = packed(source, rows, n, srcValues.length);
      }
      if (letGo) {
        source.values = null;
      }
      return new Columns(ind.values, bd.values, reg.values, per.values, srcValues, sInd, sBd, sStart, sValues,
          sParts, sFlags, regionCodes, periodCodes, st, srcCodes, values, nums, dens);
    }

    /**
     * The codes of an {@link Ints} column at the kept rows, as narrow as {@code limit} allows; a negative code (a row
     * without one) becomes {@code limit - 1}.
     */
    private static Codes packed(Ints column, int[] rows, int n, int limit) {
      CodeColumn codes = new CodeColumn(n);
      for (int i = 0; i < n; i++) {
        int c = column.get(rows == null ? i : rows[i]);
        codes.set(i, c < 0 ? limit - 1 : c);
      }
      return codes.pack(null, n, null, limit);
    }

    /** Whether the {@code i}th kept row starts a series: another indicator or breakdown than the row before. */
    private boolean newSeries(int[] rows, int i) {
      int r = rows == null ? i : rows[i];
      int q = rows == null ? i - 1 : rows[i - 1];
      return indicator.get(r) != indicator.get(q) || breakdown.get(r) != breakdown.get(q);
    }

    /** The index of each row's parts, or -1: found once rather than by a search per row. */
    private int[] partsOf() {
      int[] partsOf = new int[size];
      Arrays.fill(partsOf, -1);
      for (int k = 0; k < partsSize; k++) {
        partsOf[partsRow[k]] = k;
      }
      return partsOf;
    }
  }

  /** A column of ints that takes no array while all its values are the same. */
  private static final class Ints {
    private int first;
    private int[] values;

    int get(int row) {
      return values == null ? first : values[row];
    }

    /** Sets the value of the row after the last one set; {@code capacity} is the rows' arrays' length. */
    void set(int row, int v, int capacity) {
      if (values != null) {
        values[row] = v;
      } else if (row == 0) {
        first = v;
      } else if (v != first) {
        values = new int[capacity];
        Arrays.fill(values, 0, row, first);
        values[row] = v;
      }
    }

    void grow(int cap) {
      if (values != null) {
        values = Arrays.copyOf(values, cap);
      }
    }

    /** {@link #set} of {@code n} rows from {@code row} on, all to {@code v}. */
    void setRange(int row, int n, int v, int capacity) {
      if (n == 0) {
        return;
      }
      set(row, v, capacity);
      if (values != null) {
        Arrays.fill(values, row, row + n, v);
      }
    }
  }

  /** Line numbers, 4 bytes each while they fit in an int. */
  private static final class Lines {
    private int[] narrow;
    private long[] wide;

    Lines(int cap) {
      narrow = new int[cap];
    }

    int capacity() {
      return wide != null ? wide.length : narrow.length;
    }

    long get(int row) {
      return wide != null ? wide[row] : narrow[row];
    }

    void set(int row, long v) {
      if (wide == null && v == (int) v) {
        narrow[row] = (int) v;
        return;
      }
      if (wide == null) {
        wide = new long[narrow.length];
        for (int i = 0; i < narrow.length; i++) {
          wide[i] = narrow[i];
        }
        narrow = null;
      }
      wide[row] = v;
    }

    void grow(int cap) {
      if (wide != null) {
        wide = Arrays.copyOf(wide, cap);
      } else {
        narrow = Arrays.copyOf(narrow, cap);
      }
    }

    /** Sets rows {@code [row, row + n)} to the lines of {@code src}'s rows from {@code from} on, plus {@code shift}. */
    void setShifted(int row, Lines src, int from, int n, long shift) {
      if (wide == null && src.wide == null && n > 0 && (long) src.narrow[from] + shift == (int) (src.narrow[from]
          + shift) && (long) src.narrow[from + n - 1] + shift == (int) (src.narrow[from + n - 1] + shift)) {
        // lines grow along a chunk: the first and last fit in an int, so all do
        int s = (int) shift;
        int[] a = src.narrow;
        int[] b = narrow;
        for (int k = 0; k < n; k++) {
          b[row + k] = a[from + k] + s;
        }
        return;
      }
      for (int k = 0; k < n; k++) {
        set(row + k, src.get(from + k) + shift);
      }
    }
  }

  /** Codes of distinct values in first-seen order. */
  private static final class Dictionary<T> {
    private final Map<T, Integer> codes = new HashMap<>();
    private final List<T> values = new ArrayList<>();
    private T last;
    private int lastCode = -1;

    int code(T value) {
      if (value == last) {
        return lastCode;
      }
      Integer c = codes.get(value);
      if (c == null) {
        c = values.size();
        codes.put(value, c);
        values.add(value);
      }
      last = value;
      lastCode = c;
      return c;
    }

    T value(int code) {
      return values.get(code);
    }

    Sorted<T> sorted(Comparator<? super T> order, IntFunction<T[]> array) {
      Integer[] byValue = new Integer[values.size()];
      for (int i = 0; i < byValue.length; i++) {
        byValue[i] = i;
      }
      Arrays.sort(byValue, (a, b) -> order.compare(values.get(a), values.get(b)));
      int[] remap = new int[byValue.length];
      T[] sorted = array.apply(byValue.length);
      for (int i = 0; i < byValue.length; i++) {
        remap[byValue[i]] = i;
        sorted[i] = values.get(byValue[i]);
      }
      return new Sorted<>(sorted, remap);
    }
  }

  /** A dictionary in value order, and the old code to new code map. */
  private record Sorted<T>(T[] values, int[] remap) {}
}
