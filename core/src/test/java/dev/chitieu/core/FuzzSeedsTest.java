package dev.chitieu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each fuzz test of core finds its committed seeds ({@link FuzzSeeds}); the fuzz tests are found, not listed. */
class FuzzSeedsTest {
  @Test
  void everyFuzzTestFindsItsSeedsInItsOwnPackage() throws Exception {
    List<Class<?>> tests = FuzzSeeds.fuzzTestsBeside(FuzzSeedsTest.class);
    assertThat(tests).extracting(Class::getName).contains("dev.chitieu.core.io.CsvImportFuzzTest",
        "dev.chitieu.core.io.JsonImportFuzzTest", "dev.chitieu.core.plan.PlanRegistryFuzzTest");
    for (Class<?> test : tests) {
      FuzzSeeds.assertEachFindsItsSeeds(test);
    }
  }
}
