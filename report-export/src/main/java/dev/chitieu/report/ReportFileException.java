package dev.chitieu.report;

import java.util.List;

/** A report file could not be read: every problem of the file, each with its line and column. */
public final class ReportFileException extends ReportException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param file the file's name
   * @param problems each problem, starting with its line and column
   */
  public ReportFileException(String file, List<String> problems) {
    super("report file " + file + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + ":\n  " + String.join("\n  ", problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  /** Every problem, each starting with its line and column. */
  public List<String> problems() {
    return problems;
  }
}
