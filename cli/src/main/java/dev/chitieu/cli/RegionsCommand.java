package dev.chitieu.cli;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chitieu regions --plan ID}: the units of a plan's region, with the codes data files use. */
@Command(
    name = "regions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the units of a plan's region (its communes and wards, or the provinces of a national plan), with the"
          + " codes data files use.",
      "Liệt kê các đơn vị hành chính của kế hoạch và mã của chúng."
    })
final class RegionsCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Mixin private PlanChoice choice;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Context context = choice.context(parent.context());
    Plan plan = choice.plan(context, spec.commandLine().getErr());
    RegionHierarchy regions = context.registry().regions();
    Region top = regions.require(plan.region());
    List<Region> units = regions.children(plan.region());
    TextTable table = new TextTable("Mã / Code", "Tên", "Name", "Loại / Kind");
    table.row(top.code().value(), top.name().vi(), top.name().en(), top.kind());
    for (Region r : units) {
      table.row(r.code().value(), r.name().vi(), r.name().en(), r.kind());
    }
    out.print(table.render());
    out.println(units.size() + " units under / đơn vị thuộc " + top.name().vi() + " (" + top.code() + "), plan / kế"
        + " hoạch " + plan.id());
    return ExitCodes.OK;
  }
}
