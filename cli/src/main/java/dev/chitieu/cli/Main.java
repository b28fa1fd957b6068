package dev.chitieu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code chitieu.jar}: runs one command and exits with its code (see {@link ExitCodes}). */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments, e.g. {@code demo --out reports}
   */
  public static void main(String[] args) {
    // UTF-8 always: Vietnamese text must survive a terminal or a pipe whatever the platform's default charset.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.execute(Context.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
