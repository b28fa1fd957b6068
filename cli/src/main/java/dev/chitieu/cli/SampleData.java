package dev.chitieu.cli;

import dev.chitieu.core.model.PlanId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sample data bundled in the jar, one file per plan, for the demo. SAMPLE DATA: invented for demonstration, not
 * official figures; {@code dev/chitieu/cli/sample/README.md} says how it was made.
 */
final class SampleData {
  /** The last day the sample data covers, and the day the demo assesses as of ("9 tháng đầu năm 2026"). */
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  private static final String FOLDER = "/dev/chitieu/cli/sample/";

  private SampleData() {}

  /** The file name of a plan's sample data, e.g. {@code haiphong-106-2025-sample.csv}. */
  static String fileName(PlanId plan) {
    return plan + "-sample.csv";
  }

  /**
   * The bundled sample data of a plan.
   *
   * @return the file's bytes, or empty when no sample is bundled for the plan
   */
  static Optional<byte[]> of(PlanId plan) {
    try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + fileName(plan))) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample data of plan '" + plan + "'", e);
    }
  }
}
