package dev.chitieu.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the rows of a worksheet's {@code <sheetData>} straight to bytes: numbers, shared-string references and
 * inline strings, each with its style index. The data sheet's million rows go through this instead of SXSSF's
 * generic row and cell objects, which cost several times FastExcel's time; the sheet itself still streams through
 * SXSSF's sheet injector into the package, so memory stays flat. Text is escaped for XML, and characters XML cannot
 * hold are replaced by '?', as SXSSF does. Not thread-safe.
 */
final class DataSheetXml {
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int row;
  private final byte[] rowDigits = new byte[12];
  private int rowDigitsLen;

  DataSheetXml(OutputStream out) {
    this.out = out;
  }

  /** Starts row {@code r} (1-based). */
  void startRow(int r) throws IOException {
    row = r;
    int v = r;
    byte[] tmp = new byte[12];
    int n = 0;
    do {
      tmp[n++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int i = 0; i < n; i++) {
      rowDigits[i] = tmp[n - 1 - i];
    }
    rowDigitsLen = n;
    ascii("<row r=\"");
    rowDigits();
    ascii("\">");
  }

  void endRow() throws IOException {
    ascii("</row>");
  }

  private void cellStart(int col, int style) throws IOException {
    ensure(64);
    ascii("<c r=\"");
    buf[pos++] = (byte) ('A' + col);
    rowDigits();
    buf[pos++] = '"';
    if (style > 0) {
      ascii(" s=\"");
      integer(style);
      buf[pos++] = '"';
    }
  }

  /** A number cell. */
  void number(int col, double v, int style) throws IOException {
    cellStart(col, style);
    ascii("><v>");
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      integer((long) v);
    } else {
      ascii(Double.toString(v));
    }
    ascii("</v></c>");
  }

  /** A cell holding the shared string at an index. */
  void shared(int col, int index, int style) throws IOException {
    cellStart(col, style);
    ascii(" t=\"s\"><v>");
    integer(index);
    ascii("</v></c>");
  }

  /** A cell holding a string inline. */
  void inline(int col, String s, int style) throws IOException {
    cellStart(col, style);
    boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)));
    ascii(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
    text(s);
    ascii("</t></is></c>");
  }

  void flush() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  private void rowDigits() throws IOException {
    ensure(rowDigitsLen);
    System.arraycopy(rowDigits, 0, buf, pos, rowDigitsLen);
    pos += rowDigitsLen;
  }

  private void ascii(String s) throws IOException {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  private void integer(long v) throws IOException {
    ensure(21);
    if (v < 0) {
      buf[pos++] = '-';
      v = -v;
    }
    int start = pos;
    do {
      buf[pos++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  /** Escaped UTF-8 text. */
  private void text(String s) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      ensure(8);
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '<' -> ascii("&lt;");
          case '>' -> ascii("&gt;");
          case '&' -> ascii("&amp;");
          case '"' -> ascii("&quot;");
          default -> buf[pos++] = (byte) (c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
        }
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[pos++] = (byte) (0xF0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        buf[pos++] = '?';
      } else {
        buf[pos++] = (byte) (0xE0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void ensure(int n) throws IOException {
    if (pos + n > buf.length) {
      flush();
    }
  }
}
