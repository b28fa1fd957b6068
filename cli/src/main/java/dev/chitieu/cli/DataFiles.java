package dev.chitieu.cli;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.io.MeasurementJson;
import dev.chitieu.xlsx.MeasurementXlsx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads measurement files for the commands, by their kind: CSV and JSON with core's importers, Excel workbooks with
 * the import-xlsx module. Every bad row is reported with its place (line and column, or sheet and cell).
 */
final class DataFiles {
  /** The kinds of data file the commands read, as a person would name them. */
  static final String KINDS = ".csv, .json or .xlsx";

  private DataFiles() {}

  /**
   * Reads a data file.
   *
   * @param file the file
   * @param options what to check the rows against
   * @param lenient whether bad rows are set aside (and returned) instead of failing the whole file
   * @param meter shows how far the reading is
   * @return the measurements and, when lenient, the rows set aside
   * @throws CliException if the file is missing ({@link ExitCodes#CONFIG}) or of an unknown kind ({@link
   *     ExitCodes#USAGE})
   * @throws InvalidDataException in strict mode, listing every bad row
   */
  static ImportResult read(Path file, ImportOptions options, boolean lenient, ProgressMeter meter) {
    if (!Files.exists(file)) {
      throw new CliException(ExitCodes.CONFIG, "file not found / không tìm thấy tệp: " + file,
          new NoSuchFileException(file.toString()));
    }
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.CONFIG, file + " is a folder; expected a data file (" + KINDS + ")");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx")) {
        meter.step("reading " + file.getFileName());
        return lenient ? MeasurementXlsx.readLenient(file, options) : MeasurementXlsx.readStrict(file, options);
      }
      if (name.endsWith(".csv")) {
        // read from the file, not a stream: a large file is then read in chunks on every core (docs/import.md)
        meter.step("reading " + file.getFileName());
        return lenient ? MeasurementCsv.readLenient(file, options) : MeasurementCsv.readStrict(file, options);
      }
      if (!name.endsWith(".json")) {
        throw CliException.usage("cannot read " + file + ": unknown kind of file; expected " + KINDS);
      }
      try (InputStream in = meter.track(Files.newInputStream(file), "reading " + file.getFileName(),
          Files.size(file))) {
        String source = file.getFileName().toString();
        return lenient ? MeasurementJson.readLenient(in, source, options)
            : MeasurementJson.readStrict(in, source, options);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } finally {
      meter.done();
    }
  }
}
