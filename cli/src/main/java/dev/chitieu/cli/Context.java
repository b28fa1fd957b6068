package dev.chitieu.cli;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.plan.PlanRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * What the commands need from outside the command line: the installed plans, today's date and whether progress may
 * be shown. {@link #system()} is the real one; tests build their own. Thread-safe.
 */
public final class Context {
  private final Supplier<PlanRegistry> registry;
  private final Clock clock;
  private final boolean progress;
  private final String launcher;
  private volatile PlanRegistry loaded;

  /**
   * Creates a context.
   *
   * @param registry gives the installed plans; called once, on first use
   * @param clock gives today's date, the default {@code --as-of}
   * @param progress whether long imports and exports may report progress on standard error
   */
  public Context(Supplier<PlanRegistry> registry, Clock clock, boolean progress) {
    this(registry, clock, progress, "chitieu");
  }

  /**
   * Creates a context.
   *
   * @param registry gives the installed plans; called once, on first use
   * @param clock gives today's date, the default {@code --as-of}
   * @param progress whether long imports and exports may report progress on standard error
   * @param launcher how the person started the command, e.g. {@code ./chitieu}, for the commands it suggests
   */
  public Context(Supplier<PlanRegistry> registry, Clock clock, boolean progress, String launcher) {
    this.registry = requireNonNull(registry, "registry");
    this.clock = requireNonNull(clock, "clock");
    this.progress = progress;
    this.launcher = requireNonNull(launcher, "launcher");
  }

  /**
   * The context of a real run: the plans on the class path, the system clock, and progress when standard error is a
   * terminal (the {@code chitieu} launcher tells through the system property {@code chitieu.progress}, and how it was
   * called through {@code chitieu.launcher}).
   */
  public static Context system() {
    return new Context(PlanRegistry::loadInstalled, Clock.systemDefaultZone(), Terminal.stderrIsTerminal(),
        System.getProperty(LAUNCHER, "java -jar chitieu.jar"));
  }

  /** Set by the {@code chitieu} script: how it was called, e.g. {@code ./chitieu}. */
  static final String LAUNCHER = "chitieu.launcher";

  /** How the person started the command, e.g. {@code ./chitieu}, for the commands it suggests. */
  public String launcher() {
    return launcher;
  }

  /** The installed plans, loaded on first use. */
  public PlanRegistry registry() {
    PlanRegistry r = loaded;
    if (r == null) {
      synchronized (this) {
        r = loaded;
        if (r == null) {
          r = requireNonNull(registry.get(), "registry");
          loaded = r;
        }
      }
    }
    return r;
  }

  /**
   * This context with one more plan provider installed, e.g. a plan file given with {@code --plan-file} (see {@link
   * PlanRegistry#with}).
   *
   * @param extra the provider
   * @return a new context; this one is unchanged
   */
  public Context with(dev.chitieu.core.spi.PlanProvider extra) {
    requireNonNull(extra, "extra");
    return new Context(() -> registry().with(extra), clock, progress, launcher);
  }

  /** Today, by the context's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether long imports and exports report progress on standard error. */
  public boolean progress() {
    return progress;
  }
}
