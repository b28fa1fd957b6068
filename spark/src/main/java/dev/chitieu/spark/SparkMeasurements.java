package dev.chitieu.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.PlanJson;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.core.io.RowImporter;
import dev.chitieu.core.model.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Measurements as Spark rows: read from any Spark source (Parquet, CSV, a table) in the canonical columns of {@code
 * docs/import.md}, with the importers' row checks, into the encoded form the {@link SparkRollup} reads.
 *
 * <p>The encoded form ({@link #SCHEMA}), one row per measurement: {@code indicator} (id), {@code region} (code),
 * {@code breakdown} ({@code sector=ict}, empty for none), {@code first} and {@code last} (the period's first and last
 * month as {@code year * 12 + month - 1}), {@code value}, {@code numerator}, {@code denominator} (null when absent),
 * {@code status} (0 actual, 1 provisional, 2 estimate).
 */
public final class SparkMeasurements {
  /** The encoded measurement columns. */
  public static final StructType SCHEMA = new StructType()
      .add("indicator", DataTypes.StringType, false)
      .add("region", DataTypes.StringType, false)
      .add("breakdown", DataTypes.StringType, false)
      .add("first", DataTypes.IntegerType, false)
      .add("last", DataTypes.IntegerType, false)
      .add("value", DataTypes.DoubleType, true)
      .add("numerator", DataTypes.DoubleType, true)
      .add("denominator", DataTypes.DoubleType, true)
      .add("status", DataTypes.IntegerType, false);

  /** The columns of a rejected row: where it is, its fields as read, and every reason, one per line. */
  public static final StructType REJECTED = new StructType()
      .add("location", DataTypes.StringType, false)
      .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)
      .add("reason", DataTypes.StringType, false);

  private static final StructType CHECKED = new StructType(Arrays.copyOf(SCHEMA.fields(), SCHEMA.size()))
      .add("location", DataTypes.StringType, true)
      .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
      .add("reason", DataTypes.StringType, true);

  private SparkMeasurements() {}

  /**
   * What a read gives: the measurements kept, in the encoded form, and the rows rejected with their reasons. Every
   * row of the source is in exactly one of them. Both are lazy Spark datasets; count them to run the read.
   *
   * @param kept the measurements, {@link #SCHEMA}
   * @param rejected the bad rows, {@link #REJECTED}
   */
  public record Read(Dataset<Row> kept, Dataset<Row> rejected) {
    /** Checks that nothing is null. */
    public Read {
      requireNonNull(kept, "kept");
      requireNonNull(rejected, "rejected");
    }
  }

  /**
   * Reads measurements from a Spark source in the canonical columns ({@code indicator, region, period, value,
   * numerator, denominator, status, source}, one column per breakdown dimension), checking every row against the
   * plan as the CSV importer does: each partition goes through core's {@link RowImporter}, leniently, so a bad row is
   * rejected with every reason rather than failing the read. Rows that repeat another row's key (indicator, region,
   * period, breakdown) are rejected, every copy, wherever they are. Columns of any type are read as their text.
   *
   * @param source the rows, e.g. {@code spark.read().parquet("data/")}
   * @param plan the plan whose indicators and dimensions the rows are checked against
   * @param sourceName the source's name, quoted in every reason, e.g. {@code data/}
   * @return the kept and rejected rows
   * @throws dev.chitieu.core.data.InvalidDataException if the columns cannot be read (a required column is missing, a
   *     name is neither a canonical column nor a dimension of the plan), before any row is read
   * @throws IllegalArgumentException if the source has the columns of reported changes, which this reader does not
   *     carry
   */
  public static Read read(Dataset<Row> source, Plan plan, String sourceName) {
    requireNonNull(source, "source");
    requireNonNull(plan, "plan");
    requireNonNull(sourceName, "sourceName");
    List<String> header = List.of(source.columns());
    for (String c : ImportOptions.CHANGE_COLUMNS) {
      if (header.contains(c)) {
        throw new IllegalArgumentException(sourceName + " has the column '" + c + "' of reported changes, which the "
            + "Spark reader does not carry; drop the columns " + ImportOptions.CHANGE_COLUMNS + " or read the file "
            + "with the CSV importer / " + sourceName + " có cột '" + c + "' (mức thay đổi do nguồn báo cáo), mà "
            + "trình đọc Spark không đọc; bỏ các cột này hoặc đọc tệp bằng trình nhập CSV");
      }
    }
    // the header is checked on the driver, so that a missing column fails the read at once
    try (RowImporter check = RowImporter.start(ImportOptions.defaults().withPlan(plan), sourceName, () -> "row",
        true)) {
      check.header(header, 0);
    }
    Column[] text = header.stream().map(c -> col("`" + c + "`").cast("string").as(c)).toArray(Column[]::new);
    Dataset<Row> checked = source.select(text).mapPartitions(
        new Check(PlanJson.write(plan), sourceName, header), Encoders.row(CHECKED));
    checked = checked.withColumn("copies", when(col("reason").isNull(),
        count(lit(1)).over(Window.partitionBy("indicator", "region", "breakdown", "first", "last"))));
    Dataset<Row> kept = checked.where(col("reason").isNull().and(col("copies").equalTo(1)))
        .select(Arrays.stream(SCHEMA.fieldNames()).map(SparkMeasurements::quoted).toArray(Column[]::new));
    Dataset<Row> rejected = checked.where(col("reason").isNotNull().or(col("copies").gt(1)))
        .select(col("location"), col("fields"), when(col("reason").isNull(), org.apache.spark.sql.functions.concat(
            lit(sourceName + " "), col("location"), lit(": its key (indicator, region, period, breakdown) is "
                + "repeated by other rows of the source; keep one row per key / khóa của dòng bị lặp ở dòng khác")))
            .otherwise(col("reason")).as("reason"));
    return new Read(kept, rejected);
  }

  /**
   * Measurements already in memory as a Spark dataset in the encoded form; for small data and tests.
   *
   * @param spark the session
   * @param measurements the measurements
   * @return the dataset, {@link #SCHEMA}
   */
  public static Dataset<Row> of(SparkSession spark, Collection<Measurement> measurements) {
    requireNonNull(spark, "spark");
    List<Row> rows = new ArrayList<>(measurements.size());
    for (Measurement m : measurements) {
      rows.add(encode(m));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  static Row encode(Measurement m) {
    return RowFactory.create(m.indicator().value(), m.region().value(), m.breakdown().toString(),
        m.period().firstMonthIndex(), m.period().lastMonthIndex(), boxed(m.value()), boxed(m.numerator()),
        boxed(m.denominator()), m.status().ordinal());
  }

  private static Double boxed(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static Column quoted(String name) {
    return col(name);
  }

  /** A kept measurement's fields in the canonical columns, for a rejected copy. */
  private static Map<String, String> fields(Measurement m) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("indicator", m.indicator().value());
    f.put("region", m.region().value());
    f.put("period", m.period().toString());
    m.value().ifPresent(x -> f.put("value", Double.toString(x)));
    m.numerator().ifPresent(x -> f.put("numerator", Double.toString(x)));
    m.denominator().ifPresent(x -> f.put("denominator", Double.toString(x)));
    f.put("status", m.status().toString());
    m.breakdown().members().forEach((d, member) -> f.put(d.value(), member));
    return f;
  }

  /** One partition through core's lenient row importer. */
  private static final class Check implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String planJson;
    private final String sourceName;
    private final List<String> header;

    Check(String planJson, String sourceName, List<String> header) {
      this.planJson = planJson;
      this.sourceName = sourceName;
      this.header = List.copyOf(header);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      Plan plan = PlanJson.read(planJson);
      TaskContext task = TaskContext.get();
      String where = "partition " + (task == null ? 0 : task.partitionId()) + " row";
      ImportResult result;
      try (RowImporter importer = RowImporter.start(ImportOptions.defaults().withPlan(plan), sourceName,
          () -> where, true)) {
        importer.header(header, 0);
        long number = 0;
        List<String> values = new ArrayList<>(header.size());
        while (input.hasNext()) {
          Row r = input.next();
          values.clear();
          for (int i = 0; i < header.size(); i++) {
            values.add(r.isNullAt(i) ? "" : r.getString(i));
          }
          importer.row(values, ++number);
        }
        result = importer.finish();
      }
      MeasurementSet set = result.measurements();
      List<RejectedRow> rejected = result.rejected();
      Iterator<RejectedRow> bad = rejected.iterator();
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < set.size() || bad.hasNext();
        }

        @Override
        public Row next() {
          if (next < set.size()) {
            int i = next++;
            Measurement kept = set.get(i);
            Row m = encode(kept);
            Object[] v = new Object[CHECKED.size()];
            for (int c = 0; c < m.size(); c++) {
              v[c] = m.get(c);
            }
            // where the row was read, should another partition repeat its key
            v[9] = set.origin(i).map(o -> o.where() + " " + o.line()).orElse(where);
            v[10] = scala.jdk.javaapi.CollectionConverters.asScala(fields(kept));
            return RowFactory.create(v);
          }
          RejectedRow b = bad.next();
          Object[] v = new Object[CHECKED.size()];
          v[0] = "";
          v[1] = "";
          v[2] = "";
          v[3] = 0;
          v[4] = 0;
          v[8] = 0;
          v[9] = b.location();
          v[10] = scala.jdk.javaapi.CollectionConverters.asScala(new java.util.LinkedHashMap<>(b.fields()));
          List<String> reasons = new ArrayList<>();
          for (DataProblem p : b.problems()) {
            reasons.add(p.toString());
          }
          v[11] = String.join("\n", reasons);
          return RowFactory.create(v);
        }
      };
    }
  }
}
