package dev.chitieu.core.model;

import dev.chitieu.core.ChitieuException;

/** A period text could not be read, or a period was built from parts that do not make one. */
public final class InvalidPeriodException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final String text;

  /**
   * Creates the exception.
   *
   * @param text the offending text or parts
   * @param message the whole message, with the accepted forms
   */
  public InvalidPeriodException(String text, String message) {
    super(message);
    this.text = text;
  }

  /** The offending text. */
  public String text() {
    return text;
  }
}
