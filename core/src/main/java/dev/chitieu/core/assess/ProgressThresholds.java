package dev.chitieu.core.assess;

/**
 * The three thresholds that split progress values into categories: a value at or above {@code high} is substantial
 * progress, at or above {@code medium} moderate, at or above {@code low} limited, and below {@code low} deterioration.
 * The defaults are the ones Open SDG's progress measure (sdg-build {@code ProgressMeasure}) uses; a caller may set
 * others. Immutable and thread-safe.
 *
 * @param high the lower bound of substantial progress
 * @param medium the lower bound of moderate progress
 * @param low the lower bound of limited progress
 */
public record ProgressThresholds(double high, double medium, double low) {
  /**
   * With a target the progress value is the ratio of observed to required growth: 0.95 / 0.6 / 0 (growing at 95 % of
   * the needed pace or more is substantial progress).
   */
  public static final ProgressThresholds WITH_TARGET = new ProgressThresholds(0.95, 0.6, 0);

  /**
   * Without a target the progress value is the compound annual growth rate itself: 0.015 / 0.005 / 0 (1.5 % a year or
   * more in the desired direction is substantial progress). Scaled down near a declared natural limit.
   */
  public static final ProgressThresholds WITHOUT_TARGET = new ProgressThresholds(0.015, 0.005, 0);

  /** Checks the thresholds are finite and ordered {@code high >= medium >= low}. */
  public ProgressThresholds {
    if (!Double.isFinite(high) || !Double.isFinite(medium) || !Double.isFinite(low)) {
      throw new IllegalArgumentException(
          "progress thresholds must be finite numbers, were high=" + high + ", medium=" + medium + ", low=" + low);
    }
    if (high < medium || medium < low) {
      throw new IllegalArgumentException(
          "progress thresholds must be ordered high >= medium >= low, were high=" + high + ", medium=" + medium
              + ", low=" + low);
    }
  }

  /** These thresholds multiplied by a coefficient (the reduction near a natural limit), as sdg-build does. */
  ProgressThresholds times(double coefficient) {
    return new ProgressThresholds(high * coefficient, medium * coefficient, low * coefficient);
  }

  /** The category of a finite progress value; never {@link ProgressCategory#TARGET_ACHIEVED}. */
  ProgressCategory categorise(double value) {
    if (value >= high) {
      return ProgressCategory.SUBSTANTIAL_PROGRESS;
    }
    if (value >= medium) {
      return ProgressCategory.MODERATE_PROGRESS;
    }
    if (value >= low) {
      return ProgressCategory.LIMITED_PROGRESS;
    }
    return ProgressCategory.DETERIORATION;
  }
}
