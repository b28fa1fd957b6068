package dev.chitieu.benchmarks.spark;

import dev.chitieu.benchmarks.ForkFlags;
import dev.chitieu.benchmarks.SampleData;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupTable;
import dev.chitieu.spark.SparkRollup;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
 * The rollup of the benchmarks' SAMPLE data (invented) by province and year, every figure with its coverage, latest
 * month and status: the Spark rollup in local mode on 1 and 2 cores against the in-JVM engine on 1 and 2 threads, in
 * the same run. Spark's rows are cached in its memory before timing, as the in-JVM engine's measurement set is built
 * before timing; each operation is one Spark job that ends with the figures on the driver.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
    "-Dio.netty.tryReflectionSetAccessible=true"}, jvmArgsAppend = {"-Xms10g", "-Xmx10g"})
@State(Scope.Benchmark)
public class SparkRollupBenchmark {
  @Param({"10000000"})
  int rows;

  /** {@code jvm-1}, {@code jvm-2}: the in-JVM engine on 1 or 2 threads; {@code local[1]}, {@code local[2]}: Spark. */
  @Param({"jvm-1", "jvm-2", "local[1]", "local[2]"})
  String engine;

  private Rollup rollup;
  private int threads;
  private SparkSession spark;
  private SparkRollup sparkRollup;
  private Dataset<Row> cached;

  @Setup(Level.Trial)
  public void setUp() {
    SampleData sample = SampleData.generate(rows, 42);
    if (engine.startsWith("jvm-")) {
      threads = Integer.parseInt(engine.substring(4));
      rollup = Rollup.of(sample.toMeasurementSet(), sample.hierarchy, sample.indicators);
      return;
    }
    int cores = engine.equals("local[1]") ? 1 : 2;
    spark = SparkSession.builder().master(engine).appName("chitieu-benchmark").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(4 * cores))
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    cached = SparkSample.encoded(spark, sample).repartition(4 * cores).cache();
    cached.count();
    SparkSample.use(null);
    sparkRollup = SparkRollup.of(cached, sample.hierarchy, sample.indicators);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (spark != null) {
      cached.unpersist();
      spark.stop();
    }
  }

  /** Every figure by province and year, with its coverage, latest month and status; a checksum of them. */
  @Benchmark
  public double rollup() {
    double sum = 0;
    if (rollup != null) {
      RollupTable t = rollup.table(RegionLevel.PROVINCE, PeriodKind.YEAR, threads);
      for (int i = 0; i < t.size(); i++) {
        sum += t.value(i) + t.reporting(i) + t.latest(i).lastMonthIndex() + t.status(i).ordinal();
      }
      return sum;
    }
    List<Aggregate> figures = sparkRollup.table(RegionLevel.PROVINCE, PeriodKind.YEAR);
    for (Aggregate a : figures) {
      sum += a.value() + a.coverage().reporting() + a.latest().lastMonthIndex() + a.status().ordinal();
    }
    return sum;
  }
}
