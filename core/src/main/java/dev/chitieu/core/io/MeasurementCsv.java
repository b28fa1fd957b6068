package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * comment, whatever it holds (e.g. {@code # 34996 / 100000 = 34,996}). Without a directive, numbers have a decimal
 * point unless {@link
 * ImportOptions#withDecimalComma(boolean)} says otherwise.
 *
 * <p>The input is streamed: memory grows with the measurements kept (a few tens of bytes each while building), not
 * with the file. Thread-safe: every call is independent.
 */
public final class MeasurementCsv {
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
    return read(in, source, options, false, true, -1);
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
    return read(in, source, options, true, true, -1);
  }

  /**
   * {@link #readStrict(InputStream, String, ImportOptions)} of a file, named by its file name in problems, on the
   * threads the options say ({@link ImportOptions#threads()}). An interrupt of the calling thread does not stop the
   * import, on one thread as on several; the thread is interrupted again when the import returns or throws.
   */
  public static ImportResult readStrict(Path file, ImportOptions options) {
    return readFile(file, options, false);
  }

  /**
   * {@link #readLenient(InputStream, String, ImportOptions)} of a file, named by its file name in problems, on the
   * threads the options say; an interrupt does not stop it, as for {@link #readStrict(Path, ImportOptions)}.
   */
  public static ImportResult readLenient(Path file, ImportOptions options) {
    return readFile(file, options, true);
  }

  private static ImportResult readFile(Path file, ImportOptions options, boolean lenient) {
    try (ParallelCsv.FileBytes bytes = ParallelCsv.open(file)) {
      return read(ParallelCsv.stream(bytes, 0), file.getFileName().toString(), options, lenient, true, bytes.size(),
          bytes, ParallelCsv.Setup.threads(options.threads()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads CSV bytes as a file is read, on {@code threads} threads in chunks of {@code chunkBytes} (0: chosen from the
   * size): for the tests that compare reads on one and on several threads.
   */
  static ImportResult read(byte[] csv, String source, ImportOptions options, boolean lenient, int threads,
      int chunkBytes) {
    return read(csv, source, options, lenient, new ParallelCsv.Setup(threads, chunkBytes, 0, null));
  }

  /** Reads CSV bytes as a file is read, set up as the tests say. */
  static ImportResult read(byte[] csv, String source, ImportOptions options, boolean lenient,
      ParallelCsv.Setup setup) {
    ParallelCsv.Bytes bytes = ParallelCsv.of(csv);
    return read(ParallelCsv.stream(bytes, 0), source, options, lenient, true, csv.length, bytes, setup);
  }

  /**
   * Reads a CSV input; with {@code fastPath} false, every row the checked way ({@link RowImporter}), as before the fast
   * path: for the tests that compare both. {@code bytes} is the input's size if known (else -1), from which the fast
   * path sizes the set's builder once it has seen the first rows.
   */
  static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient,
      boolean fastPath, long bytes) {
    return read(in, source, options, lenient, fastPath, bytes, null, ParallelCsv.Setup.threads(1));
  }

  /**
   * Reads a CSV input; when its bytes can be read at any position ({@code random}, the same bytes as {@code in}) and
   * the setup's threads are more than 1, its data rows on that many threads ({@link ParallelCsv}).
   */
  private static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient,
      boolean fastPath, long bytes, ParallelCsv.Bytes random, ParallelCsv.Setup setup) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    RowImporter rows = null;
    try {
      CsvReader reader = new CsvReader(new Utf8Check(in), source, options.limits());
      reader.skipBom();
      char separator = 0;
      ImportOptions opts = options;
      List<DataProblem> bad = new ArrayList<>();
      while (reader.atComment()) {
        long line = reader.line();
        String first = reader.commentLine();
        for (String part : directives(first)) {
          int eq = part.indexOf('=');
          String key = part.substring(0, eq).toLowerCase(Locale.ROOT);
          String value = part.substring(eq + 1).toLowerCase(Locale.ROOT);
          String shown = RowImporter.shown(part);
          if (key.equals("decimal")) {
            if (value.equals("comma")) {
              opts = opts.withDecimalComma(true);
            } else if (value.equals("point")) {
              opts = opts.withDecimalComma(false);
            } else {
              bad.add(new DataProblem(source, "line " + line, "", shown, "is not a decimal mark",
                  "# decimal=comma or # decimal=point"));
            }
          } else if (value.equals(";") || value.equals(",")) {
            separator = value.charAt(0);
          } else {
            bad.add(new DataProblem(source, "line " + line, "", shown, "is not a separator",
                "# separator=; or # separator=,"));
          }
        }
      }
      if (reader.atEnd()) {
        bad.add(new DataProblem(source, "line " + reader.line(), "", "", "has no header",
            "a header line: " + String.join(",", ImportOptions.COLUMNS)));
      }
      if (!bad.isEmpty()) {
        throw new InvalidDataException(bad);
      }
      reader.separator(separator != 0 ? separator : reader.guessSeparator());
      rows = RowImporter.start(opts, source, () -> "line", lenient);
      List<String> values = new ArrayList<>();
      reader.nextRow(values);
      if (reader.badColumn() >= 0) {
        throw new InvalidDataException(List.of(new DataProblem(source, "line " + reader.rowLine(), "", "",
            "column " + (reader.badColumn() + 1) + " of the header " + reader.badProblem(), reader.badExpected())));
      }
      rows.header(values, reader.rowLine());
      if (random != null && setup.threads() > 1 && fastPath && rows.fastPathFits() && afterLineFeed(random,
          reader.position()) && new ParallelCsv(random, source, opts, rows, lenient, values, reader.rowLine(),
              (char) reader.separator(), setup).read(reader.position(), reader.line(), reader.loneCarriageReturns())) {
        return rows.finish();
      }
      FastPath fast = fastPath ? FastPath.of(rows, reader, opts, bytes) : null;
      while (true) {
        if (fast != null && fast.row()) {
          continue;
        }
        if (!reader.readRow(values, rows)) {
          break;
        }
        if (fast != null) {
          fast.sizeBuilder();
        }
      }
      return rows.finish();
    } catch (OutOfMemoryError e) {
      throw rows != null ? rows.outOfMemory(e) : new InsufficientMemoryException(source, "the header", Runtime
          .getRuntime().maxMemory(), e);
    } catch (Utf8Check.NotUtf8 e) {
      throw e.problem(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    } finally {
      if (rows != null) {
        rows.close();
      }
    }
  }

  /** Whether the byte before a position is a line feed, so that a row and a line (as UTF-8 checks count) start there. */
  private static boolean afterLineFeed(ParallelCsv.Bytes bytes, long position) throws IOException {
    byte[] b = new byte[1];
    return position > 0 && bytes.read(position - 1, b, 0, 1) == 1 && b[0] == '\n';
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
    requireNonNull(rows, "rows");
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (RejectedRow r : rows) {
      names.addAll(r.fields().keySet());
    }
    List<String> header = new ArrayList<>(names);
    header.add("problems");
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8));
      line(w, header, ',');
      List<String> columns = header.subList(0, header.size() - 1);
      for (RejectedRow r : rows) {
        line(w, RejectedRowsWriter.line(columns, names, r), ',');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejected rows as CSV", e);
    }
  }

  /**
   * Writes one CSV line: every field made inert for spreadsheets first ({@link SpreadsheetText#toCsv}), then quoted
   * if it holds the separator, a quote, a line break, a leading or trailing space or a leading {@code #}.
   */
  static void line(Writer w, java.util.Collection<String> values, char sep) throws IOException {
    boolean first = true;
    for (String text : values) {
      String v = SpreadsheetText.toCsv(text);
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
