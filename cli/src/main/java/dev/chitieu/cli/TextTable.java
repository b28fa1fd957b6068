package dev.chitieu.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for a terminal: columns padded to their widest cell, counting what a terminal shows (Vietnamese
 * letters with their marks are one column each). Not thread-safe.
 */
final class TextTable {
  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param headers the column headers; a header starting with {@code >} is right-aligned (the {@code >} is dropped)
   */
  TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
    }
  }

  TextTable row(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(
          "a row needs " + headers.length + " cells, got " + cells.length + ": " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  String render() {
    int[] w = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      w[i] = width(headers[i]);
      for (String[] r : rows) {
        w[i] = Math.max(w[i], width(r[i]));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, w);
    String[] rule = new String[headers.length];
    for (int i = 0; i < w.length; i++) {
      rule[i] = "-".repeat(w[i]);
    }
    line(b, rule, w);
    for (String[] r : rows) {
      line(b, r, w);
    }
    return b.toString();
  }

  private void line(StringBuilder b, String[] cells, int[] w) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(w[i] - width(cells[i]));
      if (i > 0) {
        l.append("  ");
      }
      l.append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  /** The columns a terminal uses for the text: code points, less combining marks. */
  static int width(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    int w = 0;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
        w++;
      }
      i += Character.charCount(cp);
    }
    return w;
  }

  /** The text cut to at most {@code max} columns, with an ellipsis when cut. */
  static String clip(String s, int max) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (width(n) <= max) {
      return n;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n.length() && width(b.toString()) < max - 1; ) {
      int cp = n.codePointAt(i);
      b.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return b.toString().stripTrailing() + "…";
  }
}
