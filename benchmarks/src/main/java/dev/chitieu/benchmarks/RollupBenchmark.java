package dev.chitieu.benchmarks;

import dev.chitieu.benchmarks.SampleData.Kind;
import dev.chitieu.benchmarks.SampleData.Row;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Rolls the SAMPLE data up from communes to provinces and from months to years, every indicator and sector, through
 * the library's public API and three baselines in the same run. See docs/benchmarks.md for the commands.
 *
 * <p>The heap is fixed and pre-touched ({@code -XX:+AlwaysPreTouch}): without it, code that allocates its result
 * (the library's table, the streams' maps) pays the operating system's first-touch page faults as allocation walks
 * through a large, never-used young generation, which makes its time drift upwards over the first thousand calls,
 * while the hand-written loop, which allocates nothing, does not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE},
    jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class RollupBenchmark {

  /** The generated sample, once per fork. */
  @State(Scope.Benchmark)
  public static class Sample {
    @Param({"1000000", "10000000"})
    public int rows;

    public SampleData data;

    @Setup(Level.Trial)
    public void setup() {
      data = SampleData.generate(rows, 42);
    }
  }

  /** The library: a measurement set and a rollup, built before timing. */
  @State(Scope.Benchmark)
  public static class Library {
    @Param({"1", "2"})
    public int threads;

    public Rollup rollup;

    @Setup(Level.Trial)
    public void setup(Sample s) {
      MeasurementSet set = s.data.toMeasurementSet();
      rollup = Rollup.of(set, s.data.hierarchy, s.data.indicators);
    }
  }

  /** The records a user would hold, with shared strings or one new string per row. */
  @State(Scope.Benchmark)
  public static class Records {
    @Param({"shared", "fresh"})
    public String strings;

    public List<Row> rows;
    public Map<String, String> provinceOf = new HashMap<>();
    public Map<String, Kind> kindOf = new HashMap<>();

    @Setup(Level.Trial)
    public void setup(Sample s) {
      rows = s.data.toRows(strings.equals("fresh"));
      for (int c = 0; c < SampleData.COMMUNES; c++) {
        provinceOf.put(s.data.communeCodes[c], s.data.provinceCodes[s.data.provinceOfCommune[c]]);
      }
      for (int i = 0; i < SampleData.MEASURED; i++) {
        kindOf.put(s.data.indicatorIds[i], s.data.kind[i]);
      }
    }
  }

  /** The hand-written loop's accumulators and threads. */
  @State(Scope.Benchmark)
  public static class Hand {
    @Param({"1", "2"})
    public int threads;

    public Baselines.HandLoop loop;
    public ExecutorService pool;

    @Setup(Level.Trial)
    public void setup(Sample s) {
      loop = new Baselines.HandLoop(s.data, threads);
      pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /** DuckDB, loaded before timing. */
  @State(Scope.Benchmark)
  public static class Duck {
    @Param({"1", "2"})
    public int threads;

    public Baselines.DuckDb db;

    @Setup(Level.Trial)
    public void setup(Sample s) throws Exception {
      db = new Baselines.DuckDb(s.data, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      db.close();
    }
  }

  /** The library through its public API; the figures' values are read so that nothing is left undone. */
  @Benchmark
  public double library(Library l) {
    RollupTable t = Baselines.library(l.rollup, l.threads);
    double sum = 0;
    for (int i = 0; i < t.size(); i++) {
      sum += t.value(i);
    }
    return sum;
  }

  /** (a) {@code groupingBy} over a list of records. */
  @Benchmark
  public Map<Baselines.Key, Double> streams(Records r) {
    return Baselines.streams(r.rows, r.provinceOf, r.kindOf);
  }

  /** (b) DuckDB: one GROUP BY per rule, the figures kept in DuckDB, a checksum read back. */
  @Benchmark
  public double duckdb(Duck d) throws Exception {
    return d.db.run();
  }

  /** (c) the hand-written loop over primitive arrays. */
  @Benchmark
  public double[][] handLoop(Hand h) throws Exception {
    return h.loop.run(h.pool);
  }
}
