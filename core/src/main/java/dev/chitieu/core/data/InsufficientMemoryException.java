package dev.chitieu.core.data;

import dev.chitieu.core.ChitieuException;

/**
 * The Java heap ran out while importing: the data is larger than the heap can hold as a measurement set. The message
 * says where the import was, how large the heap is, and how to raise it. Nothing is imported; the memory the import
 * had taken is free again when this is thrown.
 */
public final class InsufficientMemoryException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final long maxHeapBytes;

  /**
   * Creates the exception.
   *
   * @param source the input being read, e.g. {@code haiphong-2025.csv}
   * @param where how far the import got, e.g. {@code line 5,200,001, after 5,200,000 rows}
   * @param maxHeapBytes the most heap the JVM may use ({@link Runtime#maxMemory()})
   * @param cause the error the JVM threw
   */
  public InsufficientMemoryException(String source, String where, long maxHeapBytes, OutOfMemoryError cause) {
    super(source + ": out of memory at " + where + " / hết bộ nhớ khi đọc dữ liệu: the Java heap holds at most "
        + mebibytes(maxHeapBytes) + " MB; raise it with the JVM option -Xmx (e.g. -Xmx" + suggested(maxHeapBytes)
        + "), or import a smaller file", cause);
    this.maxHeapBytes = maxHeapBytes;
  }

  /** The most heap the JVM may use, in bytes, when the import ran out. */
  public long maxHeapBytes() {
    return maxHeapBytes;
  }

  /** A heap size to suggest: four times the present one, in whole gigabytes (at least 1g). */
  public String suggestedHeap() {
    return suggested(maxHeapBytes);
  }

  private static long mebibytes(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static String suggested(long bytes) {
    long gb = Math.max(1, (bytes * 4 + (1L << 30) - 1) >> 30);
    return gb + "g";
  }
}
