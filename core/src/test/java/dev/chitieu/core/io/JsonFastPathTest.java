package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON import's fast path (objects handed to {@link FastPath#take}) against the checked path it stands in for:
 * random files of canonical and irregular objects, and the fuzz seeds, read both ways in strict and lenient mode under
 * many options, give the same set (with the same origins), the same rejected rows, the same counts and the same
 * problems.
 */
class JsonFastPathTest {
  private static final String[] FIELDS = {"indicator", "region", "period", "value", "numerator", "denominator",
      "status", "source", "sector", "channel", "change", "compared_with", "Bad Name"};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void randomFilesReadTheSameBothWays(long seed) {
    CsvFastPathTest.randomFilesReadTheSameBothWays(seed, JsonFastPathTest::randomFile, JsonFastPathTest::sameBothWays);
  }

  @Test
  void fuzzSeedsReadTheSameBothWays() throws IOException {
    CsvFastPathTest.fuzzSeedsReadTheSameBothWays("JsonImportFuzzTestInputs/json", JsonFastPathTest::sameBothWays);
  }

  @Test
  void canonicalObjectsReadTheSameBothWaysAndKeepTheirLines() {
    // what MeasurementJson.write gives: one object per line, fields in the same order, some of them left out
    String json = "[\n"
        + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",\"value\":1.5,\"source\":\"Cục Thống kê\","
        + "\"sector\":\"ict\"}\n"
        + ",{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2024\",\"value\":2,\"status\":\"provisional\"}\n"
        + ",{\"indicator\":\"x.b\",\"region\":\"10507\",\"period\":\"2025-Q3\",\"numerator\":3,\"denominator\":4,"
        + "\"sector\":\"tourism\"}\n"
        + ",{\"indicator\":\"x.b\",\"region\":\"10507\",\"period\":\"2025-Q2\",\"value\":\"7\",\"change\":null}\n"
        + ",{\"indicator\":\"x.c\",\"region\":\"31\",\"period\":\"2025\",\"value\":9,\"change\":\"+5\","
        + "\"compared_with\":\"2024\"}\n"
        + "]\n";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    sameBothWays(bytes, ImportOptions.defaults(), json);
    ImportResult r = read(bytes, ImportOptions.defaults(), false, true);
    assertThat(r.rowsRead()).isEqualTo(5);
    // the change is read, by the checked path: an object the fast path took would have lost it
    assertThat(r.measurements().reportedChanges()).hasSize(1);
    // the four objects without a change took the fast path, the fifth, with one, did not
    long[] taken = new long[1];
    assertThat(CsvFastPathTest.outcome(() -> MeasurementJson.read(new ByteArrayInputStream(bytes), "data.json",
        ImportOptions.defaults(), false, taken))).isEqualTo(CsvFastPathTest.outcome(() -> read(bytes,
        ImportOptions.defaults(), false, false)));
    assertThat(taken[0]).isEqualTo(4);
    List<Long> lines = new ArrayList<>();
    for (int i = 0; i < r.measurements().size(); i++) {
      lines.add(r.measurements().origin(i).orElseThrow().line());
    }
    // key order: x.a (no breakdown: 2024; ict: 2025), x.b (no breakdown: Q2; tourism: Q3), x.c
    assertThat(lines).containsExactly(3L, 2L, 5L, 4L, 6L);
    assertThat(r.measurements().get(1).source()).isEqualTo("Cục Thống kê");
  }

  @Test
  void fieldPastTheLengthLimit_failsTheWholeImport_atAnyLength() {
    // the parser's bound on strings is the field limit; the fast path reads a field's characters, which skip that
    // check, so it must make the string of a field past the limit, as the checked path did, and fail at it
    ImportOptions small = ImportOptions.defaults().withLimits(ImportLimits.defaults().withFieldLength(64));
    String head = "[{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",";
    for (String object : new String[] {"\"value\":1,\"source\":\"" + "s".repeat(65) + "\"}]",
        "\"value\":1,\"source\":\"" + "s".repeat(5_000) + "\"}]", "\"value\":1" + "0".repeat(70) + "}]"}) {
      byte[] json = (head + "\n" + object).getBytes(StandardCharsets.UTF_8);
      for (boolean lenient : new boolean[] {false, true}) {
        for (boolean fast : new boolean[] {false, true}) {
          assertThat(CsvFastPathTest.outcome(() -> read(json, small, lenient, fast)))
              .as("lenient %s, fast %s: %s", lenient, fast, object)
              .startsWith("InvalidDataException [data.json line ")
              .contains(": is beyond the bounds of an import: ")
              .contains("strings of at most 64 characters (ImportLimits.fieldLength)");
        }
      }
    }
  }

