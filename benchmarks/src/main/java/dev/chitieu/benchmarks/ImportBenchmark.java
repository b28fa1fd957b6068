package dev.chitieu.benchmarks;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports a CSV file of SAMPLE measurements (written once before timing, the canonical form {@link
 * MeasurementCsv#write} gives) in strict mode into a {@link MeasurementSet}, with the baselines the import targets are
 * stated against, all in the same run:
 *
 * <ul>
 *   <li>{@link #countSeparators}: a plain loop that reads the file's bytes and counts its separators, the speed of
 *       the disk (or the page cache) for this file: the least any import does;
 *   <li>{@link #findFields} and {@link #encodeFloor} ({@link EncodeFloor}): the fields found 8 bytes at a time, then
 *       also put in columns through a dictionary per column, with nothing checked: the least an import that
 *       dictionary-encodes the file does, between the separator count and the import, so that the import's ratio to
 *       the count can be split into what finding the fields costs, what encoding them costs, and the rest;
 *   <li>{@link #csvImport} runs on 1 and 2 threads ({@code threads}), to be compared thread for thread;
 *   <li>{@link #csvImportQuoted}: the same rows with every field quoted, as a spreadsheet that quotes all its text
 *       saves them, on 1 and 2 threads;
 *   <li>{@link #duckDbReadCsv}: DuckDB's {@code read_csv} of the same file into a table, with the column types given
 *       (no sniffing), on 1 and 2 threads ({@code duckThreads});
 *   <li>{@link #readAndSplitLines}: reading the lines as strings and splitting them, as a naive import would.
 * </ul>
 *
 * <p>The heap is 2 GB so that the 10 M-row file can be run with the same command ({@code -p rows=10000000}); the
 * import's memory is measured apart (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE}, jvmArgsAppend = {"-Xmx2g"})
public class ImportBenchmark {

  /** The sample written as CSV. */
  @State(Scope.Benchmark)
  public static class File {
    @Param({"1000000"})
    public int rows;

    public Path csv;
    public long bytes;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      csv = SampleData.write(rows, Files.createTempFile("chitieu-sample-", ".csv"), MeasurementCsv::write);
      bytes = Files.size(csv);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(csv);
    }
  }

  /**
   * The same file with every field quoted ({@code "x.a","31","2025",…}), as a spreadsheet that quotes all its text
   * saves it; written before timing from the canonical file, whose fields hold no separator, quote or line break.
   */
  @State(Scope.Benchmark)
  public static class Quoted {
    public Path csv;

    @Setup(Level.Trial)
    public void setup(File f) throws IOException {
      csv = Files.createTempFile("chitieu-sample-quoted-", ".csv");
      try (var lines = Files.lines(f.csv);
          var out = Files.newBufferedWriter(csv)) {
        for (var it = lines.iterator(); it.hasNext(); ) {
          String line = it.next();
          if (line.indexOf('"') >= 0) {
            throw new IllegalStateException("the sample has a quoted field, which this setup does not quote again: "
                + line);
          }
          out.write('"' + line.replace(",", "\",\"") + "\"\n");
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(csv);
    }
  }

  /** The columns of {@link #encodeFloor}, allocated before timing. */
  @State(Scope.Benchmark)
  public static class Floor {
    EncodeFloor floor;

    @Setup(Level.Trial)
    public void setup(File f) {
      floor = new EncodeFloor(f.rows);
    }
  }

  /** A DuckDB connection with a thread count, made before timing. */
  @State(Scope.Benchmark)
  public static class Duck {
    @Param({"1", "2"})
    public int duckThreads;

    public Connection conn;

    @Setup(Level.Trial)
    public void setup() throws SQLException {
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = conn.createStatement()) {
        s.execute("SET threads TO " + duckThreads);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      conn.close();
    }
  }

  /** The library's thread count ({@link ImportOptions#withThreads}), set apart from DuckDB's. */
  @State(Scope.Benchmark)
  public static class Library {
    @Param({"1", "2"})
    public int threads;
  }

  /** The library's strict CSV import of the whole file into a measurement set, on 1 and 2 threads. */
  @Benchmark
  public ImportResult csvImport(File f, Library l) {
    return MeasurementCsv.readStrict(f.csv, ImportOptions.defaults().withThreads(l.threads));
  }

  /**
   * The same import of the file with every field quoted, on 1 and 2 threads: to be compared with {@link #csvImport}
   * of the same rows.
   */
  @Benchmark
  public ImportResult csvImportQuoted(Quoted q, Library l) {
    return MeasurementCsv.readStrict(q.csv, ImportOptions.defaults().withThreads(l.threads));
  }

  /** Baseline: read the file's bytes and count the separators, keeping nothing. */
  @Benchmark
  public long countSeparators(File f) throws IOException {
    long separators = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f.csv)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == ',') {
            separators++;
          }
        }
      }
    }
    return separators;
  }

  /** Baseline: the file's fields found 8 bytes at a time, nothing done with them ({@link EncodeFloor}). */
  @Benchmark
  public long findFields(File f, Floor floor) throws IOException {
    return floor.floor.findFields(f.csv);
  }

  /**
   * Baseline: the file's rows put in columns through a dictionary per column, nothing checked and no set built
   * ({@link EncodeFloor}).
   */
  @Benchmark
  public int encodeFloor(File f, Floor floor) throws IOException {
    return floor.floor.encode(f.csv);
  }

  /** Baseline: DuckDB's {@code read_csv} of the file into a table, types given, and its row count read back. */
  @Benchmark
  public long duckDbReadCsv(File f, Duck d) throws SQLException {
    try (Statement s = d.conn.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE m AS SELECT * FROM read_csv('" + f.csv + "', header = true, auto_detect = "
          + "false, delim = ',', quote = '\"', columns = {'indicator': 'VARCHAR', 'region': 'VARCHAR', 'period': "
          + "'VARCHAR', 'value': 'DOUBLE', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE', 'status': 'VARCHAR', "
          + "'source': 'VARCHAR', 'sector': 'VARCHAR'})");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM m")) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Baseline: read the file's lines and split them, keeping nothing. */
  @Benchmark
  public long readAndSplitLines(File f) throws IOException {
    long fields = 0;
    try (var lines = Files.lines(f.csv)) {
      fields = lines.mapToLong(l -> l.split(",", -1).length).sum();
    }
    return fields;
  }
}
