package dev.chitieu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.FuzzSeeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each fuzz test of this module finds its committed seeds ({@link FuzzSeeds}, from core's tests). */
class FuzzSeedsTest {
  @Test
  void everyFuzzTestFindsItsSeedsInItsOwnPackage() throws Exception {
    List<Class<?>> tests = FuzzSeeds.fuzzTestsBeside(FuzzSeedsTest.class);
    assertThat(tests).extracting(Class::getName).contains("dev.chitieu.xlsx.XlsxImportFuzzTest");
    for (Class<?> test : tests) {
      FuzzSeeds.assertEachFindsItsSeeds(test);
    }
  }
}
