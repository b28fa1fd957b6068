package dev.chitieu.benchmarks;

import dev.chitieu.core.data.MeasurementSet;
import java.util.List;

/**
 * Heap bytes per measurement held by a {@link MeasurementSet} and by a list of records of the same SAMPLE data:
 * used heap after full collections, with and without the structure reachable. Run: {@code java -Xmx8g -cp
 * benchmarks/target/benchmarks.jar dev.chitieu.benchmarks.HeapFootprint 10000000}.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Prints the bytes per measurement.
   *
   * @param args the number of rows (default 1,000,000)
   */
  public static void main(String[] args) throws InterruptedException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SampleData d = SampleData.generate(rows, 42);
    System.out.printf("%,d sample measurements (%s, %s)%n", d.size, System.getProperty("java.vm.name"),
        Runtime.version());
    long base = used();
    MeasurementSet set = d.toMeasurementSet();
    long withSet = used();
    System.out.printf("MeasurementSet:               %6.1f bytes per measurement%n",
        (withSet - base) / (double) d.size);
    // what the columns themselves take, without the collector's slack
    long columns = set.columnBytes();
    System.out.printf("  of which the row columns:    %6.1f bytes per measurement%n", columns / (double) d.size);
    set = keep(set);
    base = used();
    List<SampleData.Row> shared = d.toRows(false);
    long withShared = used();
    System.out.printf("List<record>, shared strings: %6.1f bytes per measurement%n",
        (withShared - base) / (double) d.size);
    shared = keep(shared);
    base = used();
    List<SampleData.Row> fresh = d.toRows(true);
    long withFresh = used();
    System.out.printf("List<record>, fresh strings:  %6.1f bytes per measurement%n",
        (withFresh - base) / (double) d.size);
    keep(fresh);
  }

  private static volatile Object sink;

  private static <T> T keep(T o) {
    sink = o;
    sink = null;
    return null;
  }

  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }
}
