package dev.chitieu.core.internal;

import dev.chitieu.core.MeasurementSet;
import java.util.function.Function;

/**
 * Hands the rollup engine the columns of a {@link MeasurementSet} without making them part of the set's API. Not part
 * of the API; the set registers itself when its class is initialized.
 */
public final class ColumnAccess {
  private static volatile Function<MeasurementSet, Columns> access;

  private ColumnAccess() {}

  /** Called once, by {@link MeasurementSet}'s static initializer. */
  public static void register(Function<MeasurementSet, Columns> f) {
    if (access != null) {
      throw new IllegalStateException("column access is registered already");
    }
    access = f;
  }

  /** The columns of a set. */
  public static Columns of(MeasurementSet set) {
    return access.apply(set);
  }
}
