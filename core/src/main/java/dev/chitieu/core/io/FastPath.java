package dev.chitieu.core.io;

import dev.chitieu.core.internal.store.CodedRows;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.data.MeasurementStatus;
import java.io.IOException;
import java.util.Arrays;

/**
 * The fast path of the CSV and JSON imports, for plain rows: a CSV row's fields are found in the reader's buffer
 * ({@link CsvReader#peekRow}), a JSON object's are handed over as UTF-8 bytes ({@link #take}), and turned straight
 * into the set builder's dictionary codes, each field's bytes
 * looked up in a small dictionary of its column (a string is made only the first time a value is seen, and checked
 * then by {@link RowImporter}, exactly as the checked path checks it), the figures parsed from the bytes; no string,
 * no {@code Measurement} and no hash lookup by value per row.
 *
 * <p>A row takes the fast path only when {@link RowImporter#row} would import it as it is: as many fields as the
 * header, none longer than the limit, each plain or quoted whole with nothing inside to undo (no quote written
 * twice, no line break: {@link CsvReader#peekRow}), the indicator a valid id the plan does not declare, the region,
 * period, status and member valid, every figure empty or a number, a value or both parts. Any other row (a quote the
 * reader cannot take, a field the fast path has not seen good, a check that fails) is left unread and goes the
 * checked way, so the set, the rejected rows and every message are those of the checked path. Not thread-safe; one
 * per input.
 *
 * <p>The JSON import uses it too ({@link #ofObjects}): it puts each object's fields in a buffer as UTF-8, says where
 * ({@link #bounds()}) and hands the object over ({@link #take}), with the same rule: taken as the checked path would
 * import it, or left to be read the checked way.
 */
final class FastPath {
  private static final int INDICATOR = 0;
  private static final int REGION = 1;
  private static final int PERIOD = 2;
  private static final int VALUE = 3;
  private static final int NUMERATOR = 4;
  private static final int DENOMINATOR = 5;
  private static final int STATUS = 6;
  private static final int SOURCE = 7;
  private static final int MEMBER = 8;

  private final RowImporter rows;
  private CsvReader reader;
  /** The builder of a chunk of a parallel import, or null: the import's own ({@link RowImporter#coded()}). */
  private CodedRows chunk;
  private final int[] cols;
  private final int fields;
  private final int maxBytes;
  private final boolean decimalPoint;
  private final int[] bounds;
  private final Dict[] dicts = new Dict[9];
  private CodedRows coded;
  private int input = -1;

  /** The columns of a reported change, which a row on this path leaves empty; -1 when the header has none. */
  private final int changeCol;
  private final int comparedCol;

  private FastPath(RowImporter rows, CsvReader reader, boolean decimalPoint) {
    this.rows = rows;
    this.reader = reader;
    this.cols = rows.fastColumns();
    int[] change = rows.fastChangeColumns();
    this.changeCol = change[0];
    this.comparedCol = change[1];
    this.fields = rows.headerSize();
    this.maxBytes = rows.fieldLengthLimit();
    this.decimalPoint = decimalPoint;
    this.bounds = new int[2 * fields];
    for (int k : new int[] {INDICATOR, REGION, PERIOD, STATUS, SOURCE, MEMBER}) {
      dicts[k] = new Dict();
    }
    this.coded = rows.coded();
  }

  /**
   * The fast path of a CSV import whose header is read, or null if its columns do not fit it.
   *
   * @param bytes the input's size if known, else -1
   */
  static FastPath of(RowImporter rows, CsvReader reader, ImportOptions options, long bytes) {
    if (!rows.fastPathFits()) {
      return null;
    }
    FastPath fast = new FastPath(rows, reader, !options.decimalComma());
    fast.bytes = bytes;
    fast.start = reader.position();
    return fast;
  }

  /**
   * The fast path of an import of objects (JSON), whose fields the caller puts in {@link #bounds()} and hands over
   * with {@link #take}; null if the import's columns do not fit it. A reported change's columns may be in the header
   * ({@link RowImporter#objectsFitFastPath()}): a row takes this path only with both of them empty.
   */
  static FastPath ofObjects(RowImporter rows, ImportOptions options) {
    return rows.objectsFitFastPath() ? new FastPath(rows, null, !options.decimalComma()) : null;
  }

