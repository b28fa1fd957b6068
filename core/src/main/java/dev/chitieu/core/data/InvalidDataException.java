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

  /** How many problems the message spells out; {@link #problems()} always has them all. */
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
    String body =
        problems.stream()
            .limit(MESSAGE_LIMIT)
            .map(p -> "  - " + p.message())
            .collect(Collectors.joining("\n"));
    return problems.size() > MESSAGE_LIMIT
        ? head + body + "\n  … and " + (problems.size() - MESSAGE_LIMIT) + " more (see problems())"
        : head + body;
  }
}
