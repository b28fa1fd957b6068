package dev.chitieu.bacninh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.testkit.InstalledPlan;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan 144/KH-UBND against the table of targets its source states. */
class BacNinhPlanTest {
  static final InstalledPlan INSTALLED = InstalledPlan.of(BacNinhPlanProvider.PLAN_ID);
  static final Plan PLAN = INSTALLED.plan();
  static final LocalDate END_OF_2030 = LocalDate.of(2030, 12, 31);

  /** The source table: # | target as stated | comparison | scope. Every target: at least, by the end of 2030. */
  static Stream<Arguments> sourceTable() {
    return Stream.of(
        argumentSet("1: digital economy 45 % of GRDP by 2030",
            "bn.digital-economy-share-2030", "bn.digital-economy-share", "45", Scope.wholeRegion()),
        argumentSet("2: at least 5 high-quality open datasets every year 2026..2030",
            "bn.open-datasets-yearly-2026-2030", "bn.open-datasets", "5",
            new Scope.EveryPeriod(Period.parse("2026-01..2030-12"), PeriodKind.YEAR)),
        argumentSet("3: 20 open datasets in total by 2030, cumulative 2026..2030",
            "bn.open-datasets-total-2026-2030", "bn.open-datasets", "20",
            new Scope.Cumulative(Period.parse("2026-01..2030-12"))),
        argumentSet("4: 60 % of SMEs apply digital technologies",
            "bn.sme-digital-adoption-share-2030", "bn.sme-digital-adoption-share", "60", Scope.wholeRegion()),
        argumentSet("5: 40 % of enterprises with innovation activities",
            "bn.innovating-enterprise-share-2030", "bn.innovating-enterprise-share", "40", Scope.wholeRegion()),
        argumentSet("6: 100 % of population with access to 1 Gbit/s fixed broadband",
            "bn.gigabit-broadband-coverage-2030", "bn.gigabit-broadband-coverage", "100", Scope.wholeRegion()),
        argumentSet("7: 100 % of population covered by 5G",
            "bn.5g-coverage-2030", "bn.5g-coverage", "100", Scope.wholeRegion()),
        argumentSet("8: 80 % of internet users basically protected online",
            "bn.protected-internet-user-share-2030", "bn.protected-internet-user-share", "80", Scope.wholeRegion()),
        argumentSet("9: 80 % of population with a VNeID account",
            "bn.vneid-share-2030", "bn.vneid-share", "80", Scope.wholeRegion()),
        argumentSet("10: 95 % of people aged 15+ with a transaction account",
            "bn.transaction-account-share-2030", "bn.transaction-account-share", "95", Scope.wholeRegion()));
  }

  @ParameterizedTest
  @MethodSource("sourceTable")
  void target_matchesTheSourceTable(String id, String indicator, String threshold, Scope scope) {
    Target t = INSTALLED.target(id);

    assertThat(t.indicator()).isEqualTo(IndicatorId.of(indicator));
    assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(t.threshold()).isEqualTo(new BigDecimal(threshold));
    assertThat(t.deadline()).isEqualTo(END_OF_2030);
    assertThat(t.scope()).isEqualTo(scope);
    assertThat(t.source().document()).contains("144/KH-UBND", "24/11/2025");
    assertThat(t.source().article()).startsWith("https://mst.gov.vn/");
  }

  @Test
  void plan_hasTheTenTargetsOfTheTable_inTheTablesOrder() {
    assertThat(PLAN.targets()).extracting(t -> t.id().value()).containsExactly(
        "bn.digital-economy-share-2030", "bn.open-datasets-yearly-2026-2030", "bn.open-datasets-total-2026-2030",
        "bn.sme-digital-adoption-share-2030", "bn.innovating-enterprise-share-2030",
        "bn.gigabit-broadband-coverage-2030", "bn.5g-coverage-2030", "bn.protected-internet-user-share-2030",
        "bn.vneid-share-2030", "bn.transaction-account-share-2030");
  }

  @Test
  void datasets_yearlyAndTotal_areTwoTargetsOnOneFlowIndicator() {
    List<Target> onDatasets = PLAN.targets().stream()
        .filter(t -> t.indicator().equals(IndicatorId.of("bn.open-datasets"))).toList();
    assertThat(onDatasets).hasSize(2);
    assertThat(INSTALLED.indicator("bn.open-datasets").aggregation()).isInstanceOf(Aggregation.Flow.class);
    Scope.EveryPeriod yearly = (Scope.EveryPeriod) onDatasets.get(0).scope();
    assertThat(yearly.periods()).containsExactly(Period.year(2026), Period.year(2027), Period.year(2028),
        Period.year(2029), Period.year(2030));
  }

