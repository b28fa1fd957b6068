package dev.chitieu.cli;

/**
 * The exit codes of every {@code chitieu} command. Scripts may rely on them; {@code docs/cli.md} lists them too.
 */
public final class ExitCodes {
  /** Everything went as asked: the data is clean, the assessment or the reports were written. */
  public static final int OK = 0;

  /**
   * The data has problems: {@code validate} found bad rows or values, or {@code assess}/{@code report} could not use
   * the data file (every problem is printed with its place).
   */
  public static final int DATA = 1;

  /**
   * The command line is wrong: an unknown command or option, a missing or malformed argument, an unknown plan id, a
   * language or format that does not exist. Nothing was read or written.
   */
  public static final int USAGE = 2;

  /**
   * The environment is wrong: a file is missing or cannot be read or written, or the installed plans are broken
   * (a plan module failed to load, two plans share an id).
   */
  public static final int CONFIG = 3;

  /** An unexpected error, a bug: the message and the stack trace are printed; please report them. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
