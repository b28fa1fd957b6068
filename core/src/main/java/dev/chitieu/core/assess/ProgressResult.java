package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The SDG progress measure of one series: the category and score, and the components it was computed from.
 *
 * @param category the category
 * @param score the score on [-5, 5], empty when not available
 * @param value the progress value (ratio of observed to required growth with a target, the growth rate without
 *     one), empty when not available
 * @param baseYear the base year used, after moving past years without data
 * @param baseValue the value in the base year
 * @param latestYear the latest year with data
 * @param latestValue the value in the latest year
 */
public record ProgressResult(
    ProgressCategory category,
    OptionalDouble score,
    OptionalDouble value,
    OptionalInt baseYear,
    OptionalDouble baseValue,
    OptionalInt latestYear,
    OptionalDouble latestValue) {

  /** Checks that nothing is null. */
  public ProgressResult {
    requireNonNull(category, "category");
    requireNonNull(score, "score");
    requireNonNull(value, "value");
    requireNonNull(baseYear, "baseYear");
    requireNonNull(baseValue, "baseValue");
    requireNonNull(latestYear, "latestYear");
    requireNonNull(latestValue, "latestValue");
  }

  /** A result with no measure: {@link ProgressCategory#NOT_AVAILABLE} and nothing else. */
  public static ProgressResult notAvailable() {
    return new ProgressResult(ProgressCategory.NOT_AVAILABLE, OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty());
  }
}
