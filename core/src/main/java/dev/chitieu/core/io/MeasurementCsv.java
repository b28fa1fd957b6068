package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.chitieu.core.DataProblem;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.InvalidDataException;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.MeasurementSet;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and writes measurements as CSV: UTF-8 with or without a byte-order mark, a header of the columns {@code
 * indicator,region,period,value,numerator,denominator,status,source} plus one column per breakdown dimension (see
 * {@link RowImporter}), fields separated by {@code ,} or {@code ;} (found from the header line).
 *
 * <p>A file may start with directive lines before its header, e.g. {@code # decimal=comma} (numbers written {@code
 * 1.234,5}, as Vietnamese spreadsheets export them) or {@code # separator=;}. A {@code #} line is a directive line
 * only when it holds nothing but such directives; every other line starting with {@code #} before the header is a
 * comment, whatever it holds (e.g. {@code # 34996 / 100000 = 34,996}). Without a directive, numbers have a decimal point unless {@link
 * ImportOptions#withDecimalComma(boolean)} says otherwise.
 *
 * <p>The input is streamed: memory grows with the measurements kept (a few tens of bytes each while building), not
 * with the file. Thread-safe: every call is independent.
 */
public final class MeasurementCsv {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final Pattern DIRECTIVE = Pattern.compile("(?i)(decimal|separator)=\\S*");
  private static final Pattern DIRECTIVE_EQUALS = Pattern.compile("\\s*=\\s*");

  private MeasurementCsv() {}

  /**
   * Reads a CSV input in strict mode: any problem and nothing is imported.
   *
   * @param in the input; read to its end, not closed
   * @param source the name problems quote, e.g. the file name
   * @param options the options
   * @return the measurements; {@code rejected} lists only rows a declared KEEP_FIRST / KEEP_LAST policy dropped
   * @throws InvalidDataException listing every problem of every row, each with its line and column
   */
  public static ImportResult readStrict(InputStream in, String source, ImportOptions options) {
    return read(in, source, options, false);
  }

  /**
   * Reads a CSV input in lenient mode: good rows are imported, bad ones returned with their reasons.
   *
   * @param in the input; read to its end, not closed
   * @param source the name problems quote, e.g. the file name
   * @param options the options
   * @return the measurements and the rejected rows; every data row is in exactly one of them
   * @throws InvalidDataException only if the header or a directive cannot be read (then no row can be)
   */
  public static ImportResult readLenient(InputStream in, String source, ImportOptions options) {
    return read(in, source, options, true);
  }

  /** {@link #readStrict(InputStream, String, ImportOptions)} of a file, named by its file name in problems. */
  public static ImportResult readStrict(Path file, ImportOptions options) {
    return readFile(file, options, false);
  }

  /** {@link #readLenient(InputStream, String, ImportOptions)} of a file, named by its file name in problems. */
  public static ImportResult readLenient(Path file, ImportOptions options) {
    return readFile(file, options, true);
  }

  private static ImportResult readFile(Path file, ImportOptions options, boolean lenient) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), options, lenient);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    BufferedReader reader = new BufferedReader(new InputStreamReader(new Utf8Check(in), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      long line = 0;
      char separator = 0;
      ImportOptions opts = options;
      List<DataProblem> bad = new ArrayList<>();
      while (true) {
        reader.mark(1 << 15);
        String first = reader.readLine();
        if (first == null) {
          throw new InvalidDataException(List.of(new DataProblem(source, "line " + (line + 1), "", "",
              "has no header", "a header line: " + String.join(",", ImportOptions.COLUMNS))));
        }
        if (!first.startsWith("#")) {
          reader.reset();
          if (separator == 0) {
            separator = separatorOf(first);
          }
          break;
        }
        line++;
        List<String> directives = directives(first);
        for (String part : directives) {
          int eq = part.indexOf('=');
          String key = part.substring(0, eq).toLowerCase(Locale.ROOT);
          String value = part.substring(eq + 1).toLowerCase(Locale.ROOT);
          if (key.equals("decimal")) {
            if (value.equals("comma")) {
              opts = opts.withDecimalComma(true);
            } else if (value.equals("point")) {
              opts = opts.withDecimalComma(false);
            } else {
              bad.add(new DataProblem(source, "line " + line, "", part, "is not a decimal mark",
                  "# decimal=comma or # decimal=point"));
            }
          } else if (value.equals(";") || value.equals(",")) {
            separator = value.charAt(0);
          } else {
            bad.add(new DataProblem(source, "line " + line, "", part, "is not a separator",
                "# separator=; or # separator=,"));
          }
        }
      }
      if (!bad.isEmpty()) {
        throw new InvalidDataException(bad);
      }
      long offset = line;
      RowImporter rows = RowImporter.start(opts, source, () -> "line", lenient);
      try (CsvParser p = FACTORY.createParser(reader)) {
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
        boolean header = true;
        List<String> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
          values.clear();
          long at = -1;
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (at < 0) {
              at = p.currentTokenLocation().getLineNr() + offset;
            }
            values.add(p.getText());
          }
          if (at < 0) {
            at = p.currentTokenLocation().getLineNr() + offset;
          }
          if (header) {
            rows.header(values, at);
            header = false;
          } else {
            rows.row(values, at);
          }
        }
      }
      return rows.finish();
    } catch (Utf8Check.NotUtf8 e) {
      throw e.problem(source);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidDataException(List.of(new DataProblem(source, "", "", "", "is not valid UTF-8 text",
          "a CSV file saved as UTF-8 (with or without BOM)")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * The directives of a {@code #} line before the header, each {@code name=value}: the line is a directive line only
   * when every word after the {@code #} is {@code decimal=…} or {@code separator=…} (spaces around {@code =} allowed);
   * any other {@code #} line is a comment, whatever it holds, and gives none.
   */
  static List<String> directives(String hashLine) {
    String text = DIRECTIVE_EQUALS.matcher(hashLine.substring(1).strip()).replaceAll("=");
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> parts = List.of(text.split("\\s+"));
    for (String part : parts) {
      if (!DIRECTIVE.matcher(part).matches()) {
        return List.of();
      }
    }
    return parts;
  }

  /** {@code ;} when the header line has more semicolons than commas outside quotes, else {@code ,}. */
  static char separatorOf(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char ch = headerLine.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == ',') {
        commas++;
      } else if (!quoted && ch == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Writes measurements as UTF-8 CSV with a decimal point and {@code ,} separators, which {@link
   * #readStrict(InputStream, String, ImportOptions)} reads back to an equal set.
   *
   * @param set the measurements
   * @param out where to write; not closed
   */
  public static void write(MeasurementSet set, OutputStream out) {
    write(set, out, false);
  }

  /**
   * Writes measurements as UTF-8 CSV. With decimal commas, the file starts with {@code # decimal=comma} and separates
   * fields with {@code ;}, as Vietnamese spreadsheets expect.
   *
   * @param set the measurements
   * @param out where to write; not closed
   * @param decimalComma whether to write {@code 1234,5} rather than {@code 1234.5}
   */
  public static void write(MeasurementSet set, OutputStream out, boolean decimalComma) {
    requireNonNull(set, "set");
    char sep = decimalComma ? ';' : ',';
    TreeSet<DimensionId> dims = new TreeSet<>();
    for (Measurement m : set) {
      dims.addAll(m.breakdown().members().keySet());
    }
    List<DimensionId> dimensions = List.copyOf(dims);
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8), 1 << 16);
      if (decimalComma) {
        w.write("# decimal=comma\n");
      }
      List<String> header = new ArrayList<>(ImportOptions.COLUMNS);
      dimensions.forEach(d -> header.add(d.value()));
      line(w, header, sep);
      for (Measurement m : set) {
        line(w, RowImporter.fieldsOf(m, dimensions, decimalComma).values(), sep);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write measurements as CSV", e);
    }
  }

  /**
   * Writes rejected rows back out as CSV, their fields as read plus a {@code problems} column, so that they can be
   * fixed and imported again.
   *
   * @param rows the rejected rows
   * @param out where to write; not closed
   */
  public static void writeRejected(List<RejectedRow> rows, OutputStream out) {
    List<String> header = new ArrayList<>();
    for (RejectedRow r : rows) {
      for (String k : r.fields().keySet()) {
        if (!header.contains(k)) {
          header.add(k);
        }
      }
    }
    header.add("problems");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8));
      line(w, header, ',');
      for (RejectedRow r : rows) {
        List<String> values = new ArrayList<>();
        for (String k : header.subList(0, header.size() - 1)) {
          values.add(r.fields().getOrDefault(k, ""));
        }
        values.add(String.join(" | ", r.problems().stream().map(DataProblem::message).toList()));
        line(w, values, ',');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejected rows as CSV", e);
    }
  }

  private static void line(Writer w, java.util.Collection<String> values, char sep) throws IOException {
    boolean first = true;
    for (String v : values) {
      if (!first) {
        w.write(sep);
      }
      first = false;
      if (v.indexOf(sep) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
          || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ' || v.charAt(0) == '#'))) {
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(v);
      }
    }
    w.write('\n');
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(requireNonNull(out, "out")) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The fields of a measurement as this format writes them; for tests and tools. */
  static Map<String, String> fields(Measurement m, List<DimensionId> dimensions) {
    return RowImporter.fieldsOf(m, dimensions, false);
  }
}
