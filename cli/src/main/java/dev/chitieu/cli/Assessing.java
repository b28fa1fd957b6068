package dev.chitieu.cli;

import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.Plan;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.io.ImportOptions;
import java.time.LocalDate;

/** Runs the assessment the way every command does. */
final class Assessing {
  private Assessing() {}

  /** What a data file for a plan is checked against: the plan's indicators and dimensions, and the regions. */
  static ImportOptions importOptions(Context context, Plan plan) {
    return ImportOptions.defaults().withPlan(plan).withRegions(context.registry().regions());
  }

  static Assessment assess(Context context, Plan plan, MeasurementSet data, LocalDate asOf, ProgressMeter meter) {
    meter.step("assessing " + plan.id());
    try {
      return Assessor.withDefaults().assess(plan, data, context.registry().regions(), asOf);
    } finally {
      meter.done();
    }
  }
}
