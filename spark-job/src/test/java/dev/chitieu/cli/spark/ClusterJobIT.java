package dev.chitieu.cli.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a cluster: Spark's {@code local-cluster} master starts a standalone master and worker in this JVM, and
 * the worker starts the executor as a JVM of its own, from a Spark installation of Spark's jars only
 * ({@code target/spark-home}, assembled by the build). So the executor sees chitieu only through the job jar shipped
 * to it ({@code spark.jars}), as on a real cluster, and every task crosses a process boundary: what local mode cannot
 * show (a class missing from the job jar, a task that does not serialize, state a static initializer sets up in the
 * driver only) fails here. The figures are SAMPLE (invented) figures for Hải Phòng's plan; the assessment must be, to
 * the byte, the one core writes in one JVM.
 */
class ClusterJobIT {
  @Test
  void jobJar_onAStandaloneCluster_givesTheInJvmAssessment(@TempDir Path dir) throws Exception {
    Path jobJar = Path.of("target", "chitieu-spark-job.jar").toAbsolutePath();
    assertThat(jobJar).as("the job jar is built in the package phase, before this test").isRegularFile();
    String opens = String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
        .stream().filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")
            || a.startsWith("-Dio.netty")).toList());
    SparkSession spark = SparkSession.builder().master("local-cluster[1,2,1024]").appName("chitieu-cluster-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.jars", jobJar.toString()).config("spark.executor.extraJavaOptions", opens)
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      // the worker starts the executor from target/spark-home; if it cannot, Spark would wait for one forever
      long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
      while (spark.sparkContext().getExecutorMemoryStatus().size() < 2 && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      assertThat(spark.sparkContext().getExecutorMemoryStatus().size()).as("no executor registered within 3 minutes: "
          + "the worker starts it with the jars in " + System.getenv("SPARK_HOME") + "/jars").isEqualTo(2);
      List<Measurement> good = new ArrayList<>();
      for (String region : List.of("10507", "11875", "11948")) {
        good.add(Measurement.of("hp.ecommerce-revenue", region, "2025", 16.4));
        good.add(Measurement.of("hp.retail-sales", region, "2025", 100));
        good.add(Measurement.of("hp.grdp", region, "2025", 1000));
      }
      List<Row> rows = new ArrayList<>(good.stream().map(m -> RowFactory.create(m.indicator().value(),
          m.region().value(), m.period().toString(), m.value().getAsDouble())).toList());
      rows.add(RowFactory.create("hp.grdp", "10507", "2025-13", 5.0));
      Path data = dir.resolve("data.parquet");
      spark.createDataFrame(rows, new StructType().add("indicator", "string").add("region", "string")
          .add("period", "string").add("value", "double")).repartition(2).write().parquet(data.toString());
      Path out = dir.resolve("out");
      ByteArrayOutputStream said = new ByteArrayOutputStream();
      int code = SparkJob.run(spark, new String[] {"--data", data.toString(), "--plan", "haiphong-106-2025",
          "--as-of", "2025-12-31", "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8), new PrintStream(said, true, StandardCharsets.UTF_8));
      assertThat(code).as(said.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(said.toString(StandardCharsets.UTF_8)).contains("rows read / số dòng đã đọc: 10, kept / nhận: 9, "
          + "rejected / loại: 1");
      List<Row> tasksRanIn = spark.range(0, 4, 1, 4)
          .selectExpr("java_method('java.lang.System', 'getProperty', 'sun.java.command') as command").distinct()
          .collectAsList();
      assertThat(tasksRanIn).as("every task ran in the executor's own JVM, not in this one").singleElement()
          .satisfies(r -> assertThat(r.getString(0)).startsWith(
              "org.apache.spark.executor.CoarseGrainedExecutorBackend"));

      PlanRegistry registry = PlanRegistry.loadInstalled();
      Plan plan = registry.plan("haiphong-106-2025");
      Assessment expected = Assessor.withDefaults().assess(plan, MeasurementSet.of(good), registry.regions(),
          LocalDate.of(2025, 12, 31));
      assertThat(Files.readString(out.resolve("haiphong-106-2025-2025-12-31-assessment.json")))
          .isEqualTo(AssessmentJson.write(expected));
    } finally {
      spark.stop();
    }
  }
}
