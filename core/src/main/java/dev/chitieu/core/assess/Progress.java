package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Direction;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Precision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The progress measure national SDG platforms publish: Open SDG's method (sdg-build 2.4.0, {@code
 * sdg/ProgressMeasure.py}, from Statistics Canada), for one yearly series. Stateless and thread-safe.
 *
 * <p>The measure compares the compound annual growth between a base year and the latest year with the growth the
 * target needs (the ratio of the two is the progress value), or, without a target, takes the growth rate itself.
 * Categories follow from thresholds ({@link ProgressThresholds}); a met target overrides them. The score on [-5, 5]
 * follows sdg-build's formulas. Where sdg-build's published outputs differ from its stored code, this class follows
 * the published outputs: when the target equals the base value (no growth required) the progress value is not
 * available. The rules are written out in {@code docs/assessment.md}.
 */
public final class Progress {
  /** sdg-build replaces a base value or target of zero by this, to keep the growth formulas defined. */
  static final double ZERO_REPLACEMENT = 0.001;

  private Progress() {}

  /**
   * Measures the progress of one yearly series.
   *
   * @param series values by year; {@code null} and NaN values count as "no data" for that year (as empty cells do in
   *     sdg-build); the map is not modified
   * @param options the direction, base year, target and thresholds
   * @return the category, score, progress value and the base and latest points used; {@link
   *     ProgressCategory#NOT_AVAILABLE} with no score when there is no data, a single usable year, base and latest
   *     values of opposite signs, or a base year after the latest year — unless the latest value meets the target,
   *     which always gives {@link ProgressCategory#TARGET_ACHIEVED} with score 5
   * @throws InvalidValueException if a year is null or a value is infinite
   */
  public static ProgressResult measure(Map<Integer, Double> series, ProgressOptions options) {
    requireNonNull(series, "series");
    requireNonNull(options, "options");
    TreeMap<Integer, Double> data = new TreeMap<>();
    for (Map.Entry<Integer, Double> e : series.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidValueException("a progress series has a value without a year: " + e.getValue());
      }
      Double v = e.getValue();
      if (v == null || Double.isNaN(v)) {
        continue;
      }
      if (Double.isInfinite(v)) {
        throw new InvalidValueException(
            "the progress series has " + v + " in " + e.getKey() + "; expected a finite number or no value");
      }
      data.put(e.getKey(), v);
    }
    if (data.isEmpty()) {
      return ProgressResult.notAvailable();
    }
    int latestYear = data.lastKey();
    double latest = data.get(latestYear);
    boolean hasTarget = options.target().isPresent();
    double target = hasTarget ? replaceZero(options.target().getAsDouble()) : Double.NaN;
    boolean achieved = hasTarget && isAchieved(latest, target, options);

    Integer baseYearOrNull = data.ceilingKey(options.baseYear());
    if (baseYearOrNull == null) {
      // No data in or after the base year. sdg-build fails here; "no result" is the documented reading.
      return result(achieved, OptionalDouble.empty(), OptionalDouble.empty(), null, OptionalInt.empty(),
          OptionalDouble.empty(), latestYear, latest);
    }
    int baseYear = baseYearOrNull;
    double observedBase = data.get(baseYear);
    int sign = observedBase < 0 ? -1 : 1;
    int direction = options.direction() == Direction.INCREASE ? 1 : -1;

    ProgressThresholds thresholds;
    double coefficient = 1;
    if (hasTarget) {
      thresholds = options.withTarget();
    } else {
      thresholds = options.withoutTarget();
      if (options.limit().isPresent()) {
        coefficient = limitCoefficient(observedBase, options.limit().getAsDouble(), options.limitExponent());
        thresholds = thresholds.times(coefficient);
      }
    }

    double base = observedBase == 0 ? ZERO_REPLACEMENT : observedBase;
    OptionalDouble value = OptionalDouble.empty();
    boolean oppositeSigns = (base > 0 && latest < 0) || (base < 0 && latest > 0);
    if (!oppositeSigns && latestYear - baseYear >= 1) {
      double observed = growth(latest, base, latestYear, baseYear);
      double pv;
      if (hasTarget) {
        if (options.targetYear() <= baseYear) {
          pv = Double.NaN;
        } else {
          double required = growth(target, base, options.targetYear(), baseYear);
          // Published sdg-build outputs give no progress value when no growth is required (target == base).
          pv = required == 0 ? Double.NaN : sign * direction * observed / Math.abs(required);
        }
      } else {
        pv = sign * direction * observed;
      }
      if (Double.isFinite(pv)) {
        value = OptionalDouble.of(pv);
      }
    }

