package dev.chitieu.survey.score;

import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.Responses;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The scores and levels of every respondent of a set of responses, by index (the responses' order). A respondent
 * who answered "not applicable" to every criterion has no score and no level. Immutable and thread-safe.
 */
public final class Scores {
  private final Scorer scorer;
  private final Responses responses;
  private final double[] totals;
  private final long[] totalUnits;
  private final byte[] levels;
  private final double[] pillarScores;

  Scores(Scorer scorer, Responses responses, double[] totals, long[] totalUnits, byte[] levels,
      double[] pillarScores) {
    this.scorer = scorer;
    this.responses = responses;
    this.totals = totals;
    this.totalUnits = totalUnits;
    this.levels = levels;
    this.pillarScores = pillarScores;
  }

  /** The responses scored. */
  public Responses responses() {
    return responses;
  }

  /** The criteria set. */
  public CriteriaSet set() {
    return scorer.set();
  }

  /** How many respondents. */
  public int size() {
    return totals.length;
  }

  /** The total of respondent {@code i}, rounded half up to the set's decimals; empty if nothing applied. */
  public Optional<BigDecimal> total(int i) {
    return levels[i] < 0 ? Optional.empty() : Optional.of(scorer.decimal(totalUnits[i]));
  }

  /** The total of respondent {@code i} before rounding; NaN if nothing applied. */
  public double rawTotal(int i) {
    return totals[i];
  }

  /** The level number of respondent {@code i}; empty if nothing applied. */
  public OptionalInt levelNumber(int i) {
    return levels[i] < 0 ? OptionalInt.empty() : OptionalInt.of(levels[i]);
  }

  /** The level of respondent {@code i}; empty if nothing applied. */
  public Optional<Level> level(int i) {
    return levels[i] < 0 ? Optional.empty() : Optional.of(scorer.set().level(levels[i]));
  }

  /** Whether respondent {@code i} is at or above a level. */
  public boolean atOrAbove(int i, int level) {
    return levels[i] >= level;
  }

  /** The score of pillar {@code p} (the set's order) for respondent {@code i} before rounding; NaN if none. */
  public double rawPillar(int i, int p) {
    return pillarScores[i * scorer.pillars() + p];
  }

  /** The score of pillar {@code p} for respondent {@code i}, rounded to the set's decimals; empty if none applied. */
  public Optional<BigDecimal> pillar(int i, int p) {
    double s = rawPillar(i, p);
    return s == s ? Optional.of(scorer.decimal(scorer.units(s))) : Optional.empty();
  }

  /**
   * The points respondent {@code i} scores on a criterion, before any weighting.
   *
   * @param i the respondent's index
   * @param k the criterion's index in {@link CriteriaSet#criteria()}
   * @return the points; NaN where the answer is "not applicable"
   */
  public double criterionPoints(int i, int k) {
    return scorer.points(responses, i, k);
  }

  /**
   * Respondent {@code i} in full: every criterion's points, every component's and pillar's score and level, and the
   * explanation of the level.
   *
   * @param i the respondent's index
   * @return the detail
   */
  public ScoredRespondent detail(int i) {
    return ScoredRespondent.of(scorer, responses, this, i);
  }

  @Override
  public String toString() {
    return "Scores[" + scorer.set().id() + ", " + size() + " respondents]";
  }
}