  /**
   * Where {@link #take} finds each column's field in the bytes it is given: the field of column {@code k} from
   * {@code bounds()[2k]} to {@code bounds()[2k + 1]}, UTF-8, as many columns as the header has.
   */
  int[] bounds() {
    return bounds;
  }

  /**
   * Points this fast path at the next chunk of a parallel import: its rows are read from {@code reader} into the
   * builder returned, a new one that shares its codes with the builders of the chunks this fast path read before
   * ({@link CodedRows#sharingCodes()}). The values seen in earlier chunks stay known, with their codes: no string
   * made, no check made and no dictionary asked again.
   *
   * @param spent the builder of a chunk put together already, whose arrays the new one takes
   *     ({@link CodedRows#sharingCodes(CodedRows)}), or null
   */
  CodedRows nextChunk(CsvReader reader, CodedRows spent) {
    if (codes == null) {
      codes = RowImporter.newCodedRows();
    }
    CodedRows builder = spent == null ? codes.sharingCodes() : codes.sharingCodes(spent);
    this.reader = reader;
    this.chunk = builder;
    this.coded = builder;
    this.input = -1; // the input's code is each builder's own
    return builder;
  }

  /**
   * The dictionaries of the chunks' builders: a builder of no rows, this fast path's own, whose codes each chunk's
   * builder shares; a chunk's builder itself is handed on once put together
   * ({@link CodedRows#sharingCodes(CodedRows)}).
   */
  private CodedRows codes;
  private CodedRows.CodeValues codeValues;
  private final CodedRows.Translation translation = new CodedRows.Translation();

  /**
   * The values of the codes of the chunks read so far, for the thread that puts the chunks together: those added
   * since the last call copied, the rest reached through what it gave.
   */
  CodedRows.CodeValues codeValues() {
    codeValues = codes.codeValues(codeValues);
    return codeValues;
  }

  /**
   * What the thread that puts the chunks together has learnt of this fast path's codes: made here, used by that
   * thread only.
   */
  CodedRows.Translation translation() {
    return translation;
  }

  /** The input's size in bytes, or -1 when not known (a stream, a chunk of a parallel read). */
  private long bytes = -1;
  /** Where the data rows start in the input. */
  private long start;

  /**
   * Sizes the import's builder for the rest of the input at each doubling of its rows ({@link
   * CodedRows#sizeForInput}), when the input's size is known: called by the import after each row read the checked
   * way (and by {@link #row} before it adds a row), so that a file whose later rows all go the checked way is still
   * sized for.
   */
  void sizeBuilder() {
    CodedRows c = rows.coded();
    if (c != null) {
      sizeBuilder(c);
    }
  }

  private void sizeBuilder(CodedRows c) {
    if (bytes > 0) {
      long at = reader.position();
      c.sizeForInput(at - start, bytes - at);
    }
  }

  /**
   * Reads the next row if it takes the fast path.
   *
   * @return true if the row was read (and imported, or counted when a strict import will import nothing); false if
   *     the next row, if any, is to be read the checked way
   */
  boolean row() throws IOException {
    return reader.peekRow(bounds) == fields && take(reader.buffer(), PEEKED);
  }

