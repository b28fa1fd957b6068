package dev.chitieu.survey.score;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.survey.Component;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.LevelBasis;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.Respondent;
import dev.chitieu.survey.Responses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One respondent scored in full, from criterion to level, with a sentence in each language that says why the level is
 * what it is and which pillars held it down.
 *
 * @param respondent who answered
 * @param total the total, rounded; empty if nothing applied
 * @param level the level; empty if nothing applied
 * @param pillars each pillar's score and the level that score alone reaches, in the set's order
 * @param components each component's score, in the set's order
 * @param criteria each criterion's answer and points, in the set's order
 * @param explanation why the level is what it is
 */
public record ScoredRespondent(Respondent respondent, Optional<BigDecimal> total, Optional<Level> level,
    List<PillarScore> pillars, List<ComponentScore> components, List<CriterionScore> criteria,
    LocalizedText explanation) {
  /** Copies the lists. */
  public ScoredRespondent {
    requireNonNull(respondent, "respondent");
    requireNonNull(total, "total");
    requireNonNull(level, "level");
    pillars = List.copyOf(pillars);
    components = List.copyOf(components);
    criteria = List.copyOf(criteria);
    requireNonNull(explanation, "explanation");
  }

  /**
   * A pillar's score.
   *
   * @param pillar the pillar
   * @param score its score, rounded; empty if none of its criteria applied
   * @param level the level that score reaches on the set's thresholds; empty with the score
   */
  public record PillarScore(Pillar pillar, Optional<BigDecimal> score, Optional<Level> level) {}

  /**
   * A component's score.
   *
   * @param component the component
   * @param score its score, rounded; empty if none of its criteria applied
   */
  public record ComponentScore(Component component, Optional<BigDecimal> score) {}

  /**
   * A criterion's answer and points.
   *
   * @param criterion the criterion
   * @param answer the answer as a response file writes it (an option's code or a number)
   * @param points the points, empty if the answer was "not applicable"
   */
  public record CriterionScore(Criterion criterion, String answer, Optional<BigDecimal> points) {}

  static ScoredRespondent of(Scorer scorer, Responses r, Scores scores, int i) {
    CriteriaSet set = scorer.set();
    int nk = r.criteria().size();
    int nc = scorer.components();
    int np = scorer.pillars();
    double[] compSum = new double[nc];
    double[] compWeight = new double[nc];
    double[] pSum = new double[np];
    double[] pWeight = new double[np];
    double[] points = new double[nk];
    scorer.scoreOne(r, i, compSum, compWeight, pSum, pWeight, points);
    List<CriterionScore> ks = new ArrayList<>();
    for (int k = 0; k < nk; k++) {
      double p = points[k];
      ks.add(new CriterionScore(r.criteria().get(k), r.answerText(i, k),
          p == p ? Optional.of(BigDecimal.valueOf(p).stripTrailingZeros()) : Optional.empty()));
    }
    List<ComponentScore> cs = new ArrayList<>();
    int c = 0;
    for (Pillar p : set.pillars()) {
      for (Component comp : p.components().orElseThrow()) {
        cs.add(new ComponentScore(comp, compWeight[c] > 0
            ? Optional.of(scorer.decimal(scorer.units(compSum[c] / compWeight[c]))) : Optional.empty()));
        c++;
      }
    }
    List<PillarScore> ps = new ArrayList<>();
    for (int p = 0; p < np; p++) {
      double s = scores.rawPillar(i, p);
      Optional<BigDecimal> score = s == s ? Optional.of(scorer.decimal(scorer.units(s))) : Optional.empty();
      Optional<Level> level = s == s ? Optional.of(set.level(scorer.levelOf(scorer.units(s)))) : Optional.empty();
      ps.add(new PillarScore(set.pillars().get(p), score, level));
    }
    Optional<BigDecimal> total = scores.total(i);
    Optional<Level> level = scores.level(i);
    return new ScoredRespondent(r.respondent(i), total, level, ps, cs, ks, explain(set, total, level, ps));
  }

  private static LocalizedText explain(CriteriaSet set, Optional<BigDecimal> total, Optional<Level> level,
      List<PillarScore> pillars) {
    if (level.isEmpty()) {
      return LocalizedText.of("Mọi tiêu chí đều được trả lời \"không áp dụng\": không có điểm, không xếp mức.",
          "Every criterion was answered \"not applicable\": no score and no level.");
    }
    Level l = level.get();
    List<PillarScore> scored = pillars.stream().filter(p -> p.score().isPresent())
        .sorted(Comparator.comparing((PillarScore p) -> p.score().get())).toList();
    String[] out = new String[2];
    for (Lang lang : Lang.values()) {
      boolean vi = lang == Lang.VI;
      StringBuilder b = new StringBuilder();
      b.append(vi ? "Tổng điểm " : "Total ").append(num(total.get(), lang)).append(" → ")
          .append(vi ? "mức " : "level ").append(l.level()).append(" (").append(l.name().get(lang));
      b.append(vi ? ", từ " : ", from ").append(num(l.from().orElseThrow(), lang)).append(")");
      if (set.levelBasis().orElseThrow() == LevelBasis.LOWEST_PILLAR) {
        List<PillarScore> lowest = scored.stream()
            .filter(p -> p.level().orElseThrow().level() == l.level()).toList();
        b.append(vi ? "; mức được xác định theo trụ cột thấp nhất: " : "; the level is that of the lowest pillar: ")
            .append(list(lowest, lang));
      }
      if (l.level() + 1 < set.levels().size()) {
        Level next = set.level(l.level() + 1);
        BigDecimal needed = next.from().orElseThrow();
        List<PillarScore> below = scored.stream().filter(p -> p.score().get().compareTo(needed) < 0).limit(3)
            .toList();
        b.append(vi ? ". Mức " : ". Level ").append(next.level()).append(" (").append(next.name().get(lang))
            .append(vi ? ") cần từ " : ") needs ").append(num(needed, lang));
        if (!below.isEmpty()) {
          b.append(vi ? "; các trụ cột kéo mức xuống: " : "; the pillars holding the level down: ")
              .append(list(below, lang));
        }
        b.append('.');
      } else {
        b.append(vi ? ": mức cao nhất." : ": the highest level.");
      }
      out[lang.ordinal()] = b.toString();
    }
    return LocalizedText.of(out[0], out[1]);
  }

  private static String list(List<PillarScore> ps, Lang lang) {
    return ps.stream().map(p -> p.pillar().name().get(lang) + " " + num(p.score().get(), lang))
        .collect(Collectors.joining(", "));
  }

  static String num(BigDecimal d, Lang lang) {
    String s = d.toPlainString();
    return lang == Lang.VI ? s.replace('.', ',') : s;
  }
}
