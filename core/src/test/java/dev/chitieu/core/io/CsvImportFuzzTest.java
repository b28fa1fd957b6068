package dev.chitieu.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzzes the CSV importer with Jazzer: the first byte picks the options ({@link FuzzChecks#options}), the rest is the
 * file. In a normal build it replays the committed seeds and every crash found so far ({@code
 * CsvImportFuzzTestInputs/csv} in the test resources); with {@code JAZZER_FUZZ=1} it fuzzes (docs/import.md).
 */
class CsvImportFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void csv(byte[] input) {
    ImportOptions options = FuzzChecks.options(input.length == 0 ? 0 : input[0]);
    byte[] file = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    FuzzChecks.check(lenient -> lenient
        ? MeasurementCsv.readLenient(new ByteArrayInputStream(file), "fuzz.csv", options)
        : MeasurementCsv.readStrict(new ByteArrayInputStream(file), "fuzz.csv", options), true);
  }
}
