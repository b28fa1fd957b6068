package dev.chitieu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportResult;
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
}
