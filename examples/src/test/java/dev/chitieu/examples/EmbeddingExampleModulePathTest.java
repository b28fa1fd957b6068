package dev.chitieu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example runs on the module path as an embedder's application would: a separate JVM with this module
 * (whose module-info says only {@code requires dev.chitieu.report}) and the runtime dependencies on
 * {@code --module-path}, no {@code --add-modules}, and the plan module found by service binding.
 */
class EmbeddingExampleModulePathTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path DEPENDENCIES = Path.of("target", "module-path.txt");

  @TempDir Path dir;

  @Test
  void example_runsOnTheModulePath_quietly() throws Exception {
    String modulePath = CLASSES.toAbsolutePath() + File.pathSeparator
        + Files.readString(DEPENDENCIES, StandardCharsets.UTF_8).strip();
    // two rows of invented figures (not official)
    Path csv = Files.writeString(dir.resolve("haiphong-2025.csv"), """
        indicator,region,period,value,status,source
        hp.ecommerce-revenue,31,2025,16,actual,mẫu / sample
        hp.retail-sales,31,2025,100,actual,mẫu / sample
        """);
    Path meta = Files.writeString(dir.resolve("bao-cao.yaml"), "number: 7/BC-UBND\nsample: true\n");
    Path out = dir.resolve("out");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    Process p = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--module", "dev.chitieu.examples/dev.chitieu.examples.EmbeddingExample",
        csv.toString(), out.toString(), meta.toString()))
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();

    String err = Files.readString(stderr);
    assertThat(p.exitValue()).as("exit status; stderr:%n%s", err).isZero();
    assertThat(Files.readString(stdout)).contains("7 targets assessed");
    assertThat(err).as("nothing on stderr (no logging noise, no missing class)").isEmpty();
    for (String f : new String[] {"bao-cao.docx", "bao-cao.pdf", "bao-cao.xlsx"}) {
      assertThat(Files.size(out.resolve(f))).as(f).isGreaterThan(5_000);
    }
  }

  @Test
  void theModulesOfTheRun_haveTheirNames_andTheExampleRequiresOnlyTheReportModule() throws Exception {
    ModuleDescriptor example = ModuleFinder.of(CLASSES).find("dev.chitieu.examples").orElseThrow().descriptor();
    assertThat(example.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "dev.chitieu.report");

    Path[] path = Arrays.stream(Files.readString(DEPENDENCIES, StandardCharsets.UTF_8).strip()
        .split(File.pathSeparator)).map(Path::of).toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(path);
    for (String name : new String[] {"dev.chitieu.core", "dev.chitieu.report", "dev.chitieu.haiphong"}) {
      ModuleReference ref = finder.find(name).orElseThrow(() -> new AssertionError(name + " not on the path"));
      assertThat(ref.descriptor().isAutomatic()).as(name + " has a module-info").isFalse();
    }
  }
}
