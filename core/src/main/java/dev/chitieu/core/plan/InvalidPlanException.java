package dev.chitieu.core.plan;

import dev.chitieu.core.ChitieuException;
import java.util.List;
import java.util.stream.Collectors;

/** A plan definition broke one or more rules; {@link #problems()} lists every one of them, not just the first. */
public final class InvalidPlanException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final transient List<PlanProblem> problems;

  /**
   * Creates the exception from the problems found.
   *
   * @param problems every problem found; not empty
   */
  public InvalidPlanException(List<PlanProblem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the validator found them. */
  public List<PlanProblem> problems() {
    return problems;
  }

  private static String format(List<PlanProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
    }
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in plan definitions:\n"
        + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
  }
}
