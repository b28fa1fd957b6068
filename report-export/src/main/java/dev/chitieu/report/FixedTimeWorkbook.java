package dev.chitieu.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose zip entries all carry one fixed time, so that the same input gives the same bytes. POI
 * otherwise stamps every entry with the clock; its global {@code SOURCE_DATE_EPOCH} switch is process-wide and not
 * safe when two reports are written at once, so the time is set here, per workbook, on the one stream SXSSF writes
 * the package through. Sheets built with the XSSF API before wrapping keep their rows; streaming sheets get theirs
 * from row generators at write time, straight into the zip (no temporary sheet file).
 */
final class FixedTimeWorkbook extends DeferredSXSSFWorkbook {
  /** Deflate level: fastest. The data sheet dominates and text compresses well even so (see docs/adr). */
  static final int LEVEL = java.util.zip.Deflater.BEST_SPEED;

  private final long entryTime;

  /**
   * Wraps a workbook.
   *
   * @param wb the workbook with its XSSF sheets built
   * @param entryTime the entry time in milliseconds, as {@link ZipArchiveEntry#setTime(long)} takes it
   */
  FixedTimeWorkbook(XSSFWorkbook wb, long entryTime) {
    super(wb, 256);
    this.entryTime = entryTime;
  }

  /** Writes a sheet's rows itself, into the stream SXSSF injects them into. */
  @FunctionalInterface
  interface SheetBody {
    void write(OutputStream out) throws IOException;
  }

  private final Map<SXSSFSheet, SheetBody> bodies = new IdentityHashMap<>();

  /** Makes {@code body} write the rows of {@code sheet} (a sheet of this workbook without a row generator). */
  void setBody(SXSSFSheet sheet, SheetBody body) {
    bodies.put(sheet, body);
  }

  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) {
    SheetBody body = bodies.get(sheet);
    return body == null ? super.createSheetInjector(sheet) : body::write;
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zos = new FixedTimeZipStream(out, entryTime);
    // POI's default, Zip64Mode.Always, puts Zip64 fields on every entry, which LibreOffice cannot open; no part of a
    // report comes near the 4 GB where Zip64 is needed.
    zos.setUseZip64(Zip64Mode.AsNeeded);
    zos.setLevel(LEVEL);
    return zos;
  }

  /** Sets the fixed time on every entry before it is written. */
  private static final class FixedTimeZipStream extends ZipArchiveOutputStream {
    private final long time;

    FixedTimeZipStream(OutputStream out, long time) {
      super(out);
      this.time = time;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
      entry.setTime(time);
      super.putArchiveEntry(entry);
    }
  }
}
