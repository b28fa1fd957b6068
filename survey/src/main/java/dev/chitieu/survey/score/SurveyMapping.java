package dev.chitieu.survey.score;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.InvalidCriteriaSetException;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * How survey results become measurements of a plan's indicators: for each declared ratio indicator, per commune, the
 * numerator is the number of respondents (of the declared size classes and sectors) at or above the declared level,
 * and the denominator the number of those respondents that have a level. The measurements carry both parts, so the
 * rollup divides the sums (never a mean of communes' shares) and {@code assess} judges the plan's target from them.
 * The level cut is declared here, not in code. Immutable and thread-safe.
 *
 * @param set the id of the criteria set the responses answer
 * @param plan the plan the indicators belong to, if declared
 * @param period the period the measurements are for (a survey round, e.g. {@code 2026-09})
 * @param status how firm the figures are
 * @param source where they come from, printed in reports (name the survey, say SAMPLE where it is)
 * @param rules one rule per indicator
 */
public record SurveyMapping(String set, Optional<PlanId> plan, Period period, MeasurementStatus status, String source,
    List<Rule> rules) {
  /** Checks that nothing is null, and copies the rules. */
  public SurveyMapping {
    requireNonNull(set, "set");
    requireNonNull(plan, "plan");
    requireNonNull(period, "period");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a survey mapping needs at least one rule");
    }
  }

  /**
   * One indicator's numerator and denominator.
   *
   * @param indicator the plan's ratio indicator, e.g. {@code bn.sme-digital-adoption-share}
   * @param levelAtLeast the level a respondent must reach to count in the numerator
   * @param sizes the size classes counted (empty: every class)
   * @param sectors the sectors counted (empty: every sector)
   */
  public record Rule(IndicatorId indicator, int levelAtLeast, Set<SizeClass> sizes, Set<String> sectors) {
    /** Copies the sets and checks the level. */
    public Rule {
      requireNonNull(indicator, "indicator");
      sizes = Set.copyOf(sizes);
      sectors = Set.copyOf(sectors);
      if (levelAtLeast < 0) {
        throw new IllegalArgumentException("levelAtLeast must be >= 0, was " + levelAtLeast);
      }
    }

    boolean counts(Responses r, int i) {
      return (sizes.isEmpty() || sizes.contains(r.sizeClass(i))) && (sectors.isEmpty()
          || sectors.contains(r.sector(i)));
    }
  }

  /**
   * Every problem of this mapping against a criteria set and a plan: a set of another id, a level the set does not
   * have, an indicator the plan does not declare or that is not a ratio.
   *
   * @param criteria the criteria set the responses answer
   * @param target the plan
   * @return the problems, empty when the mapping fits
   */
  public List<String> problems(CriteriaSet criteria, Plan target) {
    List<String> out = new ArrayList<>();
    if (!criteria.id().equals(set)) {
      out.add("the mapping is for criteria set '" + set + "', the responses answer '" + criteria.id() + "'");
    }
    plan.filter(p -> !p.equals(target.id())).ifPresent(p -> out.add("the mapping is for plan '" + p + "', not '"
        + target.id() + "'"));
    for (Rule r : rules) {
      if (r.levelAtLeast() >= criteria.levels().size()) {
        out.add("indicator '" + r.indicator() + "': level " + r.levelAtLeast() + " is not a level of criteria set '"
            + criteria.id() + "' (0 to " + (criteria.levels().size() - 1) + ")");
      }
      Optional<Indicator> ind = target.indicator(r.indicator());
      if (ind.isEmpty()) {
        out.add("indicator '" + r.indicator() + "' is not an indicator of plan '" + target.id() + "'");
      } else if (!(ind.get().aggregation() instanceof Aggregation.Ratio)) {
        out.add("indicator '" + r.indicator() + "' is not a ratio; a survey gives a numerator and a denominator,"
            + " so map it to a share such as bn.sme-digital-adoption-share");
      }
    }
    return out;
  }

  /**
   * Checks the mapping against a set and a plan.
   *
   * @throws InvalidCriteriaSetException listing every problem
   */
  public SurveyMapping check(CriteriaSet criteria, Plan target) {
    List<String> p = problems(criteria, target);
    if (!p.isEmpty()) {
      throw new InvalidCriteriaSetException("survey mapping for '" + set + "'", p);
    }
    return this;
  }

  /**
   * The measurements: per rule and commune, the respondents at or above the level over the respondents with a level.
   * A commune none of whose respondents counts gives no measurement (it is missing from the coverage).
   *
   * @param scores the scored responses
   * @return the measurements, with numerator and denominator, no value
   */
  public MeasurementSet measurements(Scores scores) {
    requireNonNull(scores, "scores");
    Responses r = scores.responses();
    MeasurementSet.Builder b = MeasurementSet.builder();
    for (Rule rule : rules) {
      Map<RegionCode, long[]> byCommune = new TreeMap<>();
      for (int i = 0; i < r.size(); i++) {
        if (!rule.counts(r, i) || scores.levelNumber(i).isEmpty()) {
          continue;
        }
        long[] parts = byCommune.computeIfAbsent(r.commune(i), c -> new long[2]);
        parts[1]++;
        if (scores.atOrAbove(i, rule.levelAtLeast())) {
          parts[0]++;
        }
      }
      byCommune.forEach((commune, parts) -> b.add(new Measurement(rule.indicator(), commune, period,
          Breakdown.NONE, OptionalDouble.empty(), OptionalDouble.of(parts[0]), OptionalDouble.of(parts[1]), status,
          source)));
    }
    return b.build();
  }
}
