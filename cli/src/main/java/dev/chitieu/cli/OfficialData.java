package dev.chitieu.cli;

import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PlanId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Official figures a plan module bundles beside its plan ({@code META-INF/chitieu/official/<plan-id>.csv}, e.g. the
 * national results of the first half of 2024 in chitieu-indicators-vietnam), for the demo's reports on real data.
 * Never sample data, and never mixed with it.
 */
final class OfficialData {
  private static final String FOLDER = "META-INF/chitieu/official/";

  private OfficialData() {}

  /**
   * The bundled official figures of a plan.
   *
   * @return the file's bytes, or empty when the plan's module bundles none
   */
  static Optional<byte[]> of(PlanId plan) {
    try (InputStream in = OfficialData.class.getClassLoader().getResourceAsStream(FOLDER + plan + ".csv")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled official figures of plan '" + plan + "'", e);
    }
  }

  /** The period the figures report: from January of the last year with data to its last month ("2024-H1"). */
  static Period period(dev.chitieu.core.data.MeasurementSet data) {
    int last = -1;
    for (var m : data) {
      last = Math.max(last, m.period().lastMonthIndex());
    }
    for (var c : data.reportedChanges()) {
      last = Math.max(last, c.period().lastMonthIndex());
    }
    return Period.ofMonthIndexes(last / 12 * 12, last);
  }

  /** The last day of a period: the day the report on it speaks for. */
  static LocalDate asOf(Period period) {
    return period.endDate();
  }
}
