package dev.chitieu.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding at reporting precision, the one place the library turns a measured {@code double} into the decimal a
 * report prints and a comparison uses. {@code 0.7000000000000001} at 2 decimals is {@code 0.70}, which is not "over
 * 0.7".
 */
public final class Precision {
  private Precision() {}

  /**
   * Rounds a measured value half-up to a number of decimals, through its shortest decimal representation (so that
   * {@code 0.145} rounds to {@code 0.15}, as printed, not to the {@code 0.14} its binary value would give).
   *
   * @param value a finite value
   * @param decimals the reporting decimals, 0 or more
   * @return the rounded decimal with exactly {@code decimals} decimals
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static BigDecimal round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot round " + value + "; expected a finite number");
    }
    return round(new BigDecimal(Double.toString(value)), decimals);
  }

  /**
   * Rounds a decimal half-up to a number of decimals.
   *
   * @param value the value
   * @param decimals the reporting decimals, 0 or more
   * @return the rounded decimal with exactly {@code decimals} decimals
   */
  public static BigDecimal round(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * The number of decimals a threshold as written needs, ignoring trailing zeros ({@code 15.00} needs 0).
   *
   * @param value the threshold
   * @return the decimals needed, never negative
   */
  public static int decimalsNeeded(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
