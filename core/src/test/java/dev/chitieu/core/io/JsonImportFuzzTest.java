package dev.chitieu.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzzes the JSON importer with Jazzer, as {@link CsvImportFuzzTest} does the CSV one: the first byte picks the
 * options, the rest is the file; seeds and crashes in {@code JsonImportFuzzTestInputs/json}.
 */
class JsonImportFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void json(byte[] input) {
    ImportOptions options = FuzzChecks.options(input.length == 0 ? 0 : input[0]);
    byte[] file = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    FuzzChecks.check(lenient -> lenient
        ? MeasurementJson.readLenient(new ByteArrayInputStream(file), "fuzz.json", options)
        : MeasurementJson.readStrict(new ByteArrayInputStream(file), "fuzz.json", options), true);
  }
}
