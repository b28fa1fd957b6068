package dev.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip (an Office document) with one fixed time on every entry, so that the same input gives the same bytes. */
final class Zips {
  private Zips() {}

  /**
   * The same zip, entries in the same order and content, each stamped with {@code time}.
   *
   * @param zip the zip's bytes
   * @param time the entry time in milliseconds
   * @return the rewritten zip
   * @throws IOException if the bytes are not a zip
   */
  static byte[] fixedTimes(byte[] zip, long time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
