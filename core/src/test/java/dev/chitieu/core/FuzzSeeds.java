package dev.chitieu.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that fuzz tests find their committed seeds: Jazzer reads them from {@code <Class>Inputs/<method>} in the test
 * class's own package, so a test moved to another package without its seeds would fuzz from nothing, and replay none
 * of them in every build, without a word. Shared with other modules' tests (core's test-jar).
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  /**
   * The classes with a {@link FuzzTest} method among the compiled test classes beside {@code anchor} (its module's
   * test classes), found by reading the folder they were loaded from: a new fuzz test is checked without being named.
   */
  public static List<Class<?>> fuzzTestsBeside(Class<?> anchor) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
          .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
    }
    List<Class<?>> tests = new ArrayList<>();
    for (String name : names) {
      Class<?> c = Class.forName(name, false, anchor.getClassLoader());
      if (Stream.of(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(FuzzTest.class))) {
        tests.add(c);
      }
    }
    return tests;
  }

  /** Asserts that each {@link FuzzTest} method of {@code test} has a folder of seeds, not empty, beside the class. */
  public static void assertEachFindsItsSeeds(Class<?> test) throws IOException, URISyntaxException {
    int fuzzTests = 0;
    for (Method m : test.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(FuzzTest.class)) {
        continue;
      }
      fuzzTests++;
      String dir = test.getSimpleName() + "Inputs/" + m.getName();
      URL seeds = test.getResource(dir);
      assertThat(seeds).as("the seeds of %s.%s, in %s next to the test class", test.getName(), m.getName(), dir)
          .isNotNull();
      assertThat(seedsIn(seeds)).as("seeds in %s", seeds).isGreaterThan(0);
    }
    assertThat(fuzzTests).as("fuzz tests in %s", test.getName()).isGreaterThan(0);
  }

  private static long seedsIn(URL dir) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
