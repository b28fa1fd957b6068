package dev.chitieu.survey.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields: RFC 4180 quoting (a quote inside quotes written twice, line breaks inside
 * quotes), rows ended by LF, CRLF or CR, a separator of {@code ,} or {@code ;} chosen by the caller. Counts lines, so
 * every row is named by the line it starts on. Not thread-safe.
 */
final class CsvRows {
  /** The most characters a field may hold; longer fields are cut there and the row is marked. */
  static final int FIELD_LIMIT = 32_767;

  private final Reader in;
  private char separator = ',';
  private int peeked = -2;
  private long line = 1;
  private long rowLine;
  private boolean tooLong;
  private String badQuote;

  CsvRows(Reader in, long firstLine) {
    this.in = in;
    this.line = firstLine;
  }

  /** The line the reader is on. */
  long line() {
    return line;
  }

  void separator(char sep) {
    this.separator = sep;
  }

  long rowLine() {
    return rowLine;
  }

  /** Whether a field of the last row was longer than {@link #FIELD_LIMIT}. */
  boolean tooLong() {
    return tooLong;
  }

  /** What was wrong with the quoting of the last row, or null. */
  String badQuote() {
    return badQuote;
  }

  /**
   * Reads the next row.
   *
   * @param out cleared, then filled with the fields
   * @return false at the end of the input
   */
  boolean next(List<String> out) throws IOException {
    out.clear();
    tooLong = false;
    badQuote = null;
    int c = peek();
    if (c < 0) {
      return false;
    }
    rowLine = line;
    StringBuilder f = new StringBuilder();
    while (true) {
      f.setLength(0);
      c = peek();
      if (c == '"') {
        read();
        long opened = line;
        while (true) {
          c = read();
          if (c < 0) {
            badQuote = "the quote opened on line " + opened + " is never closed";
            out.add(f.toString());
            return true;
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              append(f, '"');
              continue;
            }
            break;
          }
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          append(f, (char) c);
        }
        c = peek();
        if (c >= 0 && c != separator && c != '\n' && c != '\r' && badQuote == null) {
          badQuote = "field " + (out.size() + 1) + " has text after its closing quote";
        }
      }
      while ((c = peek()) >= 0 && c != separator && c != '\n' && c != '\r') {
        append(f, (char) read());
      }
      out.add(f.toString());
      if (c == separator) {
        read();
        continue;
      }
      if (c == '\r') {
        read();
        if (peek() == '\n') {
          read();
        }
        line++;
      } else if (c == '\n') {
        read();
        line++;
      }
      return true;
    }
  }

  private void append(StringBuilder f, char c) {
    if (f.length() < FIELD_LIMIT) {
      f.append(c);
    } else {
      tooLong = true;
    }
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }

  /** Whether a row holds only blank fields. */
  static boolean blank(List<String> row) {
    return row.stream().allMatch(String::isBlank);
  }

  /** The separator a header line uses: {@code ;} when it has more semicolons than commas. */
  static char guess(String headerLine) {
    long commas = headerLine.chars().filter(ch -> ch == ',').count();
    long semis = headerLine.chars().filter(ch -> ch == ';').count();
    return semis > commas ? ';' : ',';
  }

  static List<String> copy(List<String> row) {
    return new ArrayList<>(row);
  }
}
