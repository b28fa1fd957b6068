package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The values an indicator's figures can plausibly take, bounds included: a share of a whole lies between 0 and 100 %,
 * a count or an amount is at least 0. An importer rejects a figure outside it (a share of 135 %, −40 enterprises),
 * naming its row and column. Immutable and thread-safe.
 *
 * <p>By default ({@link #defaultFor(Unit)}) the range follows the unit: {@link Unit#PERCENT} is 0 to 100, every other
 * unit at least 0. A plan widens or narrows it on the indicator's builder, e.g. {@code .range(ValueRange.unbounded())}
 * for a net flow or a growth rate that can be negative, or {@code .range(ValueRange.between(0, 1000))} for a rate per
 * 1,000.
 *
 * @param min the smallest plausible value, if any
 * @param max the largest plausible value, if any
 */
public record ValueRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {
  private static final ValueRange UNBOUNDED = new ValueRange(Optional.empty(), Optional.empty());
  private static final ValueRange NON_NEGATIVE = new ValueRange(Optional.of(BigDecimal.ZERO), Optional.empty());
  private static final ValueRange PERCENT =
      new ValueRange(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(100)));

  /**
   * Checks that the bounds are present or empty (not null) and that the smallest is not above the largest; keeps each
   * bound without trailing zeros, so that equal ranges are equal however their bounds were written ({@code 100},
   * {@code 100.0}, {@code 1e2}).
   */
  public ValueRange {
    min = requireNonNull(min, "min").map(BigDecimal::stripTrailingZeros);
    max = requireNonNull(max, "max").map(BigDecimal::stripTrailingZeros);
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw new InvalidValueException("a value range from " + min.get().toPlainString() + " to "
          + max.get().toPlainString() + " is empty; expected the smallest value first, e.g. 0 to 100");
    }
  }

  /** Any number: no bound. */
  public static ValueRange unbounded() {
    return UNBOUNDED;
  }

  /** Zero or more: counts, amounts, people. */
  public static ValueRange nonNegative() {
    return NON_NEGATIVE;
  }

  /**
   * Values from {@code min} to {@code max}, both included.
   *
   * @param min the smallest plausible value
   * @param max the largest plausible value, not below {@code min}
   * @return the range
   */
  public static ValueRange between(BigDecimal min, BigDecimal max) {
    return new ValueRange(Optional.of(requireNonNull(min, "min")), Optional.of(requireNonNull(max, "max")));
  }

  /** {@link #between(BigDecimal, BigDecimal)} of whole numbers, e.g. {@code between(0, 100)}. */
  public static ValueRange between(long min, long max) {
    return between(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /** Values of at least {@code min}, without an upper bound. */
  public static ValueRange atLeast(BigDecimal min) {
    return new ValueRange(Optional.of(requireNonNull(min, "min")), Optional.empty());
  }

  /** Values of at most {@code max}, without a lower bound. */
  public static ValueRange atMost(BigDecimal max) {
    return new ValueRange(Optional.empty(), Optional.of(requireNonNull(max, "max")));
  }

  /**
   * The range an indicator has unless its plan says otherwise: 0 to 100 for {@link Unit#PERCENT} (a share of a
   * whole; any unit with the id {@code percent}), at least 0 for every other unit (counts, amounts, rates).
   *
   * @param unit the indicator's unit
   * @return the default range
   */
  public static ValueRange defaultFor(Unit unit) {
    return Unit.PERCENT.id().equals(requireNonNull(unit, "unit").id()) ? PERCENT : NON_NEGATIVE;
  }

  /**
   * Whether a value lies in the range, bounds included, the value taken as its shortest decimal form ({@code 0.1} is
   * 0.1, not the binary fraction just above it); NaN never does.
   */
  public boolean contains(double value) {
    if (Double.isNaN(value)) {
      return false;
    }
    if (Double.isInfinite(value)) {
      return value < 0 ? min.isEmpty() : max.isEmpty();
    }
    return (min.isEmpty() || compare(value, min.get()) >= 0) && (max.isEmpty() || compare(value, max.get()) <= 0);
  }

  /**
   * Compares a finite double, as its shortest decimal form (what a file wrote: {@code 0.1} is 0.1), with a decimal;
   * the doubles compare first, the decimals only on a tie.
   */
  private static int compare(double value, BigDecimal bound) {
    double b = bound.doubleValue();
    return value < b ? -1 : value > b ? 1 : new BigDecimal(Double.toString(value)).compareTo(bound);
  }

  /** Whether this range has no bound. */
  public boolean isUnbounded() {
    return min.isEmpty() && max.isEmpty();
  }

  /** {@code from 0 to 100}, {@code at least 0}, {@code at most 5} or {@code any number}, as messages print it. */
  @Override
  public String toString() {
    if (min.isPresent() && max.isPresent()) {
      return "from " + min.get().toPlainString() + " to " + max.get().toPlainString();
    }
    if (min.isPresent()) {
      return "at least " + min.get().toPlainString();
    }
    return max.map(m -> "at most " + m.toPlainString()).orElse("any number");
  }
}
