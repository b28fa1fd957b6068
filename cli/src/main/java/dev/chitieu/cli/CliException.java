package dev.chitieu.cli;

import static java.util.Objects.requireNonNull;

/**
 * A failure a command reports to the person running it: the message is printed on standard error as is, and the
 * process ends with the exit code.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message what went wrong, where, and what would be right
   */
  public CliException(int exitCode, String message) {
    super(requireNonNull(message, "message"));
    this.exitCode = exitCode;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message what went wrong, where, and what would be right
   * @param cause the exception behind it
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.exitCode = exitCode;
  }

  /** The exit code, one of {@link ExitCodes}. */
  public int exitCode() {
    return exitCode;
  }

  /** A usage error ({@link ExitCodes#USAGE}). */
  static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE, message);
  }

  /** A file or configuration error ({@link ExitCodes#CONFIG}). */
  static CliException config(String message, Throwable cause) {
    return new CliException(ExitCodes.CONFIG, message, cause);
  }
}
