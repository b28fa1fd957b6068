package dev.chitieu.core.data;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One figure: an indicator's value for a region, a period and a breakdown, with how firm it is and where it came
 * from. A ratio indicator's figure may come as its numerator and denominator (preferred: then it can be rolled up) or
 * as a value alone. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param region the region the figure is for
 * @param period the period it covers (a flow) or ends at (a stock)
 * @param breakdown the breakdown members, {@link Breakdown#NONE} for a total
 * @param value the value in the indicator's unit; may be empty when numerator and denominator are given
 * @param numerator the numerator of a ratio; present together with the denominator or not at all
 * @param denominator the denominator of a ratio
 * @param status actual, provisional or estimate
 * @param source where the figure came from (document, survey, agency); may be blank
 */
public record Measurement(
    IndicatorId indicator,
    RegionCode region,
    Period period,
    Breakdown breakdown,
    OptionalDouble value,
    OptionalDouble numerator,
    OptionalDouble denominator,
    MeasurementStatus status,
    String source) {

  /** Checks that the figure has a value or both parts, all finite. */
  public Measurement {
    requireNonNull(indicator, "indicator");
    requireNonNull(region, "region");
    requireNonNull(period, "period");
    requireNonNull(breakdown, "breakdown");
    requireNonNull(value, "value");
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    if (numerator.isPresent() != denominator.isPresent()) {
      throw new InvalidValueException(
          "measurement of '" + indicator + "' for " + region + " " + period
              + " has a numerator or a denominator alone; give both, or neither and a value");
    }
    if (value.isEmpty() && numerator.isEmpty()) {
      throw new InvalidValueException(
          "measurement of '" + indicator + "' for " + region + " " + period
              + " has no value; give a value, or a numerator and a denominator");
    }
    for (OptionalDouble d : new OptionalDouble[] {value, numerator, denominator}) {
      if (d.isPresent() && !Double.isFinite(d.getAsDouble())) {
        throw new InvalidValueException(
            "measurement of '" + indicator + "' for " + region + " " + period + " holds " + d.getAsDouble()
                + "; expected a finite number");
      }
    }
  }

  /**
   * An actual figure with a value and no breakdown.
   *
   * @param indicator the indicator id
   * @param region the region code
   * @param period the period text, e.g. {@code 2025-Q3}
   * @param value the value
   * @return the measurement
   */
  public static Measurement of(String indicator, String region, String period, double value) {
    return new Measurement(IndicatorId.of(indicator), RegionCode.of(region), Period.parse(period), Breakdown.NONE,
        OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), MeasurementStatus.ACTUAL, "");
  }

  /**
   * An actual figure of a ratio given by its parts, with no breakdown.
   *
   * @param indicator the ratio indicator id
   * @param region the region code
   * @param period the period text
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the measurement
   */
  public static Measurement ofParts(
      String indicator, String region, String period, double numerator, double denominator) {
    return new Measurement(IndicatorId.of(indicator), RegionCode.of(region), Period.parse(period), Breakdown.NONE,
        OptionalDouble.empty(), OptionalDouble.of(numerator), OptionalDouble.of(denominator),
        MeasurementStatus.ACTUAL, "");
  }

  /** The same figure with a breakdown. */
  public Measurement withBreakdown(Breakdown breakdown) {
    return new Measurement(indicator, region, period, breakdown, value, numerator, denominator, status, source);
  }

  /** The same figure with a status. */
  public Measurement withStatus(MeasurementStatus status) {
    return new Measurement(indicator, region, period, breakdown, value, numerator, denominator, status, source);
  }

  /** The same figure with a source. */
  public Measurement withSource(String source) {
    return new Measurement(indicator, region, period, breakdown, value, numerator, denominator, status, source);
  }

  /** Whether the figure comes with numerator and denominator. */
  public boolean hasParts() {
    return numerator.isPresent();
  }
}