    OptionalDouble score = OptionalDouble.empty();
    ProgressCategory category = ProgressCategory.NOT_AVAILABLE;
    if (value.isPresent()) {
      double pv = value.getAsDouble();
      category = thresholds.categorise(pv);
      score = OptionalDouble.of(hasTarget ? scoreWithTarget(pv, thresholds) : scoreWithoutTarget(pv, thresholds,
          coefficient));
    }
    return result(achieved, value, score, category, OptionalInt.of(baseYear), OptionalDouble.of(observedBase),
        latestYear, latest);
  }

  /**
   * Combines the measures of several series of one indicator as sdg-build does at indicator level: the score is the
   * mean of the scores that exist (series without a score are left out); the category is "target achieved" when every
   * scored series achieved its target, otherwise the category of the mean score (2.5 and above substantial, 0 and
   * above moderate, -2.5 and above limited, below that deterioration).
   *
   * @param series the measures of the series, in their configured order
   * @return the combined category and score, without value or base and latest points; {@link
   *     ProgressCategory#NOT_AVAILABLE} when no series has a score
   */
  public static ProgressResult overall(List<ProgressResult> series) {
    requireNonNull(series, "series");
    double sum = 0;
    int n = 0;
    boolean allAchieved = true;
    for (ProgressResult r : series) {
      requireNonNull(r, "series element");
      if (r.score().isPresent()) {
        sum += r.score().getAsDouble();
        n++;
        allAchieved &= r.category() == ProgressCategory.TARGET_ACHIEVED;
      }
    }
    if (n == 0) {
      return ProgressResult.notAvailable();
    }
    double mean = sum / n;
    ProgressCategory category = allAchieved ? ProgressCategory.TARGET_ACHIEVED : categoryOfScore(mean);
    return new ProgressResult(category, OptionalDouble.of(mean), OptionalDouble.empty(), OptionalInt.empty(),
        OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty());
  }

  /**
   * The category of a score on [-5, 5], as sdg-build maps an indicator's mean score.
   *
   * @param score the score
   * @return substantial for [2.5, 5], moderate for [0, 2.5), limited for [-2.5, 0), deterioration below -2.5
   */
  public static ProgressCategory categoryOfScore(double score) {
    if (Double.isNaN(score)) {
      return ProgressCategory.NOT_AVAILABLE;
    }
    if (score >= 2.5) {
      return ProgressCategory.SUBSTANTIAL_PROGRESS;
    }
    if (score >= 0) {
      return ProgressCategory.MODERATE_PROGRESS;
    }
    if (score >= -2.5) {
      return ProgressCategory.LIMITED_PROGRESS;
    }
    return ProgressCategory.DETERIORATION;
  }

  private static ProgressResult result(boolean achieved, OptionalDouble value, OptionalDouble score,
      ProgressCategory category, OptionalInt baseYear, OptionalDouble baseValue, int latestYear, double latest) {
    ProgressCategory c = achieved ? ProgressCategory.TARGET_ACHIEVED
        : category == null ? ProgressCategory.NOT_AVAILABLE : category;
    OptionalDouble s = achieved ? OptionalDouble.of(5) : score;
    return new ProgressResult(c, s, value, baseYear, baseValue, OptionalInt.of(latestYear),
        OptionalDouble.of(latest));
  }

  private static double replaceZero(double v) {
    return v == 0 ? ZERO_REPLACEMENT : v;
  }

  private static boolean isAchieved(double latest, double replacedTarget, ProgressOptions options) {
    if (options.comparison().isEmpty() && options.decimals().isEmpty()) {
      return options.direction() == Direction.INCREASE ? latest >= replacedTarget : latest <= replacedTarget;
    }
    Comparison comparison = options.effectiveComparison();
    BigDecimal threshold = new BigDecimal(Double.toString(options.target().getAsDouble()));
    BigDecimal value = options.decimals().isPresent()
        ? Precision.round(latest, options.decimals().getAsInt())
        : new BigDecimal(Double.toString(latest));
    return comparison.test(value, threshold);
  }

  /** Compound annual growth from {@code (t0, v0)} to {@code (t1, v1)}; evaluated in sdg-build's order. */
  static double growth(double v1, double v0, int t1, int t0) {
    return Math.pow(v1 / v0, 1.0 / (t1 - t0)) - 1;
  }

  /** The reduction of the no-target thresholds as the base value nears a natural limit. */
  static double limitCoefficient(double base, double limit, double exponent) {
    double b = Math.abs(base);
    double l = Math.abs(limit);
    // Checked first so that a base and a limit of zero give 1.
    if (b >= 2 * l) {
      return 1;
    }
    if (b <= l) {
      return 1 - Math.pow(b / l, exponent);
    }
    return 1 - Math.pow((2 * l - b) / l, exponent);
  }

  // The score lines are sdg-build's, calibrated to its default thresholds; the branch points follow the thresholds in
  // use, as in sdg-build. Kept in sdg-build's evaluation order so the doubles match its published scores.
  private static double scoreWithoutTarget(double pv, ProgressThresholds t, double coefficient) {
    if (pv < t.low()) {
      return Math.max(125 * pv - 2.5, -5);
    }
    if (coefficient == 0) {
      return 5;
    }
    if (pv >= t.high()) {
      return Math.min(500 * pv / coefficient - 5, 5);
    }
    if (pv >= t.medium()) {
      return 250 * pv / coefficient - 1.25;
    }
    return 500 * pv / coefficient - 2.5;
  }

  private static double scoreWithTarget(double pv, ProgressThresholds t) {
    if (pv >= t.medium()) {
      return Math.min(7.1429 * pv - 4.2857, 5);
    }
    return Math.max(4.1667 * pv - 2.5, -5);
  }
}
