package dev.chitieu.core.data;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.math.BigDecimal;

/**
 * A change on an earlier period as a source states it, when the source gives the change but not the earlier figure
 * ("tăng 9,67 điểm % so với cuối năm 2023", "tăng 67 % so với cùng kỳ"): carried as reported, never recomputed. It
 * belongs to the figure of the same key (indicator, region, period, breakdown), which may be missing when the source
 * gives only the change. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param region the region
 * @param period the period of the figure the change belongs to (a flow's window; a level's reading at its end)
 * @param breakdown the breakdown, {@link Breakdown#NONE} for a total
 * @param comparedWith the earlier period: the same months one year earlier, or the previous year (its end, for a
 *     level)
 * @param kind whether {@code amount} is a difference in the indicator's unit or a percent of the earlier figure
 * @param amount the change, signed: {@code 9.67} points, {@code 14} provinces, {@code 67} percent
 * @param status how firm the figure it comes with is
 * @param source where it comes from; may be blank
 */
public record ReportedChange(
    IndicatorId indicator,
    RegionCode region,
    Period period,
    Breakdown breakdown,
    Period comparedWith,
    Kind kind,
    BigDecimal amount,
    MeasurementStatus status,
    String source) {

  /** What the amount of a reported change is. */
  public enum Kind {
    /** The figure minus the earlier one, in the indicator's unit: percentage points for a percentage. */
    DIFFERENCE,
    /** The change in percent of the earlier figure: 67 means the figure is 167 % of the earlier one. */
    PERCENT
  }

  /**
   * Checks that nothing is null and that the earlier period is the same months one year earlier or the previous
   * year.
   *
   * @throws InvalidValueException naming both periods and what would be right
   */
  public ReportedChange {
    requireNonNull(indicator, "indicator");
    requireNonNull(region, "region");
    requireNonNull(period, "period");
    requireNonNull(breakdown, "breakdown");
    requireNonNull(comparedWith, "comparedWith");
    requireNonNull(kind, "kind");
    requireNonNull(amount, "amount");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    if (!isSamePeriodLastYear(period, comparedWith) && !isPreviousYear(period, comparedWith)) {
      throw new InvalidValueException(problem(period, comparedWith));
    }
    if (kind == Kind.PERCENT && amount.compareTo(BigDecimal.valueOf(-100)) < 0) {
      throw new InvalidValueException("a change of " + amount.toPlainString() + " % on " + comparedWith
          + " would make the figure of '" + indicator + "' negative; expected a percent of -100 or more");
    }
  }

  /** Whether the change is on the same months one year earlier ("so với cùng kỳ năm trước"). */
  public boolean onSamePeriodLastYear() {
    return isSamePeriodLastYear(period, comparedWith);
  }

  /**
   * What is wrong with comparing a figure of one period with another, or null when the pair is one a report states:
   * the same months one year earlier, or the previous year (its end, for a level).
   *
   * @param period the figure's period
   * @param comparedWith the earlier period
   * @return the problem in words, with what would be right; null when there is none
   */
  public static String problem(Period period, Period comparedWith) {
    if (isSamePeriodLastYear(period, comparedWith) || isPreviousYear(period, comparedWith)) {
      return null;
    }
    Period same = Period.ofMonthIndexes(period.firstMonthIndex() - 12, period.lastMonthIndex() - 12);
    return "compares " + period + " with " + comparedWith + ", which is neither the same period one year earlier ("
        + same + ") nor the previous year (" + (period.year() - 1) + ", or " + (period.year() - 1)
        + "-12 for its end)";
  }

  private static boolean isSamePeriodLastYear(Period period, Period comparedWith) {
    return comparedWith.firstMonthIndex() == period.firstMonthIndex() - 12
        && comparedWith.lastMonthIndex() == period.lastMonthIndex() - 12;
  }

  /** The previous calendar year, or its last month (the level at the end of the year). */
  private static boolean isPreviousYear(Period period, Period comparedWith) {
    int december = (period.year() - 1) * 12 + 11;
    return comparedWith.lastMonthIndex() == december
        && (comparedWith.firstMonthIndex() == december || comparedWith.firstMonthIndex() == december - 11)
        && period.lastMonthIndex() > december;
  }
}
