package dev.chitieu.core.internal.store;

import java.util.function.Function;

/**
 * Hands the rollup engine the columns of a {@code MeasurementSet} without making them part of the set's API. Not part
 * of the API; the set registers itself when its class is initialized. The set is typed as {@code Object} here so that
 * this package does not depend on the one of the set (no package cycle); only the set's own function reads it.
 */
public final class ColumnAccess {
  private static volatile Function<Object, Columns> access;

  private ColumnAccess() {}

  /** Called once, by {@code MeasurementSet}'s static initializer. */
  public static void register(Function<Object, Columns> f) {
    if (access != null) {
      throw new IllegalStateException("column access is registered already");
    }
    access = f;
  }

  /** The columns of a set. */
  public static Columns of(Object set) {
    return access.apply(set);
  }
}
