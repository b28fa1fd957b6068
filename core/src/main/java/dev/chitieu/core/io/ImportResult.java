package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.MeasurementSet;
import java.util.List;

/**
 * What an import produced: the measurements taken and, in lenient mode, the rows rejected with their reasons. Every
 * input row is in exactly one of the two.
 *
 * @param measurements the measurements imported
 * @param rejected the rows rejected; always empty in strict mode (a strict import throws instead)
 * @param rowsRead how many data rows the input had
 */
public record ImportResult(MeasurementSet measurements, List<RejectedRow> rejected, long rowsRead) {
  /** Copies the rejected rows. */
  public ImportResult {
    requireNonNull(measurements, "measurements");
    rejected = List.copyOf(rejected);
  }

  /** Whether every row was imported. */
  public boolean isClean() {
    return rejected.isEmpty();
  }
}
