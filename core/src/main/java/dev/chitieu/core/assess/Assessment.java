package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.TargetId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The judgement of every target of a plan as of a day: what a report builder signs. Immutable and thread-safe.
 *
 * @param plan the plan
 * @param region the plan's region (for the report's place and title)
 * @param asOf the day the assessment speaks for; data after it is ignored, and reports take their dates from it
 * @param results one result per target, in plan order, each with its parts
 */
public record Assessment(Plan plan, Region region, LocalDate asOf, List<TargetResult> results) {
  /** Checks that nothing is null and copies the results. */
  public Assessment {
    requireNonNull(plan, "plan");
    requireNonNull(region, "region");
    requireNonNull(asOf, "asOf");
    results = List.copyOf(results);
  }

  /** The result of a target, if the plan sets it. */
  public Optional<TargetResult> findResult(TargetId target) {
    return results.stream().filter(r -> r.target().equals(target)).findFirst();
  }

  /** Every result, each target followed by its parts. */
  public List<TargetResult> flattened() {
    return results.stream().flatMap(TargetResult::flatten).toList();
  }
}
