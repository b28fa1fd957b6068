package dev.chitieu.core.model;

import dev.chitieu.core.ChitieuException;

/** An indicator id was used that the plan (or the set of definitions at hand) does not declare. */
public final class UnknownIndicatorException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final String indicatorId;

  /**
   * Creates the exception.
   *
   * @param indicatorId the unknown id
   * @param message the whole message: where the id was used and which ids are declared
   */
  public UnknownIndicatorException(String indicatorId, String message) {
    super(message);
    this.indicatorId = indicatorId;
  }

  /** The id that is not declared. */
  public String indicatorId() {
    return indicatorId;
  }
}
