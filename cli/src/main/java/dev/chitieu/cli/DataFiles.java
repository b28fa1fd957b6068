package dev.chitieu.cli;

import dev.chitieu.core.Breakdown;
import dev.chitieu.core.DataProblem;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.IndicatorId;
import dev.chitieu.core.InvalidDataException;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.MeasurementStatus;
import dev.chitieu.core.Period;
import dev.chitieu.core.RegionCode;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Reads measurement files for the commands. */
final class DataFiles {
  private DataFiles() {}

  /**
   * Reads a data file.
   *
   * @param file the file
   * @param lenient whether bad rows are set aside (and returned) instead of failing the whole file
   * @param meter shows how far the reading is
   * @return the measurements and, when lenient, the rows set aside
   * @throws CliException if the file is missing or its kind is unknown
   * @throws InvalidDataException in strict mode, listing every bad row
   */
  static ImportResult read(Path file, boolean lenient, ProgressMeter meter) {
    if (!Files.exists(file)) {
      throw new CliException(ExitCodes.CONFIG, "file not found / không tìm thấy tệp: " + file,
          new NoSuchFileException(file.toString()));
    }
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.CONFIG, file + " is a folder; expected a data file (.csv)");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv")) {
      throw CliException.usage("cannot read " + file + ": unknown kind of file; expected a .csv file");
    }
    try (InputStream in = meter.track(Files.newInputStream(file), "reading " + file.getFileName(),
        Files.size(file))) {
      return readCsv(in, file.toString(), lenient);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } finally {
      meter.done();
    }
  }

  private static final List<String> FIXED =
      List.of("indicator", "region", "period", "value", "numerator", "denominator", "status", "source");

  /** Reads measurements from CSV: a header row, then one measurement per line; lines starting with # are comments. */
  static ImportResult readCsv(InputStream in, String source, boolean lenient) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = null;
    MeasurementSet.Builder set = MeasurementSet.builder();
    List<RejectedRow> rejected = new ArrayList<>();
    long rows = 0;
    int lineNo = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = split(line);
      if (header == null) {
        header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        for (String required : List.of("indicator", "region", "period")) {
          if (!header.contains(required)) {
            throw new InvalidDataException(List.of(new DataProblem(source, "line " + lineNo, required, "",
                "the header has no column '" + required + "'",
                "a header such as indicator,region,period,value,status,source")));
          }
        }
        continue;
      }
      rows++;
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), i < cells.size() ? cells.get(i).trim() : "");
      }
      String where = "line " + lineNo;
      List<DataProblem> problems = new ArrayList<>();
      if (cells.size() != header.size()) {
        problems.add(new DataProblem(source, where, "", "", "has " + cells.size() + " fields",
            header.size() + " fields, as the header has"));
      }
      Measurement m = problems.isEmpty() ? parse(fields, source, where, problems) : null;
      if (m != null) {
        set.add(m);
      } else if (lenient) {
        rejected.add(new RejectedRow(source, where, fields, problems));
      } else {
        rejected.add(new RejectedRow(source, where, fields, problems));
      }
    }
    if (header == null) {
      throw new InvalidDataException(List.of(new DataProblem(source, "line 1", "", "", "the file is empty",
          "a header row, then one measurement per line")));
    }
    if (!lenient && !rejected.isEmpty()) {
      throw new InvalidDataException(rejected.stream().flatMap(x -> x.problems().stream()).toList());
    }
    return new ImportResult(set.build(), rejected, rows);
  }

  private static Measurement parse(Map<String, String> f, String source, String where, List<DataProblem> problems) {
    IndicatorId indicator = null;
    RegionCode region = null;
    Period period = null;
    try {
      indicator = IndicatorId.of(f.get("indicator"));
    } catch (RuntimeException e) {
      problems.add(new DataProblem(source, where, "indicator", f.get("indicator"), "is not an indicator id",
          "an id such as hp.ecommerce-share"));
    }
    if (RegionCode.isValid(f.get("region"))) {
      region = RegionCode.of(f.get("region"));
    } else {
      problems.add(new DataProblem(source, where, "region", f.get("region"), "is not a region code",
          "an official code such as 31 or 10507"));
    }
    try {
      period = Period.parse(f.get("period"));
    } catch (RuntimeException e) {
      problems.add(new DataProblem(source, where, "period", f.get("period"), "is not a period",
          "2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01..2025-09"));
    }
    OptionalDouble value = number(f, "value", source, where, problems);
    OptionalDouble num = number(f, "numerator", source, where, problems);
    OptionalDouble den = number(f, "denominator", source, where, problems);
    MeasurementStatus status = MeasurementStatus.ACTUAL;
    String s = f.getOrDefault("status", "");
    if (!s.isEmpty()) {
      try {
        status = MeasurementStatus.parse(s);
      } catch (IllegalArgumentException e) {
        problems.add(new DataProblem(source, where, "status", s, "is not a measurement status",
            "actual, provisional or estimate"));
      }
    }
    TreeMap<DimensionId, String> members = new TreeMap<>();
    for (Map.Entry<String, String> e : f.entrySet()) {
      if (!FIXED.contains(e.getKey()) && !e.getValue().isEmpty()) {
        members.put(DimensionId.of(e.getKey()), e.getValue());
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new Measurement(indicator, region, period, new Breakdown(members), value, num, den, status,
          f.getOrDefault("source", ""));
    } catch (IllegalArgumentException e) {
      problems.add(new DataProblem(source, where, "value", f.getOrDefault("value", ""), e.getMessage(), ""));
      return null;
    }
  }

  private static OptionalDouble number(Map<String, String> f, String column, String source, String where,
      List<DataProblem> problems) {
    String t = f.getOrDefault(column, "");
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      problems.add(new DataProblem(source, where, column, t, "is not a number", "a number such as 1234.5"));
      return OptionalDouble.empty();
    }
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
