package dev.chitieu.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzzes the JSON importer with Jazzer, as {@link CsvImportFuzzTest} does the CSV one: the first byte picks the
 * options, the rest is the file; seeds and crashes in {@code JsonImportFuzzTestInputs/json}. Each input is also read
 * with the fast path and without it ({@link JsonFastPathTest#sameBothWays}), which must say the same.
 */
class JsonImportFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void json(byte[] input) {
    ImportOptions options = FuzzChecks.options(input.length == 0 ? 0 : input[0]);
    byte[] file = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    FuzzChecks.check(lenient -> lenient
        ? MeasurementJson.readLenient(new ByteArrayInputStream(file), "fuzz.json", options)
        : MeasurementJson.readStrict(new ByteArrayInputStream(file), "fuzz.json", options), true);
    // the fast path says exactly what the checked path says, for any bytes
    JsonFastPathTest.sameBothWays(file, options, "fuzz input");
  }
}
