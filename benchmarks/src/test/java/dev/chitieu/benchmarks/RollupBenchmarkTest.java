package dev.chitieu.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.benchmarks.Baselines.Key;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once on a small sample and checks that the library and the three baselines give the
 * same figures, to the last bit (sample values are whole numbers, so sums are exact in any order).
 */
class RollupBenchmarkTest {
  private static final RollupBenchmark BENCH = new RollupBenchmark();
  private static RollupBenchmark.Sample sample;
  private static Map<Key, Double> expected;

  @BeforeAll
  static void setUp() throws Exception {
    sample = new RollupBenchmark.Sample();
    sample.rows = 30_000;
    sample.setup();
    RollupBenchmark.Hand hand = new RollupBenchmark.Hand();
    hand.threads = 1;
    hand.setup(sample);
    expected = hand.loop.toMap(BENCH.handLoop(hand));
    hand.tearDown();
  }

  @AfterAll
  static void tearDown() {
    sample = null;
  }

  /** Equal maps; on failure, says how many figures differ and shows a few. */
  private static void assertSame(String what, Map<Key, Double> got) {
    java.util.List<String> diff = new java.util.ArrayList<>();
    for (Map.Entry<Key, Double> e : expected.entrySet()) {
      if (!e.getValue().equals(got.get(e.getKey()))) {
        diff.add(e.getKey() + ": expected " + e.getValue() + ", got " + got.get(e.getKey()));
      }
    }
    for (Key k : got.keySet()) {
      if (!expected.containsKey(k)) {
        diff.add(k + ": not expected, got " + got.get(k));
      }
    }
    assertThat(diff).as(what + ": %d of %d figures differ", diff.size(), expected.size()).isEmpty();
  }

  @Test
  void sample_hasTheDeclaredShape() {
    SampleData d = sample.data;
    assertThat(d.size).isEqualTo(30_000);
    assertThat(d.provinceCodes).hasSize(34);
    assertThat(d.hierarchy.units()).hasSize(1 + 34 + SampleData.COMMUNES);
    assertThat(d.indicators).hasSize(80);
    assertThat(expected).hasSizeGreaterThan(1000);
    assertThat(expected.keySet().stream().map(Key::indicator).distinct()).hasSize(SampleData.MEASURED);
  }

  @Test
  void library_agreesWithTheHandWrittenLoop() {
    for (int threads = 1; threads <= 2; threads++) {
      RollupBenchmark.Library l = new RollupBenchmark.Library();
      l.threads = threads;
      l.setup(sample);
      Map<Key, Double> got = Baselines.toMap(Baselines.library(l.rollup, threads));
      assertSame("library, " + threads + " threads", got);
      double sum = expected.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(BENCH.library(l)).isCloseTo(sum, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }
  }

  @Test
  void handLoop_onTwoThreads_agrees() throws Exception {
    RollupBenchmark.Hand hand = new RollupBenchmark.Hand();
    hand.threads = 2;
    hand.setup(sample);
    assertSame("hand loop, 2 threads", hand.loop.toMap(BENCH.handLoop(hand)));
    hand.tearDown();
  }

  @Test
  void streams_agree() {
    for (String strings : new String[] {"shared", "fresh"}) {
      RollupBenchmark.Records r = new RollupBenchmark.Records();
      r.strings = strings;
      r.setup(sample);
      assertSame("streams, " + strings, BENCH.streams(r));
    }
  }

  @Test
  void duckdb_agrees() throws Exception {
    for (int threads = 1; threads <= 2; threads++) {
      RollupBenchmark.Duck d = new RollupBenchmark.Duck();
      d.threads = threads;
      d.setup(sample);
      assertSame("duckdb, " + threads + " threads", d.db.toMap());
      assertThat(BENCH.duckdb(d)).isCloseTo(expected.values().stream().mapToDouble(Double::doubleValue).sum(),
          org.assertj.core.data.Percentage.withPercentage(1e-9));
      d.tearDown();
    }
  }
}
