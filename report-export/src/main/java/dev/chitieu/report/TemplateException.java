package dev.chitieu.report;

/**
 * A user's template could not be filled: a placeholder or a named range that names nothing the assessment knows, or
 * a named range that is not a single cell. The message names the sheet and the cell.
 */
public final class TemplateException extends ReportException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates the exception.
   *
   * @param location the sheet and cell, e.g. {@code sheet 'Báo cáo' cell C7}, or the named range
   * @param message what was wrong and what would be right
   */
  public TemplateException(String location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  /** The sheet and cell (or named range) at fault, e.g. {@code sheet 'Báo cáo' cell C7}. */
  public String location() {
    return location;
  }
}
