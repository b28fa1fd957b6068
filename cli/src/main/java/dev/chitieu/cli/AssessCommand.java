package dev.chitieu.cli;

import dev.chitieu.core.Plan;
import dev.chitieu.core.PlanRegistry;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.io.ImportResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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

  @Option(names = "--plan", required = true, paramLabel = "ID", description = "the plan, e.g. haiphong-106-2025")
  private String planId;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "the data file (" + DataFiles.KINDS + ") with the plan's measurements")
  private Path data;

  @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfConverter.class,
      description = "the day the assessment speaks for, e.g. 2025-12-31 (default: today); later data is ignored")
  private LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (a table, the default) or json (every result with its evidence, for other programs)")
  private Formats.Output format;

  @Option(names = "--lenient", description = "set bad rows aside (listed on standard error) instead of failing")
  private boolean lenient;

  @Mixin private LangOption lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context context = parent.context();
    PlanRegistry registry = context.registry();
    Plan plan = registry.plan(planId);
    Warnings.registryFailures(registry, err);
    ProgressMeter meter = new ProgressMeter(err, context.progress());
    ImportResult imported = DataFiles.read(data, Assessing.importOptions(context, plan), lenient, meter);
    Warnings.rejectedRows(imported, err);
    Assessment assessment = Assessing.assess(context, plan, imported.measurements(),
        asOf == null ? context.today() : asOf, meter);
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
