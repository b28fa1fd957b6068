package dev.chitieu.core.internal;

import java.util.Arrays;

/**
 * A growable column of dictionary codes, as narrow as the codes written so far allow: one byte per row while every
 * code is below 256, two below 65,536, four beyond; it widens itself the first time a larger code is written. A
 * measurement set's builder keeps its rows' codes in these, so that a builder of ten million rows over a few hundred
 * regions holds 2 bytes a row for the region, not 4. Not thread-safe; not part of the API.
 */
public final class CodeColumn {
  private byte[] bytes;
  private char[] chars;
  private int[] ints;
  private int width = 1;

  /**
   * A column with room for {@code capacity} rows.
   *
   * @param capacity the rows it holds before it must grow
   */
  public CodeColumn(int capacity) {
    bytes = new byte[capacity];
  }

  /** The code of a row. */
  public int get(int row) {
    byte[] b = bytes;
    if (b != null) {
      return b[row] & 0xFF; // the common case first: a dictionary of fewer than 256 values
    }
    return chars != null ? chars[row] : ints[row];
  }

  /**
   * Sets the code of a row below the capacity.
   *
   * @param row the row
   * @param code the code; not negative
   */
  public void set(int row, int code) {
    byte[] b = bytes;
    if (b != null && code >>> 8 == 0) {
      b[row] = (byte) code;
    } else if (chars != null && code >>> 16 == 0) {
      chars[row] = (char) code;
    } else if (ints != null && code >= 0) {
      ints[row] = code;
    } else {
      widen(code);
      set(row, code);
    }
  }

  /**
   * Sets the codes of rows {@code at .. at + n - 1} below the capacity to {@code codes[from .. from + n - 1]}, widening
   * once for the largest: the loop of a merge of many rows, a plain copy at the column's width.
   *
   * @param at the first row
   * @param codes the codes; none negative
   * @param from the first code's index in {@code codes}
   * @param n how many rows
   */
  public void setAll(int at, int[] codes, int from, int n) {
    int any = 0;
    for (int j = 0; j < n; j++) {
      any |= codes[from + j];
    }
    if (any >>> 8 != 0 && width == 1 || any >>> 16 != 0 && width == 2 || any < 0) {
      widen(any); // the bits of every code are in it: it is as wide as the widest and negative if one is
    }
    switch (width) {
      case 1 -> {
        byte[] b = bytes;
        for (int j = 0; j < n; j++) {
          b[at + j] = (byte) codes[from + j];
        }
      }
      case 2 -> {
        char[] c = chars;
        for (int j = 0; j < n; j++) {
          c[at + j] = (char) codes[from + j];
        }
      }
      default -> System.arraycopy(codes, from, ints, at, n);
    }
  }

  private void widen(int code) {
    if (code < 0) {
      throw new IllegalArgumentException("a code is not negative, was " + code);
    }
    int n = capacity();
    if (code < 65_536) {
      chars = new char[n];
      for (int i = 0; i < n; i++) {
        chars[i] = (char) (bytes[i] & 0xFF);
      }
      bytes = null;
      width = 2;
      return;
    }
    ints = new int[n];
    for (int i = 0; i < n; i++) {
      ints[i] = get(i);
    }
    bytes = null;
    chars = null;
    width = 4;
  }

  /**
   * Copies the codes of rows {@code from .. from + n - 1} into {@code dst[at ..]}: a loop over many rows decodes a
   * block at a time and then reads a plain {@code int[]}, whatever the width.
   */
  public void decode(int from, int n, int[] dst, int at) {
    switch (width) {
      case 1 -> {
        for (int j = 0; j < n; j++) {
          dst[at + j] = bytes[from + j] & 0xFF;
        }
      }
      case 2 -> {
        for (int j = 0; j < n; j++) {
          dst[at + j] = chars[from + j];
        }
      }
      default -> System.arraycopy(ints, from, dst, at, n);
    }
  }

  /** The rows it has room for. */
  public int capacity() {
    return switch (width) {
      case 1 -> bytes.length;
      case 2 -> chars.length;
      default -> ints.length;
    };
  }

  /** The bytes a row takes now: 1, 2 or 4. */
  public int width() {
    return width;
  }

  /**
   * Makes room for {@code capacity} rows in all, keeping the codes of the rows below it.
   *
   * @param capacity the rows to hold
   */
  public void grow(int capacity) {
    switch (width) {
      case 1 -> bytes = Arrays.copyOf(bytes, capacity);
      case 2 -> chars = Arrays.copyOf(chars, capacity);
      default -> ints = Arrays.copyOf(ints, capacity);
    }
  }

  /**
   * Packs the codes of {@code n} rows, translated, into an immutable column as narrow as {@code limit} allows.
   *
   * @param rows the rows in the order of the column made, or null for rows {@code 0 .. n-1} in order
   * @param n how many rows
   * @param remap the new code of each code here, or null to keep the codes
   * @param limit one more than the largest new code
   * @return the column
   */
  public Codes pack(int[] rows, int n, int[] remap, int limit) {
    if (limit <= 256) {
      byte[] b = new byte[n];
      for (int i = 0; i < n; i++) {
        b[i] = (byte) code(rows == null ? i : rows[i], remap);
      }
      return new Codes.Bytes(b);
    }
    if (limit <= 65_536) {
      char[] c = new char[n];
      for (int i = 0; i < n; i++) {
        c[i] = (char) code(rows == null ? i : rows[i], remap);
      }
      return new Codes.Chars(c);
    }
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = code(rows == null ? i : rows[i], remap);
    }
    return new Codes.Ints(a);
  }

  private int code(int row, int[] remap) {
    int c = get(row);
    return remap == null ? c : remap[c];
  }
}
