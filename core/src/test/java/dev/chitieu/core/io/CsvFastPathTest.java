package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.MeasurementSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV fast path ({@link FastPath}) against the checked path it stands in for: random files mixing canonical
 * rows with every kind of irregular one, and the fuzz corpus, read both ways in strict and lenient mode under many
 * options, give the same set (with the same origins), the same rejected rows, the same counts and the same problems.
 */
class CsvFastPathTest {
  static final String[] INDICATORS = {"t.revenue", "t.retail", "t.share", "x.a", "x.b-c", "x.a", "x.b-c", "",
      "X.Bad", " x.a", "x..a", "'=x", "x.ả"};
  static final String[] REGIONS = {"31", "10507", "01", "31", "10507", "", "3 1", "'31", "31 "};
  static final String[] PERIODS = {"2025", "2025-H1", "2025-Q3", "2025-07", "2025-01..2025-09", "2024",
      "2025", "2025-13", "", "x", "2025-..", "2025 "};
  static final String[] NUMBERS = {"1", "-0", "12.5", "0.1", "0.3", "123456789012345", "1234567890123456",
      "99999999999999.9", "1e3", " 5", "5 ", "1,5", "1.234,5", "", "", "", "abc", "1e400", "1e-320", ".5", "5.", "+3",
      "-", ".", "00012", "4.35", "1.7976931348623157e308", "0.000001", "-12.75"};
  static final String[] STATUSES = {"", "", "actual", "provisional", "estimate", "bad", "chính thức",
      " actual"};
  static final String[] SOURCES = {"", "", "GSO", "Cục Thống kê", "'=SUM(1)", "=HYPERLINK(x)", " s ", "'x",
      "a b"};
  static final String[] MEMBERS = {"", "", "ict", "tourism", "Bad!", "other", " ict"};
  private static final String[] HEADERS = {
      "indicator,region,period,value,numerator,denominator,status,source",
      "indicator,region,period,value,numerator,denominator,status,source,sector",
      "period,region,indicator,value,source",
      "indicator,region,period,numerator,denominator,sector",
      "indicator,region,period,value,status,source,sector,change,compared_with",
      "indicator,region,period,value,sector,other"};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void randomFilesReadTheSameBothWays(long seed) {
    randomFilesReadTheSameBothWays(seed, CsvFastPathTest::randomFile, CsvFastPathTest::sameBothWays);
  }

  @Test
  void fuzzCorpusReadsTheSameBothWays() throws IOException {
    fuzzSeedsReadTheSameBothWays("CsvImportFuzzTestInputs/csv", CsvFastPathTest::sameBothWays);
  }

  /** Reads an input with the fast path and without it, and requires the same outcome. */
  interface BothWays {
    void check(byte[] input, ImportOptions options, String what);
  }

