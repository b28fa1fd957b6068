package dev.chitieu.cli;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * Progress of a long import or export on standard error, one line redrawn in place. Shown only when standard error
 * is a terminal ({@link Context#progress()}); otherwise every call does nothing, so that logs and pipes stay clean.
 * Not thread-safe.
 */
final class ProgressMeter {
  private final PrintWriter err;
  private final boolean enabled;
  private int shownPercent = -1;
  private boolean open;

  ProgressMeter(PrintWriter err, boolean enabled) {
    this.err = requireNonNull(err, "err");
    this.enabled = enabled;
  }

  /** A step that has no measurable size: printed once, e.g. "writing report.pdf…". */
  void step(String what) {
    if (!enabled) {
      return;
    }
    clear();
    err.print(what + "…");
    err.flush();
    open = true;
  }

  /** Shows how far a step is, redrawing only when the whole percent changes. */
  void fraction(String what, long done, long total) {
    if (!enabled || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    err.print("\r" + what + " " + percent + " %");
    err.flush();
    open = true;
  }

  /** Ends the current line, so that what follows starts on a fresh one. */
  void done() {
    clear();
  }

  private void clear() {
    if (open) {
      err.print("\r\033[K");
      err.flush();
      open = false;
    }
    shownPercent = -1;
  }

  /**
   * Wraps a stream so that reading it shows how much of it was read.
   *
   * @param in the stream
   * @param what what is read, e.g. "reading data.csv"
   * @param size the size in bytes, or 0 when unknown
   */
  InputStream track(InputStream in, String what, long size) {
    if (!enabled || size <= 0) {
      return in;
    }
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          fraction(what, ++read, size);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          read += n;
          fraction(what, read, size);
        }
        return n;
      }
    };
  }
}
