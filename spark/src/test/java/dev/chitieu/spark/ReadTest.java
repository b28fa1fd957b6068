package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.data.InvalidDataException;
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