  /**
   * Takes the row whose fields are in {@code b} where {@link #bounds()} says, if it takes the fast path: imports it
   * (or counts it when a strict import will import nothing) and returns true; else leaves it, to be read the checked
   * way, and returns false.
   *
   * @param line the row's line; {@link #PEEKED} for the row the CSV reader peeked, skipped and numbered by the reader
   *     once taken
   */
  boolean take(byte[] b, long line) throws IOException {
    int n = fields;
    int[] bd = bounds;
    for (int i = 0; i < n; i++) {
      if (bd[2 * i + 1] - bd[2 * i] > maxBytes) {
        return false;
      }
    }
    int ind = slot(INDICATOR, b);
    if (ind < 0) {
      return false;
    }
    int reg = slot(REGION, b);
    if (reg < 0) {
      return false;
    }
    int per = slot(PERIOD, b);
    if (per < 0) {
      return false;
    }
    int st = cols[STATUS] < 0 ? -1 : slot(STATUS, b);
    if (st == NONE) {
      return false;
    }
    int mem = cols[MEMBER] < 0 ? -1 : slot(MEMBER, b);
    if (mem == NONE) {
      return false;
    }
    if (changeCol >= 0 && bd[2 * changeCol] != bd[2 * changeCol + 1]
        || comparedCol >= 0 && bd[2 * comparedCol] != bd[2 * comparedCol + 1]) {
      return false;
    }
    double v = number(VALUE, b);
    double num = number(NUMERATOR, b);
    double den = number(DENOMINATOR, b);
    if (v == BAD || num == BAD || den == BAD || Double.isNaN(num) != Double.isNaN(den)
        || Double.isNaN(v) && Double.isNaN(num)) {
      return false;
    }
    int src = cols[SOURCE] < 0 ? -1 : slot(SOURCE, b);
    if (src == NONE) {
      return false;
    }
    if (line == PEEKED) {
      reader.skipPeeked();
      line = reader.rowLine();
    }
    rows.fastRow(line);
    CodedRows c = chunk != null ? chunk : rows.coded();
    if (c != coded) {
      coded = c; // a strict import found a problem: nothing will be imported
    }
    if (c != null) {
      if (input < 0) {
        input = rows.inputCode(c);
      }
      // the builder's codes are asked for once a value is on a row that is imported, as the checked path does
      sizeBuilder(c);
      c.add(code(INDICATOR, ind), mem < 0 ? emptyBreakdown() : code(MEMBER, mem), code(REGION, reg),
          code(PERIOD, per), v, num, den, st < 0 ? 0 : code(STATUS, st),
          src < 0 ? 0 : code(SOURCE, src), input, line);
    }
    return true;
  }

  /** The line {@link #take} is given for the row the CSV reader peeked. */
  private static final long PEEKED = Long.MIN_VALUE;
  /** A slot that stands for "not on the fast path". */
  private static final int NONE = Integer.MIN_VALUE;
  /** A figure that is not one: the row goes the checked way. */
  private static final double BAD = Double.NEGATIVE_INFINITY;
  private int emptyBreakdown = -1;

  private int emptyBreakdown() {
    if (emptyBreakdown < 0) {
      emptyBreakdown = coded.breakdown(Breakdown.NONE);
    }
    return emptyBreakdown;
  }

  /**
   * The builder's code of the value in a slot of a column's dictionary, asked for the first time it is on an imported
   * row; for the status, its ordinal.
   */
  private int code(int kind, int slot) {
    Dict d = dicts[kind];
    int code = d.code(slot);
    if (code < 0) {
      Object v = d.values[slot];
      code = switch (kind) {
        case INDICATOR -> coded.indicator((IndicatorId) v);
        case REGION -> coded.region((RegionCode) v);
        case PERIOD -> coded.period((Period) v);
        case MEMBER -> coded.breakdown((Breakdown) v);
        case STATUS -> ((MeasurementStatus) v).ordinal();
        default -> coded.source((String) v);
      };
      d.setCode(slot, code);
    }
    return code;
  }

  /**
   * The slot of a column's field in its dictionary, the field checked the first time it is seen; NONE when the field
   * does not take the fast path.
   */
  private int slot(int kind, byte[] b) {
    int col = cols[kind];
    int from = bounds[2 * col];
    int to = bounds[2 * col + 1];
    Dict d = dicts[kind];
    int found = d.find(b, from, to);
    if (found >= 0) {
      return found;
    }
    String text = text(b, from, to);
    Object value = switch (kind) {
      case INDICATOR -> rows.fastIndicator(text);
      case REGION -> rows.fastRegion(text);
      case PERIOD -> rows.fastPeriod(text);
      case STATUS -> rows.fastStatus(text);
      case MEMBER -> rows.fastBreakdown(text);
      default -> RowImporter.fastSource(text);
    };
    // only good values are kept: the dictionary grows with the set, never with the bad text of a hostile file
    return value == null ? NONE : d.add(b, from, to, value);
  }

