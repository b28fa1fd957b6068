package dev.chitieu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;
import java.util.function.Supplier;

/** One run of the command line with captured output. */
record Run(int code, String out, String err) {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  static Context context(Supplier<PlanRegistry> registry) {
    return new Context(registry, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), false);
  }

  /** The plans installed on the test class path (the three plan modules), loaded once. */
  static final PlanRegistry INSTALLED = PlanRegistry.loadInstalled().requireHealthy();

  /** A context with the installed plans and today {@link #TODAY}. */
  static Context installed() {
    return context(() -> INSTALLED);
  }

  /** Writes a plan's bundled sample data into a folder and gives the file. */
  static java.nio.file.Path sample(java.nio.file.Path dir, String plan) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve(plan + ".csv");
    java.nio.file.Files.write(file, SampleData.of(dev.chitieu.core.model.PlanId.of(plan)).orElseThrow());
    return file;
  }

  /** Writes a small data file: the header, then the lines. */
  static java.nio.file.Path csv(java.nio.file.Path dir, String name, String... lines) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve(name);
    java.nio.file.Files.writeString(file, "indicator,region,period,sector,value,status,source\n"
        + String.join("\n", lines) + "\n");
    return file;
  }

  static Context context(PlanProvider... providers) {
    return context(() -> PlanRegistry.of(List.of(providers)));
  }

  static Run of(Context context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(context, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
