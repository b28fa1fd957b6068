package dev.chitieu.cli;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a data file declares itself sample data, so that a report made from it is marked as the demo's reports are,
 * with or without {@code --sample}: a comment line before a CSV file's header that says "SAMPLE DATA", "DỮ LIỆU MẪU"
 * or "SỐ LIỆU MẪU", or a row whose source says so ("mẫu / sample", "sample data"). Marking a real report as sample
 * by mistake is visible and easily undone; leaving invented figures unmarked is not.
 */
final class SampleMarks {
  private static final Pattern MARK = Pattern.compile(
      "\\bsample\\b|(số|dữ) liệu mẫu|^mẫu\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** How many lines before a header are read for comments. */
  private static final int LEADING_LINES = 50;

  private SampleMarks() {}

  /**
   * Whether the data declares itself sample.
   *
   * @param file the data file (only a CSV file's leading comment lines are read)
   * @param data the measurements read from it
   * @return whether it says it is sample data
   */
  static boolean declared(Path file, MeasurementSet data) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") && commentSaysSample(file)) {
      return true;
    }
    for (Measurement m : data) {
      if (says(m.source())) {
        return true;
      }
    }
    return false;
  }

  static boolean says(String text) {
    return MARK.matcher(text.strip()).find();
  }

  private static boolean commentSaysSample(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LEADING_LINES; i++) {
        String line = r.readLine();
        if (line == null || !line.startsWith("#")) {
          return false;
        }
        if (says(line.substring(1))) {
          return true;
        }
      }
    } catch (IOException e) {
      // the file was read once already; a failure here only means no comment could say it
      return false;
    }
    return false;
  }
}
