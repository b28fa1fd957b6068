package dev.chitieu.core.rollup;

import dev.chitieu.core.ChitieuException;

/**
 * A rollup was asked for that the aggregation rules forbid, e.g. a percentage without numerator and denominator
 * across regions with no weight declared, or rows whose periods overlap.
 */
public final class AggregationException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was asked, why it cannot be computed, and what would make it possible
   */
  public AggregationException(String message) {
    super(message);
  }
}
