package dev.chitieu.core;

/**
 * The root of every exception the library throws on purpose. Catch this to handle any chitieu failure.
 *
 * <p>Messages say what was wrong, where, and what would be right. Subtypes name the cause:
 * {@link dev.chitieu.core.plan.InvalidPlanException}, {@link dev.chitieu.core.plan.PlanConfigurationException},
 * {@link dev.chitieu.core.plan.UnknownPlanException}, {@link dev.chitieu.core.model.UnknownIndicatorException},
 * {@link dev.chitieu.core.model.InvalidPeriodException}, {@link dev.chitieu.core.data.InvalidDataException},
 * {@link dev.chitieu.core.rollup.AggregationException}.
 */
public class ChitieuException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, where, and what would be right
   */
  public ChitieuException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what went wrong, where, and what would be right
   * @param cause the failure that led to this one
   */
  public ChitieuException(String message, Throwable cause) {
    super(message, cause);
  }
}
