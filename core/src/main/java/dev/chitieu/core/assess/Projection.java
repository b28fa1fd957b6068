package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value projected to a target's deadline.
 *
 * @param method how it was projected
 * @param value the projected value, rounded at the indicator's reporting precision
 * @param at the day it is projected to (the deadline)
 * @param points how many yearly points the projection used
 */
public record Projection(ProjectionMethod method, BigDecimal value, LocalDate at, int points) {
  /** Checks that nothing is null. */
  public Projection {
    requireNonNull(method, "method");
    requireNonNull(value, "value");
    requireNonNull(at, "at");
  }
}
