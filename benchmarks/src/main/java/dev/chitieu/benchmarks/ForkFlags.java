package dev.chitieu.benchmarks;

/**
 * JVM flags every benchmark fork needs, whatever its heap, for the {@code jvmArgs} of each {@code @Fork}. The heap
 * sizes go in {@code jvmArgsAppend} instead, so that a run can change them with JMH's {@code -jvmArgsAppend}, which
 * replaces the annotation's {@code jvmArgsAppend} and keeps these; JMH's {@code -jvmArgs} would replace these.
 */
public final class ForkFlags {
  private ForkFlags() {}

  /**
   * Lets JMH's harness use {@code sun.misc.Unsafe} without a warning on JDK 24 and later. It is the system property
   * that {@code --sun-misc-unsafe-memory-access=allow} sets; the flag itself would stop a JDK 21 to 23 from starting,
   * the property is ignored there.
   */
  public static final String UNSAFE = "-Dsun.misc.unsafe.memory.access=allow";

  /** Lets DuckDB's JDBC driver load its native library without a warning (JDK 22 and later). */
  public static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
}
