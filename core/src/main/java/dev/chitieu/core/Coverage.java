package dev.chitieu.core;

import static java.util.Objects.requireNonNull;

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
  /** Checks the counts. */
  public Coverage {
    missing = List.copyOf(requireNonNull(missing, "missing"));
    if (reporting < 0 || expected < reporting) {
      throw new IllegalArgumentException(
          "coverage needs 0 <= reporting <= expected, was " + reporting + " of " + expected);
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
