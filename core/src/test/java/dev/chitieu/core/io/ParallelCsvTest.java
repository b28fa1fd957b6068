package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV import on several threads ({@link ParallelCsv}) against the import on one: random files (canonical rows
 * mixed with bad, quoted, blank and duplicated ones, lone CRs, bytes that are not UTF-8) cut into chunks of many
 * sizes, read in strict and lenient mode under many options, give the same set with the same origins, the same
 * rejected rows in file order, the same counts and the same problems.
 */
class ParallelCsvTest {
  private static final int[] CHUNKS = {16, 37, 150, 700};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomFilesReadTheSameOnOneAndOnSeveralThreads(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int file = 0; file < 12; file++) {
      byte[] csv = CsvFastPathTest.randomFile(r).getBytes(StandardCharsets.UTF_8);
      int selector = r.nextInt(256);
      sameOnAllThreads(csv, FuzzChecks.options(selector), "seed " + seed + " file " + file + " options " + selector
          + ":\n" + new String(csv, StandardCharsets.UTF_8));
    }
  }

  @Test
  void badRowsInSeveralChunksReadTheSame() {
    SplittableRandom r = new SplittableRandom(7);
    for (int file = 0; file < 4; file++) {
      byte[] csv = largeFile(r, 2_000, file).getBytes(StandardCharsets.UTF_8);
      for (int selector : new int[] {0, 1, 8, 16}) {
        ImportOptions options = FuzzChecks.options(selector);
        for (boolean lenient : new boolean[] {false, true}) {
          String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient, 1, 0));
          for (int chunk : new int[] {997, 9_000}) {
            for (int threads : new int[] {2, 3}) {
              assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient,
                  threads, chunk))).as("file " + file + " options " + selector + (lenient ? " lenient" : " strict")
                  + " chunk " + chunk + " threads " + threads).isEqualTo(one);
            }
          }
        }
      }
    }
  }

  @Test
  void canonicalFileIsReadInChunksWithItsLines() {
    StringBuilder sb = new StringBuilder("indicator,region,period,value,numerator,denominator,status,source,sector\n");
    for (int i = 0; i < 2_000; i++) {
      sb.append("x.i").append(i % 7).append(',').append(10_000 + i).append(",2025,").append(i).append(".5,,,,,\n");
    }
    byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
    ImportResult r = MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(), false, 2, 1_000);
    assertThat(r.rowsRead()).isEqualTo(2_000);
    assertThat(r.measurements().size()).isEqualTo(2_000);
    for (int i = 0; i < r.measurements().size(); i++) {
      long line = r.measurements().origin(i).orElseThrow().line();
      // row i of the file is on line i + 2 and holds the value i.5
      assertThat(r.measurements().get(i).value().getAsDouble()).isEqualTo(line - 2 + 0.5);
    }
  }

  @Test
  void quotedLineBreaksAcrossChunkStartsAreReadAsOneRow() {
    StringBuilder sb = new StringBuilder("indicator,region,period,value,status,source\n");
    for (int i = 0; i < 300; i++) {
      String source = i % 13 == 0 ? "\"line one\nline two\n" + "x".repeat(i % 50) + "\nline four\"" : "GSO";
      sb.append("x.a,").append(1_000 + i).append(",2025,").append(i).append(",,").append(source).append('\n');
    }
    byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
    for (boolean lenient : new boolean[] {false, true}) {
      String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(),
          lenient, 1, 0));
      assertThat(one).contains("line one\nline two");
      for (int chunk : new int[] {16, 50, 64, 100, 333}) {
        assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(),
            lenient, 2, chunk))).as("chunk " + chunk).isEqualTo(one);
      }
    }
  }

  @Test
  void rejectedRowsFileIsWrittenInFileOrder(@TempDir Path dir) throws IOException {
    byte[] csv = largeFile(new SplittableRandom(3), 2_000, 0).getBytes(StandardCharsets.UTF_8);
    ImportOptions base = ImportOptions.defaults().withLimits(ImportLimits.defaults().withRejected(5, 100_000));
    Path one = dir.resolve("one.csv");
    Path many = dir.resolve("many.csv");
    String a = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", base.withRejectedRowsFile(one),
        true, 1, 0));
    String b = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", base.withRejectedRowsFile(many),
        true, 3, 1_500));
    assertThat(b).isEqualTo(a);
    assertThat(Files.readString(many)).isEqualTo(Files.readString(one)).contains("problems");
  }

  @Test
  void aFileIsReadOnTheThreadsTheOptionsSay(@TempDir Path dir) throws IOException {
    byte[] csv = largeFile(new SplittableRandom(5), 25_000, 0).getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("data.csv");
    Files.write(file, csv);
    String one = CsvFastPathTest.outcome(() -> MeasurementCsv.readLenient(file, ImportOptions.defaults()
        .withThreads(1)));
    String four = CsvFastPathTest.outcome(() -> MeasurementCsv.readLenient(file, ImportOptions.defaults()
        .withThreads(4)));
    assertThat(four).isEqualTo(one).contains("data.csv");
    assertThat(ImportOptions.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(ImportOptions.defaults().withThreads(3).threads()).isEqualTo(3);
  }

  /**
   * Rows like the library writes, with now and then a bad row, a quoted field (some holding line breaks), a blank
   * line, a duplicate key, a CRLF, a lone CR; one file in four has a byte that is not UTF-8.
   */
  private static String largeFile(SplittableRandom r, int rows, int file) {
    StringBuilder sb = new StringBuilder("indicator,region,period,value,numerator,denominator,status,source,sector\n");
    String previous = null;
    for (int i = 0; i < rows; i++) {
      String line = String.join(",", "x.i" + r.nextInt(30), Integer.toString(10_000 + r.nextInt(500)),
          (2000 + r.nextInt(26)) + "-" + String.format("%02d", 1 + r.nextInt(12)), r.nextInt(1000) + "." + r.nextInt(
              100), "", "", r.nextInt(9) == 0 ? "estimate" : "", r.nextInt(5) == 0 ? "Cục " + r.nextInt(4) : "",
          r.nextBoolean() ? "" : "m" + r.nextInt(3));
      int odd = r.nextInt(400);
      if (odd < 8) {
        line = line.replace("x.i", "X.I"); // a bad indicator
      } else if (odd < 10) {
        line = line.replace(",,", ",abc,"); // a bad figure
      } else if (odd < 12) {
        line = "\"" + line.replace(",", "\",\"") + "\"";
      } else if (odd < 13) {
        line = line.replaceFirst(",", ",\"a\nb\",");
      } else if (odd < 14) {
        line = "";
      } else if (odd < 16 && previous != null) {
        line = previous;
      } else if (odd < 17) {
        line = line + ",extra";
      } else if (odd == 17 && file == 3) {
        line = line.replace("x.i", "x.\u00e1"); // not an indicator id
      }
      previous = line;
      sb.append(line).append(odd == 20 ? "\r\n" : odd == 21 && file % 2 == 1 ? "\r" : "\n");
    }
    return sb.toString();
  }

  private static void sameOnAllThreads(byte[] csv, ImportOptions options, String what) {
    for (boolean lenient : new boolean[] {false, true}) {
      String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient, 1, 0));
      // the stream path reads the same as the file path on one thread
      assertThat(CsvFastPathTest.outcome(csv, options, lenient, true, false)).as(what).isEqualTo(one);
      for (int chunk : CHUNKS) {
        for (int threads : new int[] {2, 4}) {
          assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient, threads,
              chunk))).as((lenient ? "lenient" : "strict") + " chunk " + chunk + " threads " + threads + " " + what)
              .isEqualTo(one);
        }
      }
    }
  }
}
