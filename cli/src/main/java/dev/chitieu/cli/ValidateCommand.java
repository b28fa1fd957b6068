package dev.chitieu.cli;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.data.DuplicatePolicy;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.RejectedRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chitieu validate}: checks a data file against the plans and prints every problem with its place. */
@Command(
    name = "validate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Checks a data file against the installed plans (or one plan) and prints every problem with its place.",
      "Kiểm tra tệp số liệu. Exit code 0 when the file is clean, 1 when it has problems."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "the data file (" + DataFiles.KINDS + ")")
  private Path data;

  @Mixin private PlanChoice choice;

  @Mixin private DuplicatesOption duplicates;

  @Mixin private RejectedOption rejected;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Context context = choice.context(parent.context());
    PlanRegistry registry = context.registry();
    List<Plan> plans = choice.given() ? List.of(choice.plan(context, spec.commandLine().getErr()))
        : registry.plans();
    if (!choice.given()) {
      Warnings.registryFailures(registry, spec.commandLine().getErr());
    }
    ProgressMeter meter = new ProgressMeter(spec.commandLine().getErr(), context.progress());
    // Checked while reading, so that each problem comes with its line: with --plan exactly as assess and report
    // read the file; without it, against the indicators of every plan and the members of their dimensions (a
    // dimension that two plans declare accepts the members of both here; each plan's check below then checks each
    // row against its own plan).
    ImportOptions options = (plans.size() == 1 ? Assessing.importOptions(context, plans.get(0))
        : ImportOptions.defaults().withRegions(registry.regions())
            .withIndicators(plans.stream().flatMap(p -> p.indicators().stream()).toList(), dimensions(plans)))
        .withDuplicates(duplicates.policy());
    ImportResult imported = DataFiles.read(data, rejected.apply(options), true, meter);
    rejected.tell(imported, spec.commandLine().getErr());

    List<String> problems = new ArrayList<>();
    List<DataProblem> superseded = new ArrayList<>();
    for (RejectedRow row : imported.rejected()) {
      if (duplicates.policy() != DuplicatePolicy.ERROR && isDuplicate(row)) {
        superseded.addAll(row.problems());
      } else {
        row.problems().forEach(p -> problems.add(p.message()));
      }
    }
    if (imported.rejectedToFile() > 0) {
      problems.add("… and " + imported.rejectedToFile() + " more rows set aside, each with its problems in "
          + rejected.file() + " / và " + imported.rejectedToFile() + " dòng khác, xem lỗi từng dòng trong tệp đó");
    }
    // What assess and report run on each plan's rows: the same checks and the same assessment (as of the last day
    // any row or deadline reaches, so that every row is used), strictly: rows outside the plan's region included.
    for (Plan plan : plans) {
      Set<IndicatorId> own = plan.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
      MeasurementSet rows = imported.measurements().filter(m -> own.contains(m.indicator()));
      if (!rows.isEmpty()) {
        problems.addAll(Assessing.check(context, plan, rows, lastDay(plan, rows), meter).messages(true));
      }
    }

    out.println(data + ": " + imported.rowsRead() + " rows read / dòng đã đọc, "
        + (imported.rowsRejected() - superseded.size()) + " unreadable / không đọc được");
    for (Plan plan : plans) {
      summary(out, plan, imported);
    }
    if (!superseded.isEmpty()) {
      out.println("  " + superseded.size() + (superseded.size() == 1 ? " row" : " rows") + " not used, as --duplicates "
          + (duplicates.policy() == DuplicatePolicy.KEEP_FIRST ? "keep-first" : "keep-last") + " asks / dòng trùng "
          + "không dùng:");
      superseded.forEach(p -> out.println("    " + p.message()));
    }
    if (problems.isEmpty()) {
      out.println("OK: no problems / không có lỗi.");
      return ExitCodes.OK;
    }
    out.println();
    out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " / lỗi:");
    problems.forEach(p -> out.println("  - " + p));
    return ExitCodes.DATA;
  }

  /**
   * Whether a rejected row is one a duplicates policy set aside (its key is another row's), not a row with a bad
   * field: the importer reports those in one sentence, "lines 2 and 4 have the same key (…)".
   */
  private static boolean isDuplicate(RejectedRow row) {
    return row.problems().size() == 1 && row.problems().get(0).column().isEmpty()
        && row.problems().get(0).problem().contains(" have the same key (");
  }

  /** The day by which every row and every deadline of the plan has passed: an assessment then uses every row. */
  private static LocalDate lastDay(Plan plan, MeasurementSet rows) {
    LocalDate last = plan.targets().stream().map(t -> t.deadline()).max(LocalDate::compareTo)
        .orElse(plan.horizon().endDate());
    for (Measurement m : rows) {
      if (m.period().endDate().isAfter(last)) {
        last = m.period().endDate();
      }
    }
    return last;
  }

  /** The dimensions of the plans, those of one id merged into one with the members of all. */
  private static List<Dimension> dimensions(List<Plan> plans) {
    Map<DimensionId, Dimension> byId = new LinkedHashMap<>();
    for (Plan plan : plans) {
      for (Dimension d : plan.dimensions()) {
        byId.merge(d.id(), d, (a, b) -> {
          List<Member> members = new ArrayList<>(a.members());
          b.members().stream().filter(m -> a.member(m.code()).isEmpty()).forEach(members::add);
          return new Dimension(a.id(), a.name(), members);
        });
      }
    }
    return List.copyOf(byId.values());
  }

  /** Which of a plan's indicators have data, and over which periods. */
  private static void summary(PrintWriter out, Plan plan, ImportResult imported) {
    Set<IndicatorId> ids = plan.indicators().stream().map(i -> i.id()).collect(Collectors.toSet());
    List<Measurement> rows = imported.measurements().stream().filter(m -> ids.contains(m.indicator())).toList();
    if (rows.isEmpty()) {
      out.println("  " + plan.id() + ": no rows for this plan / không có số liệu của kế hoạch này");
      return;
    }
    Set<IndicatorId> with = rows.stream().map(Measurement::indicator).collect(Collectors.toCollection(HashSet::new));
    // a ratio is covered by rows of its own or by rows of both its parts
    for (Indicator i : plan.indicators()) {
      if (i.aggregation() instanceof Aggregation.Ratio r && with.contains(r.numerator())
          && with.contains(r.denominator())) {
        with.add(i.id());
      }
    }
    Set<String> regions = new TreeSet<>();
    rows.forEach(m -> regions.add(m.region().value()));
    String from = rows.stream().map(m -> m.period().start()).min(Comparable::compareTo).orElseThrow().toString();
    String to = rows.stream().map(m -> m.period().end()).max(Comparable::compareTo).orElseThrow().toString();
    out.println("  " + plan.id() + ": " + rows.size() + (rows.size() == 1 ? " row, " : " rows, ") + regions.size()
        + (regions.size() == 1 ? " region, " : " regions, ") + from + " to "
        + to + ", data for " + with.size() + " of " + ids.size() + " indicators");
    List<String> without = plan.indicators().stream().map(i -> i.id()).filter(i -> !with.contains(i))
        .map(IndicatorId::value).toList();
    if (!without.isEmpty()) {
      out.println("    no data / chưa có số liệu: " + String.join(", ", without));
    }
  }
}
