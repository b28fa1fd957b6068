package dev.chitieu.core.plan;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule in a plan definition.
 *
 * @param plan the plan's id as written (may be blank when the plan has none)
 * @param item the item at fault, e.g. {@code target 'hp.ecommerce-share'}
 * @param rule a stable code of the rule, e.g. {@code duplicate-id}; see {@link PlanValidator}
 * @param message the whole sentence: plan, item, what is wrong and what would be right
 */
public record PlanProblem(String plan, String item, String rule, String message) {
  /** Checks that no part is null. */
  public PlanProblem {
    requireNonNull(plan, "plan");
    requireNonNull(item, "item");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
