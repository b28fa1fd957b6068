package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.MeasurementSet;
import java.util.List;

/**
 * What an import produced: the measurements taken and, in lenient mode, the rows rejected with their reasons. Every
 * input row is in exactly one of them: {@code measurements().size() + measurements().changeOnlyRows() +
 * rejected().size() + rejectedToFile() == rowsRead()}, which the constructor checks (a row that gives only a change on
 * an earlier period is kept as a {@link dev.chitieu.core.data.ReportedChange}).
 *
 * @param measurements the measurements imported
 * @param rejected the rejected rows kept in memory; in strict mode only the rows a declared KEEP_FIRST / KEEP_LAST
 *     policy dropped (a strict import throws instead of rejecting)
 * @param rowsRead how many data rows the input had (rows whose fields are all blank are not counted)
 * @param rejectedToFile how many rejected rows are only in {@link ImportOptions#rejectedRowsFile()}, beyond the ones
 *     kept in memory ({@link ImportLimits#rejectedRows()}); that file holds every rejected row
 */
public record ImportResult(MeasurementSet measurements, List<RejectedRow> rejected, long rowsRead,
    long rejectedToFile) {
  /**
   * Copies the rejected rows and checks that every row read is accounted for.
   *
   * @throws IllegalArgumentException if the measurements and the rejected rows do not add up to the rows read
   */
  public ImportResult {
    requireNonNull(measurements, "measurements");
    rejected = List.copyOf(rejected);
    long kept = (long) measurements.size() + measurements.changeOnlyRows();
    if (rejectedToFile < 0 || kept + rejected.size() + rejectedToFile != rowsRead) {
      throw new IllegalArgumentException("an import must account for every row it read: " + measurements.size()
          + " imported + " + (measurements.changeOnlyRows() == 0 ? ""
              : measurements.changeOnlyRows() + " reported changes alone + ") + rejected.size()
          + " rejected + " + rejectedToFile + " rejected to a file != " + rowsRead + " read");
    }
  }

  /**
   * A result whose rejected rows are all in memory.
   *
   * @param measurements the measurements imported
   * @param rejected the rejected rows
   * @param rowsRead how many data rows the input had
   */
  public ImportResult(MeasurementSet measurements, List<RejectedRow> rejected, long rowsRead) {
    this(measurements, rejected, rowsRead, 0);
  }

  /** How many rows were rejected, in memory and in the rejected-rows file. */
  public long rowsRejected() {
    return rejected.size() + rejectedToFile;
  }

  /** Whether every row was imported. */
  public boolean isClean() {
    return rejected.isEmpty() && rejectedToFile == 0;
  }
}
