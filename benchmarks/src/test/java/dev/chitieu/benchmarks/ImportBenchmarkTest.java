package dev.chitieu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the import benchmark's methods once on a small sample: the file read back is the set written. */
class ImportBenchmarkTest {
  @Test
  void csvImport_readsBackEveryRow() throws Exception {
    ImportBenchmark.File f = new ImportBenchmark.File();
    f.rows = 5_000;
    f.setup();
    try {
      ImportBenchmark b = new ImportBenchmark();
      for (int threads : new int[] {1, 2}) {
        ImportBenchmark.Library l = new ImportBenchmark.Library();
        l.threads = threads;
        var result = b.csvImport(f, l);
        assertThat(result.measurements()).isEqualTo(SampleData.generate(5_000, 42).toMeasurementSet());
        assertThat(result.rejected()).isEmpty();
      }
      assertThat(b.readAndSplitLines(f)).isEqualTo(5_001L * 9); // 8 columns and sector
    } finally {
      f.tearDown();
    }
  }
}