  @Test
  void document_isPlan144OfBacNinh_for2026to2030() {
    assertThat(PLAN.documentNumber()).isEqualTo("144/KH-UBND");
    assertThat(PLAN.documentDate()).isEqualTo(PartialDate.parse("2025-11-24"));
    assertThat(PLAN.horizon()).isEqualTo(Period.years(2026, 2030));
    assertThat(PLAN.region()).isEqualTo(RegionCode.of("24"));
    assertThat(PLAN.authority().vi()).isEqualTo("Ủy ban nhân dân tỉnh Bắc Ninh");
    assertThat(PLAN.dimensions()).isEmpty();
  }

  /** Every percentage: numerator, denominator; each part a declared base quantity, weighed by the denominator. */
  static Stream<Arguments> ratios() {
    return Stream.of(
        argumentSet("digital economy", "bn.digital-economy-share", "bn.digital-economy-value-added", "bn.grdp"),
        argumentSet("SMEs", "bn.sme-digital-adoption-share", "bn.smes-applying-digital-technology", "bn.smes"),
        argumentSet("innovation", "bn.innovating-enterprise-share", "bn.enterprises-with-innovation",
            "bn.enterprises"),
        argumentSet("1 Gbit/s", "bn.gigabit-broadband-coverage", "bn.population-with-gigabit-access",
            "bn.population"),
        argumentSet("5G", "bn.5g-coverage", "bn.population-covered-5g", "bn.population"),
        argumentSet("protected users", "bn.protected-internet-user-share", "bn.internet-users-protected",
            "bn.internet-users"),
        argumentSet("VNeID", "bn.vneid-share", "bn.persons-with-vneid", "bn.population"),
        argumentSet("transaction accounts", "bn.transaction-account-share", "bn.transaction-account-holders-15plus",
            "bn.population-15plus"));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void share_isAPercentOfTwoBaseQuantities(String id, String numerator, String denominator) {
    Indicator share = INSTALLED.indicator(id);
    Aggregation.Ratio r = INSTALLED.ratio(id);

    assertThat(r.numerator()).isEqualTo(IndicatorId.of(numerator));
    assertThat(r.denominator()).isEqualTo(IndicatorId.of(denominator));
    assertThat(r.scale()).isEqualByComparingTo("100");
    assertThat(r.weight()).contains(IndicatorId.of(denominator));
    assertThat(share.decimals()).isEqualTo(2);
    assertThat(INSTALLED.indicator(numerator).aggregation().isBase()).isTrue();
    assertThat(INSTALLED.indicator(denominator).aggregation())
        .isEqualTo(INSTALLED.indicator(numerator).aggregation());
  }

  /** Values at the edge of each threshold, compared as a report does: rounded half-up to reporting decimals. */
  static Stream<Arguments> edges() {
    return Stream.of(
        argumentSet("45 % reached", "bn.digital-economy-share-2030", 45.0, true),
        argumentSet("44.994 % prints 44.99 %, short", "bn.digital-economy-share-2030", 44.994, false),
        argumentSet("5 datasets in a year is at least 5", "bn.open-datasets-yearly-2026-2030", 5.0, true),
        argumentSet("4 datasets in a year is short", "bn.open-datasets-yearly-2026-2030", 4.0, false),
        argumentSet("20 datasets in total reached", "bn.open-datasets-total-2026-2030", 20.0, true),
        argumentSet("99.995 % coverage prints 100.00 %, reached", "bn.5g-coverage-2030", 99.995, true),
        argumentSet("99.994 % coverage prints 99.99 %, short", "bn.gigabit-broadband-coverage-2030", 99.994, false),
        argumentSet("95 % of 15+ reached", "bn.transaction-account-share-2030", 95.0, true));
  }

  @ParameterizedTest
  @MethodSource("edges")
  void target_comparesAtReportingPrecision(String target, double value, boolean met) {
    Target t = INSTALLED.target(target);
    assertThat(INSTALLED.meets(target, value)).as("%s %s %s", INSTALLED.printed(target, value),
        t.comparison().symbol(), t.threshold()).isEqualTo(met);
  }

  @Test
  void regions_areThe99UnitsOfBacNinh_from1July2025() {
    var units = new BacNinhPlanProvider().units();
    Map<String, Long> kinds = units.stream().collect(Collectors.groupingBy(Region::kind, Collectors.counting()));

    assertThat(units).hasSize(99).allSatisfy(r -> {
      assertThat(r.level()).isEqualTo(RegionLevel.COMMUNE);
      assertThat(r.parent()).contains(RegionCode.of("24"));
    });
    assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("commune", 66L, "ward", 33L));
    assertThat(INSTALLED.registry().regions().descendants(RegionCode.of("24"), RegionLevel.COMMUNE))
        .hasSize(99);
  }
}
