package dev.chitieu.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.testkit.InstalledPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision 411/QĐ-TTg against the targets the cited news reports quote. */
class VietnamPlanTest {
  static final InstalledPlan INSTALLED = InstalledPlan.of(VietnamPlanProvider.PLAN_ID);
  static final Plan PLAN = INSTALLED.plan();

  /** The targets: digital economy 20 % of GDP by 2025, 30 % by 2030; each sector at least 10 % / 20 %. */
  static Stream<Arguments> sourceTable() {
    return Stream.of(
        argumentSet("20 % of GDP by 2025", "vn.digital-economy-share-2025", "20", 2025, Scope.wholeRegion()),
        argumentSet("30 % of GDP by 2030", "vn.digital-economy-share-2030", "30", 2030, Scope.wholeRegion()),
        argumentSet("every sector at least 10 % by 2025", "vn.digital-economy-share-each-sector-2025", "10", 2025,
            Scope.eachMember("sector")),
        argumentSet("every sector at least 20 % by 2030", "vn.digital-economy-share-each-sector-2030", "20", 2030,
            Scope.eachMember("sector")));
  }

  /** The 2025 targets of the digital society, "đạt 80%" each. */
  static Stream<Arguments> societyTable() {
    return Stream.of(
        argumentSet("people aged 15+ with a payment account", "vn.payment-account-share-2025",
            "vn.payment-account-share", "vn.payment-account-holders-15plus", "vn.population-15plus"),
        argumentSet("adults with a smartphone", "vn.adult-smartphone-share-2025", "vn.adult-smartphone-share",
            "vn.adults-with-smartphone", "vn.adult-population"),
        argumentSet("households covered by fibre", "vn.fibre-household-coverage-2025", "vn.fibre-household-coverage",
            "vn.households-covered-by-fibre", "vn.households"));
  }

  @ParameterizedTest
  @MethodSource("societyTable")
  void societyTarget_isAtLeast80By2025_onAShareOfItsOwnParts(String id, String indicator, String numerator,
      String denominator) {
    Target t = INSTALLED.target(id);

    assertThat(t.indicator()).isEqualTo(IndicatorId.of(indicator));
    assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(t.threshold()).isEqualByComparingTo("80");
    assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(t.statement().vi()).contains("80%");
    assertThat(t.source().article()).contains("thanhnien.vn");
    Aggregation.Ratio r = INSTALLED.ratio(indicator);
    assertThat(r.numerator()).isEqualTo(IndicatorId.of(numerator));
    assertThat(r.denominator()).isEqualTo(IndicatorId.of(denominator));
  }

  @ParameterizedTest
  @MethodSource("sourceTable")
  void target_matchesTheDecision(String id, String threshold, int year, Scope scope) {
    Target t = INSTALLED.target(id);

    assertThat(t.indicator()).isEqualTo(IndicatorId.of("vn.digital-economy-share"));
    assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(t.threshold()).isEqualTo(new BigDecimal(threshold));
    assertThat(t.deadline()).isEqualTo(LocalDate.of(year, 12, 31));
    assertThat(t.scope()).isEqualTo(scope);
    assertThat(t.source().document()).contains("411/QĐ-TTg", "31/3/2022");
    assertThat(t.source().article()).startsWith("https://");
  }

  @Test
  void plan_hasTheSevenTargets_inOrder() {
    assertThat(PLAN.targets()).extracting(t -> t.id().value()).containsExactly(
        "vn.digital-economy-share-2025", "vn.digital-economy-share-2030",
        "vn.digital-economy-share-each-sector-2025", "vn.digital-economy-share-each-sector-2030",
        "vn.payment-account-share-2025", "vn.adult-smartphone-share-2025", "vn.fibre-household-coverage-2025");
  }

  @Test
  void document_isDecision411_forTheWholeCountry_2022to2030() {
    assertThat(PLAN.documentNumber()).isEqualTo("411/QĐ-TTg");
    assertThat(PLAN.documentDate()).isEqualTo(PartialDate.parse("2022-03-31"));
    assertThat(PLAN.horizon()).isEqualTo(Period.years(2022, 2030));
    assertThat(PLAN.region()).isEqualTo(RegionHierarchy.COUNTRY);
    assertThat(PLAN.authority().vi()).isEqualTo("Thủ tướng Chính phủ");
    assertThat(new VietnamPlanProvider().units()).isEmpty();
  }

  @Test
  void share_isDerivedFromValueAddedAndGdp_bothBrokenDownBySector() {
    Aggregation.Ratio r = INSTALLED.ratio("vn.digital-economy-share");
    assertThat(r.numerator()).isEqualTo(IndicatorId.of("vn.digital-economy-value-added"));
    assertThat(r.denominator()).isEqualTo(IndicatorId.of("vn.gdp"));
    assertThat(r.scale()).isEqualByComparingTo("100");
    assertThat(PLAN.indicators()).filteredOn(i -> i.id().value().contains("digital-economy") || i.id().value()
        .equals("vn.gdp")).hasSize(3).allSatisfy(i -> assertThat(i.accepts(DimensionId.of("sector"))).isTrue());
    assertThat(PLAN.findDimension(DimensionId.of("sector")).orElseThrow().members()).extracting(Member::code)
        .containsExactly("agriculture-forestry-fishery", "industry-construction", "services");
  }
}
