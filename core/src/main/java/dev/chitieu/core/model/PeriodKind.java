package dev.chitieu.core.model;

/** The kind of a {@link Period}, derived from its months. */
public enum PeriodKind {
  /** A calendar year, {@code 2025}. */
  YEAR,
  /** A half-year, {@code 2025-H1} ("6 tháng đầu năm") or {@code 2025-H2}. */
  HALF,
  /** A quarter, {@code 2025-Q3}. */
  QUARTER,
  /** A month, {@code 2025-07}. */
  MONTH,
  /**
   * Any other closed range of months, {@code 2025-01..2025-09}; when it starts in January and ends in the same year it
   * is a year-to-date window ("9 tháng đầu năm"), see {@link Period#isYearToDate()}.
   */
  RANGE
}
