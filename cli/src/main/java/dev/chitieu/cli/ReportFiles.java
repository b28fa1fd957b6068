package dev.chitieu.cli;

import dev.chitieu.core.model.Lang;
import dev.chitieu.report.ComplianceReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Writes the report files of an assessment into a folder. */
final class ReportFiles {
  /** The kinds of report {@code --format} accepts. */
  enum Kind {
    /** The official workbook. */
    XLSX,
    /** The official PDF. */
    PDF,
    /** The report as an editable Word document, the one report builders edit before they sign. */
    DOCX
  }

  private ReportFiles() {}

  /**
   * Makes sure the output folder exists.
   *
   * @throws CliException if it cannot be made (a file is in the way, no permission)
   */
  static Path folder(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new CliException(ExitCodes.CONFIG, "cannot write reports into " + dir
          + ": it is a file, not a folder / không phải thư mục", e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.CONFIG, "cannot create the folder " + dir + " / không tạo được thư mục: "
          + e, e);
    }
  }

  /**
   * Writes the reports in every language and kind asked for, and the filled template when one is given.
   *
   * @param report the report, in any language
   * @param dir the output folder, which exists
   * @param base the start of every file name, e.g. {@code haiphong-106-2025-2026-09-30}
   * @param langs the languages
   * @param kinds the kinds of file
   * @param template a user's workbook to fill, if any
   * @param meter shows which file is being written
   * @return the files written, in order
   * @throws RuntimeException whatever failed; then every file this call wrote is removed again, so that a failed run
   *     leaves no half-made report in the folder
   */
  static List<Path> write(ComplianceReport report, Path dir, String base, List<Lang> langs, Set<Kind> kinds,
      Optional<Path> template, ProgressMeter meter) {
    List<Path> written = new ArrayList<>();
    try {
      writeAll(report, dir, base, langs, kinds, template, meter, written);
    } catch (RuntimeException | Error e) {
      for (Path f : written) {
        try {
          Files.deleteIfExists(f);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return written;
  }

  private static void writeAll(ComplianceReport report, Path dir, String base, List<Lang> langs, Set<Kind> kinds,
      Optional<Path> template, ProgressMeter meter, List<Path> written) {
    for (Lang lang : langs) {
      ComplianceReport r = report.locale(lang);
      for (Kind kind : Kind.values()) {
        if (!kinds.contains(kind)) {
          continue;
        }
        Path file = dir.resolve(base + "-" + lang.tag() + "." + kind.name().toLowerCase(Locale.ROOT));
        write(file, meter, out -> {
          switch (kind) {
            case XLSX -> r.writeXlsx(out);
            case PDF -> r.writePdf(out);
            case DOCX -> r.writeDocx(out);
          }
        });
        written.add(file);
      }
      if (template.isPresent()) {
        Path file = dir.resolve(base + "-" + lang.tag() + "-template.xlsx");
        write(file, meter, out -> {
          try (InputStream in = Files.newInputStream(template.get())) {
            r.fillTemplate(in, out);
          } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.CONFIG, "template not found / không tìm thấy mẫu: " + template.get(), e);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + template.get(), e);
          }
        });
        written.add(file);
      }
    }
  }

  /** What writes one file. */
  private interface Writer {
    void write(OutputStream out);
  }

  private static void write(Path file, ProgressMeter meter, Writer writer) {
    meter.step("writing " + file.getFileName());
    boolean done = false;
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      writer.write(out);
      done = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      meter.done();
      if (!done) {
        try {
          Files.deleteIfExists(file); // no half-written report left behind
        } catch (IOException ignored) {
          // the original failure is what matters
        }
      }
    }
  }
}
