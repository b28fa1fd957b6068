package dev.chitieu.report;

import dev.chitieu.core.ChitieuException;

/** A report could not be written: the output failed, or the input cannot be shown in the official form. */
public class ReportException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, where, and what would be right
   */
  public ReportException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong, where, and what would be right
   * @param cause the underlying failure
   */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
