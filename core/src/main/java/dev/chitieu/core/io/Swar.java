package dev.chitieu.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time in a {@code long} ("SIMD within a register"): the CSV reader finds separators and line breaks
 * and checks text to be ASCII a word at a time instead of a byte at a time.
 */
final class Swar {
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  /** The top bit of every byte. */
  static final long HIGH = 0x8080808080808080L;
  static final long LF = broadcast((byte) '\n');
  static final long CR = broadcast((byte) '\r');
  static final long QUOTE = broadcast((byte) '"');

  private Swar() {}

  /** The 8 bytes from {@code i}, the first in the lowest byte. */
  static long word(byte[] b, int i) {
    return (long) LONG.get(b, i);
  }

  /** A word of 8 copies of a byte. */
  static long broadcast(byte c) {
    return (c & 0xFFL) * 0x0101010101010101L;
  }

  /**
   * The top bit set in each byte of {@code w} that equals the byte of {@code pattern} (a {@link #broadcast}), and in
   * no other byte.
   */
  static long equal(long w, long pattern) {
    long x = w ^ pattern;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }
}
