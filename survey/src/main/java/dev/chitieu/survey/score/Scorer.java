package dev.chitieu.survey.score;

import static java.util.Objects.requireNonNull;

import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.Component;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.InvalidCriteriaSetException;
import dev.chitieu.survey.LevelBasis;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.ScoreBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores responses against a complete criteria set.
 *
 * <ul>
 *   <li>A criterion scores the points of the chosen option, or of the band a number falls in. An option marked not
 *       applicable leaves the criterion out.
 *   <li>A component's score is the weighted mean of its applicable criteria's scores; a pillar's, the weighted mean of
 *       its components' scores (components whose every criterion was not applicable are left out); the total, the
 *       weighted mean of the pillars' scores.
 *   <li>Scores are rounded half up to the set's decimals, and only then compared with the levels' thresholds: a
 *       respondent is at the highest level whose threshold its rounded total reaches (or, where the set declares
 *       {@link LevelBasis#LOWEST_PILLAR}, the lowest level its pillars' rounded scores reach).
 * </ul>
 *
 * <p>Arithmetic is in {@code double}; before rounding, a score is first rounded to six decimals below the set's, so
 * that a score that is exactly on a rounding boundary in decimal arithmetic (2.675 at two decimals) rounds up as it
 * should. This is exact whenever the weights' and scores' common denominators stay below 100,000, which a test checks
 * against decimal arithmetic. Thread-safe.
 */
public final class Scorer {
  private static final int GUARD_DIGITS = 6;
  private static final long GUARD = 1_000_000L;

  private final CriteriaSet set;
  private final int criteria;
  private final int components;
  private final int pillars;
  private final int[] componentOf;
  private final int[] pillarOf;
  private final double[] criterionWeight;
  private final double[] componentWeight;
  private final double[] pillarWeight;
  /** For a choice, the points of each option, NaN for a not-applicable one; null for a numeric criterion. */
  private final double[][] optionScore;
  /** For a numeric criterion, the bands' lower bounds and points; null for a choice. */
  private final double[][] bandFrom;
  private final double[][] bandScore;
  /** Every option's points in one table, NaN where not applicable; criterion {@code k}'s start at offset[k]. */
  private final double[] table;
  private final int[] offset;
  private final boolean[] numeric;
  /** The criteria of component {@code c} are {@code criterionEnd[c - 1]} (or 0) to {@code criterionEnd[c]}. */
  private final int[] criterionEnd;
  /** The components of pillar {@code p} end before {@code componentEnd[p]}. */
  private final int[] componentEnd;
  private final long[] thresholdUnits;
  private final double fineScale;
  private final long unitScale;
  private final boolean lowestPillar;

  private Scorer(CriteriaSet set) {
    this.set = set;
    List<Criterion> ks = set.criteria();
    List<Component> cs = new ArrayList<>();
    set.pillars().forEach(p -> cs.addAll(p.components().orElseThrow()));
    this.criteria = ks.size();
    this.components = cs.size();
    this.pillars = set.pillars().size();
    this.componentOf = new int[criteria];
    this.pillarOf = new int[components];
    this.criterionWeight = new double[criteria];
    this.componentWeight = new double[components];
    this.pillarWeight = new double[pillars];
    this.optionScore = new double[criteria][];
    this.bandFrom = new double[criteria][];
    this.bandScore = new double[criteria][];
    int k = 0;
    int c = 0;
    for (int p = 0; p < pillars; p++) {
      Pillar pillar = set.pillars().get(p);
      pillarWeight[p] = pillar.weight().orElseThrow().doubleValue();
      for (Component comp : pillar.components().orElseThrow()) {
        pillarOf[c] = p;
        componentWeight[c] = comp.weight().orElseThrow().doubleValue();
        for (Criterion crit : comp.criteria().orElseThrow()) {
          componentOf[k] = c;
          criterionWeight[k] = crit.weight().orElseThrow().doubleValue();
          Scale s = crit.scale().orElseThrow();
          if (s instanceof Scale.Choice ch) {
            optionScore[k] = ch.options().stream()
                .mapToDouble(o -> o.notApplicable() ? Double.NaN : o.score().doubleValue()).toArray();
          } else {
            List<ScoreBand> bands = ((Scale.Numeric) s).bands();
            bandFrom[k] = bands.stream().mapToDouble(b -> b.from().doubleValue()).toArray();
            bandScore[k] = bands.stream().mapToDouble(b -> b.score().doubleValue()).toArray();
          }
          k++;
        }
        c++;
      }
    }
    this.offset = new int[criteria];
    this.numeric = new boolean[criteria];
    int size = 0;
    for (int i = 0; i < criteria; i++) {
      offset[i] = size;
      numeric[i] = optionScore[i] == null;
      size += numeric[i] ? 0 : optionScore[i].length;
    }
    this.table = new double[size];
    for (int i = 0; i < criteria; i++) {
      if (!numeric[i]) {
        System.arraycopy(optionScore[i], 0, table, offset[i], optionScore[i].length);
      }
    }
    this.criterionEnd = new int[components];
    this.componentEnd = new int[pillars];
    for (int i = 0; i < criteria; i++) {
      criterionEnd[componentOf[i]] = i + 1;
    }
    for (int i = 0; i < components; i++) {
      componentEnd[pillarOf[i]] = i + 1;
    }
    int d = set.decimals();
    this.unitScale = pow10(d);
    this.fineScale = (double) pow10(d + GUARD_DIGITS);
    this.thresholdUnits = new long[set.levels().size()];
    for (int i = 0; i < thresholdUnits.length; i++) {
      thresholdUnits[i] = set.levels().get(i).from().orElseThrow().movePointRight(d).longValueExact();
    }
    this.lowestPillar = set.levelBasis().orElseThrow() == LevelBasis.LOWEST_PILLAR;
    checkRanges();
  }

  /**
   * A scorer for a set.
   *
   * @param set the criteria set
   * @return the scorer
   * @throws InvalidCriteriaSetException if the set is not complete, or a possible score reaches no level
   */
  public static Scorer of(CriteriaSet set) {
    requireNonNull(set, "set").requireComplete("score responses");
    return new Scorer(set);
  }

  /** The criteria set. */
  public CriteriaSet set() {
    return set;
  }

  /**
   * Scores every respondent.
   *
   * @param responses responses to this scorer's set
   * @return the scores and levels
   * @throws IllegalArgumentException if the responses answer another set
   */
  public Scores score(Responses responses) {
    requireNonNull(responses, "responses");
    if (responses.set() != set && !responses.set().id().equals(set.id())) {
      throw new IllegalArgumentException("the responses answer criteria set '" + responses.set().id()
          + "', not '" + set.id() + "'");
    }
    int n = responses.size();
    double[] totals = new double[n];
    long[] totalUnits = new long[n];
    byte[] levels = new byte[n];
    double[] pillarScores = new double[n * pillars];
    byte[] row = new byte[criteria];
    final double[] table = this.table;
    final int[] offset = this.offset;
    final boolean[] numeric = this.numeric;
    final double[] cw = this.criterionWeight;
    boolean anyNumeric = false;
    for (boolean b : numeric) {
      anyNumeric |= b;
    }
    for (int i = 0; i < n; i++) {
      responses.copyChoices(i, row);
      double sum = 0;
      double weight = 0;
      int lowest = Integer.MAX_VALUE;
      int k = 0;
      int c = 0;
      for (int p = 0; p < pillars; p++) {
        double pSum = 0;
        double pWeight = 0;
        for (int cEnd = componentEnd[p]; c < cEnd; c++) {
          double cSum = 0;
          double cWeight = 0;
          for (int kEnd = criterionEnd[c]; k < kEnd; k++) {
            double s = anyNumeric && numeric[k] ? band(k, responses.number(i, k)) : table[offset[k] + row[k]];
            if (s == s) {
              cSum += cw[k] * s;
              cWeight += cw[k];
            }
          }
          if (cWeight > 0) {
            pSum += componentWeight[c] * (cSum / cWeight);
            pWeight += componentWeight[c];
          }
        }
        double ps = pWeight > 0 ? pSum / pWeight : Double.NaN;
        pillarScores[i * pillars + p] = ps;
        if (pWeight > 0) {
          sum += pillarWeight[p] * ps;
          weight += pillarWeight[p];
          if (lowestPillar) {
            lowest = Math.min(lowest, levelOf(units(ps)));
          }
        }
      }
      double total = weight > 0 ? sum / weight : Double.NaN;
      totals[i] = total;
      long u = weight > 0 ? units(total) : Long.MIN_VALUE;
      totalUnits[i] = u;
      levels[i] = (byte) (weight == 0 ? -1 : lowestPillar ? lowest : levelOf(u));
    }
    return new Scores(this, responses, totals, totalUnits, levels, pillarScores);
  }

  /**
   * Scores criterion by criterion into the component and pillar sums; {@code criterionScores}, when not null,
   * receives each criterion's points (NaN when not applicable).
   */
  void scoreOne(Responses r, int i, double[] compSum, double[] compWeight, double[] pSum, double[] pWeight,
      double[] criterionScores) {
    java.util.Arrays.fill(compSum, 0);
    java.util.Arrays.fill(compWeight, 0);
    java.util.Arrays.fill(pSum, 0);
    java.util.Arrays.fill(pWeight, 0);
    for (int k = 0; k < criteria; k++) {
      double s;
      double[] opts = optionScore[k];
      if (opts != null) {
        s = opts[r.choice(i, k)];
      } else {
        s = band(k, r.number(i, k));
      }
      if (criterionScores != null) {
        criterionScores[k] = s;
      }
      if (s == s) {
        int c = componentOf[k];
        compSum[c] += criterionWeight[k] * s;
        compWeight[c] += criterionWeight[k];
      }
    }
    for (int c = 0; c < components; c++) {
      if (compWeight[c] > 0) {
        int p = pillarOf[c];
        pSum[p] += componentWeight[c] * (compSum[c] / compWeight[c]);
        pWeight[p] += componentWeight[c];
      }
    }
  }

  /** The points respondent {@code i} scores on criterion {@code k}; NaN when not applicable. */
  double points(Responses r, int i, int k) {
    double[] opts = optionScore[k];
    return opts != null ? opts[r.choice(i, k)] : band(k, r.number(i, k));
  }

  private double band(int k, double answer) {
    double[] from = bandFrom[k];
    int b = from.length - 1;
    while (b > 0 && answer < from[b]) {
      b--;
    }
    return bandScore[k][b];
  }

  /** A score in units of the set's last decimal, rounded half up (see the class comment). */
  long units(double score) {
    long fine = Math.round(score * fineScale);
    return Math.floorDiv(fine + GUARD / 2, GUARD);
  }

  /** The highest level whose threshold a rounded score reaches. */
  int levelOf(long units) {
    int l = 0;
    for (int i = 1; i < thresholdUnits.length; i++) {
      if (units >= thresholdUnits[i]) {
        l = i;
      }
    }
    return l;
  }

  /** The score as a decimal with the set's decimals. */
  BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, set.decimals());
  }

  int pillars() {
    return pillars;
  }

  int components() {
    return components;
  }

  int componentOf(int k) {
    return componentOf[k];
  }

  int pillarOf(int c) {
    return pillarOf[c];
  }

  private void checkRanges() {
    double max = 0;
    double min = Double.MAX_VALUE;
    for (Criterion k : set.criteria()) {
      Scale s = k.scale().orElseThrow();
      max = Math.max(max, s.maxScore().doubleValue());
      min = Math.min(min, s.minScore().doubleValue());
    }
    List<String> problems = new ArrayList<>();
    if (max * fineScale >= 1L << 52) {
      problems.add("scores up to " + max + " at " + set.decimals() + " decimals are too large to round exactly;"
          + " use smaller scores or fewer decimals");
    }
    long lowest = units(min);
    if (lowest < thresholdUnits[0]) {
      problems.add("level 0 starts at " + decimal(thresholdUnits[0]).toPlainString() + ", but a respondent can"
          + " score as little as " + decimal(lowest).toPlainString() + " and would reach no level; let level 0"
          + " start at or below the lowest score");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaSetException("criteria set '" + set.id() + "'", problems);
    }
  }

  private static long pow10(int n) {
    long v = 1;
    for (int i = 0; i < n; i++) {
      v *= 10;
    }
    return v;
  }

  /** The points of option {@code o} of criterion {@code k}, NaN if not applicable. */
  double optionScore(int k, int o) {
    return optionScore[k][o];
  }

  /** Used by explanations: the option a respondent chose. */
  static AnswerOption option(Criterion c, int index) {
    return ((Scale.Choice) c.scale().orElseThrow()).options().get(index);
  }
}
