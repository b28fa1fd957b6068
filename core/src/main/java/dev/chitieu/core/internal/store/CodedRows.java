package dev.chitieu.core.internal.store;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Rows added to a {@code MeasurementSet.Builder} as dictionary codes, without a {@code Measurement} each: the CSV
 * importer's fast path looks a field's bytes up once in a dictionary of its own and keeps the builder's code, so a
 * row costs no object and no hash lookup by value. Not part of the API; the builder registers the access when its
 * class is initialized. A code is valid for the builder that gave it only, and the builders that share its codes.
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

  /** The rows at which {@link #sizeForInput} first sizes the builder. */
  static final int FIRST_SIZING = 4_096;
  /** The builder's rows at which {@link #sizeForInput} next sizes it. */
  private int nextSizing = FIRST_SIZING;

  /**
   * Sizes the builder for the rows the rest of an input promises, at the bytes a row has taken so far, once it holds
   * {@value #FIRST_SIZING} rows and again at each doubling of its rows; between those, does nothing (a comparison).
   * An importer calls it as it adds rows (at each row or batch of rows, however they came) with where the rows read
   * so far end in the input: so a builder sized from first rows longer than the rest is sized again before it is full,
   * and its arrays are not grown by half again (holding the largest of them two and a half times over) near the end
   * of a large input. While the rows read are under a 64th of the rows promised, the promise is only a guess (the
   * first rows of a sorted file may be shorter or longer than the rest), and the builder makes room for at most 8
   * times its rows more, to the next doubling, rather than for the whole input: arrays the heap clears in full, and
   * again when a later doubling finds the guess short.
   *
   * @param bytesRead the bytes of the input the rows in the builder took (the header's excluded)
   * @param bytesLeft the bytes of the input still to read
   */
  public final void sizeForInput(long bytesRead, long bytesLeft) {
    int rows = size();
    if (rows < nextSizing) {
      return;
    }
    nextSizing = rows > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * rows;
    if (bytesRead <= 0) {
      return;
    }
    double rowsLeft = Math.max(0, bytesLeft) * (rows / (double) bytesRead);
    double want = rows + rowsLeft * 1.02 + 64; // 2 % over: the rows ahead may be a little shorter
    if (want > 64.0 * rows) {
      want = Math.min(want, 9.0 * rows + 64);
    }
    if (want > capacity()) {
      reserve((int) Math.min(Integer.MAX_VALUE - 8L, (long) want)); // a cast of a double saturates: no wrap
    }
  }

  /** The line of a row added with its input. */
  public abstract long line(int row);

  /**
   * Adds rows {@code [from, to)} of another builder's coded rows, in order, as if they were added here one by one: each
   * code translated to this builder's code of the same value (asked for the first time a value is met, so that values
   * are met in the same order as rows added one by one would meet them), each line shifted. Learns the other
   * builder's codes anew on each call; many calls with the rows of builders that share their codes keep a
   * {@link Translation} and call {@link #addAll(CodedRows, int, int, long, int, Translation)}.
   *
   * @param rows the other builder's coded rows, each added with its input
   * @param from the first row
   * @param to after the last row
   * @param lineShift added to each row's line
   * @param input this builder's code of the rows' input
   */
  public void addAll(CodedRows rows, int from, int to, long lineShift, int input) {
    Translation t = new Translation();
    t.learn(rows.codeValues(null));
    addAll(rows, from, to, lineShift, input, t);
  }

  /**
   * A new empty builder whose indicator, breakdown, region, period and source dictionaries are this builder's: a code
   * given by either stands for the same value in both, so a thread that reads chunk after chunk of an input into
   * builders of its own looks each value up once, not once a chunk. Such a builder is only for rows added to another
   * builder ({@link #addAll(CodedRows, int, int, long, int, Translation)}): neither it nor this builder can be built
   * afterwards, their dictionaries holding values of each other's rows. Not thread-safe, like the builders that share
   * with it: one thread uses them all.
   */
  public abstract CodedRows sharingCodes();

  /**
   * {@link #sharingCodes()}, the new builder taking over the row arrays of {@code spent} instead of making its own: a
   * thread that reads chunk after chunk reads each into the arrays of a chunk already added to the import, so the
   * heap clears no new arrays a chunk. {@code spent} is another builder that shares codes (with this one or not),
   * whose rows have all been added where they belong ({@link #addAll}); it cannot be used afterwards.
   *
   * @throws IllegalArgumentException if {@code spent} shares no codes, or is this builder
   * @throws IllegalStateException if {@code spent} is spent already
   */
  public abstract CodedRows sharingCodes(CodedRows spent);

  /**
   * The values this builder's five dictionaries (shared or not, {@link #sharingCodes()}) hold now, in code order: what
   * another thread needs to learn its codes ({@link Translation#learn}) without reading the dictionaries this
   * builder's thread may be adding to. Only the values added since {@code before} are copied; the rest are reached
   * through it.
   *
   * @param before what an earlier call on this builder or one sharing its codes gave, or null
   * @return the values, {@code before} itself when none was added since
   */
  public abstract CodeValues codeValues(CodeValues before);

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
   * @param t what this builder knows of the codes of {@code rows}, having learnt at least the values they use; kept
   *     for this builder only
   */
  public abstract void addAll(CodedRows rows, int from, int to, long lineShift, int input, Translation t);

  /**
   * The values of the five dictionaries of builders that share their codes, as they were at one time: the values
   * added since an earlier time, and what they were then. Immutable; each value is held once however many times the
   * dictionaries are copied.
   */
  public static final class CodeValues {
    private final CodeValues before;
    private final int[] sizes;
    private final Object[][] added;

    /**
     * The values of the dictionaries at one time.
     *
     * @param before the values at the earlier time, or null
     * @param sizes the number of values of each dictionary now
     * @param added the values of each dictionary added since {@code before} (all of them when it is null), in code
     *     order
     */
    public CodeValues(CodeValues before, int[] sizes, Object[][] added) {
      this.before = before;
      this.sizes = sizes.clone();
      this.added = added.clone();
    }

    /** The number of values of dictionary {@code k} (0 to 4: indicators, breakdowns, regions, periods, sources). */
    public int size(int k) {
      return sizes[k];
    }

    /** The code of the first value of dictionary {@code k} added since the earlier time. */
    private int start(int k) {
      return before == null ? 0 : before.sizes[k];
    }
  }

  /**
   * What one builder knows of the codes of builders that share their dictionaries ({@link #sharingCodes()}): for each
   * of the five dictionaries, their values in code order as far as learnt, and the receiving builder's code of each,
   * asked for the first time a row uses it. Used by the thread that adds the rows only, and for one receiving builder;
   * it learns from copies ({@link CodedRows#codeValues(CodeValues)}), so that it never reads a dictionary another
   * thread is adding to.
   */
  public static final class Translation {
    private final Object[][] values = {new Object[16], new Object[16], new Object[16], new Object[16],
        new Object[16]};
    private final int[] known = new int[5];
    private final int[][] maps = {new int[16], new int[16], new int[16], new int[16], new int[16]};

    /**
     * Learns the values of a copy of the dictionaries ({@link CodedRows#codeValues(CodeValues)}). Codes are only ever
     * added, so each copy holds the codes of every copy before it; a copy older than what is known teaches nothing,
     * and the values of copies never learnt (of a chunk read past, say) are reached through a later one.
     */
    public void learn(CodeValues v) {
      for (int k = 0; k < 5; k++) {
        if (v.sizes[k] <= known[k]) {
          continue;
        }
        // the copies back to the one that holds what is known, learnt oldest first
        ArrayDeque<CodeValues> newer = new ArrayDeque<>();
        for (CodeValues c = v; c != null && c.sizes[k] > known[k]; c = c.before) {
          newer.push(c);
        }
        for (CodeValues c : newer) {
          Object[] add = c.added[k];
          int start = c.start(k);
          for (int i = known[k] - start; i < add.length; i++) {
            append(k, add[i]);
          }
        }
      }
    }

    private void append(int k, Object value) {
      int n = known[k];
      if (n == values[k].length) {
        values[k] = Arrays.copyOf(values[k], 2 * n);
        maps[k] = Arrays.copyOf(maps[k], 2 * n);
      }
      values[k][n] = value;
      maps[k][n] = -1;
      known[k] = n + 1;
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
   * columns once the set's is made, so that the heap never holds the rows twice (the rows of keys given more than once,
   * which a build may drop, are copied aside first, so that the dropped rows are still given). The builder is spent
   * afterwards but for its dropped rows: an importer calls this on the builder of its own, just before it builds.
   */
  public abstract void releaseOnBuild();
}
