package dev.chitieu.cli;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.io.PlanFile;
import dev.chitieu.core.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chitieu plan}: for the author of a plan file. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {"For the author of a plan file (docs/plan-file.md).", "Dành cho người soạn tệp kế hoạch."},
    subcommands = {PlanCommand.Check.class})
final class PlanCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Without a subcommand: prints the help on standard error and fails as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("chitieu plan: missing command / thiếu lệnh: check");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code chitieu plan check FILE}: every problem of a plan file with its line and column, or what it holds. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a plan file: every problem with its line, column and what to write instead.",
        "Kiểm tra tệp kế hoạch. Exit code 0 when the plan is valid, 1 when it has problems."
      })
  static final class Check implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the plan file (.yaml)")
    private Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<DataProblem> problems;
      try (InputStream in = Files.newInputStream(file)) {
        problems = PlanFile.check(in, file.toString());
      }
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println(p.message()));
        out.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + file
            + " / lỗi trong tệp kế hoạch");
        return ExitCodes.DATA;
      }
      PlanFile read = PlanFile.read(file);
      Plan plan = read.plan();
      Path dir = file.toAbsolutePath().getParent();
      for (String named : List.of(read.regions().orElse(""), read.formerUnits().orElse(""))) {
        if (!named.isEmpty() && !Files.isRegularFile(dir.resolve(named))) {
          out.println(file + ": names " + named + ", which is not next to it (" + dir.resolve(named)
              + ") / không tìm thấy tệp");
          return ExitCodes.DATA;
        }
      }
      out.println(file + ": plan '" + plan.id() + "' is valid / kế hoạch hợp lệ: " + plan.indicators().size()
          + " indicators / chỉ số, " + plan.targets().size() + " targets / chỉ tiêu"
          + plan.idPrefix().map(p -> ", id prefix '" + p + ".'").orElse(""));
      return ExitCodes.OK;
    }
  }
}
