package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure compared with the same indicator's figure of an earlier period, as Vietnamese reports state it: "so với
 * cùng kỳ năm trước" (the same months one year earlier) or "so với cuối năm trước" (the level at the end of the
 * previous year). Both figures are rolled up by the indicator's own rule (flows summed over the months, stocks' last
 * levels, ratios aggregate-then-divide) and rounded at its reporting precision before they are compared, so that the
 * change printed is the change between the two printed figures. Immutable and thread-safe.
 *
 * @param basis what the figure is compared with
 * @param period the earlier period, e.g. January to September 2025 against January to September 2026
 * @param previous the earlier figure, rounded half-up at the indicator's reporting precision
 * @param difference the figure minus the earlier one, at reporting precision: percentage points for a percentage
 * @param ratio the figure as a percent of the earlier one ({@code value / previous × 100}, 2 decimals, half-up); empty
 *     when the earlier figure is zero
 */
public record Change(Basis basis, Period period, BigDecimal previous, BigDecimal difference,
    Optional<BigDecimal> ratio) {

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

  /** Checks that nothing is null. */
  public Change {
    requireNonNull(basis, "basis");
    requireNonNull(period, "period");
    requireNonNull(previous, "previous");
    requireNonNull(difference, "difference");
    requireNonNull(ratio, "ratio");
  }

  /** The change in percent of the earlier figure ({@code ratio - 100}); empty when the earlier figure is zero. */
  public Optional<BigDecimal> percentChange() {
    return ratio.map(r -> r.subtract(BigDecimal.valueOf(100)));
  }
}
