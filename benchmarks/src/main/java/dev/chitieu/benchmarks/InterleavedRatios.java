package dev.chitieu.benchmarks;

import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupTable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A check for busy machines, beside the JMH suite: runs the library's table and the hand-written loop alternately in
 * one JVM on the same SAMPLE data and prints the best time of each over rounds of ten, and their ratio. Interleaving
 * exposes both to the same interference from other processes, which a JMH run of one benchmark after the other does
 * not. With {@code streams}, each round also runs the streams baseline over shared strings three times, between
 * the others, and prints its best time and how many times faster the library was. Run: {@code java -Xmx8g -cp
 * benchmarks/target/benchmarks.jar dev.chitieu.benchmarks.InterleavedRatios 10000000 1 5 streams}.
 */
public final class InterleavedRatios {
  private InterleavedRatios() {}

  /**
   * Prints the ratios.
   *
   * @param args rows (default 1,000,000), threads (default 1), rounds of ten (default 5), and {@code streams} to
   *     time the streams baseline too
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean streams = args.length > 3 && args[3].equals("streams");
    SampleData d = SampleData.generate(rows, 42);
    long t0 = System.nanoTime();
    Rollup rollup = Rollup.of(d.toMeasurementSet(), d.hierarchy, d.indicators);
    System.out.printf("%,d sample rows; measurement set and rollup built in %.0f ms; %d thread(s)%n", d.size,
        (System.nanoTime() - t0) / 1e6, threads);
    RollupBenchmark.Records records = null;
    if (streams) {
      RollupBenchmark.Sample sample = new RollupBenchmark.Sample();
      sample.data = d;
      records = new RollupBenchmark.Records();
      records.strings = "shared";
      records.setup(sample);
    }
    Baselines.HandLoop hand = new Baselines.HandLoop(d, threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double sink = 0;
      for (int r = 0; r < rounds; r++) {
        double bestLibrary = Double.MAX_VALUE;
        double bestHand = Double.MAX_VALUE;
        double bestStreams = Double.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
          long a = System.nanoTime();
          RollupTable t = Baselines.library(rollup, threads);
          for (int k = 0; k < t.size(); k++) {
            sink += t.value(k);
          }
          long b = System.nanoTime();
          double[][] acc = hand.run(pool);
          sink += acc[0][0];
          long c = System.nanoTime();
          bestLibrary = Math.min(bestLibrary, (b - a) / 1e6);
          bestHand = Math.min(bestHand, (c - b) / 1e6);
          if (records != null && i % 3 == 1) {
            long e = System.nanoTime();
            sink += Baselines.streams(records.rows, records.provinceOf, records.kindOf).size();
            bestStreams = Math.min(bestStreams, (System.nanoTime() - e) / 1e6);
          }
        }
        System.out.printf("round %d: library %.1f ms, hand-written loop %.1f ms, ratio %.2f", r + 1, bestLibrary,
            bestHand, bestLibrary / bestHand);
        if (records != null) {
          System.out.printf("; streams %.0f ms, %.1f times the library's", bestStreams, bestStreams / bestLibrary);
        }
        System.out.println();
      }
      System.out.println(sink == 0 ? "" : "(checksum " + (long) sink + ")");
    } finally {
      pool.shutdownNow();
    }
  }
}
