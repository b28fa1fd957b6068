package dev.chitieu.cli;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.io.PlanJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chitieu plans}: the installed plans, their documents, horizons and targets. */
@Command(
    name = "plans",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Lists the installed plans: document, horizon, number of targets and indicators.",
      "Liệt kê các kế hoạch đã cài đặt. With --format json: every plan in full, for other programs."
    })
final class PlansCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (a table, the default) or json (every plan with its indicators and targets)")
  private Formats.Output format;

  @Option(names = "--plan", paramLabel = "ID", description = "only this plan")
  private String planId;

  @Option(names = {"-t", "--targets"}, description = "list each plan's targets too (text form)")
  private boolean targets;

  @Mixin private LangOption lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanRegistry registry = parent.context().registry();
    List<Plan> plans = planId == null ? registry.plans() : List.of(registry.plan(planId));
    if (format == Formats.Output.JSON) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      PlanJson.writeAll(plans, json);
      out.println(json.toString(StandardCharsets.UTF_8));
    } else {
      printText(out, plans, lang.lang());
    }
    out.flush();
    return Warnings.registryFailures(registry, err) ? ExitCodes.CONFIG : ExitCodes.OK;
  }

  private void printText(PrintWriter out, List<Plan> plans, Lang l) {
    if (plans.isEmpty()) {
      out.println("No plan is installed / chưa cài đặt kế hoạch nào. Put a plan module (chitieu-indicators-*) on "
          + "the class path.");
      return;
    }
    out.println("Kế hoạch đã cài đặt / Installed plans: " + plans.size());
    out.println();
    TextTable table = new TextTable("ID", "Văn bản / Document", "Ngày / Issued", "Thời kỳ / Horizon",
        ">Chỉ tiêu / Targets", ">Chỉ số / Indicators");
    for (Plan p : plans) {
      table.row(p.id().toString(), p.documentNumber(), p.documentDate().toString(), Texts.horizon(p.horizon()),
          Integer.toString(p.targets().size()), Integer.toString(p.indicators().size()));
    }
    out.print(table.render());
    for (Plan p : plans) {
      out.println();
      out.println(p.id() + " (" + p.region() + ")");
      out.println("  " + p.title().vi());
      out.println("  " + p.title().en());
      out.println("  " + p.authority().vi() + " / " + p.authority().en());
      if (targets) {
        TextTable t = new TextTable("Chỉ tiêu / Target", "Yêu cầu / Requires", "Hạn / Deadline",
            "Phạm vi / Scope", "Nội dung / Statement");
        for (Target target : p.targets()) {
          t.row(target.id().toString(), Texts.requirement(p, target, l), target.deadline().toString(),
              Texts.scope(p, target, l), TextTable.clip(Texts.text(target.statement(), l), 70));
        }
        out.println();
        t.render().lines().forEach(line -> out.println("    " + line));
      }
    }
  }
}
