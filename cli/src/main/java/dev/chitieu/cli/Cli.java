package dev.chitieu.cli;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.rollup.AggregationException;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.plan.PlanConfigurationException;
import dev.chitieu.core.plan.UnknownPlanException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import dev.chitieu.report.ReportFileException;
import dev.chitieu.report.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs a {@code chitieu} command line. Every failure ends in a message on standard error and one of the {@link
 * ExitCodes}; nothing escapes as a stack trace unless it is a bug ({@link ExitCodes#INTERNAL}).
 */
public final class Cli {
  private Cli() {}

  /**
   * Runs a command line.
   *
   * @param context the installed plans, the clock and whether to show progress
   * @param out where results go (tables, JSON, the paths of files written)
   * @param err where errors, warnings and progress go
   * @param args the arguments, e.g. {@code plans --format json}
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int execute(Context context, PrintWriter out, PrintWriter err, String... args) {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    CommandLine cl = commandLine(context);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The configured picocli command line, for the help text and for embedding.
   *
   * @param context the installed plans, the clock and whether to show progress
   * @return a new command line
   */
  public static CommandLine commandLine(Context context) {
    CommandLine cl = new CommandLine(new ChitieuCommand(context));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    cl.setExitCodeExceptionMapper(Cli::exitCodeOf);
    cl.setParameterExceptionHandler(Cli::usageError);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
    return cl;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(cl.getColorScheme().errorText("chitieu: " + e.getMessage()));
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Usage / cách dùng: " + cl.getCommandSpec().qualifiedName() + " --help");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Prints a failure the way a person reads it and gives its exit code. */
  static int failure(Exception e, PrintWriter err) {
    int code = exitCodeOf(e);
    if (code == ExitCodes.INTERNAL) {
      err.println("chitieu: unexpected error / lỗi ngoài dự kiến: " + e);
      e.printStackTrace(err);
      err.println("This is a bug; please report it with the command line and the trace above.");
    } else {
      err.println("chitieu: " + messageOf(e));
    }
    err.flush();
    return code;
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    if (e instanceof ParameterException || e instanceof UnknownPlanException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof InvalidDataException
        || e instanceof InvalidValueException
        || e instanceof AggregationException
        || e instanceof TemplateException
        || e instanceof ReportFileException) {
      return ExitCodes.DATA;
    }
    if (e instanceof PlanConfigurationException
        || e instanceof InsufficientMemoryException
        || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return ExitCodes.CONFIG;
    }
    return ExitCodes.INTERNAL;
  }

  private static String messageOf(Throwable e) {
    if (e instanceof InsufficientMemoryException m) {
      return m.getMessage() + "\n  for this command / với lệnh chitieu: CHITIEU_JAVA_OPTS=-Xmx" + m.suggestedHeap()
          + " ./chitieu …";
    }
    Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (io instanceof NoSuchFileException n) {
      return "file not found / không tìm thấy tệp: " + n.getFile();
    }
    if (io instanceof AccessDeniedException a) {
      return "permission denied / không có quyền truy cập: " + a.getFile();
    }
    if (io instanceof FileSystemException f) {
      return "cannot use " + f.getFile() + " / lỗi tệp: " + f.getReason();
    }
    if (e instanceof UncheckedIOException u && u.getCause() != null && u.getMessage() != null) {
      return u.getMessage() + ": " + u.getCause().getMessage();
    }
    return String.valueOf(e.getMessage());
  }
}
