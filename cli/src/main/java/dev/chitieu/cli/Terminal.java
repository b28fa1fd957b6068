package dev.chitieu.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard error is a terminal, to decide if progress is shown. */
final class Terminal {
  /** Set by the launcher: {@code true} when its standard error is a terminal. */
  static final String PROPERTY = "chitieu.progress";

  private Terminal() {}

  static boolean stderrIsTerminal() {
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is there even when redirected; Console.isTerminal() says whether it really is.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only for a terminal
    }
  }
}
