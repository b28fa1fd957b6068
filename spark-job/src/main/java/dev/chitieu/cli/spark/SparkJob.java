package dev.chitieu.cli.spark;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.report.ComplianceReport;
import dev.chitieu.spark.SparkMeasurements;
import dev.chitieu.spark.SparkRollup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit entry point: reads measurements from a Parquet folder (or CSV), checks every row, rolls up a plan's
 * indicators on the cluster, assesses the plan on the driver and writes the assessment JSON and the reports (Word,
 * PDF, workbook in Vietnamese and English). Rows that fail the checks are written beside them, with their reasons.
 *
 * <pre>
 * spark-submit --class dev.chitieu.cli.spark.SparkJob chitieu-spark-job.jar \
 *     --data measurements.parquet --plan haiphong-106-2025 --as-of 2025-12-31 --out reports
 * </pre>
 */
public final class SparkJob {
  private static final String USAGE = """
      usage / cách dùng: SparkJob --data FOLDER --plan PLAN --as-of YYYY-MM-DD --out FOLDER [--format parquet|csv]
        --data    measurements in the canonical columns (docs/import.md) / số liệu theo các cột chuẩn
        --plan    an installed plan's id, e.g. haiphong-106-2025 / mã kế hoạch
        --as-of   the day the assessment speaks for / ngày đánh giá
        --out     where the assessment and the reports go / thư mục ghi kết quả
        --format  parquet (default) or csv with a header row / định dạng dữ liệu""";

  private SparkJob() {}

  /**
   * Runs the job in the Spark session spark-submit configured (its master, its resources).
   *
   * @param args the options; see the class comment
   */
  public static void main(String[] args) {
    int code;
    try {
      SparkSession spark = SparkSession.builder().appName("chitieu").getOrCreate();
      code = run(spark, args, System.out, System.err);
      spark.stop();
    } catch (RuntimeException e) {
      System.err.println("error / lỗi: " + e.getMessage());
      code = 1;
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in a given session.
   *
   * @param spark the session
   * @param args the options
   * @param out where the files written are listed
   * @param err where counts and problems are reported
   * @return 0 on success, 2 on wrong options
   */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("'" + args[i] + "' needs a value or is not an option / tùy chọn không hợp lệ\n" + USAGE);
        return 2;
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    for (String required : List.of("data", "plan", "as-of", "out")) {
      if (!opts.containsKey(required)) {
        err.println("--" + required + " is missing / thiếu --" + required + "\n" + USAGE);
        return 2;
      }
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(opts.get("as-of"));
    } catch (DateTimeParseException e) {
      err.println("--as-of '" + opts.get("as-of") + "' is not a date; expected YYYY-MM-DD / ngày không hợp lệ");
      return 2;
    }
    String format = opts.getOrDefault("format", "parquet");
    if (!format.equals("parquet") && !format.equals("csv")) {
      err.println("--format '" + format + "': expected parquet or csv / định dạng không hợp lệ");
      return 2;
    }
    PlanRegistry registry = PlanRegistry.loadInstalled();
    Plan plan = registry.plan(opts.get("plan"));
    String data = opts.get("data");
    Dataset<Row> source = format.equals("csv") ? spark.read().option("header", "true").csv(data)
        : spark.read().parquet(data);
    SparkMeasurements.Read checked = SparkMeasurements.read(source, plan, data);
    SparkMeasurements.Read read = new SparkMeasurements.Read(checked.kept().cache(), checked.rejected(),
        checked.changes().cache());
    Dataset<Row> kept = read.kept();
    long rejected = read.rejected().count();
    long rows = read.rowsKept();
    List<ReportedChange> changes = read.reportedChanges();
    err.println("rows read / số dòng đã đọc: " + (rows + rejected) + ", kept / nhận: " + rows + ", rejected / loại: "
        + rejected + (changes.isEmpty() ? "" : ", reported changes / thay đổi do nguồn báo cáo: " + changes.size()));
    Path dir = Path.of(opts.get("out"));
    List<Path> written = new ArrayList<>();
    if (rejected > 0) {
      Path bad = dir.resolve("rejected");
      read.rejected().selectExpr("location", "to_json(fields) as fields", "reason").write().mode("overwrite")
          .option("header", "true").csv(bad.toString());
      written.add(bad);
    }
    Assessment assessment = SparkRollup.of(kept, registry.regions(), plan).withReportedChanges(changes)
        .assess(Assessor.withDefaults(), plan, asOf);
    kept.unpersist();
    read.changes().unpersist();
    String base = plan.id() + "-" + asOf;
    try {
      Files.createDirectories(dir);
      Path json = dir.resolve(base + "-assessment.json");
      Files.writeString(json, AssessmentJson.write(assessment), StandardCharsets.UTF_8);
      written.add(json);
      ComplianceReport report = ComplianceReport.of(assessment).regions(registry.regions());
      for (Lang lang : List.of(Lang.VI, Lang.EN)) {
        ComplianceReport r = report.locale(lang);
        written.add(write(dir.resolve(base + "-" + lang.tag() + ".docx"), r::writeDocx));
        written.add(write(dir.resolve(base + "-" + lang.tag() + ".pdf"), r::writePdf));
        written.add(write(dir.resolve(base + "-" + lang.tag() + ".xlsx"), r::writeXlsx));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + dir + " / không ghi được vào " + dir, e);
    }
    for (TargetResult t : assessment.results()) {
      err.println("  " + t.target() + ": " + t.status().label().vi() + " / " + t.status().label().en());
    }
    written.forEach(out::println);
    return 0;
  }

  private interface Writer {
    void write(OutputStream out);
  }

  private static Path write(Path file, Writer w) throws IOException {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      w.write(out);
    }
    return file;
  }
}
