package dev.chitieu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two baselines for {@link ImportBenchmark} between the separator count and the library's import: the least an import
 * that dictionary-encodes a CSV file into columns must do, with nothing checked. Written for the benchmark's sample
 * only (the canonical form of {@code MeasurementCsv.write}: 9 columns, a header, no quotes, ASCII, every line ended by
 * a line feed); on any other file its figures mean nothing, and it says nothing of what is wrong in a file.
 *
 * <ul>
 *   <li>{@link #findFields}: the separators and line feeds found 8 bytes at a time (in a {@code long}, "SIMD within a
 *       register", as the library's reader does), each field's start and end known, nothing done with them;
 *   <li>{@link #encode}: the same, and each field put in its column: a text field's code from an open-addressing
 *       dictionary per column (keys of up to 16 bytes hashed and compared as two words, as in the library), a figure
 *       parsed from its digits. No check of any kind (UTF-8, ids, codes, periods, statuses, figures, repeated keys),
 *       no measurement set built, no line numbers kept, the columns allocated once before timing.
 * </ul>
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
final class EncodeFloor {
  /** The columns of the canonical form. */
  static final int COLUMNS = 9;

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long COMMA = 0x2C2C2C2C2C2C2C2CL;
  private static final long LF = 0x0A0A0A0A0A0A0A0AL;
  /** The figure columns: value, numerator, denominator; the others hold text. */
  private static final boolean[] FIGURE = {false, false, false, true, true, true, false, false, false};
  private static final int BUFFER = 1 << 16;

  private final int[][] codes = new int[COLUMNS][];
  private final double[][] figures = new double[COLUMNS][];
  private final Dictionary[] dictionaries = new Dictionary[COLUMNS];

  /** Room for {@code rows} rows, allocated here, before timing. */
  EncodeFloor(int rows) {
    for (int c = 0; c < COLUMNS; c++) {
      if (FIGURE[c]) {
        figures[c] = new double[rows];
      } else {
        codes[c] = new int[rows];
      }
    }
  }

  /** The number of fields in the file (the header's included), found 8 bytes at a time. */
  long findFields(Path file) throws IOException {
    return read(file, false);
  }

  /** Puts the file's rows (the header left out) in the columns, and returns their number. */
  int encode(Path file) throws IOException {
    for (int c = 0; c < COLUMNS; c++) {
      dictionaries[c] = new Dictionary();
    }
    long fields = read(file, true);
    return (int) (fields / COLUMNS) - 1;
  }

  /** After {@link #encode}: the distinct texts of a text column. */
  int distinct(int column) {
    return dictionaries[column].size;
  }

  /** After {@link #encode}: the code of a text column's field in a row, numbered in the order first met. */
  int code(int column, int row) {
    return codes[column][row];
  }

  /** After {@link #encode}: a figure column's figure in a row, NaN for an empty field. */
  double figure(int column, int row) {
    return figures[column][row];
  }

  private long read(Path file, boolean encode) throws IOException {
    byte[] buf = new byte[BUFFER + 16]; // room to read a word past the end
    long fields = 0;
    int row = -1; // the header
    int col = 0;
    int have = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf, have, BUFFER - have)) > 0) {
        int end = have + n;
        int limit = end; // the bytes of whole lines
        while (limit > 0 && buf[limit - 1] != '\n') {
          limit--;
        }
        if (limit == 0) {
          throw new IllegalStateException("a line longer than the buffer: not the benchmark's sample");
        }
        int start = 0; // the field's first byte
        for (int base = 0; base < limit; base += 8) {
          long w = (long) LONG.get(buf, base);
          long found = equal(w, COMMA) | equal(w, LF);
          if (limit - base < 8) {
            found &= (1L << ((limit - base) << 3)) - 1;
          }
          while (found != 0) {
            int at = base + (Long.numberOfTrailingZeros(found) >>> 3);
            found &= found - 1;
            fields++;
            if (encode && row >= 0) {
              if (FIGURE[col]) {
                figures[col][row] = figure(buf, start, at);
              } else {
                codes[col][row] = dictionaries[col].code(buf, start, at);
              }
            }
            if (buf[at] == '\n') {
              row++;
              col = 0;
            } else {
              col++;
            }
            start = at + 1;
          }
        }
        System.arraycopy(buf, limit, buf, 0, end - limit);
        have = end - limit;
      }
    }
    if (have > 0) {
      throw new IllegalStateException("the file does not end with a line feed: not the benchmark's sample");
    }
    return fields;
  }

  /**
   * The top bit set in each byte of {@code w} that equals the byte of {@code pattern} (8 copies of it), and in no
   * other byte: exact, with no carry from one byte into the next (as the library's {@code Swar.equal}).
   */
  private static long equal(long w, long pattern) {
    long x = w ^ pattern;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** A figure from its digits, with a '-' and a '.' taken where they are; NaN for an empty field. */
  static double figure(byte[] b, int from, int to) {
    if (from == to) {
      return Double.NaN;
    }
    long digits = 0;
    int decimals = -1;
    boolean negative = false;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '.') {
        decimals = 0;
      } else if (c == '-') {
        negative = true;
      } else {
        digits = digits * 10 + (c - '0');
        decimals += decimals >= 0 ? 1 : 0;
      }
    }
    double d = decimals > 0 ? digits / Math.pow(10, decimals) : digits;
    return negative ? -d : d;
  }

  /** The 8 bytes from {@code i}, those from {@code length} on cleared. */
  private static long word(byte[] b, int i, int length) {
    long w = (long) LONG.get(b, i);
    return length >= 8 ? w : w & ((1L << (length << 3)) - 1);
  }

  /** Open addressing from a field's bytes to its code, numbered in the order first met. */
  private static final class Dictionary {
    private int mask = 1023;
    private long[] head = new long[mask + 1];
    private long[] head2 = new long[mask + 1];
    /** The key's length above the low 24 bits, its code + 1 in them; 0 for a free slot. */
    private int[] lengthCode = new int[mask + 1];
    /** Keys of more than 16 bytes, whole. */
    private byte[][] longKeys = new byte[mask + 1][];
    int size;

    int code(byte[] b, int from, int to) {
      int n = to - from;
      long h1 = word(b, from, Math.min(n, 8));
      long h2 = 0;
      for (int i = from + 8; i < to; i += 8) {
        h2 = h2 * 0x9E3779B97F4A7C15L + word(b, i, Math.min(8, to - i));
      }
      int i = slot(h1, h2, n);
      while (true) {
        int lc = lengthCode[i];
        if (lc == 0) {
          head[i] = h1;
          head2[i] = h2;
          lengthCode[i] = n << 24 | ++size;
          longKeys[i] = n > 16 ? Arrays.copyOfRange(b, from, to) : null;
          if (2 * size > mask) {
            grow();
          }
          return size - 1;
        }
        if (head[i] == h1 && head2[i] == h2 && lc >>> 24 == n
            && (n <= 16 || Arrays.equals(b, from, to, longKeys[i], 0, n))) {
          return (lc & 0xFFFFFF) - 1;
        }
        i = (i + 1) & mask;
      }
    }

    private int slot(long h1, long h2, int n) {
      long h = h1 * 0x9E3779B97F4A7C15L ^ h2 * 0xC2B2AE3D27D4EB4FL ^ n;
      return (int) (h ^ (h >>> 29)) & mask;
    }

    private void grow() {
      long[] oldHead = head;
      long[] oldHead2 = head2;
      int[] oldLengthCode = lengthCode;
      byte[][] oldLongKeys = longKeys;
      mask = 2 * mask + 1;
      head = new long[mask + 1];
      head2 = new long[mask + 1];
      lengthCode = new int[mask + 1];
      longKeys = new byte[mask + 1][];
      for (int j = 0; j < oldLengthCode.length; j++) {
        if (oldLengthCode[j] != 0) {
          int i = slot(oldHead[j], oldHead2[j], oldLengthCode[j] >>> 24);
          while (lengthCode[i] != 0) {
            i = (i + 1) & mask;
          }
          head[i] = oldHead[j];
          head2[i] = oldHead2[j];
          lengthCode[i] = oldLengthCode[j];
          longKeys[i] = oldLongKeys[j];
        }
      }
    }
  }
}
