package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a status rests on: the value used and where it came from, the threshold, how far apart they are, and the
 * projection.
 *
 * @param value the value used, rounded half-up at the indicator's reporting precision; empty without data
 * @param period the period of that value
 * @param region the region it is for
 * @param status how firm the value is (the weakest of what it was rolled up from)
 * @param coverage how many units contributed to it
 * @param comparison the target's comparison
 * @param threshold the target's threshold
 * @param gap {@code value - threshold}, at reporting precision (negative when short of an "at least" target)
 * @param percentOfTarget the value as a percent of the threshold ({@code value / threshold × 100}, 2 decimals), for
 *     "at least"/"more than" targets; the inverse for "at most"/"less than"; empty for a zero threshold
 * @param projection the value projected to the deadline, when the deadline is ahead and at least two figures at
 *     different times allow it
 * @param changes the value compared with earlier periods (same period of the previous year; end of the previous year
 *     for a level read before December), where the data holds figures for them; empty without a value
 */
public record Evidence(
    Optional<BigDecimal> value,
    Optional<Period> period,
    RegionCode region,
    Optional<MeasurementStatus> status,
    Optional<Coverage> coverage,
    Comparison comparison,
    BigDecimal threshold,
    Optional<BigDecimal> gap,
    Optional<BigDecimal> percentOfTarget,
    Optional<Projection> projection,
    List<Change> changes) {

  /** Checks that nothing is null. */
  public Evidence {
    requireNonNull(value, "value");
    requireNonNull(period, "period");
    requireNonNull(region, "region");
    requireNonNull(status, "status");
    requireNonNull(coverage, "coverage");
    requireNonNull(comparison, "comparison");
    requireNonNull(threshold, "threshold");
    requireNonNull(gap, "gap");
    requireNonNull(percentOfTarget, "percentOfTarget");
    requireNonNull(projection, "projection");
    changes = List.copyOf(changes);
  }

  /** The value compared with an earlier period, if the data holds a figure for it. */
  public Optional<Change> change(Change.Basis basis) {
    requireNonNull(basis, "basis");
    return changes.stream().filter(c -> c.basis() == basis).findFirst();
  }
}
