package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Direction;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How to measure the SDG progress of one series ({@link Progress#measure}). The defaults are those of Open SDG's
 * sdg-build 2.4.0, except that the direction has no default (sdg-build silently assumes "negative"). Immutable and
 * thread-safe; build one with {@link #builder(Direction)}.
 *
 * @param direction which way the series should move
 * @param baseYear the base year; when it has no data the next later year with data is used (default 2015)
 * @param target the target value; with one the progress value is the ratio of observed to required growth, without
 *     one it is the growth rate. A target of 0 is replaced by 0.001 in the growth formulas, as in sdg-build.
 * @param targetYear the year the target is due (default 2030); only used with a target
 * @param limit a natural ceiling (direction {@link Direction#INCREASE}) or floor ({@link Direction#DECREASE}), such as
 *     100 for a percentage; without a target it scales the thresholds down as the base value nears the limit
 * @param comparison how "target achieved" compares the latest value with the target; empty: at least the target for
 *     {@link Direction#INCREASE}, at most for {@link Direction#DECREASE}, on raw doubles as sdg-build does
 * @param decimals when present, "target achieved" compares the latest value rounded half-up to these decimals with
 *     the target in decimal arithmetic (the library's reporting-precision rule) instead of raw doubles
 * @param withTarget the category thresholds used with a target (default {@link ProgressThresholds#WITH_TARGET})
 * @param withoutTarget the category thresholds used without one (default {@link ProgressThresholds#WITHOUT_TARGET})
 * @param limitExponent the exponent of the limit reduction {@code 1 - (base / limit)^a} (default 4.44)
 */
public record ProgressOptions(
    Direction direction,
    int baseYear,
    OptionalDouble target,
    int targetYear,
    OptionalDouble limit,
    Optional<Comparison> comparison,
    OptionalInt decimals,
    ProgressThresholds withTarget,
    ProgressThresholds withoutTarget,
    double limitExponent) {

  /** sdg-build's default base year. */
  public static final int DEFAULT_BASE_YEAR = 2015;

  /** sdg-build's default target year. */
  public static final int DEFAULT_TARGET_YEAR = 2030;

  /** sdg-build's exponent of the reduction of thresholds near a natural limit. */
  public static final double DEFAULT_LIMIT_EXPONENT = 4.44;

  /** Checks that nothing is null and the numbers are usable. */
  public ProgressOptions {
    requireNonNull(direction, "direction");
    requireNonNull(target, "target");
    requireNonNull(limit, "limit");
    requireNonNull(comparison, "comparison");
    requireNonNull(decimals, "decimals");
    requireNonNull(withTarget, "withTarget");
    requireNonNull(withoutTarget, "withoutTarget");
    if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
      throw new IllegalArgumentException("progress target must be a finite number, was " + target.getAsDouble());
    }
    if (limit.isPresent() && !Double.isFinite(limit.getAsDouble())) {
      throw new IllegalArgumentException("progress limit must be a finite number, was " + limit.getAsDouble());
    }
    if (decimals.isPresent() && (decimals.getAsInt() < 0 || decimals.getAsInt() > 9)) {
      throw new IllegalArgumentException("decimals must be between 0 and 9, was " + decimals.getAsInt());
    }
    if (!Double.isFinite(limitExponent) || limitExponent <= 0) {
      throw new IllegalArgumentException("limit exponent must be a positive number, was " + limitExponent);
    }
  }

  /**
   * Starts a builder with sdg-build's defaults: base year 2015, no target, target year 2030, no limit, default
   * thresholds.
   *
   * @param direction which way the series should move
   * @return a builder
   */
  public static Builder builder(Direction direction) {
    return new Builder(requireNonNull(direction, "direction"));
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder(direction);
    b.baseYear = baseYear;
    b.target = target;
    b.targetYear = targetYear;
    b.limit = limit;
    b.comparison = comparison;
    b.decimals = decimals;
    b.withTarget = withTarget;
    b.withoutTarget = withoutTarget;
    b.limitExponent = limitExponent;
    return b;
  }

  /** The comparison "target achieved" uses: the one set, or the one the direction implies. */
  public Comparison effectiveComparison() {
    return comparison.orElse(direction == Direction.INCREASE ? Comparison.AT_LEAST : Comparison.AT_MOST);
  }

  /** Builds {@link ProgressOptions}. Not thread-safe. */
  public static final class Builder {
    private final Direction direction;
    private int baseYear = DEFAULT_BASE_YEAR;
    private OptionalDouble target = OptionalDouble.empty();
    private int targetYear = DEFAULT_TARGET_YEAR;
    private OptionalDouble limit = OptionalDouble.empty();
    private Optional<Comparison> comparison = Optional.empty();
    private OptionalInt decimals = OptionalInt.empty();
    private ProgressThresholds withTarget = ProgressThresholds.WITH_TARGET;
    private ProgressThresholds withoutTarget = ProgressThresholds.WITHOUT_TARGET;
    private double limitExponent = DEFAULT_LIMIT_EXPONENT;

    private Builder(Direction direction) {
      this.direction = direction;
    }

    /** Sets the base year. */
    public Builder baseYear(int baseYear) {
      this.baseYear = baseYear;
      return this;
    }

    /**
     * Sets the target and the year it is due.
     *
     * @param target the target value
     * @param targetYear the year it is due
     * @return this builder
     */
    public Builder target(double target, int targetYear) {
      this.target = OptionalDouble.of(target);
      this.targetYear = targetYear;
      return this;
    }

    /** Removes the target: progress is then measured by the growth rate alone. */
    public Builder noTarget() {
      this.target = OptionalDouble.empty();
      return this;
    }

    /** Sets a natural ceiling or floor, e.g. 100 for a percentage. */
    public Builder limit(double limit) {
      this.limit = OptionalDouble.of(limit);
      return this;
    }

    /** Sets how "target achieved" compares the latest value with the target. */
    public Builder comparison(Comparison comparison) {
      this.comparison = Optional.of(requireNonNull(comparison, "comparison"));
      return this;
    }

    /** Makes "target achieved" compare at this reporting precision, in decimal arithmetic. */
    public Builder decimals(int decimals) {
      this.decimals = OptionalInt.of(decimals);
      return this;
    }

    /** Sets the thresholds used with a target. */
    public Builder withTarget(ProgressThresholds thresholds) {
      this.withTarget = requireNonNull(thresholds, "thresholds");
      return this;
    }

    /** Sets the thresholds used without a target. */
    public Builder withoutTarget(ProgressThresholds thresholds) {
      this.withoutTarget = requireNonNull(thresholds, "thresholds");
      return this;
    }

    /** Sets the exponent of the threshold reduction near a limit. */
    public Builder limitExponent(double exponent) {
      this.limitExponent = exponent;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException if a number is not usable; the message names it
     */
    public ProgressOptions build() {
      return new ProgressOptions(direction, baseYear, target, targetYear, limit, comparison, decimals, withTarget,
          withoutTarget, limitExponent);
    }
  }
}
