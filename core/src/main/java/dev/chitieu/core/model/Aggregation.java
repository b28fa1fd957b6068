package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an indicator's measurements combine across regions and across time. DOMAIN rules:
 *
 * <ul>
 *   <li>{@link Flow} (revenue, datasets published): sum across regions, sum across time;
 *   <li>{@link Stock} (population, accounts held, enterprises registered): sum across regions, the last value in the
 *       window across time;
 *   <li>{@link Ratio} (shares, per-1,000 rates, coverage): derived; numerator and denominator are aggregated each by
 *       its own rule, then divided and scaled. Averaging percentages is impossible by construction.
 * </ul>
 */
public sealed interface Aggregation {

  /** Summed across regions and across time. */
  record Flow() implements Aggregation {}

  /** Summed across regions; the last value inside the window across time. */
  record Stock() implements Aggregation {}

  /**
   * A derived ratio {@code numerator / denominator × scale} of two base quantities declared in the same plan.
   *
   * @param numerator the base indicator on top (a flow or a stock)
   * @param denominator the base indicator below (a flow or a stock)
   * @param scale 100 for a percentage, 1000 for a rate per 1,000; positive
   * @param weight the base indicator that weighs values reported without numerator and denominator when they are
   *     rolled up across regions (usually the denominator); empty when such values cannot be rolled up
   */
  record Ratio(IndicatorId numerator, IndicatorId denominator, BigDecimal scale, Optional<IndicatorId> weight)
      implements Aggregation {
    /** Checks that the parts are present and the scale positive. */
    public Ratio {
      requireNonNull(numerator, "numerator");
      requireNonNull(denominator, "denominator");
      requireNonNull(scale, "scale");
      requireNonNull(weight, "weight");
      if (scale.signum() <= 0) {
        throw new InvalidValueException(
            "the scale of ratio " + numerator + " / " + denominator + " must be positive, e.g. 100; was " + scale);
      }
    }

    /** The same ratio, with values reported without parts weighed by {@code weight} when rolled up. */
    public Ratio weightedBy(IndicatorId weight) {
      return new Ratio(numerator, denominator, scale, Optional.of(weight));
    }
  }

  /** A flow quantity. */
  static Aggregation flow() {
    return new Flow();
  }

  /** A stock quantity. */
  static Aggregation stock() {
    return new Stock();
  }

  /**
   * A percentage {@code numerator / denominator × 100}.
   *
   * @param numerator the base indicator on top
   * @param denominator the base indicator below
   * @return the ratio
   */
  static Ratio percent(IndicatorId numerator, IndicatorId denominator) {
    return new Ratio(numerator, denominator, BigDecimal.valueOf(100), Optional.empty());
  }

  /**
   * A ratio {@code numerator / denominator × scale}.
   *
   * @param numerator the base indicator on top
   * @param denominator the base indicator below
   * @param scale the scale, e.g. 1000 for a rate per 1,000
   * @return the ratio
   */
  static Ratio ratio(IndicatorId numerator, IndicatorId denominator, BigDecimal scale) {
    return new Ratio(numerator, denominator, scale, Optional.empty());
  }

  /** Whether this is a base quantity (flow or stock) rather than a derived ratio. */
  default boolean isBase() {
    return !(this instanceof Ratio);
  }
}