  /** 12 random files of a seed, each under options picked at random, read both ways. */
  static void randomFilesReadTheSameBothWays(long seed, java.util.function.Function<SplittableRandom, String> file,
      BothWays both) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 12; k++) {
      byte[] input = file.apply(r).getBytes(StandardCharsets.UTF_8);
      int selector = r.nextInt(256);
      both.check(input, FuzzChecks.options(selector), "seed " + seed + " file " + k + " options " + selector + ":\n"
          + new String(input, StandardCharsets.UTF_8));
    }
  }

  /**
   * The committed inputs of a fuzz test ({@code dir} in this package's test resources) read both ways, each under the
   * options the fuzz test gives it (its first byte) and a few more.
   */
  static void fuzzSeedsReadTheSameBothWays(String dir, BothWays both) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/dev/chitieu/core/io", dir))) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path f : files) {
      byte[] input = Files.readAllBytes(f);
      byte[] file = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
      for (int selector : new int[] {input.length == 0 ? 0 : input[0], 0, 1, 2, 4, 16, 17}) {
        both.check(file, FuzzChecks.options(selector), f.getFileName() + " options " + selector);
      }
    }
  }

  @Test
  void largeFilesReadTheSameBothWays() {
    // files of a few hundred kilobytes: rows cut by the reader's 64 KiB buffer at every kind of place
    SplittableRandom r = new SplittableRandom(99);
    for (int file = 0; file < 3; file++) {
      StringBuilder sb = new StringBuilder("indicator,region,period,value,numerator,denominator,status,source,sector\n");
      for (int i = 0; i < 6_000; i++) {
        String line = String.join(",", "x.i" + r.nextInt(30), Integer.toString(10_000 + r.nextInt(500)),
            (2000 + r.nextInt(26)) + "-" + String.format("%02d", 1 + r.nextInt(12)), Integer.toString(r.nextInt(1000))
                + "." + r.nextInt(100), "", "", r.nextInt(9) == 0 ? "estimate" : "", r.nextInt(5) == 0 ? "Cục "
                + r.nextInt(4) : "", r.nextBoolean() ? "" : "m" + r.nextInt(3));
        if (r.nextInt(20) == 0) {
          line = "\"" + line.replace(",", "\",\"") + "\"";
        } else if (r.nextInt(300) == 0) {
          line = line.replaceFirst(",", ",\"a\n") + "\"";
        } else if (r.nextInt(300) == 0) {
          line = line.replace("x.i", "X.I");
        }
        sb.append(line).append(r.nextInt(50) == 0 ? "\r\n" : "\n");
      }
      byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
      for (int selector : new int[] {0, 4, 8}) {
        sameBothWays(csv, FuzzChecks.options(selector), "large file " + file + " options " + selector);
      }
    }
  }

  @Test
  void canonicalFileTakesTheFastPathAndKeepsItsLines() {
    String csv = "indicator,region,period,value,numerator,denominator,status,source,sector\n"
        + "x.a,31,2025,1.5,,,,GSO,ict\n"
        + "x.a,31,2024,2,,,provisional,GSO,\n"
        + "x.a,\"31\",2023,3,,,,GSO,\n"
        + "x.b,10507,2025-Q3,,3,4,,,tourism\r\n"
        + "x.b,10507,2025-Q2,7,,,,,\n";
    ImportResult r = read(csv.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults(), true, true);
    MeasurementSet s = r.measurements();
    assertThat(s.size()).isEqualTo(5);
    List<Long> lines = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      lines.add(s.origin(i).orElseThrow().line());
    }
    // key order: x.a (no breakdown: 2023, 2024; ict: 2025), x.b (no breakdown: Q2; tourism: Q3)
    assertThat(lines).containsExactly(4L, 3L, 2L, 6L, 5L);
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(s.get(4).numerator().getAsDouble()).isEqualTo(3);
  }

  @Test
  void quotedFieldsArePeekedAsTheTextBetweenTheirQuotes() throws IOException {
    // a row, and its fields as the fast path finds them (joined by ;), or null when it leaves the row to the checked
    // path
    String[][] cases = {
        {"\"a,b\",c\n", "a,b;c"},
        {"x,\"\",y\n", "x;;y"},
        {"\"31\",\"2025\"", "31;2025"},
        {"\"a\"\r\nb\n", "a"},
        {"a,\"\"\n", "a;"},
        {"\"Sở TT&TT, 2025\",x\n", "Sở TT&TT, 2025;x"},
        {"\"a\"\"b\",c\n", null},
        {"\"a\"b,c\n", null},
        {"\"a\nb\",c\n", null},
        {"\"a\rb\",c\n", null},
        {"a\"b,c\n", null},
        {"a,\"b", null},
        {"\"a\" ,c\n", null}};
    for (String[] c : cases) {
      peeksAs(c[0], c[1]);
    }
  }

  private static void peeksAs(String input, String expected) throws IOException {
    byte[] csv = input.getBytes(StandardCharsets.UTF_8);
    for (int pad : new int[] {0, 3, 8, 13}) {
      // at several places in the buffer, so that the words the reader takes start at each alignment
      byte[] bytes = new byte[pad + csv.length];
      Arrays.fill(bytes, 0, pad, (byte) 'z');
      System.arraycopy(csv, 0, bytes, pad, csv.length);
      if (pad > 0) {
        bytes[pad - 1] = '\n'; // a row of its own before the one looked at
      }
      CsvReader reader = CsvReader.over(bytes, bytes.length, "data.csv", ImportLimits.defaults(), ',');
      int[] bounds = new int[16];
      if (pad > 0) {
        assertThat(reader.peekRow(bounds)).isEqualTo(1);
        reader.skipPeeked();
      }
      int n = reader.peekRow(bounds);
      if (expected == null) {
        assertThat(n).as(input).isEqualTo(-1);
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (int f = 0; f < n; f++) {
        fields.add(new String(bytes, bounds[2 * f], bounds[2 * f + 1] - bounds[2 * f], StandardCharsets.UTF_8));
      }
      assertThat(String.join(";", fields)).as(input + " after " + pad).isEqualTo(expected);
      // and the checked read of the same row gives the same fields
      List<String> read = new ArrayList<>();
      assertThat(reader.nextRow(read)).isTrue();
      assertThat(String.join(";", read)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "1", "+1", "0.1", "0.2", "0.3", "1.1", "2.675", "4.35", "9007199254740993",
      "123456789012345", "12345678901234.5", "1234567890123456", "0.000000000000001", "99999999999999.9",
      "-999999999999999", "1.", ".5", ".", "-", "+", "", "1e3", "1.2.3", "12345678901234567", "00000000000000001",
      "1,5", "--1", "١"})
  void numbersFromBytesAreTheCheckedPathsDoubles(String text) {
    byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    double fromBytes = FastPath.simpleDecimal(b, 2, b.length - 2);
    double fromText = RowImporter.simpleDecimal(text);
    assertThat(Double.doubleToRawLongBits(fromBytes)).isEqualTo(Double.doubleToRawLongBits(fromText));
    if (!Double.isNaN(fromBytes)) {
      assertThat(Double.doubleToRawLongBits(fromBytes)).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(
          text)));
    }
  }

  @Test
  void randomDecimalsFromBytesAreParseDoubles() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      int digits = 1 + r.nextInt(15);
      StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
      int point = r.nextInt(digits + 1);
      for (int d = 0; d < digits; d++) {
        if (d == point && d > 0) {
          sb.append('.');
        }
        sb.append((char) ('0' + r.nextInt(10)));
      }
      String text = sb.toString();
      byte[] b = text.getBytes(StandardCharsets.US_ASCII);
      assertThat(FastPath.simpleDecimal(b, 0, b.length)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  static String randomFile(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(6) == 0) {
      sb.append("# decimal=comma\n");
    }
    char sep = r.nextInt(5) == 0 ? ';' : ',';
    String header = HEADERS[r.nextInt(HEADERS.length)];
    List<String> cols = List.of(header.split(","));
    sb.append(header.replace(',', sep)).append(r.nextInt(8) == 0 ? "\r\n" : "\n");
    int rows = r.nextInt(40);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      if (!written.isEmpty() && r.nextInt(12) == 0) {
        sb.append(written.get(r.nextInt(written.size()))); // a duplicate key
        continue;
      }
      boolean irregular = r.nextInt(3) == 0;
      List<String> fields = new ArrayList<>();
      for (String c : cols) {
        String v = switch (c) {
          case "indicator" -> pick(r, INDICATORS, irregular ? INDICATORS.length : 7);
          case "region" -> pick(r, REGIONS, irregular ? REGIONS.length : 5);
          case "period" -> pick(r, PERIODS, irregular ? PERIODS.length : 7);
          case "value", "numerator", "denominator", "change" -> pick(r, NUMBERS, irregular ? NUMBERS.length : 9);
          case "status" -> pick(r, STATUSES, irregular ? STATUSES.length : 5);
          case "source" -> pick(r, SOURCES, irregular ? SOURCES.length : 4);
          case "compared_with" -> r.nextBoolean() ? "" : "2024";
          default -> pick(r, MEMBERS, irregular ? MEMBERS.length : 4);
        };
        if (r.nextInt(irregular ? 5 : 10) == 0) {
          // quoted whole (the fast path takes cases 0 and 1), or in one of the ways only the checked path reads
          v = switch (irregular ? r.nextInt(7) : 0) {
            case 0 -> "\"" + v.replace("\"", "\"\"") + "\"";
            case 1 -> "\"" + v + sep + "x\""; // the separator inside the quotes
            case 2 -> "\"" + v + "\"x"; // text after the closing quote
            case 3 -> "\"" + v + "\"\"\""; // a quote written twice
            case 4 -> "\"" + v + (r.nextBoolean() ? "\n" : "\r\n") + "\""; // a line break inside the quotes
            case 5 -> v + "\"x\""; // a quote inside a plain field
            default -> "\"" + v; // a quote not closed on this line
          };
        }
        if (irregular && r.nextInt(40) == 0) {
          v = "x".repeat(70); // beyond the small field limit some options set
        }
        fields.add(v);
      }
      if (irregular && r.nextInt(8) == 0) {
        fields.add(r.nextBoolean() ? "" : "extra");
      }
      if (irregular && r.nextInt(8) == 0 && !fields.isEmpty()) {
        fields.remove(fields.size() - 1);
      }
      String line = String.join(String.valueOf(sep), fields);
      if (irregular && r.nextInt(15) == 0) {
        line = r.nextBoolean() ? "" : "  ";
      }
      String end = irregular && r.nextInt(6) == 0 ? (r.nextBoolean() ? "\r\n" : "\r") : "\n";
      if (i == rows - 1 && r.nextInt(4) == 0) {
        end = "";
      }
      sb.append(line).append(end);
      written.add(line + "\n");
    }
    return sb.toString();
  }

  private static String pick(SplittableRandom r, String[] pool, int bound) {
    return pool[r.nextInt(Math.min(bound, pool.length))];
  }

  private static void sameBothWays(byte[] csv, ImportOptions options, String what) {
    for (boolean lenient : new boolean[] {false, true}) {
      String checked = outcome(csv, options, lenient, false, false);
      assertThat(outcome(csv, options, lenient, true, false)).as((lenient ? "lenient " : "strict ") + what)
          .isEqualTo(checked);
      // the input given a few bytes at a time: rows cut at every place by the reads
      assertThat(outcome(csv, options, lenient, true, true)).as((lenient ? "lenient, trickled, " : "strict, trickled, ")
          + what).isEqualTo(checked);
    }
  }

  private static ImportResult read(byte[] csv, ImportOptions options, boolean lenient, boolean fast) {
    return read(csv, options, lenient, fast, false);
  }

  private static ImportResult read(byte[] csv, ImportOptions options, boolean lenient, boolean fast, boolean trickle) {
    InputStream in = new ByteArrayInputStream(csv);
    if (trickle) {
      SplittableRandom r = new SplittableRandom(csv.length);
      in = new java.io.FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return super.read(b, off, Math.min(len, 1 + r.nextInt(9)));
        }
      };
    }
    return MeasurementCsv.read(in, "data.csv", options, lenient, fast, trickle ? csv.length : -1);
  }

  /** Everything an import says: the set row by row with origins, the rejected rows, the counts; or its problems. */
  static String outcome(byte[] csv, ImportOptions options, boolean lenient, boolean fast, boolean trickle) {
    return outcome(() -> read(csv, options, lenient, fast, trickle));
  }

  /** Everything an import says: the set row by row with origins, the rejected rows, the counts; or its problems. */
  static String outcome(java.util.function.Supplier<ImportResult> read) {
    try {
      ImportResult r = read.get();
      StringBuilder sb = new StringBuilder();
      MeasurementSet s = r.measurements();
      for (int i = 0; i < s.size(); i++) {
        sb.append(s.get(i)).append(" @ ").append(s.origin(i)).append('\n');
      }
      sb.append(s.reportedChanges()).append('\n').append(r.rejected()).append('\n').append(r.rowsRead()).append(' ')
          .append(r.rejectedToFile());
      return sb.toString();
    } catch (InvalidDataException e) {
      return "InvalidDataException " + e.problems();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
