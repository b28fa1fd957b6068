package dev.chitieu.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Imports a JSON file of SAMPLE measurements (an array of objects, written once before timing by {@link
 * MeasurementJson#write}) in strict mode into a {@link MeasurementSet}, against readers here that build nothing, in the
 * same run:
 *
 * <ul>
 *   <li>{@link #jacksonCountTokens}: Jackson's streaming parser of bytes walking every token of the file: the least a
 *       streaming JSON import does (the import itself uses Jackson's parser of text, over text checked to be UTF-8,
 *       which is slower);
 *   <li>{@link #jacksonReadTexts}: the same walk, with each field's name and value made a string, as the import's
 *       checked path needs them (its fast path keeps a plain object's text as bytes instead).
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE}, jvmArgsAppend = {"-Xmx2g"})
public class JsonImportBenchmark {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The sample written as JSON. */
  @State(Scope.Benchmark)
  public static class File {
    @Param({"1000000"})
    public int rows;

    public Path json;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      json = SampleData.write(rows, Files.createTempFile("chitieu-sample-", ".json"), MeasurementJson::write);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(json);
    }
  }

  /** The library's strict import of the file into a measurement set. */
  @Benchmark
  public ImportResult jsonImport(File f) {
    return MeasurementJson.readStrict(f.json, ImportOptions.defaults());
  }

  /** Baseline: Jackson's streaming parser over every token of the file, keeping nothing. */
  @Benchmark
  public long jacksonCountTokens(File f) throws IOException {
    long tokens = 0;
    try (JsonParser p = JSON.createParser(f.json.toFile())) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Baseline: the same walk, each field's name and scalar value made a string, their lengths summed. */
  @Benchmark
  public long jacksonReadTexts(File f) throws IOException {
    long chars = 0;
    try (JsonParser p = JSON.createParser(f.json.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
          chars += p.getText().length();
        }
      }
    }
    return chars;
  }
}
