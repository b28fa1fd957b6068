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
import dev.chitieu.core.internal.store.CodedRows;
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
 * breakdown dimension, e.g. {@code "sector": "ecommerce"}). Numbers may be JSON numbers or strings; with decimal
 * commas ({@link ImportOptions#withDecimalComma}), a string is read with them ({@code "1.234,5"}) and a JSON number as
 * JSON writes it ({@code 1234.5}). The input is streamed object by object. Thread-safe: every call is independent.
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
      return read(in, file.getFileName().toString(), options, lenient, true, Files.size(file), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient) {
    return read(in, source, options, lenient, true, -1, null);
  }

  /**
   * Reads JSON; with {@code fastPath} false, every object the checked way ({@link RowImporter#row}), as before the
   * fast path: for tests that compare the two.
   */
  static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient, boolean fastPath) {
    return read(in, source, options, lenient, fastPath, -1, null);
  }

  /**
   * Reads JSON with the fast path, and puts in {@code taken[0]} how many objects it took (the rest went the checked
   * way): for tests that check the fast path is taken at all.
   */
  static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient, long[] taken) {
    return read(in, source, options, lenient, true, -1, requireNonNull(taken, "taken"));
  }

  /**
   * Reads JSON.
   *
   * @param bytes the input's size if known (a file), else -1: with it, the set's builder is sized for the rows the
   *     rest of the input promises ({@link dev.chitieu.core.internal.store.CodedRows#sizeForInput}), as the CSV
   *     import sizes it
   * @param taken where to put the number of objects the fast path took, or null
   */
  private static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient,
      boolean fastPath, long bytes, long[] taken) {
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
    Utf8Check checked = Utf8Check.eager(in);
    java.io.Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(checked,
        java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    try (JsonParser p = factory.createParser(skipBom(reader))) {
      rows = RowImporter.start(options, source, new RowImporter.Locator() {
        @Override
        public String rowWord() {
          return "line";
        }

        @Override
        public String decimalCommaHint() {
          // JSON has no line to declare decimal commas on
          return "a JSON number or a string with a decimal point (a program using the library can read strings with "
              + "decimal commas with ImportOptions.withDecimalComma(true))";
        }
      }, lenient);
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new InvalidDataException(List.of(new DataProblem(source, "line 1", "", "", "is empty",
            "an array of measurement objects ([] for none), or one object per line")));
      }
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        t = p.nextToken();
      }
      ObjectRows objects = new ObjectRows(source, options, rows, fastPath, checked, bytes);
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
      if (taken != null) {
        taken[0] = objects.taken;
      }
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
   * object that last gave its column. A field's text is kept as UTF-8 bytes in one buffer reused from object to
   * object, so that an object the fast path takes ({@link FastPath#take}: its ids, codes and periods looked up by
   * their bytes, nothing checked again) makes no string; any other object is read the checked way
   * ({@link RowImporter#row}), its fields made strings then.
   */
  private static final class ObjectRows {
    /**
     * The bytes the buffer holds for one object: a field whose text could take it past them (3 bytes counted per
     * character, the most UTF-8 takes, so about 21,800 characters in all) is kept as the parser's string instead.
     */
    private static final int BUFFER_LIMIT = 1 << 16;

    private final String source;
    private final ImportLimits limits;
    private final RowImporter rows;
    private final ImportOptions options;
    private final boolean fastPath;
    private final List<String> columns = new ArrayList<>(ImportOptions.COLUMNS);
    private final List<String> header;
    private final Map<String, Integer> columnOf = new java.util.HashMap<>();
    /** The number of the last object that gave each column's field (0: none yet). */
    private long[] givenIn;
    /** The number of the object being read, from 1; a long, which no input runs out of. */
    private long object;
    private boolean headerGiven;
    /** The objects the fast path took. */
    long taken;
    /** The fast path for the import's columns as they are, or null (none yet, or the columns do not fit it). */
    private FastPath fast;
    /** The fields' text of the object being read, UTF-8. */
    private byte[] text = new byte[1024];
    private int used;
    /** Per column, where its field is in {@link #text}: from {@code spans[2k]} to {@code spans[2k + 1]}. */
    private int[] spans;
    /** Per column, the field's text when kept as a string instead (not UTF-8 encodable, or past the buffer). */
    private String[] strings;
    /**
     * The name of the field at each place in the object read last, and its column: objects usually give their fields
     * in the same order, and the parser gives the same string for the same name, so that a field's column is most
     * often found by comparing references, with no lookup.
     */
    private String[] namesInOrder = new String[16];
    private int[] columnsInOrder = new int[16];

    /**
     * The input as read so far (the parser reads ahead of what it has parsed: up to 64 K characters, so at most about
     * 192 KB of UTF-8, and 8 KB more in the decoder).
     */
    private final Utf8Check input;
    /** The input's size, or -1 when not known. */
    private final long bytes;

    ObjectRows(String source, ImportOptions options, RowImporter rows, boolean fastPath, Utf8Check input,
        long bytes) {
      this.input = input;
      this.bytes = bytes;
      this.source = source;
      this.options = options;
      this.limits = options.limits();
      this.rows = rows;
      this.fastPath = fastPath;
      columns.addAll(ImportOptions.CHANGE_COLUMNS);
      header = List.copyOf(columns);
      for (int k = 0; k < columns.size(); k++) {
        columnOf.put(columns.get(k), k);
      }
      givenIn = new long[columns.size()];
      spans = new int[2 * columns.size()];
      strings = new String[columns.size()];
    }

    /**
     * Reads the object the parser stands at the start of, which starts on {@code line}, into the import: a method
     * apart from the read's loop, compiled as any method is rather than only as part of that loop.
     */
    void read(JsonParser p, long line) throws IOException {
      JsonToken t;
      object++;
      java.util.Arrays.fill(spans, 0);
      java.util.Arrays.fill(strings, null);
      used = 0;
      int given = 0; // the distinct fields of this object
      int place = 0; // the place of the field in the object
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
        int col;
        Integer known;
        if (place < namesInOrder.length && namesInOrder[place] == name) {
          col = columnsInOrder[place];
        } else if ((known = columnOf.get(name)) != null) {
          col = known;
        } else {
          col = columns.size();
          columnOf.put(name, col);
          columns.add(name);
          if (col == givenIn.length) {
            givenIn = java.util.Arrays.copyOf(givenIn, 2 * col);
          }
          spans = java.util.Arrays.copyOf(spans, 2 * columns.size());
          strings = java.util.Arrays.copyOf(strings, columns.size());
          firstMet = firstMet == null ? new ArrayList<>() : firstMet;
          firstMet.add(name);
        }
        if (place < namesInOrder.length) {
          namesInOrder[place] = name;
          columnsInOrder[place] = col;
        }
        place++;
        boolean twice = givenIn[col] == object;
        givenIn[col] = object;
        given += twice ? 0 : 1;
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          bad = bad == null ? new ArrayList<>() : bad;
          bad.add(new DataProblem(source, "line " + p.currentTokenLocation().getLineNr(), RowImporter.shown(name),
              "", "holds an " + (v == JsonToken.START_OBJECT ? "object" : "array"), "a string or a number"));
          p.skipChildren();
          keep(col, p, null);
        } else {
          String before = twice ? textOf(col) : null;
          keep(col, p, v == JsonToken.VALUE_NULL ? null : v);
          if (twice) {
            // JSON parsers keep the last of repeated names; a row must not lose a figure that way unseen
            bad = bad == null ? new ArrayList<>() : bad;
            bad.add(new DataProblem(source, "line " + p.currentTokenLocation().getLineNr(),
                RowImporter.shown(name), RowImporter.shown(textOf(col)), "is a field given twice in one object "
                    + "(first '" + RowImporter.shown(before) + "')", "each field once per object"));
          }
        }
      }
      if (!headerGiven) {
        rows.header(header, line);
        headerGiven = true;
        fast = fastPath ? FastPath.ofObjects(rows, options) : null;
      }
      if (firstMet != null) {
        for (String name : firstMet) {
          rows.addDimension(name, line);
        }
        fast = fastPath ? FastPath.ofObjects(rows, options) : null;
      }
      if (bad != null) {
        throw new InvalidDataException(bad);
      }
      if (fast != null && fastObject() && fast.take(text, line)) {
        taken++;
      } else {
        List<String> values = new ArrayList<>(columns.size());
        for (int k = 0; k < columns.size(); k++) {
          values.add(textOf(k));
        }
        rows.row(values, line);
      }
      if (bytes > 0) {
        CodedRows c = rows.coded();
        if (c != null) {
          // the builder sized for the rest of the file, at the bytes a row has taken so far (its first 4,096 rows,
          // then at each doubling; a comparison between them), so that its arrays do not grow by copying
          long at = input.offset();
          c.sizeForInput(at, bytes - at);
        }
      }
    }

    /** Whether every field of the object is in the buffer; if so, their places are handed to the fast path. */
    private boolean fastObject() {
      for (String s : strings) {
        if (s != null) {
          return false;
        }
      }
      int[] bounds = fast.bounds();
      if (bounds.length != spans.length) {
        return false; // not the columns the fast path was made for: cannot happen, but the checked way is right
      }
      System.arraycopy(spans, 0, bounds, 0, spans.length);
      return true;
    }

    /**
     * Keeps the field of a column the parser stands at, a value of kind {@code v} (null: empty): its text in the
     * buffer as UTF-8 (as a string where it cannot be, or would take the buffer past its limit). A JSON number is
     * kept in the form the import's decimal mark reads as the same number.
     */
    private void keep(int col, JsonParser p, JsonToken v) throws IOException {
      strings[col] = null;
      spans[2 * col] = used;
      spans[2 * col + 1] = used;
      if (v == null) {
        return;
      }
      char[] chars = p.getTextCharacters();
      int from = p.getTextOffset();
      int n = p.getTextLength();
      if (n > limits.fieldLength()) {
        // the parser's string bound is checked as it makes the string, which the characters alone skip: a field
        // past the limit fails the import (StreamConstraintsException), whatever its length
        strings[col] = p.getText();
        return;
      }
      String number = null; // a number in the form the decimal commas read
      if (options.decimalComma() && (v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_NUMBER_INT)) {
        number = withDecimalComma(p.getText());
        chars = number.toCharArray();
        from = 0;
        n = chars.length;
      }
      int to = utf8(chars, from, n);
      if (to < 0) {
        strings[col] = number != null ? number : p.getText();
      } else {
        spans[2 * col + 1] = to;
        used = to;
      }
    }

    /**
     * Writes chars as UTF-8 after the buffer's used bytes; returns where they end, or -1 when the buffer would pass its
     * limit or a surrogate is not one of a pair (nothing is kept then).
     */
    private int utf8(char[] chars, int from, int n) {
      if (used + 3L * n > BUFFER_LIMIT) {
        return -1;
      }
      if (used + 3 * n > text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(2 * text.length, used + 3 * n));
      }
      byte[] b = text;
      int at = used;
      int end = from + n;
      for (int i = from; i < end; i++) {
        char c = chars[i];
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xC0 | c >> 6);
          b[at++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
          b[at++] = (byte) (0xE0 | c >> 12);
          b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          b[at++] = (byte) (0xF0 | cp >> 18);
          b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[at++] = (byte) (0x80 | cp & 0x3F);
        } else {
          return -1;
        }
      }
      return at;
    }

    /**
     * A JSON number ({@code 12.345}, {@code -1.5e3}) written with a decimal comma and no exponent ({@code 12,345},
     * {@code -1500}), so that an import with decimal commas, which reads {@code 12.345} as twelve thousand three
     * hundred and forty-five, reads the number the JSON says; a zero as {@code 0} or {@code -0} whatever its
     * exponent; left as it is when its exponent would take it past 400 digits (the import then reports it as not a
     * number with a decimal comma).
     */
    private static String withDecimalComma(String number) {
      if (number.indexOf('e') < 0 && number.indexOf('E') < 0) {
        return number.replace('.', ',');
      }
      try {
        java.math.BigDecimal d = new java.math.BigDecimal(number);
        if (d.signum() == 0) {
          return number.startsWith("-") ? "-0" : "0";
        }
        if (d.scale() > 400 || d.precision() - d.scale() > 400) {
          return number;
        }
        String plain = d.toPlainString();
        // BigDecimal has no negative zero; the figure keeps its sign, as it would with a decimal point
        return (number.startsWith("-") && !plain.startsWith("-") ? "-" : "") + plain.replace('.', ',');
      } catch (NumberFormatException | ArithmeticException e) {
        return number;
      }
    }

    /** The text of a column's field in the object being read ("" when not given). */
    private String textOf(int col) {
      if (strings[col] != null) {
        return strings[col];
      }
      int from = spans[2 * col];
      return new String(text, from, spans[2 * col + 1] - from, java.nio.charset.StandardCharsets.UTF_8);
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
