package dev.chitieu.cli;

import dev.chitieu.core.io.PlanFile;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which plan a command runs: an installed one ({@code --plan ID}) or a plan file that is not installed
 * ({@code --plan-file FILE}, read and checked first, installed beside the bundled plans for this command, replacing an
 * installed plan of the same id).
 */
final class PlanChoice {
  @Option(names = "--plan", paramLabel = "ID", description = "the plan, e.g. haiphong-106-2025")
  private String planId;

  @Option(names = "--plan-file", paramLabel = "FILE",
      description = "a plan file that is not installed (docs/plan-file.md), with the communes it names")
  private Path planFile;

  /** Whether a plan was chosen at all. */
  boolean given() {
    return planId != null || planFile != null;
  }

  /**
   * The context to run in: the parent's, or the parent's with the plan file installed.
   *
   * @throws CliException if both or neither option is given (when {@code required})
   * @throws dev.chitieu.core.data.InvalidDataException listing every problem of the plan file
   */
  Context context(Context parent) {
    if (planId != null && planFile != null) {
      throw CliException.usage("give --plan or --plan-file, not both / chỉ dùng một trong hai");
    }
    if (planFile == null) {
      return parent;
    }
    if (!java.nio.file.Files.isRegularFile(planFile)) {
      throw new CliException(ExitCodes.CONFIG, "plan file not found / không tìm thấy tệp kế hoạch: " + planFile);
    }
    PlanFile.read(planFile);
    return parent.with(PlanFile.provider(planFile));
  }

  /** The chosen plan, after warning about installed plans that failed to load. */
  Plan plan(Context context, PrintWriter err) {
    if (!given()) {
      throw CliException.usage("missing --plan ID or --plan-file FILE / thiếu kế hoạch");
    }
    PlanRegistry registry = context.registry();
    String id = planId != null ? planId : PlanFile.read(planFile).plan().id().value();
    Plan plan = registry.plan(id);
    Warnings.registryFailures(registry, err);
    return plan;
  }
}
