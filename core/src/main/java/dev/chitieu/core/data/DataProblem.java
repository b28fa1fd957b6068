package dev.chitieu.core.data;

import static java.util.Objects.requireNonNull;

/**
 * One bad input row or value: where it is, what was wrong, and what was expected.
 *
 * @param source the file or stream name, e.g. {@code haiphong-2025.csv}
 * @param location where in the source: {@code line 12}, or {@code sheet 'data' cell D7}
 * @param column the column (field) name, or empty when the whole row is at fault
 * @param value the offending text as read, or empty
 * @param problem what was wrong
 * @param expected what would be right
 */
public record DataProblem(
    String source, String location, String column, String value, String problem, String expected) {
  /** Checks that no part is null. */
  public DataProblem {
    requireNonNull(source, "source");
    requireNonNull(location, "location");
    requireNonNull(column, "column");
    requireNonNull(value, "value");
    requireNonNull(problem, "problem");
    requireNonNull(expected, "expected");
  }

  /** The whole sentence, e.g. {@code data.csv line 12, column 'period': '2025-13' is not a period; expected …}. */
  public String message() {
    StringBuilder b = new StringBuilder(source).append(' ').append(location);
    if (!column.isEmpty()) {
      b.append(", column '").append(column).append('\'');
    }
    b.append(": ");
    if (!value.isEmpty()) {
      b.append('\'').append(value).append("' ");
    }
    b.append(problem);
    if (!expected.isEmpty()) {
      b.append("; expected ").append(expected);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return message();
  }
}
