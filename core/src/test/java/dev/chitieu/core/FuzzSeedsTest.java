package dev.chitieu.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fuzz test of core finds its committed seeds: Jazzer reads them from {@code <Class>Inputs/<method>} in the test
 * class's own package, so a test moved to another package without its seeds would fuzz from nothing, and replay none
 * of them in every build, without a word.
 */
class FuzzSeedsTest {
  @ParameterizedTest
  @ValueSource(strings = {"dev.chitieu.core.io.CsvImportFuzzTest", "dev.chitieu.core.io.JsonImportFuzzTest",
      "dev.chitieu.core.plan.PlanRegistryFuzzTest"})
  void everyFuzzTestFindsItsSeedsInItsOwnPackage(String name) throws Exception {
    Class<?> test = Class.forName(name);
    int fuzzTests = 0;
    for (Method m : test.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(FuzzTest.class)) {
        continue;
      }
      fuzzTests++;
      String dir = test.getSimpleName() + "Inputs/" + m.getName();
      URL seeds = test.getResource(dir);
      assertThat(seeds).as("the seeds of %s.%s, in %s next to the test class", name, m.getName(), dir).isNotNull();
      assertThat(seedsIn(seeds)).as("seeds in %s", seeds).isGreaterThan(0);
    }
    assertThat(fuzzTests).as("fuzz tests in %s", name).isGreaterThan(0);
  }

  private static long seedsIn(URL dir) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
