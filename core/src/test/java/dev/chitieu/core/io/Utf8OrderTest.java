package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A byte that is not UTF-8 stops an import where the rows reach it, not where the stream has read ahead to: the first
 * error in file order wins, on one thread and on several.
 */
class Utf8OrderTest {
  private static final String HEADER = "indicator,region,period,value,numerator,denominator,status,source,sector\n";
  private static final ImportOptions TWO_PROBLEMS = ImportOptions.defaults()
      .withLimits(ImportLimits.defaults().withProblems(2).withRejected(2, 1 << 20));

  @Test
  void aReadThatMeetsTheByte_passesOnTheBytesBeforeIt_andTheNextReadThrows() throws IOException {
    byte[] bytes = new byte[101];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[100] = (byte) 0xFF; // never in UTF-8
    Utf8Check in = new Utf8Check(new ByteArrayInputStream(bytes));
    byte[] buf = new byte[200];

    assertThat(in.read(buf, 0, buf.length)).isEqualTo(100);
    assertThatThrownBy(() -> in.read(buf, 0, buf.length)).isInstanceOf(Utf8Check.NotUtf8.class)
        .hasMessageContaining("0xFF at offset 100");
    assertThatThrownBy(in::read).isInstanceOf(Utf8Check.NotUtf8.class);
  }

  /**
   * The line and column of the byte are counted a word of 8 bytes at a time: lines shorter than a word (several line
   * feeds in one word), at every alignment and with reads of any size, still count one by one.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 8, 64})
  void theLineAndColumnOfTheByte_countEveryLineFeed_evenSeveralInAWord(int readSize) throws IOException {
    for (int lead = 0; lead < 9; lead++) {
      // lead bytes, then lines of 0 to 5 bytes, then "xy" and the byte on the line after the last line feed
      StringBuilder text = new StringBuilder("a".repeat(lead));
      int lines = 1;
      for (int k = 0; k < 40; k++) {
        text.append("b".repeat(k % 6)).append('\n');
        lines++;
      }
      text.append("xy");
      byte[] bytes = java.util.Arrays.copyOf(text.toString().getBytes(StandardCharsets.US_ASCII), text.length() + 1);
      bytes[bytes.length - 1] = (byte) 0xFF;
      Utf8Check in = new Utf8Check(new ByteArrayInputStream(bytes));
      byte[] buf = new byte[readSize];
      Utf8Check.NotUtf8 e = null;
      try {
        while (in.read(buf, 0, buf.length) >= 0) {
          // read on to the byte
        }
      } catch (Utf8Check.NotUtf8 thrown) {
        e = thrown;
      }
      assertThat(e).as("lead %d", lead).isNotNull();
      assertThat(e.line).as("lead %d", lead).isEqualTo(lines);
      assertThat(e.column).as("lead %d", lead).isEqualTo(3);
      assertThat(e.offset).isEqualTo(bytes.length - 1);
    }
  }

  /** Four bad rows, then {@code gap} good ones, then a byte that is not UTF-8, all within the reader's first 64 KB. */
  @ParameterizedTest
  @ValueSource(ints = {0, 3, 40, 200})
  void tooManyProblemsBeforeTheByte_isTheErrorOnAnyNumberOfThreads(int gap) throws IOException {
    byte[] csv = file(gap, true);
    for (boolean lenient : new boolean[] {false, true}) {
      String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", TWO_PROBLEMS, lenient, 1, 0));
      assertThat(one).doesNotContain("not UTF-8")
          .contains(lenient ? "more rows were rejected than a lenient import keeps" : "after the first 2 problems");
      String stream = CsvFastPathTest.outcome(() -> lenient
          ? MeasurementCsv.readLenient(new ByteArrayInputStream(csv), "data.csv", TWO_PROBLEMS)
          : MeasurementCsv.readStrict(new ByteArrayInputStream(csv), "data.csv", TWO_PROBLEMS));
      assertThat(stream).isEqualTo(one);
      for (int chunk : new int[] {1_000, 4_096, 16_384}) {
        assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", TWO_PROBLEMS, lenient, 2,
            chunk))).as("chunks of %d bytes on 2 threads", chunk).isEqualTo(one);
      }
    }
  }

  @Test
  void theByteBeforeTheProblems_isTheErrorOnAnyNumberOfThreads() throws IOException {
    byte[] csv = file(40, false);
    String one = CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", TWO_PROBLEMS, false, 1, 0));
    assertThat(one).contains("not UTF-8", "Windows-1258");
    for (int chunk : new int[] {1_000, 4_096, 16_384}) {
      assertThat(CsvFastPathTest.outcome(() -> MeasurementCsv.read(csv, "data.csv", TWO_PROBLEMS, false, 2, chunk)))
          .isEqualTo(one);
    }
  }

  private static byte[] file(int gap, boolean problemsFirst) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(HEADER.getBytes(StandardCharsets.UTF_8));
    int i = 0;
    while (out.size() < 20_000) {
      out.write(row(i++, false));
    }
    if (problemsFirst) {
      for (int k = 0; k < 4; k++) {
        out.write(row(i++, true));
      }
    }
    for (int k = 0; k < gap; k++) {
      out.write(row(i++, false));
    }
    out.write("x.a,10001,2025,1.5,,,,S".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9);
    out.write(",\n".getBytes(StandardCharsets.UTF_8));
    if (!problemsFirst) {
      for (int k = 0; k < 4; k++) {
        out.write(row(i++, true));
      }
    }
    for (int k = 0; k < 2_000; k++) {
      out.write(row(i++, false));
    }
    return out.toByteArray();
  }

  /** A canonical row, or one whose indicator id is not one (upper case). */
  private static byte[] row(int i, boolean bad) {
    return ((bad ? "X.I" : "x.i") + (i % 30) + "," + (10_000 + i % 500) + "," + (2000 + (i / 500) % 26) + ","
        + (i % 1000) + ".5,,,,,m" + (i % 3) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
