package dev.chitieu.haiphong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.testkit.InstalledPlan;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan 106/KH-UBND against the table of targets its sources state. */
class HaiPhongPlanTest {
  static final InstalledPlan INSTALLED = InstalledPlan.of(HaiPhongPlanProvider.PLAN_ID);
  static final Plan PLAN = INSTALLED.plan();
  static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  /** The source table: # | target as stated | comparison | scope. Deadline: end of 2025 for all. */
  static Stream<Arguments> sourceTable() {
    return Stream.of(
        argumentSet("1: digital economy = 35 % of GRDP, reach (>=)",
            "hp.digital-economy-share-2025", "hp.digital-economy-share", Comparison.AT_LEAST, "35",
            Scope.wholeRegion()),
        argumentSet("2: digital economy in each industry/field at least 15 %, for each sector",
            "hp.digital-economy-share-each-sector-2025", "hp.digital-economy-share", Comparison.AT_LEAST, "15",
            Scope.eachMember("sector")),
        argumentSet("3: e-commerce over 15 % of total retail sales, strict",
            "hp.ecommerce-share-2025", "hp.ecommerce-share", Comparison.MORE_THAN, "15", Scope.wholeRegion()),
        argumentSet("4: over 0.7 digital technology enterprises per 1,000 inhabitants, strict",
            "hp.digital-tech-enterprise-density-2025", "hp.digital-tech-enterprise-density", Comparison.MORE_THAN,
            "0.7", Scope.wholeRegion()),
        argumentSet("5: 85 % of population 15+ with a payment account, >=",
            "hp.payment-account-share-2025", "hp.payment-account-share", Comparison.AT_LEAST, "85",
            Scope.wholeRegion()),
        argumentSet("6: more than 50 % of adults with a digital signature, strict",
            "hp.digital-signature-share-2025", "hp.digital-signature-share", Comparison.MORE_THAN, "50",
            Scope.wholeRegion()),
        argumentSet("7: 80 % of adults with a VNeID account, >=",
            "hp.vneid-share-2025", "hp.vneid-share", Comparison.AT_LEAST, "80", Scope.wholeRegion()));
  }

  @ParameterizedTest
  @MethodSource("sourceTable")
  void target_matchesTheSourceTable(String id, String indicator, Comparison comparison, String threshold,
      Scope scope) {
    Target t = INSTALLED.target(id);

    assertThat(t.indicator()).isEqualTo(IndicatorId.of(indicator));
    assertThat(t.comparison()).isEqualTo(comparison);
    assertThat(t.threshold()).isEqualTo(new BigDecimal(threshold));
    assertThat(t.deadline()).isEqualTo(END_OF_2025);
    assertThat(t.scope()).isEqualTo(scope);
    assertThat(t.source().document()).contains("106/KH-UBND");
    assertThat(t.source().article()).startsWith("https://thanhphohaiphong.gov.vn/");
  }

  @Test
  void plan_hasTheSevenTargetsOfTheTable_inTheTablesOrder() {
    assertThat(PLAN.targets()).extracting(t -> t.id().value()).containsExactly(
        "hp.digital-economy-share-2025", "hp.digital-economy-share-each-sector-2025", "hp.ecommerce-share-2025",
        "hp.digital-tech-enterprise-density-2025", "hp.payment-account-share-2025",
        "hp.digital-signature-share-2025", "hp.vneid-share-2025");
  }

