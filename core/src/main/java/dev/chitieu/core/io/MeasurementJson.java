package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads and writes measurements as JSON: an array of objects, or newline-delimited objects (NDJSON), with the fields
 * of the CSV form ({@code indicator, region, period, value, numerator, denominator, status, source} and one field per
 * breakdown dimension, e.g. {@code "sector": "ecommerce"}). Numbers may be JSON numbers or strings. The input is
 * streamed object by object. Thread-safe: every call is independent.
 */
public final class MeasurementJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private MeasurementJson() {}

  /**
   * Reads JSON in strict mode: any problem and nothing is imported.
   *
   * @param in the input; read to its end, not closed
   * @param source the name problems quote
   * @param options the options (decimal commas apply to numbers given as strings)
   * @return the measurements
   * @throws InvalidDataException listing every problem, each with its line and field
   */
  public static ImportResult readStrict(InputStream in, String source, ImportOptions options) {
    return read(in, source, options, false);
  }

  /**
   * Reads JSON in lenient mode: good objects are imported, bad ones returned with their reasons.
   *
   * @param in the input; read to its end, not closed
   * @param source the name problems quote
   * @param options the options
   * @return the measurements and the rejected rows
   * @throws InvalidDataException if the text is not JSON at all (the rows after the break cannot be read)
   */
  public static ImportResult readLenient(InputStream in, String source, ImportOptions options) {
    return read(in, source, options, true);
  }

  /** {@link #readStrict(InputStream, String, ImportOptions)} of a file. */
  public static ImportResult readStrict(Path file, ImportOptions options) {
    return readFile(file, options, false);
  }

  /** {@link #readLenient(InputStream, String, ImportOptions)} of a file. */
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
    ImportLimits limits = options.limits();
    // the field bound is the parser's string bound, so that a hostile string is refused before it is held
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(limits.fieldLength()).maxNameLength(limits.fieldLength()).maxNestingDepth(64)
        .maxNumberLength(1_000).build()).build();
    RowImporter rows = null;
    long[] at = {1}; // the line of the object being read, for errors the parser does not locate
    // read as UTF-8 text, checked byte by byte: Jackson would otherwise guess UTF-16 or UTF-32 from the first bytes
    java.io.Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(Utf8Check.eager(in),
        java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    try (JsonParser p = factory.createParser(skipBom(reader))) {
      rows = RowImporter.start(options, source, () -> "line", lenient);
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new InvalidDataException(List.of(new DataProblem(source, "line 1", "", "", "is empty",
            "an array of measurement objects ([] for none), or one object per line")));
      }
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        t = p.nextToken();
      }
      ObjectRows objects = new ObjectRows(source, limits, rows);
      while (t == JsonToken.START_OBJECT) {
        long line = p.currentTokenLocation().getLineNr();
        at[0] = line;
        objects.read(p, line);
        t = p.nextToken();
      }
      if (array ? t != JsonToken.END_ARRAY : t != null) {
        throw new InvalidDataException(List.of(new DataProblem(source,
            "line " + p.currentTokenLocation().getLineNr(), "", t == null ? "" : RowImporter.shown(p.getText()),
            t == null ? "ends inside the array" : "is not a measurement object",
            array ? "an array of objects, closed by ]" : "an array of objects, or one object per line")));
      }
      if (array && (t = p.nextToken()) != null) {
        // rows after the array would otherwise be dropped without a word
        throw new InvalidDataException(List.of(new DataProblem(source,
            "line " + p.currentTokenLocation().getLineNr(), "", RowImporter.shown(p.getText()),
            "comes after the end of the array", "one array of objects, with nothing after its closing ]")));
      }
      objects.end();
      return rows.finish();
    } catch (Utf8Check.NotUtf8 e) {
      throw e.problem(source);
    } catch (StreamConstraintsException e) {
      throw new InvalidDataException(List.of(new DataProblem(source, "line " + lineOf(e, at[0]), "", "",
          "is beyond the bounds of an import: " + e.getOriginalMessage(), "strings of at most "
              + RowImporter.grouped(limits.fieldLength()) + " characters (ImportLimits.fieldLength), numbers of at "
              + "most 1,000 digits, objects nested at most 64 deep")));
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(List.of(new DataProblem(source, "line " + lineOf(e, at[0]), "", "",
          "is not valid JSON: " + e.getOriginalMessage(), "an array of objects, or one object per line")));
    } catch (OutOfMemoryError e) {
      throw rows != null ? rows.outOfMemory(e) : new InsufficientMemoryException(source, "the start",
          Runtime.getRuntime().maxMemory(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    } finally {
      if (rows != null) {
        rows.close();
      }
    }
  }

  /**
   * The objects of one input read into its import: each field put in its column by number (the columns of the CSV
   * form, then each breakdown dimension in the order first met), a field given twice in one object found by the
   * object that last gave its column.
   */
  private static final class ObjectRows {
    private final String source;
    private final ImportLimits limits;
    private final RowImporter rows;
    private final List<String> columns = new ArrayList<>(ImportOptions.COLUMNS);
    private final List<String> header;
    private final Map<String, Integer> columnOf = new java.util.HashMap<>();
    /** The number of the last object that gave each column's field (0: none yet). */
    private long[] givenIn;
    /** The number of the object being read, from 1; a long, which no input runs out of. */
    private long object;
    private boolean headerGiven;

    ObjectRows(String source, ImportLimits limits, RowImporter rows) {
      this.source = source;
      this.limits = limits;
      this.rows = rows;
      columns.addAll(ImportOptions.CHANGE_COLUMNS);
      header = List.copyOf(columns);
      for (int k = 0; k < columns.size(); k++) {
        columnOf.put(columns.get(k), k);
      }
      givenIn = new long[columns.size()];
    }

    /**
     * Reads the object the parser stands at the start of, which starts on {@code line}, into the import: a method
     * apart from the read's loop, compiled as any method is rather than only as part of that loop.
     */
    void read(JsonParser p, long line) throws IOException {
      JsonToken t;
      object++;
      List<String> values = new ArrayList<>(columns.size() + 1);
      for (int k = 0; k < columns.size(); k++) {
        values.add("");
      }
      int given = 0; // the distinct fields of this object
      List<String> firstMet = null; // the names of dimensions first met in this object, in order
      List<DataProblem> bad = null;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (given >= limits.fieldsPerRow()) {
          throw new InvalidDataException(List.of(new DataProblem(source, "line " + line, "", "",
              "has more than " + RowImporter.grouped(limits.fieldsPerRow()) + " fields, the limit",
              "the fields " + ImportOptions.COLUMNS + " and one per breakdown dimension "
                  + "(ImportLimits.fieldsPerRow)")));
        }
        Integer known = columnOf.get(name);
        int col;
        if (known == null) {
          col = columns.size();
          columnOf.put(name, col);
          columns.add(name);
          values.add("");
          if (col == givenIn.length) {
            givenIn = java.util.Arrays.copyOf(givenIn, 2 * col);
          }
          firstMet = firstMet == null ? new ArrayList<>() : firstMet;
          firstMet.add(name);
        } else {
          col = known;
        }
        boolean twice = givenIn[col] == object;
        givenIn[col] = object;
        given += twice ? 0 : 1;
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          bad = bad == null ? new ArrayList<>() : bad;
          bad.add(new DataProblem(source, "line " + p.currentTokenLocation().getLineNr(), RowImporter.shown(name),
              "", "holds an " + (v == JsonToken.START_OBJECT ? "object" : "array"), "a string or a number"));
          p.skipChildren();
          values.set(col, "");
        } else {
          String text = v == JsonToken.VALUE_NULL ? "" : p.getText();
          String before = values.set(col, text);
          if (twice) {
            // JSON parsers keep the last of repeated names; a row must not lose a figure that way unseen
            bad = bad == null ? new ArrayList<>() : bad;
            bad.add(new DataProblem(source, "line " + p.currentTokenLocation().getLineNr(),
                RowImporter.shown(name), RowImporter.shown(text), "is a field given twice in one object (first '"
                    + RowImporter.shown(before) + "')", "each field once per object"));
          }
        }
      }
      if (!headerGiven) {
        rows.header(header, line);
        headerGiven = true;
      }
      if (firstMet != null) {
        for (String name : firstMet) {
          rows.addDimension(name, line);
        }
      }
      if (bad != null) {
        throw new InvalidDataException(bad);
      }
      rows.row(values, line);
    }

    /** After the last object: the import's header, if no object gave it. */
    void end() {
      if (!headerGiven) {
        rows.header(header, 1);
      }
    }
  }

  /** The text without a leading byte-order mark. */
  private static java.io.Reader skipBom(java.io.Reader text) throws IOException {
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    return text;
  }

  private static long lineOf(JsonProcessingException e, long fallback) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? fallback : e.getLocation().getLineNr();
  }

  /**
   * Writes measurements as a JSON array, one object per line, which {@link #readStrict(InputStream, String,
   * ImportOptions)} reads back to an equal set. Numbers are JSON numbers; absent fields are left out.
   *
   * @param set the measurements
   * @param out where to write; not closed
   */
  public static void write(MeasurementSet set, OutputStream out) {
    requireNonNull(set, "set");
    requireNonNull(out, "out");
    TreeSet<DimensionId> dims = new TreeSet<>();
    for (Measurement m : set) {
      dims.addAll(m.breakdown().members().keySet());
    }
    List<DimensionId> dimensions = List.copyOf(dims);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (Measurement m : set) {
        g.writeRaw("\n");
        g.writeStartObject();
        for (Map.Entry<String, String> f : RowImporter.fieldsOf(m, dimensions, false).entrySet()) {
          if (f.getValue().isEmpty()) {
            continue;
          }
          switch (f.getKey()) {
            case "value", "numerator", "denominator" -> {
              g.writeFieldName(f.getKey());
              g.writeNumber(f.getValue());
            }
            default -> g.writeStringField(f.getKey(), f.getValue());
          }
        }
        g.writeEndObject();
      }
      g.writeRaw("\n");
      g.writeEndArray();
      g.writeRaw("\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write measurements as JSON", e);
    }
  }
}
