package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed range of whole months with a name: a year, a half, a quarter, a month, or any other range such as a
 * year-to-date window. Immutable and thread-safe.
 *
 * <p>Text forms, parsed and printed both ways: {@code 2025}, {@code 2025-H1}, {@code 2025-Q3}, {@code 2025-07}, {@code
 * 2025-01..2025-09}. The kind follows from the months, so {@code 2025-01..2025-12} is the year {@code 2025} and prints
 * so; {@link #toString()} always gives the canonical form.
 */
public final class Period implements Comparable<Period> {
  private static final String FORMS =
      "one of 2025, 2025-H1, 2025-Q3, 2025-07 or a month range 2025-01..2025-09";

  /** Months since year 0 of the first and last month, inclusive: {@code year * 12 + month - 1}. */
  private final int first;

  private final int last;

  private Period(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The period of the months with the given indexes ({@code year * 12 + month - 1}), inclusive.
   *
   * @param firstMonthIndex the first month's index
   * @param lastMonthIndex the last month's index, not before the first
   * @return the period
   * @throws InvalidPeriodException if the range is empty or outside the years 1..9999
   */
  public static Period ofMonthIndexes(int firstMonthIndex, int lastMonthIndex) {
    if (lastMonthIndex < firstMonthIndex || firstMonthIndex < 12 || lastMonthIndex >= 10_000 * 12) {
      throw new InvalidPeriodException(
          firstMonthIndex + ".." + lastMonthIndex,
          "a period needs a first month not after its last, within the years 1..9999; got month indexes "
              + firstMonthIndex
              + ".."
              + lastMonthIndex);
    }
    return new Period(firstMonthIndex, lastMonthIndex);
  }

  /** The calendar year. */
  public static Period year(int year) {
    checkYear(year);
    return new Period(year * 12, year * 12 + 11);
  }

  /**
   * A half-year.
   *
   * @param year the year
   * @param half 1 or 2
   * @return the period
   */
  public static Period half(int year, int half) {
    checkYear(year);
    if (half < 1 || half > 2) {
      throw new InvalidPeriodException(year + "-H" + half, "a half-year is H1 or H2, was H" + half);
    }
    int start = year * 12 + (half - 1) * 6;
    return new Period(start, start + 5);
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new InvalidPeriodException(year + "-Q" + quarter, "a quarter is Q1 to Q4, was Q" + quarter);
    }
    int start = year * 12 + (quarter - 1) * 3;
    return new Period(start, start + 2);
  }

  /** A single month. */
  public static Period month(YearMonth month) {
    requireNonNull(month, "month");
    checkYear(month.getYear());
    int i = index(month);
    return new Period(i, i);
  }

  /**
   * A single month.
   *
   * @param year the year
   * @param month 1 to 12
   * @return the period
   * @throws InvalidPeriodException if the year or month is out of range
   */
  public static Period month(int year, int month) {
    checkYear(year);
    checkMonth(year, month, "a month");
    return month(YearMonth.of(year, month));
  }

  /**
   * A closed range of months.
   *
   * @param from the first month
   * @param to the last month, not before {@code from}
   * @return the period; its kind follows from the months
   */
  public static Period range(YearMonth from, YearMonth to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkYear(from.getYear());
    checkYear(to.getYear());
    if (to.isBefore(from)) {
      throw new InvalidPeriodException(
          from + ".." + to, "a period's last month " + to + " is before its first month " + from);
    }
    return new Period(index(from), index(to));
  }

  /**
   * The year-to-date window from January through a month ("9 tháng đầu năm" is {@code yearToDate(2025, 9)}).
   *
   * @param year the year
   * @param throughMonth the last month, 1 to 12
   * @return the period {@code year-01..year-MM}
   * @throws InvalidPeriodException if the year or month is out of range
   */
  public static Period yearToDate(int year, int throughMonth) {
    checkYear(year);
    checkMonth(year, throughMonth, "a year to date");
    return range(YearMonth.of(year, 1), YearMonth.of(year, throughMonth));
  }

  /**
   * The years {@code fromYear} through {@code toYear} as one range, e.g. a plan's horizon 2026-2030.
   *
   * @param fromYear the first year
   * @param toYear the last year, not before the first
   * @return the period {@code fromYear-01..toYear-12}
   */
  public static Period years(int fromYear, int toYear) {
    return range(YearMonth.of(fromYear, 1), YearMonth.of(toYear, 12));
  }

  /**
   * Reads a period from its text form.
   *
   * @param text one of {@code 2025}, {@code 2025-H1}, {@code 2025-Q3}, {@code 2025-07}, {@code 2025-01..2025-09}
   * @return the period
   * @throws InvalidPeriodException if the text is none of these forms
   */
  public static Period parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    // one pass over the text: a range has exactly one "..", each side a single period (never a range)
    int dots = t.indexOf("..");
    try {
      if (dots >= 0) {
        if (t.indexOf("..", dots + 2) >= 0) {
          throw new InvalidPeriodException(text, "'" + shown(text) + "' has more than one '..'; expected one range of "
              + "two periods, e.g. 2025-01..2025-09");
        }
        Period a = single(text, t, 0, dots);
        Period b = single(text, t, dots + 2, t.length());
        if (a == null || b == null) {
          throw new InvalidPeriodException(text, "'" + shown(text) + "' is not a period; expected " + FORMS);
        }
        if (b.last < a.first) {
          throw new InvalidPeriodException(text, "'" + shown(text)
              + "' ends before it starts; expected the earlier period first, e.g. 2025-01..2025-09");
        }
        return new Period(a.first, b.last);
      }
      Period p = single(text, t, 0, t.length());
      if (p != null) {
        return p;
      }
    } catch (InvalidPeriodException e) {
      if (e.text().equals(text)) {
        throw e;
      }
      throw new InvalidPeriodException(text, "'" + shown(text) + "' is not a period: " + e.getMessage());
    }
    throw new InvalidPeriodException(text, "'" + shown(text) + "' is not a period; expected " + FORMS);
  }

  /**
   * The single period {@code t[from, to)} in one of the forms 2025, 2025-H1, 2025-Q3, 2025-07, or null if it has
   * none of them.
   */
  private static Period single(String text, String t, int from, int to) {
    int n = to - from;
    if (n != 4 && n != 7) {
      return null;
    }
    int year = 0;
    for (int i = from; i < from + 4; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      year = year * 10 + (c - '0');
    }
    if (n == 4) {
      return year(year);
    }
    if (t.charAt(from + 4) != '-') {
      return null;
    }
    char k = t.charAt(from + 5);
    char d = t.charAt(from + 6);
    if (d < '0' || d > '9') {
      return null;
    }
    if (k == 'H') {
      return d == '1' || d == '2' ? half(year, d - '0') : null;
    }
    if (k == 'Q') {
      return d >= '1' && d <= '4' ? quarter(year, d - '0') : null;
    }
    if (k < '0' || k > '9') {
      return null;
    }
    int month = (k - '0') * 10 + (d - '0');
    if (month < 1 || month > 12) {
      throw new InvalidPeriodException(text, "'" + shown(text) + "' has month " + t.substring(from + 5, to)
          + "; expected 01 to 12");
    }
    return month(year, month);
  }

  /** The text as a message quotes it: cut after 100 characters, so that a hostile value cannot swell every message. */
  private static String shown(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "… (" + text.length() + " characters)";
  }

  /** The kind, derived from the months. */
  public PeriodKind kind() {
    int startMonth = first % 12;
    int length = last - first + 1;
    if (length == 1) {
      return PeriodKind.MONTH;
    }
    if (length == 12 && startMonth == 0) {
      return PeriodKind.YEAR;
    }
    if (length == 6 && startMonth % 6 == 0) {
      return PeriodKind.HALF;
    }
    if (length == 3 && startMonth % 3 == 0) {
      return PeriodKind.QUARTER;
    }
    return PeriodKind.RANGE;
  }

  /** Whether the period starts in January and ends within the same year (a year, H1, Q1, January, or 2025-01..09). */
  public boolean isYearToDate() {
    return first % 12 == 0 && first / 12 == last / 12;
  }

  /** The first month. */
  public YearMonth start() {
    return YearMonth.of(first / 12, first % 12 + 1);
  }

  /** The last month. */
  public YearMonth end() {
    return YearMonth.of(last / 12, last % 12 + 1);
  }

  /** The first day. */
  public LocalDate startDate() {
    return start().atDay(1);
  }

  /** The last day: "by end of 2025" is {@code 2025-12-31}. */
  public LocalDate endDate() {
    return end().atEndOfMonth();
  }

  /** The year of the last month. */
  public int year() {
    return last / 12;
  }

  /** The number of months, 1 or more. */
  public int months() {
    return last - first + 1;
  }

  /** The index of the first month, {@code year * 12 + month - 1}; the columnar engine keys on it. */
  public int firstMonthIndex() {
    return first;
  }

  /** The index of the last month, {@code year * 12 + month - 1}. */
  public int lastMonthIndex() {
    return last;
  }

  /** Whether every month of {@code other} lies inside this period. */
  public boolean contains(Period other) {
    return other.first >= first && other.last <= last;
  }

  /** Whether a day lies inside this period. */
  public boolean contains(LocalDate day) {
    int i = day.getYear() * 12 + day.getMonthValue() - 1;
    return i >= first && i <= last;
  }

  /** Whether the two periods share at least one month. */
  public boolean overlaps(Period other) {
    return other.first <= last && other.last >= first;
  }

  /** The calendar years this period touches, each as a {@link PeriodKind#YEAR} period, in order. */
  public List<Period> years() {
    List<Period> out = new ArrayList<>();
    for (int y = first / 12; y <= last / 12; y++) {
      out.add(year(y));
    }
    return out;
  }

  /**
   * The part of this period that lies inside {@code window}.
   *
   * @param window the window
   * @return the intersection
   * @throws InvalidPeriodException if they do not overlap
   */
  public Period intersect(Period window) {
    if (!overlaps(window)) {
      throw new InvalidPeriodException(
          this + "∩" + window, "periods " + this + " and " + window + " do not overlap");
    }
    return new Period(Math.max(first, window.first), Math.min(last, window.last));
  }

  /** Orders by first month, then by last month. */
  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(first, o.first);
    return c != 0 ? c : Integer.compare(last, o.last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period p && p.first == first && p.last == last;
  }

  @Override
  public int hashCode() {
    // months are indexes close together: first * 31 + last made every month a multiple of 32, which hash tables
    // (that index by the low bits) crowded into a few buckets
    int h = first * 0x9E3779B1 + last;
    return h ^ (h >>> 16);
  }

  /** The canonical text form, which {@link #parse(String)} reads back to an equal period. */
  @Override
  public String toString() {
    int y = first / 12;
    return switch (kind()) {
      case YEAR -> Integer.toString(y);
      case HALF -> y + "-H" + (first % 12 / 6 + 1);
      case QUARTER -> y + "-Q" + (first % 12 / 3 + 1);
      case MONTH -> start().toString();
      case RANGE -> start() + ".." + end();
    };
  }

  private static int index(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private static void checkMonth(int year, int month, String what) {
    if (month < 1 || month > 12) {
      throw new InvalidPeriodException(year + "-" + month, what + " needs a month from 1 to 12, was " + month
          + " (in " + year + ")");
    }
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new InvalidPeriodException(
          Integer.toString(year), "year " + year + " is out of range; expected 1 to 9999");
    }
  }
}
