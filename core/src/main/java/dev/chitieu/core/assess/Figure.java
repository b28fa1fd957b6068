package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator's figure for a plan's region and a period, with its changes on earlier periods: what a report states
 * of a result, with or without a target. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param breakdown the breakdown, {@link Breakdown#NONE} for the total
 * @param period the period of the figure: a flow's window from January of its year; a level's reading at the end
 * @param value the figure rounded half-up at the indicator's reporting precision; empty when the data gives only a
 *     change on an earlier period
 * @param status how firm the figure is (the weakest of what it was rolled up from, or the reported change's)
 * @param coverage how many units contributed to it; empty without a value
 * @param changes the figure against the same period of the previous year and the end of the previous year, computed or
 *     carried as reported, in that order
 */
public record Figure(
    IndicatorId indicator,
    Breakdown breakdown,
    Period period,
    Optional<BigDecimal> value,
    MeasurementStatus status,
    Optional<Coverage> coverage,
    List<Change> changes) {

  /** Checks that nothing is null and copies the changes. */
  public Figure {
    requireNonNull(indicator, "indicator");
    requireNonNull(breakdown, "breakdown");
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    requireNonNull(status, "status");
    requireNonNull(coverage, "coverage");
    changes = List.copyOf(changes);
  }

  /** The change on an earlier period, if the data holds or reports it. */
  public Optional<Change> change(Change.Basis basis) {
    requireNonNull(basis, "basis");
    return changes.stream().filter(c -> c.basis() == basis).findFirst();
  }
}
