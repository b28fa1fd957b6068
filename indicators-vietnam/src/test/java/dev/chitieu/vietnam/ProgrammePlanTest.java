package dev.chitieu.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.testkit.InstalledPlan;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision 749/QĐ-TTg, the national digital transformation programme, against the targets its reports quote. */
class ProgrammePlanTest {
  static final InstalledPlan INSTALLED = InstalledPlan.of(VietnamPlanProvider.PROGRAMME_PLAN_ID);
  static final Plan PLAN = INSTALLED.plan();

  /** Each target as the cited article states it: id, indicator, comparison, threshold, year, scope, article. */
  static Stream<Arguments> sourceTable() {
    return Stream.of(
        argumentSet("digital economy 20 % of GDP by 2025", "dx.digital-economy-share-2025",
            "dx.digital-economy-share", Comparison.AT_LEAST, "20", 2025, Scope.wholeRegion(), "thukyluat.vn"),
        argumentSet("each sector at least 10 % by 2025", "dx.digital-economy-share-each-sector-2025",
            "dx.digital-economy-share", Comparison.AT_LEAST, "10", 2025, Scope.eachMember("sector"),
            "vietnamlawmagazine.vn"),
        argumentSet("fibre to more than 80 % of households by 2025", "dx.fibre-household-coverage-2025",
            "dx.fibre-household-coverage", Comparison.MORE_THAN, "80", 2025, Scope.wholeRegion(), "thukyluat.vn"),
        argumentSet("fibre to 100 % of communes by 2025", "dx.fibre-commune-coverage-2025",
            "dx.fibre-commune-coverage", Comparison.AT_LEAST, "100", 2025, Scope.wholeRegion(), "thukyluat.vn"),
        argumentSet("more than half of the population with e-payment by 2025", "dx.e-payment-account-share-2025",
            "dx.e-payment-account-share", Comparison.MORE_THAN, "50", 2025, Scope.wholeRegion(), "mic.gov.vn"),
        argumentSet("80 % of the population with e-payment by 2030", "dx.e-payment-account-share-2030",
            "dx.e-payment-account-share", Comparison.AT_LEAST, "80", 2030, Scope.wholeRegion(), "vietnamnet.vn"));
  }

  @ParameterizedTest
  @MethodSource("sourceTable")
  void target_matchesTheArticle(String id, String indicator, Comparison comparison, String threshold, int year,
      Scope scope, String article) {
    Target t = INSTALLED.target(id);

    assertThat(t.indicator()).isEqualTo(IndicatorId.of(indicator));
    assertThat(t.comparison()).isEqualTo(comparison);
    assertThat(t.threshold()).isEqualByComparingTo(threshold);
    assertThat(t.deadline()).isEqualTo(LocalDate.of(year, 12, 31));
    assertThat(t.scope()).isEqualTo(scope);
    assertThat(t.source().document()).contains("749/QĐ-TTg", "03/6/2020");
    assertThat(t.source().article()).startsWith("https://").contains(article);
  }

  @Test
  void plan_hasTheSixTargets_forTheCountry_2020to2030() {
    assertThat(PLAN.targets()).hasSize(6);
    assertThat(PLAN.documentNumber()).isEqualTo("749/QĐ-TTg");
    assertThat(PLAN.documentDate()).isEqualTo(PartialDate.parse("2020-06-03"));
    assertThat(PLAN.horizon()).isEqualTo(Period.years(2020, 2030));
    assertThat(PLAN.region()).isEqualTo(RegionHierarchy.COUNTRY);
  }
}
