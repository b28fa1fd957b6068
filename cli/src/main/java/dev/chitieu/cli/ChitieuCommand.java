package dev.chitieu.cli;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code chitieu} command itself: holds the context and the subcommands. */
@Command(
    name = "chitieu",
    mixinStandardHelpOptions = true,
    versionProvider = ChitieuCommand.Version.class,
    sortOptions = false,
    headerHeading = "",
    header = "Targets (chỉ tiêu) of Vietnamese digital-economy plans: check data, assess targets, write reports.",
    synopsisHeading = "%nUsage / cách dùng: ",
    commandListHeading = "%nCommands / lệnh:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes / mã thoát: 0 ok, 1 data problems, 2 usage error, 3 file or configuration error, 4 bug.",
      "Start here / bắt đầu: chitieu demo --out reports"
    },
    subcommands = {
      PlansCommand.class,
      PlanCommand.class,
      RegionsCommand.class,
      ValidateCommand.class,
      AssessCommand.class,
      ReportCommand.class,
      DemoCommand.class,
      SurveyCommand.class,
      picocli.CommandLine.HelpCommand.class,
    })
public final class ChitieuCommand implements Callable<Integer> {
  private final Context context;

  @Spec private CommandSpec spec;

  /**
   * Creates the command.
   *
   * @param context the installed plans, the clock and whether to show progress
   */
  public ChitieuCommand(Context context) {
    this.context = requireNonNull(context, "context");
  }

  /** The context the subcommands use. */
  Context context() {
    return context;
  }

  /** Without a subcommand: prints the help on standard error and fails as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("chitieu: missing command / thiếu lệnh");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ChitieuCommand.class.getPackage().getImplementationVersion();
      return new String[] {"chitieu " + (v == null ? "(development build)" : v)};
    }
  }
}