  /** A file of random objects: canonical ones, and every kind of irregular one. */
  static String randomFile(SplittableRandom r) {
    boolean array = r.nextInt(4) != 0;
    StringBuilder sb = new StringBuilder(array ? "[\n" : "");
    int objects = r.nextInt(30);
    List<String> written = new ArrayList<>();
    // most files give the same fields in the same order in every object, as a writer does
    List<String> usual = new ArrayList<>(List.of(FIELDS).subList(0, 8 + r.nextInt(2)));
    if (r.nextInt(4) == 0) {
      usual.addAll(List.of("change", "compared_with")); // reported changes, which only the checked path reads
    }
    if (r.nextInt(3) == 0) {
      java.util.Collections.shuffle(usual, new java.util.Random(r.nextLong()));
    }
    for (int i = 0; i < objects; i++) {
      String object;
      if (!written.isEmpty() && r.nextInt(12) == 0) {
        object = written.get(r.nextInt(written.size())); // a duplicate key
      } else {
        object = randomObject(r, usual, r.nextInt(3) == 0);
        written.add(object);
      }
      sb.append(array && i > 0 ? "," : "").append(object).append(r.nextInt(8) == 0 ? "\r\n" : "\n");
    }
    if (array) {
      sb.append("]\n");
    }
    return sb.toString();
  }

  private static String randomObject(SplittableRandom r, List<String> usual, boolean irregular) {
    List<String> names = new ArrayList<>(usual);
    if (irregular) {
      for (int k = 0; k < 3; k++) {
        switch (r.nextInt(4)) {
          case 0 -> names.add(FIELDS[r.nextInt(FIELDS.length)]); // another field, perhaps one given already
          case 1 -> names.remove(r.nextInt(names.size()));
          case 2 -> java.util.Collections.swap(names, r.nextInt(names.size()), r.nextInt(names.size()));
          default -> { }
        }
      }
    }
    StringBuilder sb = new StringBuilder("{");
    for (String name : names) {
      if (!irregular && r.nextInt(4) == 0 && !name.equals("indicator")) {
        continue; // left out, as the writer leaves out empty fields
      }
      String v = switch (name) {
        case "indicator" -> pick(r, CsvFastPathTest.INDICATORS, irregular ? CsvFastPathTest.INDICATORS.length : 7);
        case "region" -> pick(r, CsvFastPathTest.REGIONS, irregular ? CsvFastPathTest.REGIONS.length : 5);
        case "period" -> pick(r, CsvFastPathTest.PERIODS, irregular ? CsvFastPathTest.PERIODS.length : 7);
        case "value", "numerator", "denominator", "change" ->
            pick(r, CsvFastPathTest.NUMBERS, irregular ? CsvFastPathTest.NUMBERS.length : 9);
        case "status" -> pick(r, CsvFastPathTest.STATUSES, irregular ? CsvFastPathTest.STATUSES.length : 5);
        case "source" -> pick(r, CsvFastPathTest.SOURCES, irregular ? CsvFastPathTest.SOURCES.length : 4);
        case "compared_with" -> r.nextBoolean() ? "" : "2024";
        default -> pick(r, CsvFastPathTest.MEMBERS, irregular ? CsvFastPathTest.MEMBERS.length : 4);
      };
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append('"').append(name).append("\":").append(jsonValue(r, v, irregular));
    }
    return sb.append('}').toString();
  }

  /** The text as a JSON value: a number where it is one, a string, null, or one of the irregular kinds. */
  private static String jsonValue(SplittableRandom r, String v, boolean irregular) {
    if (irregular && r.nextInt(6) == 0) {
      return switch (r.nextInt(9)) {
        case 0 -> "null";
        case 1 -> r.nextBoolean() ? "true" : "false";
        case 2 -> "{\"a\":" + quoted(v) + "}"; // an object where a field belongs
        case 3 -> "[" + quoted(v) + "]";
        case 4 -> "\"" + v + "\\ud800\""; // a surrogate alone, which UTF-8 cannot carry
        case 5 -> "\"" + v + "\uD83D\uDE00\""; // a character beyond the BMP, a surrogate pair
        case 6 -> "\"" + "\\u0078".repeat(1 + r.nextInt(3)) + v + "\""; // escapes the parser undoes
        case 7 -> quoted("x".repeat(70)); // beyond the small field limit some options set
        default -> quoted(v + "\t\\/\"");
      };
    }
    if (v.isEmpty() && r.nextBoolean()) {
      return "null";
    }
    if (v.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") && r.nextBoolean()) {
      return v; // a JSON number
    }
    return quoted(v);
  }

  private static String quoted(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
  }

  private static String pick(SplittableRandom r, String[] pool, int bound) {
    return pool[r.nextInt(Math.min(bound, pool.length))];
  }

  static void sameBothWays(byte[] json, ImportOptions options, String what) {
    for (boolean lenient : new boolean[] {false, true}) {
      String checked = CsvFastPathTest.outcome(() -> read(json, options, lenient, false));
      assertThat(CsvFastPathTest.outcome(() -> read(json, options, lenient, true)))
          .as((lenient ? "lenient " : "strict ") + what).isEqualTo(checked);
    }
  }

  private static ImportResult read(byte[] json, ImportOptions options, boolean lenient, boolean fast) {
    return MeasurementJson.read(new ByteArrayInputStream(json), "data.json", options, lenient, fast);
  }
}
