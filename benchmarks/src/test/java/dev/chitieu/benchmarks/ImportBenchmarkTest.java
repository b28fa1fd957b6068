package dev.chitieu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportResult;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the import benchmark's methods once on a small sample: the file read back is the set written, on one thread
 * and on two.
 */
class ImportBenchmarkTest {
  /** Enough rows for a file of more than three of the smallest chunks (512 KiB), so that two threads cut it. */
  private static final int ROWS = 32_000;

  @Test
  void csvImport_readsBackEveryRow() throws Exception {
    ImportBenchmark.File f = new ImportBenchmark.File();
    f.rows = ROWS;
    f.setup();
    try {
      // a file smaller than two chunks is read on the calling thread whatever the threads: this one is cut
      assertThat(f.bytes).isGreaterThan(3L << 19);
      ImportBenchmark b = new ImportBenchmark();
      MeasurementSet written = SampleData.generate(ROWS, 42).toMeasurementSet();
      ImportResult one = null;
      for (int threads : new int[] {1, 2}) {
        ImportBenchmark.Library l = new ImportBenchmark.Library();
        l.threads = threads;
        ImportResult result = b.csvImport(f, l);
        assertThat(result.measurements()).isEqualTo(written);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(ROWS);
        if (one == null) {
          one = result;
        } else {
          // the same set on two threads as on one, origins (file and line of each measurement) included
          assertThat(result.measurements()).isEqualTo(one.measurements());
          for (int i = 0; i < ROWS; i++) {
            assertThat(result.measurements().origin(i)).isEqualTo(one.measurements().origin(i));
          }
        }
      }
      assertThat(b.readAndSplitLines(f)).isEqualTo((ROWS + 1L) * 9); // 8 columns and sector
    } finally {
      f.tearDown();
    }
  }

  @Test
  void encodeFloor_putsEveryFieldInItsColumn() throws Exception {
    ImportBenchmark.File f = new ImportBenchmark.File();
    f.rows = ROWS;
    f.setup();
    try {
      ImportBenchmark b = new ImportBenchmark();
      ImportBenchmark.Floor floor = new ImportBenchmark.Floor();
      floor.setup(f);
      assertThat(b.findFields(f, floor)).isEqualTo((ROWS + 1L) * EncodeFloor.COLUMNS);
      List<String> lines = Files.readAllLines(f.csv);
      // another file first, its rows in the reverse order and with other figures: the run after it must start its
      // dictionaries anew and write every field of its own
      List<String> other = new ArrayList<>(lines.subList(1, lines.size()));
      java.util.Collections.reverse(other);
      other.replaceAll(l -> l.replace(",,,", ",-1.5,2,").replace(",actual,", ",estimate,"));
      other.add(0, lines.get(0));
      java.nio.file.Path otherFile = Files.createTempFile("chitieu-floor-", ".csv");
      try {
        Files.write(otherFile, other);
        assertThat(floor.floor.encode(otherFile)).isEqualTo(ROWS);
        int negative = 0;
        for (int row = 0; row < ROWS; row++) {
          negative += floor.floor.figure(4, row) == -1.5 ? 1 : 0;
        }
        assertThat(negative).isGreaterThan(ROWS / 2)
            .isEqualTo(other.stream().filter(l -> l.contains(",-1.5,2,")).count());
      } finally {
        Files.delete(otherFile);
      }
      assertThat(b.encodeFloor(f, floor)).isEqualTo(ROWS);
      // the file read the plain way: each text column's values numbered in the order first met, each figure parsed
      List<Map<String, Integer>> seen = new ArrayList<>();
      for (int c = 0; c < EncodeFloor.COLUMNS; c++) {
        seen.add(new HashMap<>());
      }
      int figures = 0;
      for (int row = 0; row < ROWS; row++) {
        String[] fields = lines.get(row + 1).split(",", -1);
        assertThat(fields).hasSize(EncodeFloor.COLUMNS);
        for (int c = 0; c < EncodeFloor.COLUMNS; c++) {
          if (c >= 3 && c <= 5) {
            Double expected = fields[c].isEmpty() ? Double.NaN : Double.parseDouble(fields[c]);
            assertThat(floor.floor.figure(c, row)).as("row %d column %d", row, c).isEqualTo(expected);
            figures += fields[c].isEmpty() ? 0 : 1;
          } else {
            Map<String, Integer> codes = seen.get(c);
            int expected = codes.computeIfAbsent(fields[c], k -> codes.size());
            assertThat(floor.floor.code(c, row)).as("row %d column %d", row, c).isEqualTo(expected);
          }
        }
      }
      for (int c : new int[] {0, 1, 2, 6, 7, 8}) {
        assertThat(floor.floor.distinct(c)).isEqualTo(seen.get(c).size());
      }
      // the sample has every kind of field: many regions (the dictionary grows), ids of over 16 bytes, empty fields
      assertThat(floor.floor.distinct(1)).isGreaterThan(1024);
      assertThat(seen.get(0).keySet()).anyMatch(id -> id.length() > 16);
      assertThat(figures).isGreaterThan(ROWS).isLessThan(3 * ROWS);
    } finally {
      f.tearDown();
    }
  }

  @Test
  void encodeFloor_minusSignsAndBytesNextToSeparators_areNotSeparators() throws Exception {
    // a minus sign right after a separator, and bytes one above a separator's, are not separators
    java.nio.file.Path file = Files.createTempFile("chitieu-floor-", ".csv");
    try {
      Files.writeString(file, "i,r,p,v,n,d,s,o,x\naa,r,p,-3,,,s,o,x\n-,-,-,-,-,-,-,-,-\nb\u000b,-,p,4,,,s,o,x\n");
      EncodeFloor floor = new EncodeFloor(3);
      assertThat(floor.findFields(file)).isEqualTo(4L * EncodeFloor.COLUMNS);
      assertThat(floor.encode(file)).isEqualTo(3);
      assertThat(floor.figure(3, 0)).isEqualTo(-3.0);
      assertThat(floor.code(0, 2)).isEqualTo(2); // "aa", "-", then "b" and the control byte
      assertThat(floor.code(1, 2)).isEqualTo(floor.code(1, 1));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void encodeFloor_parsesTheFiguresOfOtherFilesToo() {
    // the sample's figures are whole numbers; a decimal point and a sign are parsed where they are
    for (String figure : new String[] {"12.5", "-3", "-0.25", "1000000", "7.000"}) {
      byte[] b = (" " + figure + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(EncodeFloor.figure(b, 1, b.length - 1)).as(figure).isEqualTo(Double.parseDouble(figure));
    }
    assertThat(EncodeFloor.figure(new byte[] {','}, 0, 0)).isNaN();
  }
}