  @Test
  void document_isPlan106OfHaiPhong_for2025() {
    assertThat(PLAN.documentNumber()).isEqualTo("106/KH-UBND");
    assertThat(PLAN.documentDate()).isEqualTo(PartialDate.parse("2025"));
    assertThat(PLAN.horizon()).isEqualTo(Period.year(2025));
    assertThat(PLAN.region()).isEqualTo(RegionCode.of("31"));
    assertThat(PLAN.authority().vi()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
    assertThat(PLAN.sources()).hasSize(3);
    assertThat(PLAN.sources().get(1).locator()).contains("106/KH-UBND");
    assertThat(PLAN.sources().get(1).article()).contains("mise sur le numérique", "May 2025");
  }

  @Test
  void sectors_areTheFivePrioritySectorsOfThePlan() {
    assertThat(PLAN.findDimension(DimensionId.of("sector")).orElseThrow().members()).extracting(Member::code)
        .containsExactly("ecommerce", "smart-tourism", "smart-agriculture", "smart-manufacturing", "ict");
  }

  /** Every ratio: numerator, denominator, scale, weight; and each part a base quantity of the right kind. */
  static Stream<Arguments> ratios() {
    return Stream.of(
        argumentSet("digital economy share of GRDP", "hp.digital-economy-share", "hp.digital-economy-value-added",
            "hp.grdp", 100, "flow"),
        argumentSet("e-commerce share of retail sales", "hp.ecommerce-share", "hp.ecommerce-revenue",
            "hp.retail-sales", 100, "flow"),
        argumentSet("enterprises per 1,000 inhabitants", "hp.digital-tech-enterprise-density",
            "hp.digital-tech-enterprises", "hp.population", 1000, "stock"),
        argumentSet("payment accounts 15+", "hp.payment-account-share", "hp.payment-account-holders-15plus",
            "hp.population-15plus", 100, "stock"),
        argumentSet("digital signatures", "hp.digital-signature-share", "hp.adults-with-digital-signature",
            "hp.adult-population", 100, "stock"),
        argumentSet("VNeID", "hp.vneid-share", "hp.adults-with-vneid", "hp.adult-population", 100, "stock"));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void ratio_isDerivedFromItsBaseQuantities(String id, String numerator, String denominator, int scale,
      String partKind) {
    Aggregation.Ratio r = INSTALLED.ratio(id);

    assertThat(r.numerator()).isEqualTo(IndicatorId.of(numerator));
    assertThat(r.denominator()).isEqualTo(IndicatorId.of(denominator));
    assertThat(r.scale()).isEqualByComparingTo(BigDecimal.valueOf(scale));
    assertThat(r.weight()).contains(IndicatorId.of(denominator));
    Class<?> kind = partKind.equals("flow") ? Aggregation.Flow.class : Aggregation.Stock.class;
    assertThat(INSTALLED.indicator(numerator).aggregation()).isInstanceOf(kind);
    assertThat(INSTALLED.indicator(denominator).aggregation()).isInstanceOf(kind);
  }

  @Test
  void everyIndicator_isAPercentRatioOrABaseQuantity_withReportingDecimals() {
    Map<String, Integer> decimals = PLAN.indicators().stream()
        .collect(Collectors.toMap(i -> i.id().value(), Indicator::decimals));
    assertThat(PLAN.indicators()).hasSize(17).allSatisfy(i -> assertThat(i.decimals())
        .as(i.id().value()).isEqualTo(i.aggregation().isBase() ? 0 : 2));
    assertThat(decimals).containsEntry("hp.digital-tech-enterprise-density", 2);
  }

  /** Values at the edge of each threshold, compared as a report does: rounded half-up to reporting decimals. */
  static Stream<Arguments> edges() {
    return Stream.of(
        argumentSet("35 % reached exactly", "hp.digital-economy-share-2025", 35.0, true),
        argumentSet("34.995 % prints 35.00 %, reached", "hp.digital-economy-share-2025", 34.995, true),
        argumentSet("34.994 % prints 34.99 %, not reached", "hp.digital-economy-share-2025", 34.994, false),
        argumentSet("15 % in a sector is at least 15 %", "hp.digital-economy-share-each-sector-2025", 15.0, true),
        argumentSet("e-commerce 15 % is not over 15 %", "hp.ecommerce-share-2025", 15.0, false),
        argumentSet("e-commerce 15.004 % prints 15.00 %, not over 15 %", "hp.ecommerce-share-2025", 15.004, false),
        argumentSet("e-commerce 15.005 % prints 15.01 %, over 15 %", "hp.ecommerce-share-2025", 15.005, true),
        argumentSet("0.7000000000000001 per 1,000 is not over 0.7", "hp.digital-tech-enterprise-density-2025",
            0.7000000000000001, false),
        argumentSet("0.705 per 1,000 prints 0.71, over 0.7", "hp.digital-tech-enterprise-density-2025", 0.705,
            true),
        argumentSet("85 % of 15+ reached", "hp.payment-account-share-2025", 85.0, true),
        argumentSet("50 % of adults is not more than 50 %", "hp.digital-signature-share-2025", 50.0, false),
        argumentSet("50.01 % of adults is more than 50 %", "hp.digital-signature-share-2025", 50.01, true),
        argumentSet("79.99 % VNeID is short of 80 %", "hp.vneid-share-2025", 79.99, false));
  }

  @ParameterizedTest
  @MethodSource("edges")
  void target_comparesAtReportingPrecision(String target, double value, boolean met) {
    Target t = INSTALLED.target(target);
    assertThat(INSTALLED.meets(target, value)).as("%s %s %s", INSTALLED.printed(target, value),
        t.comparison().symbol(), t.threshold()).isEqualTo(met);
  }

  @Test
  void regions_areThe114UnitsOfHaiPhong_from1July2025() {
    var units = new HaiPhongPlanProvider().units();
    Map<String, Long> kinds = units.stream().collect(Collectors.groupingBy(Region::kind, Collectors.counting()));

    assertThat(units).hasSize(114).allSatisfy(r -> {
      assertThat(r.level()).isEqualTo(RegionLevel.COMMUNE);
      assertThat(r.parent()).contains(RegionCode.of("31"));
    });
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("commune", 67L, "ward", 45L, "special_zone", 2L));
    assertThat(units).extracting(Region::code).doesNotHaveDuplicates()
        .contains(RegionCode.of("10507"), RegionCode.of("10525"));
  }

  @Test
  void registry_placesTheCommunesUnderHaiPhong() {
    PlanRegistry registry = INSTALLED.registry();
    assertThat(registry.regions().descendants(RegionCode.of("31"), RegionLevel.COMMUNE)).hasSize(114);
    assertThat(registry.regions().findRegion(RegionCode.of("10525")).map(r -> r.officialName().vi()))
        .isEqualTo(Optional.of("Phường Hải Dương"));
  }
}
