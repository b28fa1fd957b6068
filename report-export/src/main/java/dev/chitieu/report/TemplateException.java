package dev.chitieu.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A user's template could not be filled: placeholders or named ranges that name nothing the assessment knows, a
 * placeholder left open, a named range that is not a single cell. Every problem of the template is listed, each with
 * its sheet and cell, not just the first.
 */
public final class TemplateException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message spells out; {@link #problems()} always has them all. */
  private static final int MESSAGE_LIMIT = 50;

  private final transient List<Problem> problems;

  /**
   * One thing wrong in a template.
   *
   * @param location the sheet and cell, e.g. {@code sheet 'Báo cáo' cell C7}, or the named range
   * @param message what was wrong and what would be right
   */
  public record Problem(String location, String message) {
    /** Checks that both parts are given. */
    public Problem {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return location + ": " + message;
    }
  }

  /**
   * Creates the exception for one problem.
   *
   * @param location the sheet and cell, e.g. {@code sheet 'Báo cáo' cell C7}, or the named range
   * @param message what was wrong and what would be right
   */
  public TemplateException(String location, String message) {
    this(List.of(new Problem(location, message)));
  }

  /**
   * Creates the exception for every problem found in a template.
   *
   * @param problems every problem, in the order of the workbook (sheets, rows, cells, then named ranges); not empty
   */
  public TemplateException(List<Problem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the workbook: sheets, rows and cells, then the named ranges. */
  public List<Problem> problems() {
    return problems;
  }

  /** The sheet and cell (or named range) of the first problem, e.g. {@code sheet 'Báo cáo' cell C7}. */
  public String location() {
    return problems.get(0).location();
  }

  private static String format(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a TemplateException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    String head = problems.size() + " problems in the template / mẫu có " + problems.size() + " lỗi:\n";
    String body = problems.stream().limit(MESSAGE_LIMIT).map(p -> "  - " + p).collect(Collectors.joining("\n"));
    return problems.size() > MESSAGE_LIMIT
        ? head + body + "\n  … and " + (problems.size() - MESSAGE_LIMIT) + " more (see problems())"
        : head + body;
  }
}
