package dev.chitieu.benchmarks.spark;

import dev.chitieu.benchmarks.SampleData;
import dev.chitieu.spark.SparkMeasurements;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmarks' SAMPLE data (invented, never official) as Spark datasets, in local mode: the generated columns live
 * in this JVM and Spark's local tasks read them by row number, so no row goes through a list on the driver.
 */
public final class SparkSample {
  private static volatile SampleData data;

  /** The canonical columns of docs/import.md, as the Parquet sample has them. */
  public static final StructType CANONICAL = new StructType()
      .add("indicator", DataTypes.StringType, false)
      .add("region", DataTypes.StringType, false)
      .add("period", DataTypes.StringType, false)
      .add("sector", DataTypes.StringType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("numerator", DataTypes.DoubleType, true)
      .add("denominator", DataTypes.DoubleType, true);

  private SparkSample() {}

  /** Makes the sample of this JVM's local tasks. */
  static void use(SampleData sample) {
    data = sample;
  }

  /** The sample in the encoded form of {@link SparkMeasurements#SCHEMA}. */
  static Dataset<Row> encoded(SparkSession spark, SampleData sample) {
    use(sample);
    return spark.range(sample.size).map((MapFunction<Long, Row>) i -> encode(data, (int) (long) i),
        Encoders.row(SparkMeasurements.SCHEMA));
  }

  /** The sample in the canonical columns. */
  static Dataset<Row> canonical(SparkSession spark, SampleData sample) {
    use(sample);
    return spark.range(sample.size).map((MapFunction<Long, Row>) i -> canonical(data, (int) (long) i),
        Encoders.row(CANONICAL));
  }

  private static boolean ratio(SampleData d, int i) {
    return d.kind[i] == SampleData.Kind.RATIO || d.kind[i] == SampleData.Kind.STOCK_RATIO;
  }

  private static Row encode(SampleData d, int row) {
    int i = d.indicator[row];
    int month = (SampleData.FIRST_YEAR * 12) + d.month[row];
    String breakdown = d.member[row] == 0 ? "" : "sector=" + d.sectorCodes[d.member[row]];
    boolean r = ratio(d, i);
    return RowFactory.create(d.indicatorIds[i], d.communeCodes[d.commune[row]], breakdown, month, month,
        r ? null : d.value[row], r ? d.numerator[row] : null, r ? d.denominator[row] : null, 0);
  }

  private static Row canonical(SampleData d, int row) {
    int i = d.indicator[row];
    int m = d.month[row];
    String period = String.format("%d-%02d", SampleData.FIRST_YEAR + m / 12, m % 12 + 1);
    boolean r = ratio(d, i);
    return RowFactory.create(d.indicatorIds[i], d.communeCodes[d.commune[row]], period,
        d.member[row] == 0 ? null : d.sectorCodes[d.member[row]], r ? null : d.value[row],
        r ? d.numerator[row] : null, r ? d.denominator[row] : null);
  }

  /**
   * Writes the sample as a Parquet folder in the canonical columns, for the commands of {@code docs/scale-out.md}.
   *
   * @param args the number of rows and the folder, e.g. {@code 10000000 sample-10m.parquet}
   */
  public static void main(String[] args) {
    int rows = Integer.parseInt(args[0]);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("chitieu-sample")
        .config("spark.ui.enabled", "false").getOrCreate();
    long t0 = System.nanoTime();
    SampleData sample = SampleData.generate(rows, 42);
    canonical(spark, sample).repartition(8).write().mode("overwrite").parquet(args[1]);
    System.out.printf("%,d SAMPLE rows written to %s in %.1f s%n", rows, args[1], (System.nanoTime() - t0) / 1e9);
    spark.stop();
  }
}
