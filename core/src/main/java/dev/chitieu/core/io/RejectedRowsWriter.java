package dev.chitieu.core.io;

import dev.chitieu.core.data.DataProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes rejected rows to a file as they come, in the form of {@link MeasurementCsv#writeRejected}: the columns fixed
 * by the first row (the input's header), then {@code problems}. A field a row has beyond those columns (a JSON field
 * first seen later) is named in the problems cell, so that nothing is lost. Not thread-safe.
 */
final class RejectedRowsWriter implements AutoCloseable {
  private final Path file;
  private final Writer out;
  private final List<String> columns;
  private final Set<String> columnSet;

  private RejectedRowsWriter(Path file, Writer out, List<String> columns) {
    this.file = file;
    this.out = out;
    this.columns = columns;
    this.columnSet = new HashSet<>(columns);
  }

  /** Creates or replaces the file and writes the header: the columns, then {@code problems}. */
  static RejectedRowsWriter open(Path file, List<String> columns) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
          1 << 16);
      List<String> header = new ArrayList<>(columns);
      header.add("problems");
      MeasurementCsv.line(w, header, ',');
      return new RejectedRowsWriter(file, w, List.copyOf(columns));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejected rows to " + file, e);
    }
  }

  void write(RejectedRow row) {
    try {
      MeasurementCsv.line(out, line(columns, columnSet, row), ',');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejected rows to " + file, e);
    }
  }

  /** A rejected row's cells under the given columns, then its problems (and any field beyond the columns). */
  static List<String> line(List<String> columns, Set<String> columnSet, RejectedRow row) {
    List<String> values = new ArrayList<>(columns.size() + 1);
    for (String c : columns) {
      values.add(row.fields().getOrDefault(c, ""));
    }
    StringBuilder problems = new StringBuilder();
    for (DataProblem p : row.problems()) {
      if (!problems.isEmpty()) {
        problems.append(" | ");
      }
      problems.append(p.message());
    }
    for (Map.Entry<String, String> f : row.fields().entrySet()) {
      if (!columnSet.contains(f.getKey())) {
        problems.append(" | field ").append(f.getKey()).append(": ").append(f.getValue());
      }
    }
    values.add(problems.toString());
    return values;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejected rows to " + file, e);
    }
  }
}
