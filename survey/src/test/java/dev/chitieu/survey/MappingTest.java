package dev.chitieu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.survey.io.MappingFile;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import dev.chitieu.survey.score.SurveyAggregates;
import dev.chitieu.survey.score.SurveyMapping;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Survey results into Bắc Ninh's SME target, judged by assess. */
class MappingTest {
  private static final PlanRegistry REGISTRY = PlanRegistry.loadInstalled().requireHealthy();
  private static final Plan PLAN = REGISTRY.plan("bacninh-144-2026-2030");
  private static final RegionHierarchy REGIONS = REGISTRY.regions();
  private static final CriteriaSet SET = TestSets.quarters();
  private static final String MAPPING = """
      set: quarters
      plan: bacninh-144-2026-2030
      period: 2026-09
      status: estimate
      source: khảo sát thử / test survey
      measurements:
        - indicator: bn.sme-digital-adoption-share
          numerator: {levelAtLeast: 2}
          denominator: respondents
          sizes: [micro, small, medium]
      """;

  private static SurveyMapping mapping(String yaml) {
    return MappingFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "map.yaml");
  }

  /**
   * Commune 07210: four SMEs at levels 2, 3, 1, 0; commune 07228: six SMEs, {@code high} of them at level 2 or above,
   * and a large enterprise at level 5, which the mapping leaves out.
   */
  private static Scores scores(int high) {
    Responses.Builder b = Responses.builder(SET);
    int[][] first = {{2, 2, 2, 2}, {3, 3, 3, 3}, {1, 1, 1, 1}, {0, 0, 0, 0}};
    int n = 0;
    for (int[] p : first) {
      b.add(new Respondent("a" + n++, RegionCode.of("07210"), "C", SizeClass.SMALL, LocalDate.of(2026, 9, 1)), p,
          new double[4]);
    }
    for (int i = 0; i < 6; i++) {
      int[] p = i < high ? new int[] {4, 4, 4, 4} : new int[] {1, 1, 1, 1};
      b.add(new Respondent("b" + i, RegionCode.of("07228"), "G", SizeClass.MICRO, LocalDate.of(2026, 9, 2)), p,
          new double[4]);
    }
    b.add(new Respondent("big", RegionCode.of("07228"), "C", SizeClass.LARGE, LocalDate.of(2026, 9, 3)),
        new int[] {5, 5, 5, 5}, new double[4]);
    return Scorer.of(SET).score(b.build());
  }

  private static TargetResult assess(int high) {
    SurveyMapping m = mapping(MAPPING).check(SET, PLAN);
    MeasurementSet data = m.measurements(scores(high));
    Assessment a = Assessor.withDefaults().assess(PLAN, data, REGIONS, LocalDate.of(2026, 9, 30));
    return a.result(TargetId.of("bn.sme-digital-adoption-share-2030")).orElseThrow();
  }

  @Test
  void measurements_carryNumeratorAndDenominatorPerCommune() {
    MeasurementSet data = mapping(MAPPING).measurements(scores(4));
    assertThat(data.size()).isEqualTo(2);
    Measurement first = data.get(0);
    assertThat(first.region()).isEqualTo(RegionCode.of("07210"));
    assertThat(first.numerator().getAsDouble()).isEqualTo(2);
    assertThat(first.denominator().getAsDouble()).isEqualTo(4);
    assertThat(first.value()).isEmpty();
    assertThat(first.source()).isEqualTo("khảo sát thử / test survey");
    assertThat(data.get(1).numerator().getAsDouble()).isEqualTo(4);
    assertThat(data.get(1).denominator().getAsDouble()).as("the large enterprise is left out").isEqualTo(6);
  }

  @Test
  void assess_judgesBacNinhsSmeTarget_fromSurveyData() {
    // (2 + 4) / (4 + 6) = 60 %: the target of 60 % is met
    TargetResult met = assess(4);
    assertThat(met.evidence().value()).contains(new BigDecimal("60.00"));
    assertThat(met.status()).isEqualTo(Status.ACHIEVED);
    // (2 + 3) / 10 = 50 %: not yet
    TargetResult short1 = assess(3);
    assertThat(short1.evidence().value()).contains(new BigDecimal("50.00"));
    assertThat(short1.status()).isNotEqualTo(Status.ACHIEVED);
  }

  @Test
  void mapping_thatDoesNotFitThePlan_namesEveryProblem() {
    SurveyMapping m = mapping(MAPPING.replace("levelAtLeast: 2", "levelAtLeast: 9")
        .replace("bn.sme-digital-adoption-share", "bn.smes"));
    InvalidCriteriaSetException e = assertThrows(InvalidCriteriaSetException.class,
        () -> m.check(TestSets.weighted(), PLAN));
    assertThat(e.problems()).containsExactly(
        "the mapping is for criteria set 'quarters', the responses answer 'weighted'",
        "indicator 'bn.smes': level 9 is not a level of criteria set 'weighted' (0 to 5)",
        "indicator 'bn.smes' is not a ratio; a survey gives a numerator and a denominator, so map it to a share such"
            + " as bn.sme-digital-adoption-share");
  }

  @Test
  void mappingFile_problemsAreLocated() {
    InvalidCriteriaSetException e = assertThrows(InvalidCriteriaSetException.class, () -> mapping("""
        set: quarters
        period: 2026-13
        status: guessed
        source: x
        measurements:
          - indicator: bn.sme-digital-adoption-share
            numerator: {atLeast: 2}
            denominator: everyone
            sizes: [tiny]
        """));
    assertThat(e.problems()).hasSize(5);
    assertThat(e.problems().get(0)).startsWith("map.yaml line 2, column 9: 'period' is '2026-13'");
    assertThat(e.problems().get(1)).isEqualTo("map.yaml line 3, column 9: 'guessed' is not a measurement status;"
        + " expected actual, provisional or estimate");
    assertThat(e.problems().get(2)).isEqualTo("map.yaml line 7, column 16: 'numerator' must be {levelAtLeast: N}:"
        + " the respondents at or above level N");
    assertThat(e.problems().get(3)).isEqualTo("map.yaml line 8, column 18: 'denominator' is 'everyone'; write"
        + " respondents (those with a level)");
    assertThat(e.problems().get(4)).startsWith("map.yaml line 9, column 13: 'tiny' is not a size class");
  }

  @Test
  void aggregates_countLevelsSharesMeansAndCoverage() {
    SurveyAggregates agg = SurveyAggregates.of(scores(4), REGIONS, Map.of(RegionCode.of("07210"), 40L));
    SurveyAggregates.Group a = agg.byCommune().get(0);
    assertThat(a.member()).isEqualTo("07210");
    assertThat(a.respondents()).isEqualTo(4);
    assertThat(a.byLevel()).containsExactly(1, 1, 1, 1, 0, 0);
    assertThat(a.shareAtOrAbove(2)).contains(new BigDecimal("50.00"));
    assertThat(a.meanPillar(0)).contains(1.5);
    assertThat(a.coverage()).contains(new BigDecimal("10.00"));
    SurveyAggregates.Group b = agg.byCommune().get(1);
    assertThat(b.coverage()).isEmpty();
    assertThat(agg.byProvince()).singleElement().satisfies(p -> {
      assertThat(p.member()).isEqualTo("24");
      assertThat(p.respondents()).isEqualTo(11);
      // levels: a 2, 3, 1, 0; b 4 × level 4 (sum 16 → 4.00), 2 × level 1; big level 5
      assertThat(p.byLevel()).containsExactly(1, 3, 1, 1, 4, 1);
      assertThat(p.shareAtOrAbove(4)).contains(new BigDecimal("45.45"));
    });
    assertThat(agg.bySize()).extracting(SurveyAggregates.Group::member).containsExactly("micro", "small", "large");
    assertThat(agg.bySector()).extracting(SurveyAggregates.Group::member).containsExactly("C", "G");
    assertThat(agg.total().respondents()).isEqualTo(11);
    // every criterion alike: (2 + 3 + 1 + 0) + 4 × 4 + 2 × 1 + 5 = 29 points over 11 respondents
    for (int k = 0; k < 4; k++) {
      assertThat(agg.meanCriterion(k)).hasValueSatisfying(v -> assertThat(v).isCloseTo(29.0 / 11, within(1e-12)));
    }
    assertThat(agg.firstDate()).contains(LocalDate.of(2026, 9, 1));
    assertThat(agg.lastDate()).contains(LocalDate.of(2026, 9, 3));
  }

  @Test
  void vsicSections_areNamedInBothLanguages() {
    assertThat(VsicSection.name("C")).contains(dev.chitieu.core.model.LocalizedText.of(
        "Công nghiệp chế biến, chế tạo", "Manufacturing"));
    assertThat(VsicSection.name(" j ")).hasValueSatisfying(n -> assertThat(n.en()).isEqualTo(
        "Information and communication"));
    assertThat(VsicSection.name("Z")).isEmpty();
    assertThat(VsicSection.name("")).isEmpty();
  }
}
