package dev.chitieu.core.data;

import dev.chitieu.core.ChitieuException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input data broke the rules: bad rows in an import (every one is listed, not just the first), a duplicate key, a
 * measurement of an indicator that cannot hold it.
 */
public final class InvalidDataException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  /**
   * How many problems the message spells out: the first ones and the last, which says why a reader stopped when it
   * did; {@link #problems()} always has them all.
   */
  private static final int MESSAGE_LIMIT = 50;

  private final transient List<DataProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   */
  public InvalidDataException(List<DataProblem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in input order. */
  public List<DataProblem> problems() {
    return problems;
  }

  private static String format(List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidDataException needs at least one problem");
    }
    String head =
        problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the data / lỗi dữ liệu:\n";
    if (problems.size() <= MESSAGE_LIMIT) {
      return head + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
    }
    // the last problem stays in: it is where a reader says why it stopped reading
    int more = problems.size() - MESSAGE_LIMIT;
    return head
        + problems.stream().limit(MESSAGE_LIMIT - 1).map(p -> "  - " + p.message()).collect(Collectors.joining("\n"))
        + "\n  … and " + more + " more / và " + more + " lỗi khác (all in problems())\n  - "
        + problems.get(problems.size() - 1).message();
  }
}