  /** A column's figure: NaN when the field is empty or the column absent, BAD when it is not a number. */
  private double number(int kind, byte[] b) {
    int col = cols[kind];
    if (col < 0) {
      return Double.NaN;
    }
    int from = bounds[2 * col];
    int to = bounds[2 * col + 1];
    if (from == to) {
      return Double.NaN;
    }
    if (decimalPoint) {
      double d = simpleDecimal(b, from, to);
      if (!Double.isNaN(d)) {
        return d;
      }
    }
    double d = rows.fastNumber(text(b, from, to));
    if (Double.isNaN(d)) {
      // an empty field after stripping is absent; anything else that is not a figure goes the checked way
      return text(b, from, to).isBlank() ? Double.NaN : BAD;
    }
    return d;
  }

  /** A field's text as the checked path gets it: the CSV reader's, or for objects the UTF-8 bytes decoded. */
  private String text(byte[] b, int from, int to) {
    return reader != null ? reader.textOf(from, to)
        : new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
      1e14, 1e15};

  /**
   * {@link RowImporter#simpleDecimal(String)} of the field's bytes: the value of a plain decimal of at most 15 digits
   * ({@code -1234.5}), or NaN for any other bytes; the same double, from the same arithmetic.
   */
  static double simpleDecimal(byte[] s, int from, int to) {
    int n = to - from;
    if (n == 0 || n > 17) {
      return Double.NaN;
    }
    int i = from;
    boolean negative = false;
    byte c0 = s[from];
    if (c0 == '-' || c0 == '+') {
      negative = c0 == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int frac = -1;
    for (; i < to; i++) {
      byte c = s[i];
      if (c >= '0' && c <= '9') {
        m = m * 10 + (c - '0');
        digits++;
        if (frac >= 0) {
          frac++;
        }
      } else if (c == '.' && frac < 0) {
        frac = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15) {
      return Double.NaN;
    }
    double d = frac <= 0 ? m : m / POW10[frac];
    return negative ? -d : d;
  }

  /**
   * Open addressing from a field's bytes to its checked value and, once asked for, the builder's code of it; the last
   * field found kept aside (sorted files repeat ids and codes in runs). A slot is four numbers side by side in one
   * array: the key's first 8 bytes, its next 8, its length and the builder's code, so that a lookup of a short field
   * (ids, codes, periods) reads one or two adjacent cache lines, compares three numbers and follows no reference;
   * longer keys keep their bytes too. Holds at most {@link #MAX} values; past them a new value takes the checked way.
   */
  private static final class Dict {
    private static final int MAX = 1 << 20;
    /** The numbers a slot takes in {@link #table}. */
    private static final int STRIDE = 4;
    private static final int HEAD2 = 1;
    private static final int LENGTH = 2;
    private static final int CODE = 3;
    /** Per slot: the key's first 8 bytes, its next 8, its length (-1 for an empty slot), its code (-1: none yet). */
    private long[] table = emptyTable(64);
    private byte[][] longKeys = new byte[64][];
    Object[] values = new Object[64];
    /** 64 minus the bits of a slot index: a hash's top bits pick a key's first slot. */
    private int shift = 64 - 6;
    private int size;
    private long lastHead;
    private long lastHead2;
    private int lastLength = -1;
    private int lastSlot;

    private static long[] emptyTable(int slots) {
      long[] t = new long[STRIDE * slots];
      for (int i = 0; i < slots; i++) {
        t[STRIDE * i + LENGTH] = -1;
        t[STRIDE * i + CODE] = -1;
      }
      return t;
    }

    /** The builder's code of a slot's value, or -1 if not asked for yet. */
    int code(int slot) {
      return (int) table[STRIDE * slot + CODE];
    }

    void setCode(int slot, int code) {
      table[STRIDE * slot + CODE] = code;
    }

    /** The bytes 8 to 15 of a key in a word (0 for a key of at most 8). */
    private static long head2(byte[] b, int from, int n) {
      return n <= 8 ? 0 : head(b, from + 8, n - 8);
    }

    /** The first (up to) 8 bytes of a key in a word, the first in the lowest byte. */
    private static long head(byte[] b, int from, int n) {
      if (n >= 8) {
        return Swar.word(b, from);
      }
      if (from + 8 <= b.length) {
        return Swar.word(b, from) & ((1L << (8 * n)) - 1);
      }
      long k = 0;
      for (int i = 0; i < n; i++) {
        k |= (b[from + i] & 0xFFL) << (8 * i);
      }
      return k;
    }

    /** The slot of the bytes, or -1. */
    int find(byte[] b, int from, int to) {
      int n = to - from;
      long head = head(b, from, n);
      long head2 = head2(b, from, n);
      if (head == lastHead && n == lastLength && head2 == lastHead2 && (n <= 16 || tailEquals(longKeys[lastSlot], b,
          from, n))) {
        return lastSlot;
      }
      long[] t = table;
      int mask = values.length - 1;
      for (int i = hash(head, head2, n, n > 16 ? hashTail(b, from, n) : 0, shift); ; i = (i + 1) & mask) {
        int at = STRIDE * i;
        long length = t[at + LENGTH];
        if (length < 0) {
          return -1;
        }
        if (t[at] == head && t[at + HEAD2] == head2 && length == n && (n <= 16 || tailEquals(longKeys[i], b, from,
            n))) {
          lastHead = head;
          lastHead2 = head2;
          lastLength = n;
          lastSlot = i;
          return i;
        }
      }
    }

    private static boolean tailEquals(byte[] key, byte[] b, int from, int n) {
      for (int i = 16; i < n; i++) {
        if (key[i] != b[from + i]) {
          return false;
        }
      }
      return true;
    }

    /** Adds the bytes with their value; returns the slot, or NONE when the dictionary is full. */
    int add(byte[] b, int from, int to, Object value) {
      if (size >= MAX) {
        return NONE;
      }
      if (2 * (size + 1) > values.length) {
        long[] oldTable = table;
        byte[][] oldLongKeys = longKeys;
        Object[] oldValues = values;
        int cap = oldValues.length * 2;
        table = emptyTable(cap);
        longKeys = new byte[cap][];
        values = new Object[cap];
        shift--;
        for (int i = 0; i < oldValues.length; i++) {
          int at = STRIDE * i;
          if (oldTable[at + LENGTH] >= 0) {
            byte[] k = oldLongKeys[i];
            put(oldTable[at], oldTable[at + HEAD2], (int) oldTable[at + LENGTH], k, k == null ? 0 : hashTail(k, 0,
                k.length), oldValues[i], (int) oldTable[at + CODE]);
          }
        }
      }
      int n = to - from;
      long head = head(b, from, n);
      long head2 = head2(b, from, n);
      byte[] key = n > 16 ? Arrays.copyOfRange(b, from, to) : null;
      int slot = put(head, head2, n, key, n > 16 ? hashTail(b, from, n) : 0, value, -1);
      size++;
      lastHead = head;
      lastHead2 = head2;
      lastLength = n;
      lastSlot = slot;
      return slot;
    }

    private int put(long head, long head2, int n, byte[] key, long tail, Object value, int code) {
      int mask = values.length - 1;
      int i = hash(head, head2, n, tail, shift);
      while (table[STRIDE * i + LENGTH] >= 0) {
        i = (i + 1) & mask;
      }
      int at = STRIDE * i;
      table[at] = head;
      table[at + HEAD2] = head2;
      table[at + LENGTH] = n;
      table[at + CODE] = code;
      longKeys[i] = key;
      values[i] = value;
      return i;
    }

    private static long hashTail(byte[] b, int from, int n) {
      long h = 0;
      for (int i = 16; i < n; i++) {
        h = (h ^ b[from + i]) * 0x100000001B3L;
      }
      return h;
    }

    /**
     * A key's first slot: the top bits of the product of its words and length, mixed, with 2^64 divided by the golden
     * ratio (Fibonacci hashing: one multiplication).
     */
    private static int hash(long head, long head2, int n, long tail, int shift) {
      return (int) (((head ^ Long.rotateLeft(head2 ^ tail, 29)) + n) * 0x9E3779B97F4A7C15L >>> shift);
    }
  }
}
