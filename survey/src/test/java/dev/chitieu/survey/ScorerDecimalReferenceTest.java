package dev.chitieu.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scorer's double arithmetic against the same rules in decimal arithmetic, on random sets and answers (seeded,
 * see docs/adr/0011): every rounded total and every level agree.
 */
class ScorerDecimalReferenceTest {
  private static final MathContext MC = MathContext.DECIMAL128;

  @Test
  void scorer_agreesWithDecimalArithmetic() {
    Random random = new Random(20260919L);
    int compared = 0;
    for (int round = 0; round < 200; round++) {
      List<Pillar> pillars = new ArrayList<>();
      int np = 1 + random.nextInt(3);
      int id = 0;
      for (int p = 0; p < np; p++) {
        List<Component> comps = new ArrayList<>();
        int nc = 1 + random.nextInt(3);
        for (int c = 0; c < nc; c++) {
          List<Criterion> ks = new ArrayList<>();
          int nk = 1 + random.nextInt(4);
          for (int k = 0; k < nk; k++) {
            String[] scores = new String[2 + random.nextInt(4)];
            for (int o = 0; o < scores.length; o++) {
              scores[o] = BigDecimal.valueOf(random.nextInt(5001), random.nextInt(4)).toPlainString();
            }
            ks.add(TestSets.criterion("k" + id++, TestSets.scores(scores), String.valueOf(1 + random.nextInt(5))));
          }
          comps.add(new Component("c" + id++, Optional.of(LocalizedText.of("C", "C")),
              Optional.of(BigDecimal.valueOf(1 + random.nextInt(5))), Optional.of(ks), OptionalInt.empty(), List.of()));
        }
        pillars.add(new Pillar("p" + id++, LocalizedText.of("P", "P"),
            Optional.of(BigDecimal.valueOf(1 + random.nextInt(3))), Optional.of(comps), OptionalInt.empty(),
            List.of()));
      }
      CriteriaSet.Builder b = CriteriaSet.builder("r" + round).title(LocalizedText.of("Ngẫu nhiên", "Random"));
      String[] from = {"0", "0.5", "1.25", "2.01", "2.99", "3.3"};
      for (int l = 0; l < from.length; l++) {
        b.level(new Level(l, LocalizedText.of("Mức " + l, "Level " + l), Optional.of(new BigDecimal(from[l]))));
      }
      pillars.forEach(b::pillar);
      CriteriaSet set = b.build();
      List<Criterion> criteria = set.criteria();
      Responses.Builder rb = Responses.builder(set);
      for (int r = 0; r < 50; r++) {
        int[] options = new int[criteria.size()];
        for (int k = 0; k < options.length; k++) {
          options[k] = random.nextInt(((Scale.Choice) criteria.get(k).scale().orElseThrow()).options().size());
        }
        rb.add(TestSets.respondent("r" + r), options, new double[options.length]);
      }
      Responses responses = rb.build();
      Scores scores = Scorer.of(set).score(responses);
      for (int r = 0; r < responses.size(); r++) {
        BigDecimal expected = reference(set, responses, r).setScale(2, RoundingMode.HALF_UP);
        assertThat(scores.total(r)).as("set %s respondent %d", set.id(), r).contains(expected);
        int level = 0;
        for (int l = 0; l < from.length; l++) {
          if (expected.compareTo(new BigDecimal(from[l])) >= 0) {
            level = l;
          }
        }
        assertThat(scores.levelNumber(r)).hasValue(level);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(10_000);
  }

  private static BigDecimal reference(CriteriaSet set, Responses responses, int r) {
    BigDecimal totalSum = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    int k = 0;
    for (Pillar p : set.pillars()) {
      BigDecimal pSum = BigDecimal.ZERO;
      BigDecimal pWeight = BigDecimal.ZERO;
      for (Component c : p.components().orElseThrow()) {
        BigDecimal cSum = BigDecimal.ZERO;
        BigDecimal cWeight = BigDecimal.ZERO;
        for (Criterion crit : c.criteria().orElseThrow()) {
          BigDecimal s = ((Scale.Choice) crit.scale().orElseThrow()).options().get(responses.choice(r, k++)).score();
          cSum = cSum.add(crit.weight().orElseThrow().multiply(s));
          cWeight = cWeight.add(crit.weight().orElseThrow());
        }
        pSum = pSum.add(c.weight().orElseThrow().multiply(cSum.divide(cWeight, MC)));
        pWeight = pWeight.add(c.weight().orElseThrow());
      }
      totalSum = totalSum.add(p.weight().orElseThrow().multiply(pSum.divide(pWeight, MC)));
      totalWeight = totalWeight.add(p.weight().orElseThrow());
    }
    return totalSum.divide(totalWeight, MC);
  }
}
