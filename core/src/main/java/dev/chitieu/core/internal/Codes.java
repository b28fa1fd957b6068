package dev.chitieu.core.internal;

/**
 * An immutable column of dictionary codes {@code 0..n-1}, stored as narrow as the dictionary allows: one byte per
 * row up to 256 distinct values, two up to 65,536, four beyond. Not part of the API.
 */
public abstract sealed class Codes {
  private Codes() {}

  /** The code at a row. */
  public abstract int get(int row);

  /**
   * Copies the codes of rows {@code from .. from + n - 1} into {@code dst[0 .. n - 1]}: the hot loops decode a block
   * at a time and then read a plain {@code int[]}, whatever the width.
   */
  public abstract void decode(int from, int n, int[] dst);

  /** The number of rows. */
  public abstract int size();

  /** The bytes each row takes. */
  public abstract int width();

  /** One byte per row. */
  public static final class Bytes extends Codes {
    private final byte[] codes;

    Bytes(byte[] codes) {
      this.codes = codes;
    }

    @Override
    public int get(int row) {
      return codes[row] & 0xFF;
    }

    @Override
    public void decode(int from, int n, int[] dst) {
      for (int j = 0; j < n; j++) {
        dst[j] = codes[from + j] & 0xFF;
      }
    }

    @Override
    public int size() {
      return codes.length;
    }

    @Override
    public int width() {
      return 1;
    }

    /** The raw array; never modify it. */
    public byte[] array() {
      return codes;
    }
  }

  /** Two bytes per row. */
  public static final class Chars extends Codes {
    private final char[] codes;

    Chars(char[] codes) {
      this.codes = codes;
    }

    @Override
    public int get(int row) {
      return codes[row];
    }

    @Override
    public void decode(int from, int n, int[] dst) {
      for (int j = 0; j < n; j++) {
        dst[j] = codes[from + j];
      }
    }

    @Override
    public int size() {
      return codes.length;
    }

    @Override
    public int width() {
      return 2;
    }

    /** The raw array; never modify it. */
    public char[] array() {
      return codes;
    }
  }

  /** Four bytes per row. */
  public static final class Ints extends Codes {
    private final int[] codes;

    Ints(int[] codes) {
      this.codes = codes;
    }

    @Override
    public int get(int row) {
      return codes[row];
    }

    @Override
    public void decode(int from, int n, int[] dst) {
      System.arraycopy(codes, from, dst, 0, n);
    }

    @Override
    public int size() {
      return codes.length;
    }

    @Override
    public int width() {
      return 4;
    }

    /** The raw array; never modify it. */
    public int[] array() {
      return codes;
    }
  }
}
