package dev.chitieu.core;

/**
 * The root of every exception the library throws on purpose. Catch this to handle any chitieu failure.
 *
 * <p>Messages say what was wrong, where, and what would be right. Subtypes name the cause: {@link
 * InvalidPlanException}, {@link PlanConfigurationException}, {@link UnknownPlanException}, {@link
 * UnknownIndicatorException}, {@link InvalidPeriodException}, {@link InvalidDataException}, {@link
 * AggregationException}.
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
