package dev.chitieu.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.PlanJson;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.core.io.RowImporter;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  public static final StructType SCHEMA = key()
      .add("value", DataTypes.DoubleType, true)
      .add("numerator", DataTypes.DoubleType, true)
      .add("denominator", DataTypes.DoubleType, true)
      .add("status", DataTypes.IntegerType, false);

  /** The columns of a rejected row: where it is, its fields as read, and every reason, one per line. */
  public static final StructType REJECTED = new StructType()
      .add("location", DataTypes.StringType, false)
      .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)
      .add("reason", DataTypes.StringType, false);

  /**
   * The reported changes of a read ({@code change}, {@code compared_with}): the key of the figure the change belongs
   * to as in {@link #SCHEMA} ({@code indicator, region, breakdown, first, last}), {@code cmp_first} and {@code
   * cmp_last} (the earlier period's months), {@code kind} (0 a difference, 1 a percent), {@code amount} (the decimal as
   * text), {@code status}, {@code source}, {@code alone} (whether it came on a row without a figure, a row read and
   * kept), and where it was read ({@code part}, {@code line}).
   */
  public static final StructType CHANGES = key()
      .add("cmp_first", DataTypes.IntegerType, false)
      .add("cmp_last", DataTypes.IntegerType, false)
      .add("kind", DataTypes.IntegerType, false)
      .add("amount", DataTypes.StringType, false)
      .add("status", DataTypes.IntegerType, false)
      .add("source", DataTypes.StringType, false)
      .add("alone", DataTypes.BooleanType, false)
      .add("part", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false);

  /** The key of a figure, the first columns of {@link #SCHEMA} and {@link #CHANGES}: id, code, breakdown, months. */
  private static StructType key() {
    return new StructType()
        .add("indicator", DataTypes.StringType, false)
        .add("region", DataTypes.StringType, false)
        .add("breakdown", DataTypes.StringType, false)
        .add("first", DataTypes.IntegerType, false)
        .add("last", DataTypes.IntegerType, false);
  }

  /** What a checked record is: a measurement (with the change its row carries, if any). */
  private static final int MEASUREMENT = 0;
  /** A change that came on a row without a figure. */
  private static final int CHANGE_ROW = 1;
  /** A change the CSV importer keeps though its row was rejected (the row's figure repeated another's key). */
  private static final int CHANGE_OF_REJECTED = 2;
  /** A rejected row. */
  private static final int REJECTED_ROW = 3;

  private static final StructType CHECKED = new StructType(Arrays.copyOf(SCHEMA.fields(), SCHEMA.size()))
      .add("location", DataTypes.StringType, true)
      .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
      .add("reason", DataTypes.StringType, true)
      .add("what", DataTypes.IntegerType, true)
      .add("cmp_first", DataTypes.IntegerType, true)
      .add("cmp_last", DataTypes.IntegerType, true)
      .add("ckind", DataTypes.IntegerType, true)
      .add("amount", DataTypes.StringType, true)
      .add("csource", DataTypes.StringType, true)
      .add("cmp_text", DataTypes.StringType, true)
      .add("part", DataTypes.IntegerType, true)
      .add("line", DataTypes.LongType, true);

  private SparkMeasurements() {}

  /**
   * What a read gives: the measurements kept, in the encoded form, the rows rejected with their reasons, and the
   * changes carried as reported. Every row of the source is a measurement kept, a change kept on a row of its own
   * ({@code alone}), or a rejected row: rows read = {@code kept.count() + changes.where("alone").count() +
   * rejected.count()}. All three are lazy Spark datasets; count them to run the read.
   *
   * @param kept the measurements, {@link #SCHEMA}
   * @param rejected the bad rows, {@link #REJECTED}
   * @param changes the reported changes, {@link #CHANGES}: few (one per indicator, unit and period at most, as a
   *     source reports them), so that {@link #reportedChanges()} brings them to the driver
   */
  public record Read(Dataset<Row> kept, Dataset<Row> rejected, Dataset<Row> changes) {
    /** Checks that nothing is null. */
    public Read {
      requireNonNull(kept, "kept");
      requireNonNull(rejected, "rejected");
      requireNonNull(changes, "changes");
    }

    /**
     * A read without reported changes.
     *
     * @param kept the measurements, {@link #SCHEMA}
     * @param rejected the bad rows, {@link #REJECTED}
     */
    public Read(Dataset<Row> kept, Dataset<Row> rejected) {
      this(kept, rejected, kept.sparkSession().createDataFrame(List.<Row>of(), CHANGES));
    }

    /**
     * The reported changes, collected to the driver (one Spark job) in the order they were read (by partition, then
     * row), as core's {@link ReportedChange}; give them to {@link SparkRollup#withReportedChanges}.
     *
     * @return the changes
     */
    public List<ReportedChange> reportedChanges() {
      List<ReportedChange> out = new ArrayList<>();
      for (Row r : changes.orderBy("part", "line").collectAsList()) {
        out.add(new ReportedChange(IndicatorId.of(r.getString(0)), RegionCode.of(r.getString(1)),
            Period.ofMonthIndexes(r.getInt(3), r.getInt(4)), Breakdown.parse(r.getString(2)),
            Period.ofMonthIndexes(r.getInt(5), r.getInt(6)), ReportedChange.Kind.values()[r.getInt(7)],
            new BigDecimal(r.getString(8)), MeasurementStatus.values()[r.getInt(9)], r.getString(10)));
      }
      return List.copyOf(out);
    }

    /**
     * The number of rows kept: the measurements and the changes that came on rows of their own (one Spark job per
     * dataset).
     */
    public long rowsKept() {
      return kept.count() + changes.where(col("alone")).count();
    }
  }

  /**
   * Where a row of a partition is, for problems ({@code partition 3 row 12}); a figure with a decimal comma is told to
   * be converted first, as a read of a dataset has no decimal-comma option and no first line to declare one on.
   */
  private static RowImporter.Locator locator(String where) {
    return new RowImporter.Locator() {
      @Override
      public String rowWord() {
        return where;
      }

      @Override
      public String decimalCommaHint() {
        return "a numeric column, or text with a decimal point: convert a column written with decimal commas before "
            + "the read";
      }
    };
  }

  /**
   * Reads measurements from a Spark source in the canonical columns ({@code indicator, region, period, value,
   * numerator, denominator, status, source}, one column per breakdown dimension), checking every row against the
   * plan as the CSV importer does: each partition goes through core's {@link RowImporter}, leniently, so a bad row is
   * rejected with every reason rather than failing the read. Rows that repeat another row's key (indicator, region,
   * period, breakdown) are rejected, every copy, wherever they are. Columns of any type are read as their text. The
   * columns {@code change} and {@code compared_with} of changes carried as reported are read as the CSV importer reads
   * them, with its checks and messages; a change repeating another's key and earlier period is rejected with its row
   * (in another partition: every copy).
   *
   * @param source the rows, e.g. {@code spark.read().parquet("data/")}
   * @param plan the plan whose indicators and dimensions the rows are checked against
   * @param sourceName the source's name, quoted in every reason, e.g. {@code data/}
   * @return the kept and rejected rows
   * @throws dev.chitieu.core.data.InvalidDataException if the columns cannot be read (a required column is missing, a
   *     name is neither a canonical column nor a dimension of the plan), before any row is read
   */
  public static Read read(Dataset<Row> source, Plan plan, String sourceName) {
    requireNonNull(source, "source");
    requireNonNull(plan, "plan");
    requireNonNull(sourceName, "sourceName");
    List<String> header = List.of(source.columns());
    boolean changes = header.stream().anyMatch(c -> ImportOptions.CHANGE_COLUMNS.contains(c.strip()));
    // the header is checked on the driver, so that a missing column fails the read at once
    try (RowImporter check = RowImporter.start(ImportOptions.defaults().withPlan(plan), sourceName, locator("row"),
        true)) {
      check.header(header, 0);
    }
    Column[] text = header.stream().map(c -> col("`" + c + "`").cast("string").as(c)).toArray(Column[]::new);
    Dataset<Row> checked = source.select(text).mapPartitions(
        new Check(PlanJson.write(plan), sourceName, header), Encoders.row(CHECKED));
    Column repeated = org.apache.spark.sql.functions.concat(lit(sourceName + " "), col("location"),
        lit(": its key (indicator, region, period, breakdown) is repeated by other rows of the source; keep one row "
            + "per key / khóa của dòng bị lặp ở dòng khác"));
    org.apache.spark.sql.expressions.WindowSpec byKey = Window.partitionBy("indicator", "region", "breakdown",
        "first", "last");
    if (!changes) {
      checked = checked.withColumn("copies", when(col("reason").isNull(), count(lit(1)).over(byKey)));
      Dataset<Row> kept = checked.where(col("reason").isNull().and(col("copies").equalTo(1)))
          .select(Arrays.stream(SCHEMA.fieldNames()).map(SparkMeasurements::quoted).toArray(Column[]::new));
      Dataset<Row> rejected = checked.where(col("reason").isNotNull().or(col("copies").gt(1)))
          .select(col("location"), col("fields"), when(col("reason").isNull(), repeated).otherwise(col("reason"))
              .as("reason"));
      return new Read(kept, rejected);
    }
    // the measurements' copies and, in the same window (one shuffle), the copies of each change's earlier period
    Column ok = col("reason").isNull();
    Column cmp = org.apache.spark.sql.functions.concat_ws("..", col("cmp_first"), col("cmp_last"));
    checked = checked
        .withColumn("copies", count(when(ok.and(col("what").equalTo(MEASUREMENT)), lit(1))).over(byKey))
        .withColumn("cmps", org.apache.spark.sql.functions.collect_list(when(ok.and(col("cmp_first").isNotNull()),
            cmp)).over(byKey))
        .withColumn("ccopies", org.apache.spark.sql.functions.size(org.apache.spark.sql.functions.filter(col("cmps"),
            x -> x.equalTo(cmp))));
    Column measurementRepeated = ok.and(col("what").equalTo(MEASUREMENT)).and(col("copies").gt(1));
    Column changeRepeated = ok.and(col("cmp_first").isNotNull()).and(col("ccopies").gt(1));
    Column bad = col("reason").isNotNull().or(measurementRepeated).or(changeRepeated);
    Dataset<Row> kept = checked.where(org.apache.spark.sql.functions.not(bad).and(col("what").equalTo(MEASUREMENT)))
        .select(Arrays.stream(SCHEMA.fieldNames()).map(SparkMeasurements::quoted).toArray(Column[]::new));
    Dataset<Row> found = checked.where(org.apache.spark.sql.functions.not(bad).and(col("cmp_first").isNotNull()))
        .select(col("indicator"), col("region"), col("breakdown"), col("first"), col("last"), col("cmp_first"),
            col("cmp_last"), col("ckind").as("kind"), col("amount"), col("status"), col("csource").as("source"),
            col("what").equalTo(CHANGE_ROW).as("alone"), col("part"), col("line"));
    Dataset<Row> rejected = checked.where(bad.and(col("what").notEqual(CHANGE_OF_REJECTED)))
        .select(col("location"), col("fields"), when(col("reason").isNotNull(), col("reason"))
            .when(measurementRepeated, repeated)
            .otherwise(org.apache.spark.sql.functions.concat(lit(sourceName + " "), col("location"),
                lit(": its change on "), col("cmp_text"), lit(" is repeated by another row of the source for the "
                    + "same key (indicator, region, period, breakdown); keep one change per key and earlier period / "
                    + "thay đổi so với "), col("cmp_text"), lit(" của dòng bị lặp ở dòng khác cùng khóa")))
            .as("reason"));
    return new Read(kept, rejected, found);
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
      int part = task == null ? 0 : task.partitionId();
      String where = "partition " + part + " row";
      ImportOptions options = ImportOptions.defaults().withPlan(plan);
      int changeCol = column("change");
      int comparedCol = column("compared_with");
      // the rows that carry a change: few, kept as read, to find which change each one gave
      List<Long> changeLines = new ArrayList<>();
      List<List<String>> changeRows = new ArrayList<>();
      ImportResult result;
      try (RowImporter importer = RowImporter.start(options, sourceName, locator(where), true)) {
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
          if (!text(values, changeCol).isEmpty() || !text(values, comparedCol).isEmpty()) {
            changeLines.add(number);
            changeRows.add(List.copyOf(values));
          }
        }
        result = importer.finish();
      }
      MeasurementSet set = result.measurements();
      List<RejectedRow> rejected = result.rejected();
      Map<Long, ReportedChange> changes = changes(set, rejected, changeLines, changeRows, options, where);
      Set<String> rejectedAt = new HashSet<>();
      rejected.forEach(b -> rejectedAt.add(b.location()));
      // the changes whose row gave no figure: alone, or (as the CSV importer keeps them) of a rejected row
      List<Object[]> changeRecords = new ArrayList<>();
      Set<Long> figureLines = new HashSet<>();
      for (int i = 0; i < set.size(); i++) {
        set.origin(i).ifPresent(o -> figureLines.add(o.line()));
      }
      int alone = 0;
      for (int k = 0; k < changeLines.size(); k++) {
        long line = changeLines.get(k);
        ReportedChange c = changes.get(line);
        if (c == null || figureLines.contains(line)) {
          continue;
        }
        boolean ofRejected = rejectedAt.contains(where + " " + line);
        alone += ofRejected ? 0 : 1;
        Object[] v = new Object[CHECKED.size()];
        v[0] = c.indicator().value();
        v[1] = c.region().value();
        v[2] = c.breakdown().toString();
        v[3] = c.period().firstMonthIndex();
        v[4] = c.period().lastMonthIndex();
        v[8] = c.status().ordinal();
        v[9] = where + " " + line;
        v[10] = scala.jdk.javaapi.CollectionConverters.asScala(rawFields(changeRows.get(k)));
        v[12] = ofRejected ? CHANGE_OF_REJECTED : CHANGE_ROW;
        change(v, c, part, line);
        changeRecords.add(v);
      }
      if (alone != set.changeOnlyRows()) {
        throw new IllegalStateException(sourceName + ", " + where + "s: " + alone + " changes alone matched with "
            + "their rows, " + set.changeOnlyRows() + " read");
      }
      Iterator<Object[]> changeIt = changeRecords.iterator();
      Iterator<RejectedRow> bad = rejected.iterator();
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < set.size() || changeIt.hasNext() || bad.hasNext();
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
            Map<String, String> fields = fields(kept);
            v[12] = MEASUREMENT;
            long line = changes.isEmpty() ? -1 : set.origin(i).map(MeasurementSet.Origin::line).orElse(-1L);
            ReportedChange c = changes.isEmpty() ? null : changes.get(line);
            if (c != null) {
              change(v, c, part, line);
              List<String> raw = changeRows.get(changeLines.indexOf(line));
              fields.put("change", text(raw, changeCol));
              fields.put("compared_with", text(raw, comparedCol));
            }
            v[10] = scala.jdk.javaapi.CollectionConverters.asScala(fields);
            return RowFactory.create(v);
          }
          if (changeIt.hasNext()) {
            return RowFactory.create(changeIt.next());
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
          v[12] = REJECTED_ROW;
          return RowFactory.create(v);
        }
      };
    }

    private int column(String name) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i) != null && header.get(i).strip().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private static String text(List<String> values, int col) {
      return col < 0 || col >= values.size() ? "" : values.get(col).strip();
    }

    private Map<String, String> rawFields(List<String> values) {
      Map<String, String> f = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < values.size(); i++) {
        if (!values.get(i).isEmpty()) {
          f.put(header.get(i).strip(), values.get(i));
        }
      }
      return f;
    }

    /**
     * By line, the change each row kept gave: each row that carries a change is read again alone, and the changes the
     * partition's import kept (in row order) are matched with those rows in order.
     */
    private Map<Long, ReportedChange> changes(MeasurementSet set, List<RejectedRow> rejected, List<Long> lines,
        List<List<String>> rows, ImportOptions options, String where) {
      List<ReportedChange> kept = set.reportedChanges();
      Map<Long, ReportedChange> out = new HashMap<>();
      if (kept.isEmpty()) {
        return out;
      }
      int p = 0;
      for (int k = 0; k < lines.size() && p < kept.size(); k++) {
        ImportResult one;
        try (RowImporter alone = RowImporter.start(options, sourceName, locator(where), true)) {
          alone.header(header, 0);
          alone.row(rows.get(k), lines.get(k));
          one = alone.finish();
        }
        List<ReportedChange> c = one.measurements().reportedChanges();
        if (!c.isEmpty() && c.get(0).equals(kept.get(p))) {
          out.put(lines.get(k), kept.get(p++));
        }
      }
      if (p != kept.size()) {
        throw new IllegalStateException(sourceName + ", " + where + "s: " + (kept.size() - p) + " reported changes "
            + "could not be matched with their rows");
      }
      return out;
    }

    /** A change's columns in a checked record. */
    private static void change(Object[] v, ReportedChange c, int part, long line) {
      v[13] = c.comparedWith().firstMonthIndex();
      v[14] = c.comparedWith().lastMonthIndex();
      v[15] = c.kind().ordinal();
      v[16] = c.amount().toString();
      v[17] = c.source();
      v[18] = c.comparedWith().toString();
      v[19] = part;
      v[20] = line;
    }
  }
}
