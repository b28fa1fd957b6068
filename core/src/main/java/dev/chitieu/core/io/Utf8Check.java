package dev.chitieu.core.io;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Passes bytes through while checking that they are UTF-8 (the well-formed sequences of the Unicode standard, table
 * 3-7), and stops at the first byte that is not, with its line and byte offset, so that an importer can say where a
 * file saved in another encoding (Windows-1258, Windows-1252) goes wrong and how to fix it. Not thread-safe.
 *
 * <p>The error is raised where the reader stands, not where the stream has read ahead to: a read that meets the byte
 * passes on the bytes before it, and the next read throws. So an importer meets the rows before the byte first, as
 * it would with no read-ahead at all; a problem in them (a row limit reached, too many problems) comes first,
 * wherever the reads of the stream fall and on any number of threads. The JSON importer asks for the error at once
 * ({@link #eager}): its parser reads ahead of the text it parses, and a file in another encoding is best told so
 * before the parser stumbles over the garbled text.
 */
final class Utf8Check extends FilterInputStream {
  private long offset; // of the next byte
  private long line = 1;
  private long lineStart;
  private int need; // continuation bytes still expected
  private int lo = 0x80; // the range of the next continuation byte
  private int hi = 0xBF;
  private long leadOffset;
  private long leadLine;
  private long leadLineStart;
  private int lead;
  /** The error met by a read that returned the bytes before it; thrown by the next read. */
  private NotUtf8 pending;
  /** Whether the error is thrown by the read that meets it. */
  private final boolean eager;

  Utf8Check(InputStream in) {
    this(in, false);
  }

  private Utf8Check(InputStream in, boolean eager) {
    super(in);
    this.eager = eager;
  }

  /** The bytes read through this check so far. */
  long offset() {
    return offset;
  }

  /** A check that throws as soon as a read meets a byte that is not UTF-8. */
  static Utf8Check eager(InputStream in) {
    return new Utf8Check(in, true);
  }

  /**
   * Checks an input read from byte {@code offset} on, where a line starts: line {@code line} (counting line feeds
   * only, as this class does).
   */
  Utf8Check(InputStream in, long offset, long line) {
    this(in, false);
    this.offset = offset;
    this.line = line;
    this.lineStart = offset;
  }

  /** The first byte that is not UTF-8, where it is. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    /** The byte's offset from the start of the input, counting from 0. */
    final long offset;
    /** Its line, counting from 1. */
    final long line;
    /** Its place in the line, in bytes counting from 1. */
    final long column;
    /** The byte, 0 to 255. */
    final int value;
    /** Whether the input ended in the middle of a character. */
    final boolean truncated;

    NotUtf8(long offset, long line, long column, int value, boolean truncated) {
      super("byte 0x" + Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT) + " at offset " + offset
          + " is not UTF-8");
      this.offset = offset;
      this.line = line;
      this.column = column;
      this.value = value;
      this.truncated = truncated;
    }

    /**
     * The problem to report: line, byte and offset, and how to fix the file.
     *
     * @param source the input's name
     */
    InvalidDataException problem(String source) {
      String hex = String.format(java.util.Locale.ROOT, "0x%02X", value);
      String what = truncated
          ? "ends in the middle of a character that starts with byte " + hex + " at byte offset " + offset
          : "has byte " + hex + " at byte offset " + offset + " (byte " + column + " of the line), which is not "
              + "UTF-8 text: the file was saved in another encoding, e.g. Windows-1258 or Windows-1252";
      String file = source.isEmpty() ? "data.csv" : source;
      return new InvalidDataException(List.of(new DataProblem(source, "line " + line, "", "", what,
          "a file saved as UTF-8: in Excel, \"Save As\" > \"CSV UTF-8 (Comma delimited)\"; or convert it with "
              + "iconv -f WINDOWS-1258 -t UTF-8 " + file + " > utf8-" + file)));
    }
  }

  @Override
  public int read() throws IOException {
    if (pending != null) {
      throw pending;
    }
    int b = in.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n = in.read(buf, off, len);
    if (n < 0) {
      end();
      return n;
    }
    // ASCII outside a sequence, by far the most common case, costs a few tests a word; the rest goes through check()
    long base = offset;
    int end = off + n;
    for (int i = off; i < end; i++) {
      // 8 bytes of ASCII at a time, their line feeds counted in the word (the last one starts the line)
      while (need == 0 && i + 8 <= end) {
        long w = Swar.word(buf, i);
        if ((w & Swar.HIGH) != 0) {
          break;
        }
        long lf = Swar.equal(w, Swar.LF);
        if (lf != 0) {
          line += Long.bitCount(lf);
          lineStart = base + (i - off) + ((63 - Long.numberOfLeadingZeros(lf)) >>> 3) + 1;
        }
        i += 8;
      }
      if (i == end) {
        break;
      }
      byte c = buf[i];
      if (c >= 0 && need == 0) {
        if (c == '\n') {
          line++;
          lineStart = base + (i - off) + 1;
        }
        continue;
      }
      offset = base + (i - off);
      try {
        check(c & 0xFF);
      } catch (NotUtf8 e) {
        if (eager || i == off) {
          throw e;
        }
        pending = e; // the bytes before this one first
        return i - off;
      }
    }
    offset = base + n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void end() throws NotUtf8 {
    if (need > 0) {
      throw new NotUtf8(leadOffset, leadLine, leadOffset - leadLineStart + 1, lead, true);
    }
  }

  private void check(int b) throws NotUtf8 {
    if (need == 0) {
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          lineStart = offset + 1;
        }
      } else {
        leadOffset = offset;
        leadLine = line;
        leadLineStart = lineStart;
        lead = b;
        lo = 0x80;
        hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          lo = b == 0xE0 ? 0xA0 : 0x80;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          lo = b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          throw new NotUtf8(offset, line, offset - lineStart + 1, b, false);
        }
      }
    } else if (b >= lo && b <= hi) {
      need--;
      lo = 0x80;
      hi = 0xBF;
    } else {
      throw new NotUtf8(leadOffset, leadLine, leadOffset - leadLineStart + 1, lead, false);
    }
    offset++;
  }
}
