package dev.chitieu.cli;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.AssessmentJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chitieu assess}: judges every target of a plan on a data file. */
@Command(
    name = "assess",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Judges every target of a plan on a data file as of a day: status, value, coverage, projection.",
      "Đánh giá thực hiện các chỉ tiêu của kế hoạch."
    })
final class AssessCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Mixin private PlanDataOptions input;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (a table, the default) or json (every result with its evidence, for other programs)")
  private Formats.Output format;

  @Mixin private LangOption lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context context = input.context(parent.context());
    Plan plan = input.plan(context, err);
    Assessment assessment =
        input.assess(context, plan, err, new ProgressMeter(err, context.progress())).assessment();
    if (format == Formats.Output.JSON) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      AssessmentJson.write(assessment, json);
      out.println(json.toString(StandardCharsets.UTF_8));
    } else {
      out.print(AssessmentTable.render(assessment, lang.lang()));
    }
    return ExitCodes.OK;
  }
}
