package dev.chitieu.benchmarks.spark;

import dev.chitieu.benchmarks.SampleData;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.spark.SparkMeasurements;
import dev.chitieu.spark.SparkRollup;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The 10 M SAMPLE (invented) as Parquet through the Spark path, once, with wall-clock times: read with the row checks,
 * count kept and rejected, roll up by province and year. A demonstration for {@code docs/scale-out.md}, not a
 * benchmark (those are {@link SparkRollupBenchmark}'s, with their baseline).
 */
public final class ScaleOutRun {
  private ScaleOutRun() {}

  /**
   * Runs it.
   *
   * @param args the Parquet folder and the master, e.g. {@code sample-10m.parquet local[2]}
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master(args[1]).appName("chitieu-scale-out")
        .config("spark.ui.enabled", "false").getOrCreate();
    SampleData shape = SampleData.generate(1, 42);
    Plan plan = plan(shape);
    long t0 = System.nanoTime();
    SparkMeasurements.Read read = SparkMeasurements.read(spark.read().parquet(args[0]), plan, args[0]);
    Dataset<Row> kept = read.kept().cache();
    long rows = kept.count();
    long rejected = read.rejected().count();
    long t1 = System.nanoTime();
    List<Aggregate> figures = SparkRollup.of(kept, shape.hierarchy, shape.indicators)
        .table(RegionLevel.PROVINCE, PeriodKind.YEAR);
    long t2 = System.nanoTime();
    System.out.printf("%s: %,d rows read, %,d kept, %,d rejected in %.1f s (row checks included); %,d figures by "
        + "province and year in %.1f s%n", args[1], rows + rejected, rows, rejected, (t1 - t0) / 1e9, figures.size(),
        (t2 - t1) / 1e9);
    spark.stop();
  }

  /** A plan holding the sample's indicators, for the row checks; SAMPLE, invented. */
  static Plan plan(SampleData shape) {
    SourceRef sample = new SourceRef("Số liệu mẫu", PartialDate.parse("2025-01"), "benchmark sample", "");
    List<Member> sectors = new ArrayList<>();
    for (int s = 1; s <= SampleData.SECTORS; s++) {
      sectors.add(Member.of(shape.sectorCodes[s], "Ngành mẫu " + s, "Sample sector " + s));
    }
    Plan.Builder b = Plan.builder("sample.national").title("Kế hoạch mẫu", "Sample plan")
        .authority("Mẫu", "Sample").region("VN").document("1/MAU", "2025-01").horizon(Period.years(2016, 2025))
        .source(sample).dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            sectors));
    shape.indicators.forEach(b::indicator);
    return b.build();
  }
}
