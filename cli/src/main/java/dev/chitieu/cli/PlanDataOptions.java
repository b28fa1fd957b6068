package dev.chitieu.cli;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that judge a plan on a data file ({@code assess}, {@code report}): {@code --plan},
 * {@code --data}, {@code --as-of}, {@code --lenient} and {@code --duplicates}, and the steps they share.
 */
final class PlanDataOptions {
  @Mixin private PlanChoice choice;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "the data file (" + DataFiles.KINDS + ") with the plan's measurements")
  private Path data;

  @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfConverter.class,
      description = "the day the assessment speaks for, e.g. 2025-12-31 (default: today); later data is ignored")
  private LocalDate asOf;

  @Option(names = "--lenient",
      description = "set bad rows and rows outside the plan's region aside (listed on standard error; report also"
          + " lists the bad rows in the workbook) instead of failing")
  private boolean lenient;

  @Mixin private DuplicatesOption duplicates;

  @Mixin private RejectedOption rejected;

  /** The context to run in: with the plan file of {@code --plan-file} installed, if given. */
  Context context(Context parent) {
    return choice.context(parent);
  }

  /** The plan named by {@code --plan} or {@code --plan-file}, after warning about plans that failed to load. */
  Plan plan(Context context, PrintWriter err) {
    return choice.plan(context, err);
  }

  /**
   * Reads the data file for {@code plan} (listing rows set aside), checks it as {@code validate} does and judges the
   * plan as of the chosen day.
   */
  Assessed assess(Context context, Plan plan, PrintWriter err, ProgressMeter meter) {
    ImportResult imported = DataFiles.read(data,
        rejected.apply(Assessing.importOptions(context, plan).withDuplicates(duplicates.policy())), lenient, meter);
    Warnings.rejectedRows(imported, err);
    rejected.tell(imported, err);
    LocalDate day = asOf == null ? context.today() : asOf;
    return new Assessed(imported, day,
        Assessing.assess(context, plan, imported.measurements(), day, meter, lenient, err));
  }

  boolean lenient() {
    return lenient;
  }

  /** The data file given with {@code --data}. */
  Path dataFile() {
    return data;
  }

  /** What {@link #assess} gives: the imported data, the day and the assessment. */
  record Assessed(ImportResult imported, LocalDate day, Assessment assessment) {}
}
