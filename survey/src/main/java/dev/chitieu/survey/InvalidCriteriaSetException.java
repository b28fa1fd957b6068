package dev.chitieu.survey;

import dev.chitieu.core.ChitieuException;
import java.util.List;

/**
 * A criteria set (or a file declaring one) breaks the rules, or cannot be used for what was asked (scoring with parts
 * the sources do not state). The message lists every problem, each with where it is and what would be right.
 */
public final class InvalidCriteriaSetException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param subject what is wrong, e.g. {@code criteria set 'dbi-sme-2021'} or a file name
   * @param problems every problem; not empty
   */
  public InvalidCriteriaSetException(String subject, List<String> problems) {
    super(format(subject, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in order. */
  public List<String> problems() {
    return problems;
  }

  private static String format(String subject, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidCriteriaSetException needs at least one problem");
    }
    StringBuilder b = new StringBuilder().append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append(" in ").append(subject).append(" / lỗi trong bộ tiêu chí:");
    problems.stream().limit(100).forEach(p -> b.append("\n  - ").append(p));
    if (problems.size() > 100) {
      b.append("\n  … and ").append(problems.size() - 100).append(" more (see problems())");
    }
    return b.toString();
  }
}
