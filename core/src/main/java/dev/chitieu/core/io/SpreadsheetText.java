package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

/**
 * Keeps text that the library writes for spreadsheets inert: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a formula ({@code =HYPERLINK(…)}, {@code
 * +cmd|…}, {@code @SUM(…)}), so text from an input file, a plan or report metadata that starts so must not be written
 * as it is (OWASP, "CSV Injection").
 *
 * <p>The rule, the same for every CSV the library writes: a text that is formula-like gets one apostrophe in front
 * ({@code '=HYPERLINK(…)}), which spreadsheets show as text. A plain number is data, not a formula: {@code -0.5},
 * {@code +3} or {@code -1.234,5} (a sign, then only digits, points and commas) is written as it is, so that numbers
 * keep their sign and read back as numbers. So that the rule can be undone exactly, a text that is apostrophes
 * followed by a formula-like text gets one more apostrophe too; the CSV importers take one leading apostrophe off such
 * a field, so a file the library wrote reads back to the same values.
 *
 * <p>In workbooks, text cells are string cells (never formulas) and formula-like ones are also quote-prefixed (the
 * cell style's "quote prefix"), so that editing the cell keeps it text. Thread-safe: stateless.
 */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  /**
   * Whether a spreadsheet would read the text as a formula: it starts with {@code = + - @}, a tab or a carriage
   * return, and is not a plain number (a sign followed only by digits, {@code .} and {@code ,}, with a digit).
   *
   * @param text the text
   * @return whether it must be neutralised before it is written into a cell
   */
  public static boolean isFormulaLike(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    if (c == '=' || c == '@' || c == '\t' || c == '\r') {
      return true;
    }
    if (c != '+' && c != '-') {
      return false;
    }
    boolean digit = false;
    for (int i = 1; i < text.length(); i++) {
      char d = text.charAt(i);
      if (d >= '0' && d <= '9') {
        digit = true;
      } else if (d != '.' && d != ',') {
        return true;
      }
    }
    return !digit;
  }

  /**
   * The text as a CSV cell holds it: with one apostrophe in front if it is formula-like, or apostrophes followed by a
   * formula-like text; otherwise unchanged. {@link #fromCsv(String)} undoes it.
   *
   * @param text the text
   * @return the inert text
   */
  public static String toCsv(String text) {
    return needsApostrophe(text) ? "'" + text : text;
  }

  /**
   * The text a CSV cell written by {@link #toCsv(String)} stands for: one leading apostrophe taken off if what follows
   * needed it; otherwise unchanged.
   *
   * @param cell the cell's text
   * @return the text
   */
  public static String fromCsv(String cell) {
    requireNonNull(cell, "cell");
    return cell.length() > 1 && cell.charAt(0) == '\'' && needsApostrophe(cell.substring(1)) ? cell.substring(1)
        : cell;
  }

  private static boolean needsApostrophe(String text) {
    requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return isFormulaLike(i == 0 ? text : text.substring(i));
  }
}
