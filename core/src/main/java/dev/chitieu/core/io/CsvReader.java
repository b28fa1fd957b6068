package dev.chitieu.core.io;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splits CSV bytes into rows of fields, byte by byte, within the import's bounds: RFC 4180 quoting ({@code "a, b"},
 * {@code ""} for a quote inside quotes, line breaks inside quotes), rows ended by LF, CRLF or CR, a UTF-8 byte-order
 * mark skipped, every field checked to be UTF-8. Line numbers count the line breaks inside quoted fields, so every
 * row is named by the line it starts on.
 *
 * <p>Memory stays bounded whatever the bytes: a field keeps at most a little more than {@link
 * ImportLimits#fieldLength()} characters and a row at most {@link ImportLimits#fieldsPerRow()} + 1 fields; the rest
 * is read and counted but not kept, and {@link RowImporter} rejects such a row. A quote closed and followed by more
 * text in the same field makes the row bad (the text is kept, so the row can be shown); a quote never closed is an
 * error for the whole input, since no row after it can be told apart. Not thread-safe; one per input.
 */
final class CsvReader {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final String source;
  private final int fieldBytes;
  private final int maxFields;
  private byte[] buf;
  private long loneCr;
  private int pos;
  private int lim;
  private boolean eof;
  /** Bytes of the input before {@code buf[0]}. */
  private long consumed;
  /** The line the reader is on, from 1. */
  private long line = 1;

  private byte separator = ',';
  private byte[] field = new byte[256];
  private int fieldLen;
  private boolean cut;
  private long rowLine;
  private int rowFields;
  private int badColumn = -1;
  private String badProblem;
  private String badExpected;

  CsvReader(InputStream in, String source, ImportLimits limits) {
    this(in, source, limits, new byte[BUFFER]);
  }

  private CsvReader(InputStream in, String source, ImportLimits limits, byte[] buf) {
    this.buf = buf;
    this.in = in;
    this.source = source;
    // a character takes at most 4 bytes; one more character than the bound is kept so the importer sees it exceeded
    this.fieldBytes = (int) Math.min(Integer.MAX_VALUE - 16L, 4L * limits.fieldLength() + 4);
    this.maxFields = limits.fieldsPerRow() + 1;
  }

  void separator(char sep) {
    this.separator = (byte) sep;
  }

  /** The separator. */
  byte separator() {
    return separator;
  }

  /**
   * Starts this reader in the middle of an input, before anything is read: the stream begins at byte {@code offset}
   * of the input, a row starts there, on line {@code line}. For the parallel import's single-threaded stretches.
   */
  void startAt(long offset, long line) {
    this.consumed = offset;
    this.line = line;
  }

  /**
   * A reader of bytes already in memory ({@code bytes[0, length)}, the whole input as far as it knows), without a
   * copy: for a chunk of a parallel import, whose bytes are checked to be UTF-8 already.
   */
  static CsvReader over(byte[] bytes, int length, String source, ImportLimits limits, char separator) {
    CsvReader r = new CsvReader(InputStream.nullInputStream(), source, limits, bytes);
    r.lim = length;
    r.eof = true;
    r.separator = (byte) separator;
    return r;
  }

  /**
   * Points this reader at one row already in memory, {@code bytes[from, to)} with its line break, that starts at
   * byte {@code offset} of the input on line {@code line}; {@link #nextRow} reads it next. The bytes are checked to
   * be UTF-8 already.
   */
  void reset(byte[] bytes, int from, int to, long offset, long line) {
    this.buf = bytes;
    this.pos = from;
    this.lim = to;
    this.eof = true;
    this.consumed = offset - from;
    this.line = line;
  }

  /**
   * Moves past the next row as {@link #nextRow} would read it, quotes and all, counting its lines (those inside quoted
   * fields too), without taking its fields apart: for a chunk of a parallel import, whose bytes are all in the buffer.
   * A row that cannot be told apart from here is left alone: a quoted field not closed before the end of the buffer
   * (it may go on past the chunk's end), or a CR not followed by LF anywhere in the row (a line for this reader, none
   * for {@link Utf8Check}).
   *
   * @return the position after the row, or -1 (nothing consumed) when the row is left alone
   */
  int skipRow() {
    byte[] b = buf;
    int end = lim;
    byte sep = separator;
    int i = pos;
    long lines = 0;
    while (true) {
      // a field: quoted when it starts with a quote, then plain bytes up to the separator or the line break (the
      // text after a closing quote too, as nextRow reads it)
      if (i < end && b[i] == '"') {
        i++;
        while (true) {
          if (i == end) {
            return -1;
          }
          byte c = b[i];
          if (c == '"') {
            if (i + 1 < end && b[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            lines++;
          } else if (c == '\r' && (i + 1 == end || b[i + 1] != '\n')) {
            return -1;
          }
          i++;
        }
      }
      while (i < end && b[i] != sep && b[i] != '\n' && b[i] != '\r') {
        i++;
      }
      if (i == end) {
        break;
      }
      byte c = b[i++];
      if (c == sep) {
        if (i == end) {
          break;
        }
        continue;
      }
      if (c == '\r') {
        if (i == end || b[i] != '\n') {
          return -1;
        }
        i++;
      }
      lines++;
      break;
    }
    pos = i;
    line += lines;
    return pos;
  }

  /** How many line breaks this reader counted were a CR alone (a line for the reader, none for {@link Utf8Check}). */
  long loneCarriageReturns() {
    return loneCr;
  }

  /** The line the last row read starts on. */
  long rowLine() {
    return rowLine;
  }

  /** The line the reader is on. */
  long line() {
    return line;
  }

  /** How many fields the last row had, counting those beyond the bound that were not kept. */
  int rowFields() {
    return rowFields;
  }

  /** The column of a field of the last row that could not be read as CSV (text after a closing quote), or -1. */
  int badColumn() {
    return badColumn;
  }

  String badProblem() {
    return badProblem;
  }

  String badExpected() {
    return badExpected;
  }

  /** Skips a UTF-8 byte-order mark at the start. */
  void skipBom() throws IOException {
    if (ensure(3) >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /** Whether the input is at its end. */
  boolean atEnd() throws IOException {
    return ensure(1) < 1;
  }

  /** Whether the next line starts with {@code #} (a directive or comment before the header). */
  boolean atComment() throws IOException {
    return ensure(1) >= 1 && buf[pos] == '#';
  }

  /** Reads the rest of the line as text (at most the field bound is kept) and moves past its end. */
  String commentLine() throws IOException {
    fieldLen = 0;
    cut = false;
    long start = consumed + pos;
    while (true) {
      if (pos == lim && !fill()) {
        break;
      }
      byte b = buf[pos];
      if (b == '\n' || b == '\r') {
        pos++;
        if (b == '\r' && ensure(1) >= 1 && buf[pos] == '\n') {
          pos++;
        } else if (b == '\r') {
          loneCr++;
        }
        line++;
        break;
      }
      append(b);
      pos++;
    }
    return decode(start);
  }

  /**
   * Counts the commas and semicolons outside quotes on the line ahead (the header), looking at most 1 MiB ahead,
   * without reading it.
   *
   * @return {@code ;} when there are more semicolons than commas, else {@code ,}
   */
  char guessSeparator() throws IOException {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    int ahead = 0;
    while (ahead < (1 << 20)) {
      if (ensure(ahead + 1) < ahead + 1) {
        break;
      }
      byte b = buf[pos + ahead];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        break;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
      ahead++;
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Reads the next row into {@code out} (cleared first).
   *
   * @return false at the end of the input
   * @throws InvalidDataException for a quote never closed, or bytes that are not UTF-8
   */
  boolean nextRow(List<String> out) throws IOException {
    out.clear();
    rowFields = 0;
    badColumn = -1;
    if (ensure(1) < 1) {
      return false;
    }
    rowLine = line;
    while (true) {
      fieldLen = 0;
      cut = false;
      long start = consumed + pos;
      if (buf[pos] == '"') {
        pos++;
        quoted(rowFields);
      }
      plain();
      if (out.size() < maxFields) {
        out.add(text(rowFields, start));
      }
      rowFields++;
      if (pos == lim && !fill()) {
        return true;
      }
      byte b = buf[pos];
      if (b == separator) {
        pos++;
        if (pos == lim && !fill()) {
          // a separator at the very end: one more, empty field
          rowFields++;
          if (out.size() < maxFields) {
            out.add("");
          }
          return true;
        }
        continue;
      }
      pos++; // a line break
      if (b == '\r' && ensure(1) >= 1 && buf[pos] == '\n') {
        pos++;
      } else if (b == '\r') {
        loneCr++;
      }
      line++;
      return true;
    }
  }

  /**
   * Reads the next row the checked way into an import: a row that could not be taken apart cleanly (text after a
   * closing quote) as a bad row ({@link RowImporter#badRow}), any other as a row ({@link RowImporter#row}), each with
   * the line it starts on.
   *
   * @param values where the fields are read to (cleared first)
   * @param rows the import, its header read
   * @return false at the end of the input, having read nothing
   * @throws InvalidDataException for a quote never closed, or bytes that are not UTF-8
   */
  boolean readRow(List<String> values, RowImporter rows) throws IOException {
    if (!nextRow(values)) {
      return false;
    }
    if (badColumn >= 0) {
      rows.badRow(values, rowLine, badColumn, badProblem, badExpected);
    } else {
      rows.row(values, rowLine);
    }
    return true;
  }

  /** The longest row {@link #peekRow} takes whole into the buffer; a longer one is read the checked way. */
  private static final int PEEK_ROW = 1 << 16;
  private int peekEnd;
  private int peekNext;

  /**
   * Finds the fields of the next row without reading it, for the fast path: when the row has no CR alone, ends with
   * LF, CRLF or the end of the input, is not longer than 64 KiB, has at most {@code bounds.length / 2} fields, and
   * each field is either plain (no quote in it) or quoted whole with nothing to undo ({@code "a, b"}: no quote written
   * twice and no line break inside, the closing quote followed by the separator or the row's end), puts each field's
   * start and end in the buffer ({@link #buffer()}) into {@code bounds} (of a quoted field, the text between its
   * quotes, which is the text {@link #nextRow} gives) and returns the number of fields; otherwise returns -1 and the
   * row is to be read with {@link #nextRow}. Either way nothing is consumed until {@link #skipPeeked()}.
   */
  int peekRow(int[] bounds) throws IOException {
    if (ensure(1) < 1) {
      return -1;
    }
    int max = bounds.length / 2;
    scan:
    while (true) {
      byte[] b = buf;
      int end = lim;
      long sep = Swar.broadcast(separator);
      int fields = 0;
      int start = pos;
      boolean[] special = specialBytes();
      int i = pos;
      words:
      while (i < end) {
        // the separators, line breaks and quotes among the next 8 bytes, as the top bit of their byte in a word
        long m;
        int base = i;
        if (i + 8 <= end) {
          long w = Swar.word(b, i);
          m = Swar.equal(w, sep) | Swar.equal(w, Swar.LF) | Swar.equal(w, Swar.CR) | Swar.equal(w, Swar.QUOTE);
          i += 8;
        } else {
          m = 0;
          for (; i < end; i++) {
            if (special[b[i] & 0xFF]) {
              m |= 0x80L << (8 * (i - base));
            }
          }
        }
        while (m != 0) {
          int j = base + (Long.numberOfTrailingZeros(m) >>> 3);
          m &= m - 1;
          byte c = b[j];
          if (c == separator) {
            if (fields == max) {
              return -1;
            }
            bounds[2 * fields] = start;
            bounds[2 * fields + 1] = j;
            fields++;
            start = j + 1;
          } else if (c == '\n' || c == '\r') {
            int next = afterLineBreak(j);
            if (next == PEEK_MORE) {
              i = end;
              break words; // the LF may follow in the next read
            }
            if (next < 0 || fields == max) {
              return -1;
            }
            return closePeek(bounds, fields, start, j, j, next);
          } else if (j == start) {
            // a quote that opens the field
            int after = peekQuoted(bounds, fields, max, j);
            if (after >= 0) {
              fields++;
              start = after;
              i = after; // the words go on after the field's separator
              continue words;
            }
            if (after == PEEK_CLOSED) {
              return fields + 1;
            }
            if (after == PEEK_MORE) {
              i = end;
              break words;
            }
            return -1;
          } else {
            return -1; // a quote inside a field
          }
        }
      }
      if (eof) {
        if (fields == max || start == end && fields == 0) {
          return -1;
        }
        return closePeek(bounds, fields, start, end, end, end);
      }
      if (lim - pos >= PEEK_ROW) {
        return -1;
      }
      ensure(lim - pos + 1); // moves the row to the buffer's start and reads on; the bounds are found again
      continue scan;
    }
  }

  /** {@link #peekQuoted}: the quoted field ends the row, which is closed. */
  private static final int PEEK_CLOSED = -2;
  /** {@link #peekQuoted}: the field runs to the end of the bytes read so far. */
  private static final int PEEK_MORE = -3;

  /**
   * Peeks at a field of {@link #peekRow} that opens with a quote at {@code open}: when its text runs to the next
   * quote with no line break in it, and that closing quote ends the field (the separator or the row's end follows),
   * puts the text between the quotes as field {@code fields} into {@code bounds}.
   *
   * @return where the next field starts, past the separator; {@link #PEEK_CLOSED} when the field ends the row, which
   *     is closed ({@link #closePeek}); {@link #PEEK_MORE} when the field is not closed in the bytes read so far; -1
   *     when the row is to be read the checked way (a quote never closed, a line break inside the quotes, a quote
   *     written twice, text after the closing quote, or a field too many)
   */
  private int peekQuoted(int[] bounds, int fields, int max, int open) {
    if (fields == max) {
      return -1;
    }
    byte[] b = buf;
    int end = lim;
    int close = open + 1;
    while (close < end && b[close] != '"' && b[close] != '\n' && b[close] != '\r') {
      close++;
    }
    if (close == end) {
      return eof ? -1 : PEEK_MORE;
    }
    if (b[close] != '"') {
      return -1;
    }
    int after = close + 1;
    if (after == end) {
      if (!eof) {
        return PEEK_MORE;
      }
      closePeek(bounds, fields, open + 1, close, end, end);
      return PEEK_CLOSED;
    }
    byte c = b[after];
    if (c == separator) {
      bounds[2 * fields] = open + 1;
      bounds[2 * fields + 1] = close;
      return after + 1;
    }
    if (c == '\n' || c == '\r') {
      int next = afterLineBreak(after);
      if (next < 0) {
        return next; // PEEK_MORE, or -1 for a CR alone
      }
      closePeek(bounds, fields, open + 1, close, after, next);
      return PEEK_CLOSED;
    }
    return -1;
  }

  /**
   * Where the row after the line break at {@code at} (an LF, or a CR and its LF) starts, for {@link #peekRow}; {@link
   * #PEEK_MORE} when a CR ends the bytes read so far; -1 for a CR alone, which the checked path reads.
   */
  private int afterLineBreak(int at) {
    int next = at + 1;
    if (buf[at] == '\r') {
      if (next == lim) {
        return eof ? -1 : PEEK_MORE;
      }
      if (buf[next] != '\n') {
        return -1;
      }
      next++;
    }
    return next;
  }

  /**
   * Closes a peeked row: its last field runs from {@code from} to {@code to}, the row ends at {@code end} (its line
   * break, or the end of the input) and the row after it starts at {@code next}.
   *
   * @return the row's number of fields
   */
  private int closePeek(int[] bounds, int fields, int from, int to, int end, int next) {
    bounds[2 * fields] = from;
    bounds[2 * fields + 1] = to;
    peekEnd = end;
    peekNext = next;
    return fields + 1;
  }

  private boolean[] special;

  /** The bytes {@link #peekRow} stops at: the separator, the line breaks and the quote. */
  private boolean[] specialBytes() {
    if (special == null || !special[separator & 0xFF]) {
      special = new boolean[256];
      special[separator & 0xFF] = true;
      special['\n'] = true;
      special['\r'] = true;
      special['"'] = true;
    }
    return special;
  }

  /** Moves past the row {@link #peekRow} found; it starts on the current line. */
  void skipPeeked() {
    rowLine = line;
    if (peekNext > peekEnd) {
      line++;
    }
    pos = peekNext;
  }

  /** How many bytes of the input were read so far. */
  long position() {
    return consumed + pos;
  }

  /** The buffer the bounds of {@link #peekRow} point into; valid until the next read. */
  byte[] buffer() {
    return buf;
  }

  /**
   * The text of a field the fast path found, exactly as {@link #nextRow} gives it: checked to be UTF-8, a leading
   * apostrophe that made it inert taken off.
   */
  String textOf(int from, int to) {
    fieldLen = 0;
    cut = false;
    appendRange(from, to);
    return SpreadsheetText.fromCsv(decode(consumed + from));
  }

  /** Reads unquoted bytes up to the separator, a line break or the end. */
  private void plain() throws IOException {
    while (true) {
      if (pos == lim && !fill()) {
        return;
      }
      int i = pos;
      byte[] b = buf;
      int end = lim;
      byte sep = separator;
      while (i < end) {
        byte c = b[i];
        if (c == sep || c == '\n' || c == '\r') {
          break;
        }
        i++;
      }
      appendRange(pos, i);
      pos = i;
      if (i < end) {
        return;
      }
    }
  }

  /** Reads a quoted field after its opening quote, through its closing quote. */
  private void quoted(int column) throws IOException {
    long openedOn = line;
    while (true) {
      if (pos == lim && !fill()) {
        throw new InvalidDataException(List.of(new DataProblem(source, "line " + openedOn, "", "",
            "the quote that opens field " + (column + 1) + " here is not closed before the end of the input (line "
                + line + "), so no row after it can be read",
            "a closing \" for every opening one; a quote inside a quoted field is written twice (\"\")")));
      }
      byte c = buf[pos];
      if (c == '"') {
        if (ensure(2) >= 2 && buf[pos + 1] == '"') {
          append((byte) '"');
          pos += 2;
          continue;
        }
        pos++;
        if (ensure(1) >= 1) {
          byte n = buf[pos];
          if (n != separator && n != '\n' && n != '\r' && badColumn < 0) {
            badColumn = column;
            badProblem = "has text after its closing quote";
            badExpected = "a quoted field that ends at its closing quote (a quote inside it written twice: \"\")";
          }
        }
        return;
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r' && !(ensure(2) >= 2 && buf[pos + 1] == '\n')) {
        line++;
        loneCr++;
      }
      append(c);
      pos++;
    }
  }

  private void append(byte b) {
    if (fieldLen >= fieldBytes) {
      // over the bound: the importer rejects the field, which is not kept past here (never cut inside a character)
      if (cut || (b & 0xC0) != 0x80) {
        cut = true;
        return;
      }
    }
    if (fieldLen == field.length) {
      field = java.util.Arrays.copyOf(field, (int) Math.min(fieldBytes + 4L, field.length * 2L));
    }
    field[fieldLen++] = b;
  }

  private void appendRange(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    if (fieldLen + n > fieldBytes) {
      for (int i = from; i < to; i++) {
        append(buf[i]);
      }
      return;
    }
    if (fieldLen + n > field.length) {
      field = java.util.Arrays.copyOf(field, (int) Math.min(fieldBytes + 4L, Math.max(fieldLen + n,
          field.length * 2L)));
    }
    System.arraycopy(buf, from, field, fieldLen, n);
    fieldLen += n;
  }

  /**
   * The field's text. The fields of a column repeat (ids, codes, periods, statuses): each column keeps a small
   * dictionary from bytes to the text made of them, so a repeated field costs a hash of its bytes and no new string.
   * A column whose fields rarely repeat (the figures) turns its dictionary off after a few thousand fields.
   */
  private String text(int column, long start) {
    if (column >= dictionaries.length || fieldLen > DICTIONARY_KEY) {
      return SpreadsheetText.fromCsv(decode(start));
    }
    Dictionary d = dictionaries[column];
    if (d == null) {
      d = dictionaries[column] = new Dictionary();
    }
    if (d.off) {
      return SpreadsheetText.fromCsv(decode(start));
    }
    if (d.lastKey != null && d.lastKey.length == fieldLen && java.util.Arrays.equals(d.lastKey, 0, fieldLen, field, 0,
        fieldLen)) {
      return d.lastValue; // the same as the row before: sorted files repeat ids and codes in runs
    }
    String known = d.find(field, fieldLen);
    if (known != null) {
      d.lastKey = d.foundKey;
      d.lastValue = known;
      return known;
    }
    if (known != null) {
      return known;
    }
    String t = SpreadsheetText.fromCsv(decode(start));
    d.lastKey = d.add(field, fieldLen, t);
    d.lastValue = t;
    return t;
  }

  private static final int DICTIONARY_KEY = 48;
  private final Dictionary[] dictionaries = new Dictionary[64];

  /** Open addressing from field bytes to their text; at most 8,192 entries, off when fields rarely repeat. */
  private static final class Dictionary {
    private static final int MAX = 8_192;
    private byte[][] keys = new byte[256][];
    private String[] values = new String[256];
    private int size;
    private int lookups;
    private int hits;
    boolean off;
    byte[] lastKey;
    String lastValue;
    byte[] foundKey;

    String find(byte[] f, int n) {
      int h = hash(f, n);
      int mask = keys.length - 1;
      lookups++;
      for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
        if (keys[i].length == n && java.util.Arrays.equals(keys[i], 0, n, f, 0, n)) {
          hits++;
          foundKey = keys[i];
          return values[i];
        }
      }
      if (lookups == 4_096 && hits < lookups / 2) {
        off = true; // a column of figures: stop paying for a dictionary that does not help
        keys = null;
        values = null;
      }
      return null;
    }

    /** Adds the field's text; returns the key kept (a copy of the bytes), or null if the dictionary is full or off. */
    byte[] add(byte[] f, int n, String text) {
      if (off || size >= MAX) {
        return null;
      }
      if (2 * (size + 1) > keys.length) {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new String[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      byte[] key = java.util.Arrays.copyOf(f, n);
      put(key, text);
      size++;
      return key;
    }

    private void put(byte[] key, String text) {
      int mask = keys.length - 1;
      int i = hash(key, key.length) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = text;
    }

    private static int hash(byte[] f, int n) {
      int h = 0x9E3779B9;
      for (int i = 0; i < n; i++) {
        h = (h ^ f[i]) * 0x01000193;
      }
      return h ^ (h >>> 15);
    }
  }

  /** The field's bytes as text; ASCII fast, anything else checked to be UTF-8. */
  private String decode(long start) {
    byte[] f = field;
    int n = fieldLen;
    int i = 0;
    while (i < n && f[i] >= 0) {
      i++;
    }
    if (i == n) {
      return new String(f, 0, n, StandardCharsets.ISO_8859_1);
    }
    int bad = Utf8.firstInvalid(f, i, n);
    if (bad >= 0) {
      throw new InvalidDataException(List.of(new DataProblem(source, "line " + line, "", "",
          "is not valid UTF-8 text: byte 0x" + String.format("%02X", f[bad] & 0xFF) + " near byte offset "
              + (start + bad), "a CSV file saved as UTF-8 (with or without BOM)")));
    }
    return new String(f, 0, n, StandardCharsets.UTF_8);
  }

  /** Makes at least {@code n} bytes available from {@code pos} if the input has them; returns how many are. */
  private int ensure(int n) throws IOException {
    while (lim - pos < n && !eof) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        consumed += pos;
        lim -= pos;
        pos = 0;
      }
      if (lim == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim - pos;
  }

  /** Refills an empty buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    return ensure(1) >= 1;
  }
}
