package dev.chitieu.core.data;

import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;

/**
 * How complete a rolled-up figure is: how many of the region's reporting units contributed (e.g. 112 of 114
 * communes), and which are missing. A report prints it beside the figure; an assessment on incomplete data says so.
 *
 * @param reporting the units that contributed
 * @param expected the units that should have
 * @param missing the codes of the units that did not, in hierarchy order
 */
public record Coverage(int reporting, int expected, List<RegionCode> missing) {
  /**
   * Checks the counts against each other and against the list of missing units.
   *
   * @throws IllegalArgumentException if {@code expected < 1}, {@code reporting} is outside {@code 0..expected}, the
   *     missing list does not hold exactly {@code expected - reporting} units, or names a unit twice
   * @throws NullPointerException if {@code missing} or one of its codes is null
   */
  public Coverage {
    missing = List.copyOf(requireNonNull(missing, "missing"));
    if (expected < 1) {
      throw new IllegalArgumentException("coverage needs at least 1 expected unit (a region with no units below it "
          + "is its own unit), was " + reporting + " of " + expected);
    }
    if (reporting < 0 || expected < reporting) {
      throw new IllegalArgumentException(
          "coverage needs 0 <= reporting <= expected, was " + reporting + " of " + expected);
    }
    if (missing.size() != expected - reporting) {
      throw new IllegalArgumentException("coverage " + reporting + " of " + expected + " needs "
          + (expected - reporting) + " missing units, the list names " + missing.size() + ": " + missing);
    }
    if (new HashSet<>(missing).size() != missing.size()) {
      throw new IllegalArgumentException("coverage " + reporting + " of " + expected
          + " names a missing unit more than once: " + missing + "; list each unit once");
    }
  }

  /** Complete coverage of one unit reporting for itself. */
  public static Coverage single() {
    return new Coverage(1, 1, List.of());
  }

  /** Whether every expected unit contributed. */
  public boolean isComplete() {
    return reporting == expected;
  }

  /** {@code 112/114}. */
  @Override
  public String toString() {
    return reporting + "/" + expected;
  }
}
