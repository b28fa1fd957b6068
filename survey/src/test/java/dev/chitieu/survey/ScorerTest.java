package dev.chitieu.survey;

import static dev.chitieu.survey.TestSets.respondent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.survey.score.ScoredRespondent;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScorerTest {
  private static final double[] NONE = new double[4];

  /** Scores one respondent of the quarters set whose four answers score the given points. */
  private static Scores quarters(int... points) {
    CriteriaSet set = TestSets.quarters();
    Responses.Builder b = Responses.builder(set);
    b.add(respondent("r1"), points, NONE);
    return Scorer.of(set).score(b.build());
  }

  /**
   * Every level boundary of the thresholds 1, 2, 3, 3.75, 4.50, hit exactly and missed by the smallest step the set
   * allows (a quarter point): the total is the sum of four answers of 0 to 5 points, divided by 4.
   */
  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.argumentSet("0.00: level 0", new int[] {0, 0, 0, 0}, "0.00", 0),
        Arguments.argumentSet("0.75: below level 1", new int[] {1, 1, 1, 0}, "0.75", 0),
        Arguments.argumentSet("1.00: level 1 exactly", new int[] {1, 1, 1, 1}, "1.00", 1),
        Arguments.argumentSet("1.75: below level 2", new int[] {2, 2, 2, 1}, "1.75", 1),
        Arguments.argumentSet("2.00: level 2 exactly", new int[] {2, 2, 2, 2}, "2.00", 2),
        Arguments.argumentSet("2.75: below level 3", new int[] {3, 3, 3, 2}, "2.75", 2),
        Arguments.argumentSet("3.00: level 3 exactly", new int[] {3, 3, 3, 3}, "3.00", 3),
        Arguments.argumentSet("3.50: below level 4", new int[] {4, 4, 3, 3}, "3.50", 3),
        Arguments.argumentSet("3.75: level 4 exactly", new int[] {4, 4, 4, 3}, "3.75", 4),
        Arguments.argumentSet("4.25: below level 5", new int[] {5, 4, 4, 4}, "4.25", 4),
        Arguments.argumentSet("4.50: level 5 exactly", new int[] {5, 5, 4, 4}, "4.50", 5),
        Arguments.argumentSet("5.00: level 5", new int[] {5, 5, 5, 5}, "5.00", 5));
  }

  @ParameterizedTest
  @MethodSource("boundaries")
  void level_atEveryBoundary(int[] points, String total, int level) {
    Scores s = quarters(points);
    assertThat(s.total(0)).contains(new BigDecimal(total));
    assertThat(s.levelNumber(0)).hasValue(level);
  }

  @Nested
  class Rounding {
    /** One criterion whose options score the given decimals; levels as in the SAMPLE set. */
    private Scores single(String... optionScores) {
      CriteriaSet set = TestSets.withLevels("single").pillar(TestSets.pillar("p", "P", "P", "1",
          TestSets.component("c", "1", TestSets.criterion("k", TestSets.scores(optionScores), "1")))).build();
      Responses.Builder b = Responses.builder(set);
      for (int i = 0; i < optionScores.length; i++) {
        b.add(respondent("r" + i), new int[] {i}, new double[1]);
      }
      return Scorer.of(set).score(b.build());
    }

    @Test
    void score_isRoundedHalfUpToTheSetsDecimals_beforeTheThreshold() {
      Scores s = single("2.995", "2.9949", "3.749", "3.745", "0");
      assertThat(s.total(0)).contains(new BigDecimal("3.00"));
      assertThat(s.levelNumber(0)).as("2.995 rounds to 3.00: level 3").hasValue(3);
      assertThat(s.total(1)).contains(new BigDecimal("2.99"));
      assertThat(s.levelNumber(1)).as("2.9949 rounds to 2.99: level 2").hasValue(2);
      assertThat(s.total(2)).contains(new BigDecimal("3.75"));
      assertThat(s.levelNumber(2)).hasValue(4);
      assertThat(s.total(3)).contains(new BigDecimal("3.75"));
      assertThat(s.levelNumber(3)).as("3.745 rounds half up to 3.75").hasValue(4);
    }

    /**
     * Every threshold (1, 2, 3, 3.75, 4.50) approached from below by the smallest step the set prints (0.01 at two
     * decimals): a score one hundredth below stays on the level below; a score that rounds half up onto the
     * threshold reaches it; a score a hair below that rounds down and does not.
     */
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 3", "3.75, 4", "4.50, 5"})
    void everyThreshold_missedByOneHundredth_andReachedByRounding(String threshold, int level) {
      BigDecimal t = new BigDecimal(threshold);
      Scores s = single(t.subtract(new BigDecimal("0.01")).toPlainString(),
          t.subtract(new BigDecimal("0.005")).toPlainString(), t.subtract(new BigDecimal("0.0051")).toPlainString(),
          t.toPlainString());
      assertThat(s.levelNumber(3)).as("exactly %s", threshold).hasValue(level);
      assertThat(s.total(0)).contains(t.subtract(new BigDecimal("0.01")).setScale(2));
      assertThat(s.levelNumber(0)).as("one hundredth below %s", threshold).hasValue(level - 1);
      assertThat(s.total(1)).contains(t.setScale(2));
      assertThat(s.levelNumber(1)).as("%s - 0.005 rounds half up onto the threshold", threshold).hasValue(level);
      assertThat(s.total(2)).contains(t.subtract(new BigDecimal("0.01")).setScale(2));
      assertThat(s.levelNumber(2)).as("%s - 0.0051 rounds down below it", threshold).hasValue(level - 1);
    }

    @Test
    void meanOnABoundary_roundsUp_thoughItsDoubleIsBelow() {
      // (3 + 3 + 2.985) / 3 = 2.995 in decimals; in doubles the mean is 2.9949999999999997
      CriteriaSet set = TestSets.withLevels("mean").pillar(TestSets.pillar("p", "P", "P", "1",
          TestSets.component("c", "1", TestSets.criterion("a", TestSets.scores("3", "0"), "1"),
              TestSets.criterion("b", TestSets.scores("3", "0"), "1"),
              TestSets.criterion("d", TestSets.scores("2.985", "0"), "1")))).build();
      Responses.Builder b = Responses.builder(set);
      b.add(respondent("r"), new int[] {0, 0, 0}, new double[3]);
      Scores s = Scorer.of(set).score(b.build());
      assertThat(s.rawTotal(0)).isLessThan(2.995);
      assertThat(s.total(0)).contains(new BigDecimal("3.00"));
      assertThat(s.levelNumber(0)).hasValue(3);
    }
  }

  @Nested
  class Weights {
    private final CriteriaSet set = TestSets.weighted();
    private final Scorer scorer = Scorer.of(set);

    private Scores score(int a1, int a2, double b1, int b2) {
      Responses.Builder b = Responses.builder(set);
      b.add(respondent("r"), new int[] {a1, a2, 0, b2}, new double[] {0, 0, b1, 0});
      return scorer.score(b.build());
    }

    @Test
    void total_isTheWeightedMeanOfWeightedMeans() {
      // A = (4 + 2) / 2 = 3; B = (3 × 2.5 [b1 = 25 % lies in 10..50] + 1 × 1) / 4 = 2.125; total = (2 × 3 + 2.125) / 3
      Scores s = score(4, 2, 25, 1);
      assertThat(s.pillar(0, 0)).contains(new BigDecimal("3.00"));
      assertThat(s.pillar(0, 1)).contains(new BigDecimal("2.13"));
      assertThat(s.total(0)).contains(new BigDecimal("2.71"));
      assertThat(s.levelNumber(0)).hasValue(2);
    }

    @Test
    void numericBands_includeTheirLowerBound() {
      assertThat(score(0, 0, 9.99, 0).pillar(0, 1)).contains(new BigDecimal("0.00"));
      assertThat(score(0, 0, 10, 0).pillar(0, 1)).contains(new BigDecimal("1.88"));
      assertThat(score(0, 0, 50, 0).pillar(0, 1)).contains(new BigDecimal("3.75"));
      assertThat(score(0, 0, 100, 0).pillar(0, 1)).contains(new BigDecimal("3.75"));
    }

    @Test
    void notApplicable_leavesTheCriterionOut() {
      // a2 not applicable (option 6): A = 4; B = (3 × 5 + 5) / 4 = 5; total = (8 + 5) / 3 = 4.33
      Scores s = score(4, 6, 80, 5);
      assertThat(s.pillar(0, 0)).contains(new BigDecimal("4.00"));
      assertThat(s.total(0)).contains(new BigDecimal("4.33"));
      assertThat(s.levelNumber(0)).hasValue(4);
      ScoredRespondent d = s.detail(0);
      assertThat(d.criteria().get(1).answer()).isEqualTo("na");
      assertThat(d.criteria().get(1).points()).isEmpty();
    }

    @Test
    void everythingNotApplicable_hasNoScoreAndNoLevel() {
      CriteriaSet only = TestSets.withLevels("only").pillar(TestSets.pillar("p", "P", "P", "1",
          TestSets.component("c", "1", TestSets.criterion("k", TestSets.zeroToFive(), "1")))).build();
      Responses.Builder b = Responses.builder(only);
      b.add(respondent("r"), new int[] {6}, new double[1]);
      Scores s = Scorer.of(only).score(b.build());
      assertThat(s.total(0)).isEmpty();
      assertThat(s.level(0)).isEmpty();
      assertThat(s.detail(0).explanation().en()).isEqualTo(
          "Every criterion was answered \"not applicable\": no score and no level.");
    }

    @Test
    void explanation_namesTheLevelTheNextOneAndThePillarsHoldingItDown() {
      ScoredRespondent d = score(4, 2, 25, 1).detail(0);
      assertThat(d.level().map(Level::level)).contains(2);
      assertThat(d.pillars()).extracting(p -> p.level().orElseThrow().level()).containsExactly(3, 2);
      assertThat(d.components()).extracting(c -> c.score().orElseThrow())
          .containsExactly(new BigDecimal("3.00"), new BigDecimal("2.50"), new BigDecimal("1.00"));
      assertThat(d.explanation()).isEqualTo(LocalizedText.of(
          "Tổng điểm 2,71 → mức 2 (Bắt đầu, từ 2). Mức 3 (Hình thành) cần từ 3; các trụ cột kéo mức xuống:"
              + " Dữ liệu 2,13.",
          "Total 2.71 → level 2 (Beginning, from 2). Level 3 (Forming) needs 3; the pillars holding the level down:"
              + " Data 2.13."));
    }
  }

  @Test
  void lowestPillarBasis_takesTheWeakestPillarsLevel() {
    CriteriaSet set = TestSets.withLevels("lowest").levelBasis(LevelBasis.LOWEST_PILLAR)
        .pillar(TestSets.pillar("a", "Chiến lược", "Strategy", "1",
            TestSets.component("ac", "1", TestSets.criterion("a1", TestSets.zeroToFive(), "1"))))
        .pillar(TestSets.pillar("b", "Dữ liệu", "Data", "1",
            TestSets.component("bc", "1", TestSets.criterion("b1", TestSets.zeroToFive(), "1"))))
        .build();
    Responses.Builder b = Responses.builder(set);
    b.add(respondent("r"), new int[] {5, 2}, new double[2]);
    Scores s = Scorer.of(set).score(b.build());
    assertThat(s.total(0)).contains(new BigDecimal("3.50"));
    assertThat(s.levelNumber(0)).as("the total reaches 3, the data pillar only 2").hasValue(2);
    assertThat(s.detail(0).explanation().en()).isEqualTo("Total 3.50 → level 2 (Beginning, from 2); the level is"
        + " that of the lowest pillar: Data 2.00. Level 3 (Forming) needs 3; the pillars holding the level down:"
        + " Data 2.00.");
  }

  @Test
  void scorer_refusesLevelZeroAboveTheLowestScore() {
    CriteriaSet.Builder b = CriteriaSet.builder("high").title(LocalizedText.of("Thử", "Test"))
        .level(new Level(0, LocalizedText.of("Chưa", "Not yet"), Optional.of(BigDecimal.ONE)))
        .level(new Level(1, LocalizedText.of("Có", "Yes"), Optional.of(new BigDecimal("3"))))
        .pillar(TestSets.pillar("p", "P", "P", "1", TestSets.component("c", "1",
            TestSets.criterion("k", TestSets.zeroToFive(), "1"))));
    InvalidCriteriaSetException e = assertThrows(InvalidCriteriaSetException.class, () -> Scorer.of(b.build()));
    assertThat(e.problems()).containsExactly("level 0 starts at 1.00, but a respondent can score as little as 0.00"
        + " and would reach no level; let level 0 start at or below the lowest score");
  }
}
