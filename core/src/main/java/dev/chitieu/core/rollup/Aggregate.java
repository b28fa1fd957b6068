package dev.chitieu.core.rollup;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.util.OptionalDouble;

/**
 * One rolled-up figure: an indicator's value for a region, a window and a breakdown, computed by the indicator's
 * aggregation rule, with its parts, its firmness and its coverage.
 *
 * @param indicator the indicator
 * @param region the region
 * @param window the window asked for
 * @param breakdown the breakdown asked for
 * @param value the value in the indicator's unit (for a ratio: numerator / denominator × scale), full precision
 * @param numerator for a ratio, the aggregated numerator
 * @param denominator for a ratio, the aggregated denominator
 * @param latest the last month with data that went into the value (a stock's last value, a flow's last month)
 * @param status the weakest status of the measurements used
 * @param coverage how many reporting units contributed
 */
public record Aggregate(
    IndicatorId indicator,
    RegionCode region,
    Period window,
    Breakdown breakdown,
    double value,
    OptionalDouble numerator,
    OptionalDouble denominator,
    Period latest,
    MeasurementStatus status,
    Coverage coverage) {

  /** Checks that nothing is null. */
  public Aggregate {
    requireNonNull(indicator, "indicator");
    requireNonNull(region, "region");
    requireNonNull(window, "window");
    requireNonNull(breakdown, "breakdown");
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    requireNonNull(latest, "latest");
    requireNonNull(status, "status");
    requireNonNull(coverage, "coverage");
  }
}
