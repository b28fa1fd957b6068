package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV import on several threads ({@link ParallelCsv}) against the import on one: random files (canonical rows
 * mixed with bad, quoted, blank and duplicated ones, lone CRs, bytes that are not UTF-8) cut into chunks of many
 * sizes, read in strict and lenient mode under many options, give the same set with the same origins, the same
 * rejected rows in file order, the same counts and the same problems; and what a read holds, leaves and waits for.
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

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void quotedFieldsInEveryChunkReadTheSameOnOneAndOnSeveralThreads(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int file : new int[] {(int) seed % 2, 2}) {
      byte[] csv = quotedFile(r, 300 + r.nextInt(300), file).getBytes(StandardCharsets.UTF_8);
      for (int selector : new int[] {0, 8, r.nextInt(256)}) {
        ImportOptions options = FuzzChecks.options(selector);
        for (boolean lenient : new boolean[] {false, true}) {
          String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient, 1, 0));
          for (int chunk : new int[] {37, 400, 1_500}) {
            for (int threads : new int[] {2, 4}) {
              assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", options, lenient,
                  threads, chunk))).as("seed " + seed + " file " + file + " options " + selector + (lenient
                  ? " lenient" : " strict") + " chunk " + chunk + " threads " + threads + ":\n" + new String(csv,
                  StandardCharsets.UTF_8)).isEqualTo(one);
            }
          }
        }
      }
    }
  }

  @Test
  void aQuotedFieldInEveryChunkKeepsTheChunksOnTheirThreads() {
    // a source with a comma or a doubled quote in every 10th row: each chunk of 2,000 bytes holds quoted fields (a
    // line break inside quotes would stop a chunk where a chunk's end falls inside it, as it must)
    StringBuilder sb = new StringBuilder("indicator,region,period,value,numerator,denominator,status,source,sector\n");
    for (int i = 0; i < 3_000; i++) {
      String source = i % 20 == 0 ? "\"Cục Thống kê, Hà Nội\""
          : i % 20 == 10 ? "\"Báo cáo \"\"nhanh\"\", quý 3\"" : "GSO";
      sb.append("x.i").append(i % 7).append(',').append(10_000 + i).append(",2025,").append(i).append(".5,,,,")
          .append(source).append(",\n");
    }
    byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
    ParallelCsv.Probe probe = new ParallelCsv.Probe();
    String two = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(), false,
        new ParallelCsv.Setup(2, 2_000, 0, probe)));
    assertThat(two).isEqualTo(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv",
        ImportOptions.defaults(), false, 1, 0))).contains("Cục Thống kê, Hà Nội", "Báo cáo \"nhanh\", quý 3");
    assertThat(probe.chunks).isGreaterThan(30);
    assertThat(probe.stopped).isZero();
  }

  @Test
  void skipRowEndsEachRowWhereNextRowEndsIt() throws IOException {
    SplittableRandom r = new SplittableRandom(21);
    int left = 0;
    for (int file = 0; file < 40; file++) {
      byte[] csv = quotedFile(r, 200, file).getBytes(StandardCharsets.UTF_8);
      CsvReader skipping = CsvReader.over(csv, csv.length, "data.csv", ImportLimits.defaults(), ',');
      CsvReader reading = CsvReader.over(csv, csv.length, "data.csv", ImportLimits.defaults(), ',');
      List<String> values = new ArrayList<>();
      while (skipping.position() < csv.length) {
        long at = skipping.position();
        long line = skipping.line();
        int end = skipping.skipRow();
        if (end < 0) {
          // left alone: nothing consumed, and the row holds a lone CR or a quote never closed
          assertThat(skipping.position()).isEqualTo(at);
          left++;
          long loneCr = reading.loneCarriageReturns();
          try {
            reading.nextRow(values);
          } catch (dev.chitieu.core.data.InvalidDataException e) {
            assertThat(e.getMessage()).contains("is not closed");
            break;
          }
          assertThat(reading.loneCarriageReturns()).isGreaterThan(loneCr);
          skipping.reset(csv, (int) reading.position(), csv.length, reading.position(), reading.line());
          continue;
        }
        assertThat(reading.nextRow(values)).isTrue();
        assertThat(end).isEqualTo(reading.position());
        assertThat(reading.rowLine()).isEqualTo(line);
        assertThat(skipping.line()).isEqualTo(reading.line());
      }
    }
    assertThat(left).isGreaterThan(3);
  }

  @Test
  void anInterruptedThreadReadsAFileAsAnyThreadAndIsStillInterruptedAfter(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, quotedFile(new SplittableRandom(8), 45_000, 0));
    assertThat(Files.size(file)).isGreaterThan(3 * ParallelCsv.MIN_CHUNK); // cut into chunks
    for (boolean lenient : new boolean[] {false, true}) {
      String one = CsvFastPathTest.outcome(() -> readFile(file, 1, lenient));
      assertThat(one).doesNotContain("cannot read");
      for (int threads : new int[] {1, 2}) {
        Thread.currentThread().interrupt();
        String read;
        boolean interrupted;
        try {
          read = CsvFastPathTest.outcome(() -> readFile(file, threads, lenient));
        } finally {
          interrupted = Thread.interrupted();
        }
        assertThat(read).as(threads + " threads").isEqualTo(one);
        assertThat(interrupted).as("still interrupted after a read on " + threads + " threads").isTrue();
      }
    }
  }

  @Test
  void interruptsDuringTheReadDoNotStopIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, quotedFile(new SplittableRandom(9), 45_000, 0));
    String one = CsvFastPathTest.outcome(() -> readFile(file, 1, true));
    for (int threads : new int[] {1, 3}) {
      Thread reader = Thread.currentThread();
      AtomicBoolean done = new AtomicBoolean();
      Thread interrupter = new Thread(() -> {
        while (!done.get()) {
          reader.interrupt();
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      String read;
      interrupter.start();
      try {
        read = CsvFastPathTest.outcome(() -> readFile(file, threads, true));
      } finally {
        done.set(true);
        com.google.common.util.concurrent.Uninterruptibles.joinUninterruptibly(interrupter);
        Thread.interrupted();
      }
      assertThat(read).as(threads + " threads").isEqualTo(one);
    }
  }

  @Test
  void noThreadIsLeftReadingAfterAFailedImport() {
    byte[] csv = largeFile(new SplittableRandom(4), 40_000, 0).getBytes(StandardCharsets.UTF_8);
    ImportOptions firstProblem = ImportOptions.defaults().withLimits(ImportLimits.defaults().withProblems(1));
    for (int attempt = 0; attempt < 5; attempt++) {
      String failed = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", firstProblem, false, 4,
          64 << 10));
      assertThat(failed).startsWith("InvalidDataException");
      assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(ParallelCsv
          .THREAD_NAME) && t.isAlive()).toList()).as("threads alive after the import threw").isEmpty();
    }
  }

  @Test
  void theChunksHeldAtOnceStayWithinTheBudgetWhateverTheThreads() {
    // the second file has line breaks inside quotes across chunk ends: chunks are read past while threads read them
    for (String text : new String[] {largeFile(new SplittableRandom(6), 2_000, 0), quotedFile(new SplittableRandom(6),
        1_500, 0)}) {
      byte[] csv = text.getBytes(StandardCharsets.UTF_8);
      String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(), true,
          1, 0));
      for (int threads : new int[] {2, 4, 8}) {
        for (long budget : new long[] {1, 2_500, 5_000, 1 << 20}) {
          ParallelCsv.Probe probe = new ParallelCsv.Probe();
          assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", ImportOptions.defaults(),
              true, new ParallelCsv.Setup(threads, 1_000, budget, probe)))).isEqualTo(one);
          String what = threads + " threads, budget " + budget;
          assertThat(probe.chunks).as(what).isGreaterThan(50);
          // at least two chunks at once, at most two more than threads, and beyond two only within the budget
          assertThat(probe.peakChunks).as(what).isBetween(2, threads + 2);
          assertThat(probe.peakBytes).as(what).isLessThanOrEqualTo(budget);
          if (budget == 1) {
            assertThat(probe.peakChunks).as(what).isEqualTo(2);
          } else if (budget == 1 << 20) {
            assertThat(probe.peakChunks).as(what).isEqualTo(threads + 2);
          }
          // every lane's import is closed when the read ends
          assertThat(probe.lanes).as(what).isPositive();
          assertThat(probe.lanesOpen).as(what).isZero();
        }
      }
    }
  }

  @Test
  void theDefaultBudgetBoundsTheBytesHeldWhateverTheThreadsAndTheHeap() {
    assertThat(ParallelCsv.budget(Long.MAX_VALUE)).isEqualTo(32L << 20);
    assertThat(ParallelCsv.budget(8L << 30)).isEqualTo(32L << 20);
    assertThat(ParallelCsv.budget(256L << 20)).isEqualTo(16L << 20);
    for (long heap : new long[] {64L << 20, 256L << 20, 1L << 30, 16L << 30}) {
      long budget = ParallelCsv.budget(heap);
      for (int threads : new int[] {2, 4, 8, 16, 64}) {
        for (long data : new long[] {1L << 20, 100L << 20, 10L << 30}) {
          long chunk = ParallelCsv.chunkSize(data, threads, budget);
          String what = "heap " + heap + " threads " + threads + " data " + data;
          assertThat(chunk).as(what).isBetween(ParallelCsv.MIN_CHUNK, 8L << 20);
          // the chunks that keep the threads busy fit the budget, unless the smallest chunk does not
          if (chunk > ParallelCsv.MIN_CHUNK) {
            assertThat((threads + 2) * chunk).as(what).isLessThanOrEqualTo(budget);
          }
        }
      }
    }
  }

  private static ImportResult readFile(Path file, int threads, boolean lenient) {
    ImportOptions options = ImportOptions.defaults().withThreads(threads);
    return lenient ? MeasurementCsv.readLenient(file, options) : MeasurementCsv.readStrict(file, options);
  }

  /**
   * Canonical rows whose fields are often quoted: sources with commas, doubled quotes and line breaks (LF and CRLF)
   * inside quotes, quoted ids and figures, empty quoted fields; now and then text after a closing quote, a bad
   * indicator, a lone CR (in a quoted field or ending a row), a blank line; in file 2, a quote never closed near the
   * end.
   */
  private static String quotedFile(SplittableRandom r, int rows, int file) {
    StringBuilder sb = new StringBuilder("indicator,region,period,value,numerator,denominator,status,source,sector\n");
    String[] sources = {"GSO", "\"Cục Thống kê, Hà Nội\"", "\"Báo cáo \"\"nhanh\"\"\"", "\"dòng 1\ndòng 2\"",
        "\"a\r\nb, c\"", "\"\"", "\",\"", "\"\"\"\"", "\"x\"y", "\"a\rb\""};
    for (int i = 0; i < rows; i++) {
      List<String> fields = new ArrayList<>(List.of("x.i" + r.nextInt(30), Integer.toString(10_000 + r.nextInt(500)),
          (2000 + r.nextInt(26)) + "-" + String.format("%02d", 1 + r.nextInt(12)), r.nextInt(1000) + "." + r.nextInt(
              100), "", "", r.nextInt(9) == 0 ? "estimate" : "", "", r.nextBoolean() ? "" : "m" + r.nextInt(3)));
      int source = r.nextInt(45);
      // mostly none or a common one; the rare ones (text after a closing quote, a lone CR) one row in 45 each
      fields.set(7, source < 15 ? "" : sources[source < 35 ? r.nextInt(5) : source - 35]);
      for (int f = 0; f < fields.size(); f++) {
        if (f != 7 && r.nextInt(25) == 0) {
          fields.set(f, "\"" + fields.get(f) + "\"");
        }
      }
      int odd = r.nextInt(300);
      if (odd < 3) {
        fields.set(0, "X.I1"); // a bad indicator
      } else if (odd < 4) {
        fields.set(3, "\"1.5\"x"); // text after a closing quote
      }
      String line = String.join(",", fields);
      if (odd == 4) {
        line = "";
      }
      if (file == 2 && i == rows - 3) {
        line = line + ",\"never closed";
      }
      sb.append(line).append(odd == 5 ? "\r\n" : odd == 6 && file % 2 == 1 ? "\r" : "\n");
    }
    return sb.toString();
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
