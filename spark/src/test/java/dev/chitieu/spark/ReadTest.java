package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.io.RejectedRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading measurements from Spark sources with the importers' row checks; SAMPLE (invented) data. */
class ReadTest {
  private final SparkSession spark = LocalSpark.get();

  @Test
  void csv_keepsGoodRows_rejectsBadOnesWithTheirReasons_andLosesNone(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("data.csv");
    Files.writeString(csv, """
        indicator,region,period,value,status
        s.flow,10001,2025-03,0.225,actual
        s.flow,10002,2025-05,0.352,
        s.flow,10003,2025-13,0.328,actual
        s.nothing,10003,2025-06,1,actual
        s.level,10001,2025-09,abc,actual
        s.level,10002,2025-06,5,estimate
        s.level,10002,2025-06,6,estimate
        """, StandardCharsets.UTF_8);
    Dataset<Row> source = spark.read().option("header", "true").csv(csv.toString());
    SparkMeasurements.Read read = SparkMeasurements.read(source, TrapsTest.plan(), "data.csv");
    List<Row> kept = read.kept().orderBy("indicator", "region").collectAsList();
    List<Row> rejected = read.rejected().collectAsList();
    assertThat(kept.size() + rejected.size()).as("rows read = kept + rejected").isEqualTo(source.count())
        .isEqualTo(7);
    assertThat(kept).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getDouble(5) + " "
        + r.getInt(8)).containsExactly("s.flow 10001 0.225 0", "s.flow 10002 0.352 0");
    String reasons = String.join("\n", rejected.stream().map(r -> r.getString(2)).toList());
    assertThat(reasons).contains("2025-13").contains("s.nothing").contains("abc").contains("same key");
    assertThat(rejected).allSatisfy(r -> assertThat(r.getString(2)).startsWith("data.csv"));
  }

  @Test
  void reportedChanges_areReadAsTheCsvImporterReadsThem(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("changes.csv");
    Files.writeString(csv, """
        indicator,region,period,value,status,source,change,compared_with
        s.share,10,2025,87.08,actual,Sở mẫu,+9.67,2024
        s.flow,10,2025-H1,,estimate,Sở mẫu,+67%,2024-H1
        s.level,10,2025-06,63,,,-1.5,2024-12
        s.flow,10,2025,12,,,about 9,2024
        s.share,10,2024,80,,,+9.67,2022
        s.flow,10,2025-Q1,5,,,+67%,2024
        s.level,10,2025-06,,,,+2,
        s.level,10,2025-09,64,,,,2024
        s.flow,10,2025-H1,,,,+60%,2024-H1
        s.flow,10,2025-Q2,3,,,,
        s.flow,10,2025-Q2,4,,,+1,2024-Q2
        """, StandardCharsets.UTF_8);
    ImportResult inJvm = MeasurementCsv.readLenient(csv, ImportOptions.defaults().withPlan(TrapsTest.plan()));
    SparkMeasurements.Read read = SparkMeasurements.read(spark.read().option("header", "true").csv(csv.toString())
        .coalesce(1), TrapsTest.plan(), "changes.csv");

    // the same changes, in the same order (the last one's row is rejected, its figure repeating row 10's key, and
    // its change kept, as the CSV importer keeps it), and the same measurements
    assertThat(read.reportedChanges()).isEqualTo(inJvm.measurements().reportedChanges()).hasSize(4);
    assertThat(read.kept().collectAsList()).containsExactlyInAnyOrderElementsOf(
        SparkMeasurements.of(spark, inJvm.measurements().stream().toList()).collectAsList());
    // rows read = kept (with the change alone) + rejected, as in the CSV importer
    List<Row> rejected = read.rejected().collectAsList();
    assertThat(read.rowsKept()).isEqualTo(inJvm.measurements().size() + inJvm.measurements().changeOnlyRows())
        .isEqualTo(3);
    assertThat(read.rowsKept() + rejected.size()).isEqualTo(inJvm.rowsRead()).isEqualTo(11);
    // the same reasons, in Spark's locations (partition 0 row n) for the file's (line n + 1)
    List<String> expected = inJvm.rejected().stream().map(RejectedRow::problems)
        .map(ps -> String.join("\n", ps.stream().map(Object::toString).map(ReadTest::anyRow).toList())).toList();
    assertThat(rejected.stream().map(r -> anyRow(r.getString(2))).toList())
        .containsExactlyInAnyOrderElementsOf(expected).hasSize(8);
    assertThat(String.join("\n", expected)).contains("is not a change").contains("neither the same period")
        .contains("repeats the change on 2024-H1");
  }

  /** A reason with its row's location, CSV's or Spark's, as {@code row #n} counting the data rows from 1. */
  private static String anyRow(String reason) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(line|partition 0 row)(s?) (\\d+)(?: and (\\d+))?")
        .matcher(reason);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int header = m.group(1).equals("line") ? 1 : 0;
      m.appendReplacement(out, "row" + m.group(2) + " #" + (Long.parseLong(m.group(3)) - header)
          + (m.group(4) == null ? "" : " and #" + (Long.parseLong(m.group(4)) - header)));
    }
    return m.appendTail(out).toString();
  }

  @Test
  void aChangeRepeatedInAnotherPartition_rejectsEveryCopyWithItsRow() {
    org.apache.spark.sql.types.StructType columns = new org.apache.spark.sql.types.StructType()
        .add("indicator", "string").add("region", "string").add("period", "string").add("value", "string")
        .add("change", "string").add("compared_with", "string");
    Dataset<Row> withFigure = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10",
        "2025", "12", "+20%", "2024")), columns);
    Dataset<Row> alone = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10",
        "2025", null, "+20%", "2024")), columns);
    Dataset<Row> other = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10001",
        "2025", null, "+5", "2024")), columns);
    SparkMeasurements.Read read = SparkMeasurements.read(withFigure.union(alone).union(other).repartition(3),
        TrapsTest.plan(), "data/");
    assertThat(read.reportedChanges()).extracting(c -> c.region().value()).containsExactly("10001");
    assertThat(read.kept().count()).isZero();
    assertThat(read.rejected().collectAsList()).hasSize(2).allSatisfy(r -> assertThat(r.getString(2))
        .contains("its change on 2024 is repeated by another row"));
    assertThat(read.rowsKept()).isEqualTo(1);
  }

  @Test
  void aDecimalComma_isRejectedWithAHintADatasetCanFollow() {
    Dataset<Row> one = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10001",
        "2025-03", "1,5")), new org.apache.spark.sql.types.StructType().add("indicator", "string")
        .add("region", "string").add("period", "string").add("value", "string"));
    SparkMeasurements.Read read = SparkMeasurements.read(one, TrapsTest.plan(), "data/");
    assertThat(read.rejected().collectAsList()).singleElement().satisfies(r -> assertThat(r.getString(2))
        .contains("'1,5' is not a number with a decimal point; expected e.g. 1234.5; a numeric column, or text with "
            + "a decimal point: convert a column written with decimal commas before the read")
        .doesNotContain("# decimal=comma"));
  }

  @Test
  void aKeyRepeatedInAnotherPartition_rejectsEveryCopy() {
    Dataset<Row> one = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10001",
        "2025-03", "0.225")), new org.apache.spark.sql.types.StructType().add("indicator", "string")
        .add("region", "string").add("period", "string").add("value", "string"));
    Dataset<Row> source = one.union(one).union(one.withColumn("region", org.apache.spark.sql.functions.lit("10002")))
        .repartition(3);
    SparkMeasurements.Read read = SparkMeasurements.read(source, TrapsTest.plan(), "data/");
    assertThat(read.kept().collectAsList()).extracting(r -> r.getString(1)).containsExactly("10002");
    assertThat(read.rejected().collectAsList()).hasSize(2).allSatisfy(r -> assertThat(r.getString(2))
        .contains("repeated"));
  }

  @Test
  void parquet_typedColumns_readAsTheSameMeasurements(@TempDir Path dir) {
    List<Row> rows = TrapsTest.rows().stream().map(m -> org.apache.spark.sql.RowFactory.create(
        m.indicator().value(), m.region().value(), m.period().toString(), m.value().getAsDouble())).toList();
    Dataset<Row> typed = spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add("indicator", "string").add("region", "string").add("period", "string").add("value", "double"));
    String folder = dir.resolve("measurements.parquet").toString();
    typed.write().parquet(folder);
    SparkMeasurements.Read read = SparkMeasurements.read(spark.read().parquet(folder), TrapsTest.plan(), folder);
    assertThat(read.rejected().count()).isZero();
    assertThat(read.kept().collectAsList()).containsExactlyInAnyOrderElementsOf(
        SparkMeasurements.of(spark, TrapsTest.rows()).collectAsList());
  }

  @Test
  void missingColumn_failsBeforeAnyRowIsRead() {
    Dataset<Row> source = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("s.flow", "10001")),
        new org.apache.spark.sql.types.StructType().add("indicator", "string").add("region", "string"));
    assertThatThrownBy(() -> SparkMeasurements.read(source, TrapsTest.plan(), "data/"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("period");
  }
}
