package dev.chitieu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.chitieu.core.PlanRegistry;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;
import java.util.function.Supplier;

/** One run of the command line with captured output. */
record Run(int code, String out, String err) {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  static Context context(Supplier<PlanRegistry> registry) {
    return new Context(registry, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), false);
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
