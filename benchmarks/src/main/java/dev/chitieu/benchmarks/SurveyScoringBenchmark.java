package dev.chitieu.benchmarks;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.Component;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.Respondent;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a million self-assessments of 60 criteria (6 pillars × 2 components × 5 criteria of 6 options each, one in
 * ten with a "not applicable" answer, weights 1 to 3) with {@link Scorer}, against a hand-written loop over the same
 * answers in a plain byte array that computes the same weighted means, rounding and levels. The target: the scorer
 * within 1.5 × the loop (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE}, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class SurveyScoringBenchmark {
  private static final int PILLARS = 6;
  private static final int COMPONENTS = 2;
  private static final int CRITERIA = 5;
  private static final int OPTIONS = 7;

  @Param({"1000000"})
  public int respondents;

  private Scorer scorer;
  private Responses responses;
  // the baseline's own copy of the answers and tables
  private byte[] answers;
  private double[][] optionScore;
  private double[] criterionWeight;
  private int width;

  @Setup
  public void setUp() {
    CriteriaSet set = set();
    scorer = Scorer.of(set);
    List<Criterion> criteria = set.criteria();
    width = criteria.size();
    optionScore = new double[width][];
    criterionWeight = new double[width];
    for (int k = 0; k < width; k++) {
      List<AnswerOption> o = ((Scale.Choice) criteria.get(k).scale().orElseThrow()).options();
      optionScore[k] = o.stream().mapToDouble(x -> x.notApplicable() ? Double.NaN : x.score().doubleValue()).toArray();
      criterionWeight[k] = criteria.get(k).weight().orElseThrow().doubleValue();
    }
    SplittableRandom random = new SplittableRandom(19L);
    Responses.Builder b = Responses.builder(set);
    answers = new byte[respondents * width];
    int[] options = new int[width];
    double[] none = new double[width];
    Respondent r = new Respondent("x", RegionCode.of("07210"), "C", SizeClass.SMALL, LocalDate.of(2026, 9, 1));
    for (int i = 0; i < respondents; i++) {
      for (int k = 0; k < width; k++) {
        options[k] = random.nextInt(k % 10 == 0 ? OPTIONS : OPTIONS - 1);
        answers[i * width + k] = (byte) options[k];
      }
      b.add(new Respondent(Integer.toString(i), r.commune(), r.sector(), r.size(), r.date()), options, none);
    }
    responses = b.build();
  }

  static CriteriaSet set() {
    CriteriaSet.Builder b = CriteriaSet.builder("bench").title(LocalizedText.of("Thử", "Bench"));
    String[] from = {"0", "1", "2", "3", "3.75", "4.5"};
    for (int l = 0; l < from.length; l++) {
      b.level(new Level(l, LocalizedText.of("Mức " + l, "Level " + l), Optional.of(new BigDecimal(from[l]))));
    }
    int id = 0;
    for (int p = 0; p < PILLARS; p++) {
      List<Component> comps = new ArrayList<>();
      for (int c = 0; c < COMPONENTS; c++) {
        List<Criterion> ks = new ArrayList<>();
        for (int k = 0; k < CRITERIA; k++) {
          List<AnswerOption> o = new ArrayList<>();
          for (int s = 0; s < OPTIONS - 1; s++) {
            o.add(AnswerOption.of("s" + s, "Mức " + s, "Step " + s, String.valueOf(s)));
          }
          o.add(AnswerOption.notApplicable("na", "Không áp dụng", "Not applicable"));
          ks.add(new Criterion("k" + id++, LocalizedText.of("Tiêu chí", "Criterion"),
              Optional.of(LocalizedText.of("?", "?")), Optional.of(new Scale.Choice(o)),
              Optional.of(BigDecimal.valueOf(1 + k % 3)), List.of()));
        }
        comps.add(new Component("c" + id++, Optional.of(LocalizedText.of("C", "C")), Optional.of(BigDecimal.ONE),
            Optional.of(ks), OptionalInt.empty(), List.of()));
      }
      b.pillar(new Pillar("p" + id++, LocalizedText.of("P", "P"), Optional.of(BigDecimal.valueOf(1 + p % 2)),
          Optional.of(comps), OptionalInt.empty(), List.of()));
    }
    return b.build();
  }

  @Benchmark
  public Scores scorer() {
    return scorer.score(responses);
  }

  /** The same rules written out for this set's shape: no tables of components, no accessors. */
  @Benchmark
  public byte[] handWrittenLoop() {
    int n = respondents;
    byte[] levels = new byte[n];
    double[] totals = new double[n];
    double[] pillarScores = new double[n * PILLARS];
    long[] thresholds = {0, 100, 200, 300, 375, 450};
    for (int i = 0; i < n; i++) {
      int base = i * width;
      double sum = 0;
      double weight = 0;
      int k = 0;
      for (int p = 0; p < PILLARS; p++) {
        double pSum = 0;
        double pWeight = 0;
        for (int c = 0; c < COMPONENTS; c++) {
          double cSum = 0;
          double cWeight = 0;
          for (int j = 0; j < CRITERIA; j++, k++) {
            double s = optionScore[k][answers[base + k]];
            if (s == s) {
              cSum += criterionWeight[k] * s;
              cWeight += criterionWeight[k];
            }
          }
          if (cWeight > 0) {
            pSum += cSum / cWeight;
            pWeight += 1;
          }
        }
        double ps = pSum / pWeight;
        pillarScores[i * PILLARS + p] = ps;
        double pw = 1 + p % 2;
        sum += pw * ps;
        weight += pw;
      }
      double total = sum / weight;
      totals[i] = total;
      long units = Math.floorDiv(Math.round(total * 1e8) + 500_000, 1_000_000);
      int level = 0;
      for (int l = 1; l < thresholds.length; l++) {
        if (units >= thresholds[l]) {
          level = l;
        }
      }
      levels[i] = (byte) level;
    }
    return levels;
  }
}
