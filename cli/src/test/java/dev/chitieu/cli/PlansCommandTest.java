package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.io.PlanJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlansCommandTest {
  private final Context context = Run.context(new TestPlans.Provider());

  @Test
  void plans_text_listsEachPlanWithDocumentHorizonAndCounts() {
    Run r = Run.of(context, "plans");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Installed plans: 2");
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).matches("alpha-1-2025 +1/KH-TEST +2025-05 +2025 +2 +3"))
        .anySatisfy(l -> assertThat(l).matches("beta-2-2026-2030 +2/KH-TEST +2025-11-24 +2026–2030 +2 +1"));
    assertThat(r.out()).contains("Kế hoạch thử nghiệm Alpha", "Alpha test plan",
        "Ủy ban nhân dân tỉnh Thử / Test Provincial People's Committee");
  }

  @Test
  void plans_installed_listsTheFiveBundledPlansWithTheirTargetCounts() {
    Run r = Run.of(Run.installed(), "plans");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).matches("haiphong-106-2025 +106/KH-UBND +2025 +2025 +7 +\\d+"))
        .anySatisfy(l -> assertThat(l).matches("bacninh-144-2026-2030 +144/KH-UBND +2025-11-24 +2026–2030 +10 +\\d+"))
        .anySatisfy(l -> assertThat(l).matches("vietnam-411-2022 +411/QĐ-TTg +2022-03-31 +2022–2030 +7 +\\d+"))
        .anySatisfy(l -> assertThat(l).matches("vietnam-749-2020 +749/QĐ-TTg +2020-06-03 +2020–2030 +6 +\\d+"))
        .anySatisfy(l -> assertThat(l).matches("vietnam-58-2024 +58/QĐ-UBQGCĐS +2024-04-19 +2024 +3 +\\d+"));
    assertThat(r.out()).contains("Ủy ban nhân dân thành phố Hải Phòng / Hai Phong City People's Committee");
  }

  @Test
  void plans_installedJson_givesEveryTargetWithComparisonThresholdDeadlineAndScope() throws Exception {
    Run r = Run.of(Run.installed(), "plans", "--format", "json");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    var plans = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(plans).hasSize(5);
    var haiphong = plans.get(1);
    assertThat(haiphong.get("id").asText()).isEqualTo("haiphong-106-2025");
    assertThat(haiphong.get("targets")).hasSize(7);
    var density = haiphong.get("targets").get(3);
    assertThat(density.get("id").asText()).isEqualTo("hp.digital-tech-enterprise-density-2025");
    assertThat(density.get("comparison").asText()).isEqualTo("MORE_THAN");
    assertThat(density.get("threshold").decimalValue()).isEqualByComparingTo("0.7");
    assertThat(density.get("deadline").asText()).isEqualTo("2025-12-31");
    assertThat(density.get("scope").get("kind").asText()).isEqualTo("whole-region");
    assertThat(haiphong.get("targets").get(1).get("scope").get("kind").asText()).isEqualTo("each-member");
    assertThat(plans.get(0).get("targets")).hasSize(10);
    assertThat(plans.get(2).get("targets")).hasSize(7);
    assertThat(haiphong.get("indicators")).isNotEmpty();
  }

  @Test
  void plans_targets_listsRequirementDeadlineAndScope() {
    Run r = Run.of(context, "plans", "--targets", "--lang", "en");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).contains("a.share-2025").contains("> 15 %").contains("2025-12-31")
            .contains("whole region").contains("Share over 15%"))
        .anySatisfy(l -> assertThat(l).contains("a.share-each").contains("≥ 10 %").contains("each sector"))
        .anySatisfy(l -> assertThat(l).contains("b.datasets-yearly").contains("≥ 5 count")
            .contains("every year 2026–2030"))
        .anySatisfy(l -> assertThat(l).contains("b.datasets-total").contains("cumulative 2026–2030"));
  }

  @Test
  void plans_targetsInVietnamese_usesVietnameseWords() {
    Run r = Run.of(context, "plans", "-t");

    assertThat(r.out()).contains("mỗi ngành", "toàn địa bàn", "mỗi năm 2026–2030", "cộng dồn 2026–2030",
        "Mỗi năm ít nhất 5 bộ");
  }

  @Test
  void plans_json_printsEveryPlanInFullSoThatItReadsBack() {
    Run r = Run.of(context, "plans", "--format", "json");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    List<Plan> back = PlanJson.readAll(
        new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), "output");
    assertThat(back).containsExactly(TestPlans.alpha(), TestPlans.beta());
    assertThat(r.out()).contains("\"comparison\" : \"MORE_THAN\"", "\"threshold\" : 15",
        "\"deadline\" : \"2025-12-31\"", "\"kind\" : \"each-member\"");
  }

  @Test
  void plans_onePlan_printsOnlyIt() {
    Run r = Run.of(context, "plans", "--plan", "beta-2-2026-2030", "--format", "JSON");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("beta-2-2026-2030").doesNotContain("alpha-1-2025");
  }

  @Test
  void plans_unknownPlan_listsTheInstalledOnesAndFailsAsUsage() {
    Run r = Run.of(context, "plans", "--plan", "haiphong-2021");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("No plan 'haiphong-2021' is installed")
        .contains("[alpha-1-2025, beta-2-2026-2030]");
  }

  @Test
  void plans_unknownFormat_failsAsUsageNamingTheChoices() {
    Run r = Run.of(context, "plans", "--format", "xml");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--format").contains("xml").contains("TEXT, JSON");
  }

  @Test
  void plans_unknownLanguage_failsAsUsage() {
    Run r = Run.of(context, "plans", "--lang", "fr");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'fr' is not a language; expected vi or en");
  }

  @Test
  void plans_brokenProvider_printsTheGoodPlansWarnsAndFailsAsConfiguration() {
    Run r = Run.of(Run.context(new TestPlans.Provider(), new TestPlans.Broken()), "plans");

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.out()).contains("alpha-1-2025", "beta-2-2026-2030");
    assertThat(r.err()).contains("problem(s) with the installed plans")
        .contains("plan provider 'broken'").contains("cannot read bundled plan file");
  }

  @Test
  void plans_none_saysSo() {
    Run r = Run.of(Run.context(), "plans");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("No plan is installed");
  }
}
