package dev.chitieu.benchmarks;

import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Imports a CSV file of SAMPLE measurements (written once before timing) in strict mode, with a heap far smaller than
 * the file: memory grows with the set being built, not with the file. Baseline in the same run: reading the same file
 * line by line and splitting each line, which is the least any CSV import does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE}, jvmArgsAppend = {"-Xmx256m"})
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
      MeasurementSet set = SampleData.generate(rows, 42).toMeasurementSet();
      csv = Files.createTempFile("chitieu-sample-", ".csv");
      try (OutputStream out = Files.newOutputStream(csv)) {
        MeasurementCsv.write(set, out);
      }
      bytes = Files.size(csv);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(csv);
    }
  }

  /** The library's strict CSV import of the whole file into a measurement set. */
  @Benchmark
  public ImportResult csvImport(File f) {
    return MeasurementCsv.readStrict(f.csv, ImportOptions.defaults());
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
