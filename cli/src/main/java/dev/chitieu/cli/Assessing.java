package dev.chitieu.cli;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.DataCheck;
import dev.chitieu.core.io.ImportOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a plan's data and assesses it, the way every command does: {@code validate} runs exactly what {@code assess},
 * {@code report} and {@code demo} run ({@link #check}), so that a file {@code validate} passes is a file they accept.
 */
final class Assessing {
  /** How many rows outside the plan's region a warning spells out. */
  static final int SHOWN = 5;

  private Assessing() {}

  /** What a data file for a plan is checked against: the plan's indicators and dimensions, and the regions. */
  static ImportOptions importOptions(Context context, Plan plan) {
    return ImportOptions.defaults().withPlan(plan).withRegions(context.registry().regions());
  }

  /**
   * What {@link #check} found: the rows that do not fit the plan (every one with its file and line), the rows outside
   * the plan's region, the rollup's refusal if the assessment could not add the data up (naming the rows), and the
   * assessment when neither stopped it.
   */
  record Checked(List<DataProblem> problems, List<DataProblem> outside, Optional<AggregationException> refused,
      Optional<Assessment> assessment) {
    /** Every problem as the commands print it, the rows outside the plan's region included when asked. */
    List<String> messages(boolean withOutside) {
      List<String> out = new ArrayList<>(problems.stream().map(DataProblem::message).toList());
      refused.ifPresent(e -> out.add(e.getMessage()));
      if (withOutside) {
        outside.forEach(p -> out.add(p.message()));
      }
      return out;
    }
  }

  /**
   * The one path from data to assessment: {@link DataCheck} of the plan's rows, then the assessment as of the day
   * (whose rollups may still refuse the data, naming the rows).
   *
   * @param data the plan's measurements, as imported
   * @param asOf the day the assessment speaks for
   * @return the problems, the rows outside the plan's region, and the assessment if there was no problem
   */
  static Checked check(Context context, Plan plan, MeasurementSet data, LocalDate asOf, ProgressMeter meter) {
    meter.step("checking " + plan.id());
    try {
      DataCheck check = DataCheck.of(plan, data, context.registry().regions());
      if (!check.problems().isEmpty()) {
        return new Checked(check.problems(), check.outsideRegion(), Optional.empty(), Optional.empty());
      }
      meter.step("assessing " + plan.id());
      try {
        return new Checked(List.of(), check.outsideRegion(), Optional.empty(),
            Optional.of(Assessor.withDefaults().assess(plan, data, context.registry().regions(), asOf)));
      } catch (AggregationException e) {
        return new Checked(List.of(), check.outsideRegion(), Optional.of(e), Optional.empty());
      }
    } finally {
      meter.done();
    }
  }

  /**
   * Checks and assesses strictly: any problem, or any row outside the plan's region, stops the command.
   *
   * @throws InvalidDataException listing every problem, each with its file and line
   * @throws AggregationException when the rollup cannot add the data up, naming the rows
   */
  static Assessment assess(Context context, Plan plan, MeasurementSet data, LocalDate asOf, ProgressMeter meter) {
    return assess(context, plan, data, asOf, meter, false, null);
  }

  /**
   * Checks and assesses. Rows outside the plan's region are problems when strict; when lenient they are left out with
   * a warning on {@code err} that counts them and shows the first ones.
   *
   * @throws InvalidDataException listing every problem, each with its file and line
   * @throws AggregationException when the rollup cannot add the data up, naming the rows
   */
  static Assessment assess(Context context, Plan plan, MeasurementSet data, LocalDate asOf, ProgressMeter meter,
      boolean lenient, PrintWriter err) {
    Checked c = check(context, plan, data, asOf, meter);
    List<DataProblem> problems = new ArrayList<>(c.problems());
    if (!lenient) {
      problems.addAll(c.outside());
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    if (c.refused().isPresent()) {
      throw c.refused().get();
    }
    if (lenient && !c.outside().isEmpty()) {
      Warnings.outsideRegion(plan, c.outside(), err);
    }
    return c.assessment().orElseThrow();
  }
}
