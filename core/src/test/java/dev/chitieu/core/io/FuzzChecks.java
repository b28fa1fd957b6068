package dev.chitieu.core.io;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.DuplicatePolicy;
import dev.chitieu.core.data.InvalidDataException;
import java.util.List;
import java.util.function.Function;

/**
 * What every fuzzed import must do: end imported, or as an {@link InvalidDataException} whose every problem is
 * located; account for every row it read; and agree between its strict and lenient modes. Any other outcome (another
 * exception, an error, a lost row) fails the fuzz test with the input kept as a reproducer.
 */
final class FuzzChecks {
  private FuzzChecks() {}

  /**
   * The options a fuzz input's first byte picks: with or without a plan, decimal comma, a duplicate policy, and bounds
   * small enough for the fuzzer to cross them.
   */
  static ImportOptions options(int selectorByte) {
    int selector = selectorByte & 0xFF;
    ImportOptions o = (selector & 1) != 0 ? MeasurementImportTest.PLAN : ImportOptions.defaults();
    if ((selector & 2) != 0) {
      o = o.withDecimalComma(true);
    }
    o = o.withDuplicates(DuplicatePolicy.values()[(selector >> 2) % DuplicatePolicy.values().length]);
    if ((selector & 16) != 0) {
      o = o.withLimits(ImportLimits.defaults().withFieldLength(64).withFieldsPerRow(16).withRejected(8, 4_096)
          .withProblems(16));
    }
    return o;
  }

  /**
   * Runs an import in strict and lenient mode and checks both outcomes.
   *
   * @param read reads the input in lenient ({@code true}) or strict mode
   * @param lineLocated whether every problem must name a line (CSV, JSON)
   */
  static void check(Function<Boolean, ImportResult> read, boolean lineLocated) {
    ImportResult strict = null;
    InvalidDataException strictError = null;
    try {
      strict = read.apply(false);
    } catch (InvalidDataException e) {
      strictError = e;
    }
    ImportResult lenient = null;
    InvalidDataException lenientError = null;
    try {
      lenient = read.apply(true);
    } catch (InvalidDataException e) {
      lenientError = e;
    }
    for (InvalidDataException e : new InvalidDataException[] {strictError, lenientError}) {
      if (e != null) {
        located(e.problems(), lineLocated);
      }
    }
    for (ImportResult r : new ImportResult[] {strict, lenient}) {
      if (r != null) {
        accounted(r, lineLocated);
      }
    }
    if (strict != null) {
      if (lenient == null) {
        throw new AssertionError("strict import succeeded, lenient failed: " + lenientError.getMessage());
      }
      if (!strict.measurements().equals(lenient.measurements()) || strict.rowsRead() != lenient.rowsRead()) {
        throw new AssertionError("strict and lenient imports differ on an input strict accepts");
      }
    }
  }

  private static void accounted(ImportResult r, boolean lineLocated) {
    if (r.measurements().size() + r.rejected().size() + r.rejectedToFile() != r.rowsRead()) {
      throw new AssertionError("rows lost: " + r);
    }
    for (RejectedRow row : r.rejected()) {
      if (row.problems().isEmpty() || (lineLocated && !row.location().startsWith("line "))) {
        throw new AssertionError("a rejected row without its place or reason: " + row);
      }
      located(row.problems(), lineLocated);
    }
  }

  private static void located(List<DataProblem> problems, boolean lineLocated) {
    if (problems.isEmpty()) {
      throw new AssertionError("an InvalidDataException without a problem");
    }
    for (DataProblem p : problems) {
      if (p.source().isEmpty() || p.problem().isEmpty() || (lineLocated && !p.location().startsWith("line "))) {
        throw new AssertionError("a problem that does not say where or what: " + p.message());
      }
    }
  }
}
