package dev.chitieu.benchmarks;

/**
 * A check for busy machines, beside {@link SurveyScoringBenchmark}: runs the scorer and the hand-written loop
 * alternately in one JVM on the same million responses, and prints the best time of each over rounds of ten and
 * their ratio, so that both meet the same interference from other processes. Run: {@code java -Xmx3g -cp
 * benchmarks/target/benchmarks.jar dev.chitieu.benchmarks.SurveyScoringInterleaved 1000000 5}.
 */
public final class SurveyScoringInterleaved {
  private SurveyScoringInterleaved() {}

  /**
   * Prints the times and the ratio.
   *
   * @param args respondents (default 1,000,000) and rounds of ten (default 5)
   */
  public static void main(String[] args) {
    SurveyScoringBenchmark b = new SurveyScoringBenchmark();
    b.respondents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    b.setUp();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long bestScorer = Long.MAX_VALUE;
      long bestLoop = Long.MAX_VALUE;
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        sink += b.scorer().size();
        long t1 = System.nanoTime();
        sink += b.handWrittenLoop().length;
        long t2 = System.nanoTime();
        bestScorer = Math.min(bestScorer, t1 - t0);
        bestLoop = Math.min(bestLoop, t2 - t1);
      }
      System.out.printf("round %d: scorer %.1f ms, hand-written loop %.1f ms, ratio %.2f%n", round + 1,
          bestScorer / 1e6, bestLoop / 1e6, (double) bestScorer / bestLoop);
    }
    System.out.println(sink == 0 ? "" : "(" + b.respondents + " respondents of 60 criteria)");
  }
}
