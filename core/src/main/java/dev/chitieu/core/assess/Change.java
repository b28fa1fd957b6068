package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure compared with the same indicator's figure of an earlier period, as Vietnamese reports state it: "so với
 * cùng kỳ năm trước" (the same months one year earlier) or "so với cuối năm trước" (the level at the end of the
 * previous year). Computed from data for both periods, the two figures are rolled up by the indicator's own rule
 * (flows summed over the months, stocks' last levels, ratios aggregate-then-divide) and rounded at its reporting
 * precision before they are compared, so that the change printed is the change between the two printed figures.
 * Carried as reported ({@link #reported()}), when a source gives the change but not the earlier figure, it holds the
 * source's difference or percent as stated and no earlier figure. Immutable and thread-safe.
 *
 * @param basis what the figure is compared with
 * @param period the earlier period, e.g. January to September 2025 against January to September 2026
 * @param previous the earlier figure, rounded half-up at the indicator's reporting precision; empty for a change
 *     carried as reported
 * @param difference the figure minus the earlier one, at reporting precision: percentage points for a percentage;
 *     for a change carried as reported, the difference as stated, empty when the source gave a percent
 * @param ratio the figure as a percent of the earlier one ({@code value / previous × 100}, 2 decimals, half-up); empty
 *     when the earlier figure is zero; for a change carried as reported, 100 plus the percent stated, empty when the
 *     source gave a difference
 * @param reported whether the change is carried as a source reported it rather than computed from data for both
 *     periods
 */
public record Change(Basis basis, Period period, Optional<BigDecimal> previous, Optional<BigDecimal> difference,
    Optional<BigDecimal> ratio, boolean reported) {

  /** What a figure is compared with. */
  public enum Basis {
    /** The same months one year earlier ("cùng kỳ năm trước"). */
    SAME_PERIOD_LAST_YEAR("cùng kỳ năm trước", "the same period of the previous year"),
    /** The last level of the previous year, for stocks and ratios ("cuối năm trước"). */
    END_OF_LAST_YEAR("cuối năm trước", "the end of the previous year");

    private final LocalizedText label;

    Basis(String vi, String en) {
      this.label = LocalizedText.of(vi, en);
    }

    /** The words a report prints after "so với" / "compared with". */
    public LocalizedText label() {
      return label;
    }
  }

  /**
   * Checks that nothing is null, that a computed change has its earlier figure and difference, and that a change
   * carried as reported has a difference or a ratio.
   */
  public Change {
    requireNonNull(basis, "basis");
    requireNonNull(period, "period");
    requireNonNull(previous, "previous");
    requireNonNull(difference, "difference");
    requireNonNull(ratio, "ratio");
    if (!reported && (previous.isEmpty() || difference.isEmpty())) {
      throw new IllegalArgumentException("a change computed from data needs the earlier figure and the difference");
    }
    if (reported && difference.isEmpty() && ratio.isEmpty()) {
      throw new IllegalArgumentException("a change carried as reported needs the difference or the percent stated");
    }
  }

  /**
   * A change computed from data for both periods.
   *
   * @param basis what the figure is compared with
   * @param period the earlier period
   * @param previous the earlier figure at reporting precision
   * @param difference the figure minus the earlier one
   * @param ratio the figure as a percent of the earlier one; empty when the earlier figure is zero
   * @return the change
   */
  public static Change computed(Basis basis, Period period, BigDecimal previous, BigDecimal difference,
      Optional<BigDecimal> ratio) {
    return new Change(basis, period, Optional.of(previous), Optional.of(difference), ratio, false);
  }

  /** The change in percent of the earlier figure ({@code ratio - 100}); empty when there is no ratio. */
  public Optional<BigDecimal> percentChange() {
    return ratio.map(r -> r.subtract(BigDecimal.valueOf(100)));
  }

  /** The sign of the change: 1 for a rise, -1 for a fall, 0 for none. */
  public int signum() {
    return difference.map(BigDecimal::signum).orElseGet(() -> percentChange().orElseThrow().signum());
  }
}
