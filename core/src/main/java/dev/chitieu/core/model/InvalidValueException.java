package dev.chitieu.core.model;

import dev.chitieu.core.ChitieuException;

/**
 * A value a person wrote does not read as what it should be: an id, a region or member code, a date, a breakdown, a
 * status, a language, a range, a unit, a figure that is not a finite number, a part of a plan's definition. The
 * message names the value and gives an example of a right one.
 *
 * <p>Importers catch it and report the row, line and column; an embedder who builds values from a person's input
 * catches it (or {@link ChitieuException}) to say what was wrong. A wrong call of the API itself (a {@code null}, an
 * option out of its range) remains an {@link IllegalArgumentException} or a {@link NullPointerException}.
 */
public final class InvalidValueException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and what would be right
   */
  public InvalidValueException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was wrong and what would be right
   * @param cause the failure underneath, e.g. a date the calendar refuses
   */
  public InvalidValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
