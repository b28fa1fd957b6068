package dev.chitieu.cli.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit entry point in local mode on a small Parquet folder of SAMPLE (invented) figures for Hải Phòng's
 * plan: the assessment it writes is the one core writes in one JVM, the reports are written, bad rows are kept apart;
 * and a CSV file with changes carried as reported, through the CSV importer in one JVM and through the job: the same
 * assessment, changes included.
 */
class SparkJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[1]").appName("chitieu-spark-job-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
        .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void csvWithReportedChanges_givesTheAssessmentOfTheCsvImporterInOneJvm(@TempDir Path dir) throws Exception {
    // SAMPLE figures (invented); the share's change on 2024 is carried as reported, a change alone for the first
    // half, a bad change rejected with the CSV importer's reason
    Path csv = dir.resolve("data.csv");
    Files.writeString(csv, """
        indicator,region,period,value,status,source,change,compared_with
        hp.ecommerce-revenue,31,2025,16.4,actual,Sở mẫu,,
        hp.retail-sales,31,2025,100,actual,Sở mẫu,,
        hp.ecommerce-share,31,2025,,actual,Sở mẫu,+2.5,2024
        hp.ecommerce-share,31,2025-H1,,estimate,Sở mẫu,+1.25,2024-H1
        hp.grdp,31,2025,1000,actual,,about 9,2024
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int code = SparkJob.run(spark, new String[] {"--data", csv.toString(), "--format", "csv", "--plan",
        "haiphong-106-2025", "--as-of", "2025-12-31", "--out", out.toString()}, new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(said, true,
        StandardCharsets.UTF_8));
    assertThat(code).as(said.toString(StandardCharsets.UTF_8)).isZero();

    PlanRegistry registry = PlanRegistry.loadInstalled();
    Plan plan = registry.plan("haiphong-106-2025");
    ImportResult read = MeasurementCsv.readLenient(csv, ImportOptions.defaults().withPlan(plan));
    assertThat(read.rowsRead()).isEqualTo(5);
    assertThat(read.measurements().reportedChanges()).hasSize(2);
    assertThat(said.toString(StandardCharsets.UTF_8)).contains("rows read / số dòng đã đọc: 5, kept / nhận: 4, "
        + "rejected / loại: 1, reported changes / thay đổi do nguồn báo cáo: 2");
    Assessment expected = Assessor.withDefaults().assess(plan, read.measurements(), registry.regions(),
        LocalDate.of(2025, 12, 31));
    String json = Files.readString(out.resolve("haiphong-106-2025-2025-12-31-assessment.json"));
    assertThat(json).isEqualTo(AssessmentJson.write(expected)).contains("\"reported\" : true");
  }

  @Test
  void parquetFolder_givesTheInJvmAssessment_andTheReports(@TempDir Path dir) throws Exception {
    List<Measurement> good = List.of(
        Measurement.of("hp.ecommerce-revenue", "31", "2025", 16.4),
        Measurement.of("hp.retail-sales", "31", "2025", 100),
        Measurement.of("hp.grdp", "31", "2025", 1000));
    List<Row> rows = new java.util.ArrayList<>(good.stream().map(m -> RowFactory.create(m.indicator().value(),
        m.region().value(), m.period().toString(), m.value().getAsDouble())).toList());
    rows.add(RowFactory.create("hp.grdp", "31", "2025-13", 5.0));
    Path data = dir.resolve("data.parquet");
    spark.createDataFrame(rows, new StructType().add("indicator", "string").add("region", "string")
        .add("period", "string").add("value", "double")).write().parquet(data.toString());
    Path out = dir.resolve("out");
    ByteArrayOutputStream listed = new ByteArrayOutputStream();
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int code = SparkJob.run(spark, new String[] {"--data", data.toString(), "--plan", "haiphong-106-2025",
        "--as-of", "2025-12-31", "--out", out.toString()}, new PrintStream(listed, true, StandardCharsets.UTF_8),
        new PrintStream(said, true, StandardCharsets.UTF_8));
    assertThat(code).as(said.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(said.toString(StandardCharsets.UTF_8)).contains("rows read / số dòng đã đọc: 4, kept / nhận: 3, "
        + "rejected / loại: 1");

    PlanRegistry registry = PlanRegistry.loadInstalled();
    Plan plan = registry.plan("haiphong-106-2025");
    Assessment expected = Assessor.withDefaults().assess(plan, MeasurementSet.of(good), registry.regions(),
        LocalDate.of(2025, 12, 31));
    Path json = out.resolve("haiphong-106-2025-2025-12-31-assessment.json");
    assertThat(Files.readString(json)).isEqualTo(AssessmentJson.write(expected));
    for (String f : List.of("vi.docx", "vi.pdf", "vi.xlsx", "en.docx", "en.pdf", "en.xlsx")) {
      assertThat(out.resolve("haiphong-106-2025-2025-12-31-" + f)).isNotEmptyFile();
    }
    assertThat(Files.list(out.resolve("rejected")).filter(p -> p.toString().endsWith(".csv"))
        .map(p -> {
          try {
            return Files.readString(p);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).reduce("", String::concat)).contains("2025-13");
  }
}
