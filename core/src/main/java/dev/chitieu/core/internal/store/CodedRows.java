package dev.chitieu.core.internal.store;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Rows added to a {@code MeasurementSet.Builder} as dictionary codes, without a {@code Measurement} each: the CSV
 * importer's fast path looks a field's bytes up once in a dictionary of its own and keeps the builder's code, so a
 * row costs no object and no hash lookup by value. Not part of the API; the builder registers the access when its
 * class is initialized. A code is valid for the builder that gave it only.
 */
public abstract class CodedRows {
  private static volatile Function<Object, CodedRows> access;

  /** Called once, by {@code MeasurementSet}'s static initializer. */
  public static void register(Function<Object, CodedRows> f) {
    if (access != null) {
      throw new IllegalStateException("coded rows are registered already");
    }
    access = f;
  }

  /** The coded rows of a builder (typed {@code Object} so that this package does not depend on the builder's). */
  public static CodedRows of(Object builder) {
    return access.apply(builder);
  }

  /** The builder's code of an indicator, added to its dictionary if new. */
  public abstract int indicator(IndicatorId id);

  /** The builder's code of a region. */
  public abstract int region(RegionCode code);

  /** The builder's code of a period. */
  public abstract int period(Period period);

  /** The builder's code of a breakdown. */
  public abstract int breakdown(Breakdown breakdown);

  /** The builder's code of a source text. */
  public abstract int source(String source);

  /** The builder's code of an input and the words of its locations ({@code data.csv}, {@code line}). */
  public abstract int input(String input, String where);

  /** Makes room for this many rows in all, so that the builder's arrays need not grow (nor keep slack). */
  public abstract void reserve(int rows);

  /**
   * Adds a row of codes; the value and parts are NaN when absent, the parts both present or both absent.
   *
   * @param indicator an indicator code
   * @param breakdown a breakdown code
   * @param region a region code
   * @param period a period code
   * @param value the value or NaN
   * @param numerator the numerator or NaN
   * @param denominator the denominator or NaN
   * @param status the status's ordinal
   * @param source a source code
   * @param input an input code
   * @param line the row's line in the input
   */
  public abstract void add(int indicator, int breakdown, int region, int period, double value, double numerator,
      double denominator, int status, int source, int input, long line);

  /** The number of rows added so far. */
  public abstract int size();

  /** The rows the builder has room for before its arrays must grow. */
  public abstract int capacity();

  /**
   * Makes room for the rows an input promises, at the bytes a row has taken so far, when more than the room there
   * is: an importer calls it after its first rows and again as it reads on (at each doubling of its rows, say), so
   * that a builder sized from a few rows that were longer than the rest is sized again before it is full, and its
   * arrays are not grown by half again (holding the largest of them two and a half times over) near the end of a
   * large input.
   *
   * @param rowsRead the rows read so far
   * @param bytesRead the bytes they took
   * @param bytesLeft the bytes of the input still to read
   */
  public void reserveFor(long rowsRead, long bytesRead, long bytesLeft) {
    if (rowsRead <= 0 || bytesRead <= 0) {
      return;
    }
    double rowsLeft = Math.max(0, bytesLeft) * (rowsRead / (double) bytesRead);
    double want = size() + rowsLeft * 1.02 + 64;
    if (want > capacity()) {
      reserve((int) Math.min(Integer.MAX_VALUE - 8L, (long) want)); // a cast of a double saturates: no wrap
    }
  }

  /** The line of a row added with its input. */
  public abstract long line(int row);

  /**
   * Adds rows {@code [from, to)} of another builder's coded rows, in order, as if they were added here one by one: each
   * code translated to this builder's code of the same value (asked for the first time a value is met, so that values
   * are met in the same order as rows added one by one would meet them), each line shifted. The translation is kept
   * in {@code rows} for the next call; {@code rows} is added to this builder only.
   *
   * @param rows the other builder's coded rows, each added with its input
   * @param from the first row
   * @param to after the last row
   * @param lineShift added to each row's line
   * @param input this builder's code of the rows' input
   */
  public abstract void addAll(CodedRows rows, int from, int to, long lineShift, int input);

  /**
   * A new empty builder whose indicator, breakdown, region, period and source dictionaries are this builder's: a code
   * either gives stands for the same value in both, so a thread that reads chunk after chunk of an input into builders
   * of its own looks each value up once, not once a chunk. Such a builder is only for rows added to another builder
   * ({@link #addAll(CodedRows, int, int, long, int, Translation)}): neither it nor this builder can be built afterwards,
   * their dictionaries holding values of each other's rows. Not thread-safe, like the builders that share with it: one thread uses them all.
   */
  public abstract CodedRows sharingCodes();

  /**
   * A copy of the values of the five dictionaries a builder shares ({@link #sharingCodes()}), each in code order: what
   * another thread needs to learn this builder's codes ({@link Translation#learn}) without reading the dictionaries
   * this builder's thread may be adding to.
   *
   * @param before an earlier copy of the same dictionaries, or null: where a dictionary has not grown since, its
   *     array is given again instead of a new copy (neither is ever written to)
   */
  public abstract Object[][] codeValues(Object[][] before);

  /**
   * Adds rows {@code [from, to)} of another builder's coded rows, as {@link #addAll(CodedRows, int, int, long, int)}
   * does, translating the codes by what {@code t} has learnt of them instead of reading the other builder's
   * dictionaries: the rows of a builder that shares its codes with builders another thread still adds to.
   *
   * @param rows the other builder's coded rows, each added with its input
   * @param from the first row
   * @param to after the last row
   * @param lineShift added to each row's line
   * @param input this builder's code of the rows' input
   * @param t what this builder knows of the codes of {@code rows}, having learnt at least the values they use
   */
  public abstract void addAll(CodedRows rows, int from, int to, long lineShift, int input, Translation t);

  /**
   * What one builder knows of the codes of builders that share their dictionaries ({@link #sharingCodes()}): for each
   * of the five dictionaries, their values in code order as far as learnt, and the receiving builder's code of each,
   * asked for the first time a row uses it. Used by the thread that adds the rows only; it learns from copies
   * ({@link #codeValues()}), so that it never reads a dictionary another thread is adding to.
   */
  public static final class Translation {
    private Object[][] values = new Object[5][0];
    private int[][] maps = {new int[0], new int[0], new int[0], new int[0], new int[0]};

    /**
     * Learns the values of a copy of the dictionaries ({@link #codeValues()}): codes only ever added, each copy holds
     * the codes of every copy before it.
     */
    public void learn(Object[][] codeValues) {
      for (int k = 0; k < 5; k++) {
        int old = values[k].length;
        int now = codeValues[k].length;
        if (now > old) {
          values[k] = codeValues[k];
          maps[k] = Arrays.copyOf(maps[k], now);
          Arrays.fill(maps[k], old, now, -1);
        }
      }
    }

    /**
     * The receiving builder's code of each code of dictionary {@code k} (0 to 4: indicators, breakdowns, regions,
     * periods, sources), -1 where not asked yet; the caller fills it in.
     */
    public int[] map(int k) {
      return maps[k];
    }

    /** The value of a code of dictionary {@code k}. */
    public Object value(int k, int code) {
      return values[k][code];
    }
  }

  /**
   * Lets the builder's next build hand its rows over to the set column by column, letting go of each of its own
   * columns once the set's is made, so that the heap never holds the rows twice. The builder is spent afterwards
   * (unless that build dropped duplicate rows, whose figures it keeps for the rejected rows): an importer calls this
   * on the builder of its own, just before it builds.
   */
  public abstract void releaseOnBuild();
}
