package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2025}, {@code 2025-05}, {@code 2025-11-24}), for documents
 * whose sources give no exact date. We do not invent precision the source does not have.
 *
 * @param value the ISO text, year, year-month or year-month-day
 */
public record PartialDate(String value) {
  private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Checks the form and that the date exists. */
  public PartialDate {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new InvalidValueException(
          "'" + value + "' is not a date; expected 2025, 2025-05 or 2025-11-24");
    }
    try {
      LocalDate.parse(value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidValueException("'" + value + "' is not a real date; expected e.g. 2025-11-24", e);
    }
  }

  /** Parses {@code 2025}, {@code 2025-05} or {@code 2025-11-24}. */
  public static PartialDate parse(String value) {
    return new PartialDate(value);
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.toString());
  }

  /** The year. */
  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** Whether the day is known. */
  public boolean isExact() {
    return value.length() == 10;
  }

  /** The ISO text. */
  @Override
  public String toString() {
    return value;
  }
}
