package dev.chitieu.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.Rollup;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleDataTest {
  private static final PlanRegistry REGISTRY = PlanRegistry.loadInstalled().requireHealthy();

  @Test
  void bundledFiles_areExactlyWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("chitieu.sample.write")) {
      SampleDataGenerator.write(Path.of(SampleDataGenerator.RESOURCES), REGISTRY);
    }
    Map<String, String> expected = SampleDataGenerator.files(REGISTRY);
    assertThat(expected).containsOnlyKeys("haiphong-106-2025-sample.csv", "bacninh-144-2026-2030-sample.csv",
        "vietnam-411-2022-sample.csv");
    for (Map.Entry<String, String> f : expected.entrySet()) {
      try (InputStream in = SampleDataTest.class.getResourceAsStream("/dev/chitieu/cli/sample/" + f.getKey())) {
        assertThat(in).as("bundled sample file %s; regenerate it (see SampleDataGenerator)", f.getKey()).isNotNull();
        String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bundled).as("bundled %s differs from the generator's output; regenerate it", f.getKey())
            .isEqualTo(f.getValue());
        assertThat(bundled).startsWith("# SAMPLE DATA / DỮ LIỆU MẪU");
      }
    }
  }

  @Test
  void bundledFiles_readBackThroughTheImporterCheckedAgainstTheirPlan() throws IOException {
    Map<String, List<Measurement>> generated = Map.of(
        "haiphong-106-2025", SampleScenarios.haiphong(communes("31")),
        "bacninh-144-2026-2030", SampleScenarios.bacninh(communes("24")),
        "vietnam-411-2022", SampleScenarios.vietnam(
            REGISTRY.regions().descendants(RegionCode.of("VN"), RegionLevel.PROVINCE)));
    for (Map.Entry<String, List<Measurement>> e : generated.entrySet()) {
      String name = e.getKey() + "-sample.csv";
      try (InputStream in = SampleDataTest.class.getResourceAsStream("/dev/chitieu/cli/sample/" + name)) {
        ImportResult read = MeasurementCsv.readStrict(in, name,
            ImportOptions.defaults().withPlan(REGISTRY.plan(e.getKey())).withRegions(REGISTRY.regions()));
        assertThat(read.rowsRead()).isEqualTo(e.getValue().size());
        assertThat(read.measurements()).as(name).isEqualTo(MeasurementSet.of(e.getValue()));
      }
    }
  }

  @Test
  void haiphong_everyCommuneReportsAndTheAnchorHolds() {
    Plan plan = REGISTRY.plan("haiphong-106-2025");
    Rollup rollup = rollup(plan, SampleScenarios.haiphong(communes("31")));

    Aggregate share2023 = figure(rollup, "hp.digital-economy-share", "2023");
    assertThat(share2023.coverage().toString()).isEqualTo("114/114");
    assertThat(rounded(share2023, 1)).isEqualByComparingTo("29.7");
    assertThat(rounded(figure(rollup, "hp.digital-economy-share", "2025"), 2)).isLessThan(new BigDecimal("35"));
    assertThat(rounded(figure(rollup, "hp.ecommerce-share", "2025"), 2)).isGreaterThan(new BigDecimal("15.3"));
    assertThat(rounded(figure(rollup, "hp.digital-tech-enterprise-density", "2025"), 2))
        .isGreaterThan(new BigDecimal("0.72"));
    assertThat(rounded(figure(rollup, "hp.payment-account-share", "2025"), 2)).isGreaterThan(new BigDecimal("86"));
    assertThat(rounded(figure(rollup, "hp.vneid-share", "2025"), 2)).isGreaterThan(new BigDecimal("82"));
    assertThat(rollup.aggregate(IndicatorId.of("hp.digital-signature-share"), RegionCode.of("31"),
        Period.parse("2025"), Breakdown.NONE)).as("the target left without data").isEmpty();
    Aggregate agriculture = rollup.aggregate(IndicatorId.of("hp.digital-economy-share"), RegionCode.of("31"),
        Period.parse("2025"), Breakdown.of("sector", "smart-agriculture")).orElseThrow();
    assertThat(rounded(agriculture, 2)).isLessThan(new BigDecimal("14"));
    // realistic size: GRDP of the merged city in 2025 is in the hundreds of thousands of billion VND
    assertThat(figure(rollup, "hp.grdp", "2025").value()).isBetween(600_000.0, 650_000.0);
    assertThat(figure(rollup, "hp.population", "2025").value()).isBetween(4_600_000.0, 4_800_000.0);
  }

  @Test
  void bacninh_risesTowardsItsTargetsFromABaseline() {
    Plan plan = REGISTRY.plan("bacninh-144-2026-2030");
    Rollup rollup = rollup(plan, SampleScenarios.bacninh(communes("24")));

    assertThat(figure(rollup, "bn.digital-economy-share", "2021").coverage().toString()).isEqualTo("99/99");
    assertThat(rounded(figure(rollup, "bn.digital-economy-share", "2025"), 1)).isEqualByComparingTo("30.0");
    assertThat(rounded(figure(rollup, "bn.digital-economy-share", "2026-01..2026-09"), 1))
        .isEqualByComparingTo("32.4");
    assertThat(figure(rollup, "bn.open-datasets", "2026-01..2026-09").value()).isEqualTo(6.0);
    assertThat(rounded(figure(rollup, "bn.vneid-share", "2026-01..2026-09"), 2)).isGreaterThan(new BigDecimal("83"));
    assertThat(rollup.aggregate(IndicatorId.of("bn.protected-internet-user-share"), RegionCode.of("24"),
        Period.parse("2026"), Breakdown.NONE)).as("the target left without data").isEmpty();
  }

  @Test
  void vietnam_provincesAddUpToTheCountry() {
    Plan plan = REGISTRY.plan("vietnam-411-2022");
    Rollup rollup = rollup(plan, SampleScenarios.vietnam(
        REGISTRY.regions().descendants(RegionCode.of("VN"), RegionLevel.PROVINCE)));

    Aggregate share2024 = figure(rollup, "vn.digital-economy-share", "2024");
    // a province row covers every commune under it: 32 provinces + 114 + 99 communes of Hai Phong and Bac Ninh
    assertThat(share2024.coverage().toString()).isEqualTo("245/245");
    assertThat(rounded(share2024, 1)).isEqualByComparingTo("18.3");
  }

  @Test
  void assessedAsOfTheDemoDay_thePlansShowEveryStatus() {
    java.time.LocalDate asOf = SampleScenarios.AS_OF.atEndOfMonth();
    Map<String, String> hp = statuses(REGISTRY.plan("haiphong-106-2025"),
        SampleScenarios.haiphong(communes("31")), asOf);
    Map<String, String> bn = statuses(REGISTRY.plan("bacninh-144-2026-2030"),
        SampleScenarios.bacninh(communes("24")), asOf);
    Map<String, String> vn = statuses(REGISTRY.plan("vietnam-411-2022"), SampleScenarios.vietnam(
        REGISTRY.regions().descendants(RegionCode.of("VN"), RegionLevel.PROVINCE)), asOf);
    assertThat(hp).containsExactly(
        Map.entry("hp.digital-economy-share-2025", "NOT_ACHIEVED"),
        Map.entry("hp.digital-economy-share-each-sector-2025", "NOT_ACHIEVED"),
        Map.entry("hp.ecommerce-share-2025", "ACHIEVED"),
        Map.entry("hp.digital-tech-enterprise-density-2025", "ACHIEVED"),
        Map.entry("hp.payment-account-share-2025", "ACHIEVED"),
        Map.entry("hp.digital-signature-share-2025", "NO_DATA"),
        Map.entry("hp.vneid-share-2025", "ACHIEVED"));
    assertThat(bn).containsExactly(
        Map.entry("bn.digital-economy-share-2030", "AT_RISK"),
        Map.entry("bn.open-datasets-yearly-2026-2030", "ON_TRACK"),
        Map.entry("bn.open-datasets-total-2026-2030", "NOT_YET_ACHIEVED"),
        Map.entry("bn.sme-digital-adoption-share-2030", "OFF_TRACK"),
        Map.entry("bn.innovating-enterprise-share-2030", "ON_TRACK"),
        Map.entry("bn.gigabit-broadband-coverage-2030", "ON_TRACK"),
        Map.entry("bn.5g-coverage-2030", "ON_TRACK"),
        Map.entry("bn.protected-internet-user-share-2030", "NO_DATA"),
        Map.entry("bn.vneid-share-2030", "ACHIEVED"),
        Map.entry("bn.transaction-account-share-2030", "ON_TRACK"));
    assertThat(vn).containsExactly(
        Map.entry("vn.digital-economy-share-2025", "NOT_ACHIEVED"),
        Map.entry("vn.digital-economy-share-2030", "OFF_TRACK"),
        Map.entry("vn.digital-economy-share-each-sector-2025", "NOT_ACHIEVED"),
        Map.entry("vn.digital-economy-share-each-sector-2030", "OFF_TRACK"),
        Map.entry("vn.payment-account-share-2025", "NO_DATA"),
        Map.entry("vn.adult-smartphone-share-2025", "NO_DATA"),
        Map.entry("vn.fibre-household-coverage-2025", "NO_DATA"));
  }

  private static Map<String, String> statuses(Plan plan, List<Measurement> rows, java.time.LocalDate asOf) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    dev.chitieu.core.assess.Assessor.withDefaults().assess(plan, MeasurementSet.of(rows), REGISTRY.regions(), asOf)
        .results().forEach(r -> out.put(r.target().toString(), r.status().name()));
    return out;
  }

  private static List<dev.chitieu.core.region.Region> communes(String province) {
    return REGISTRY.regions().descendants(RegionCode.of(province), RegionLevel.COMMUNE);
  }

  private static Rollup rollup(Plan plan, List<Measurement> rows) {
    return Rollup.of(MeasurementSet.of(rows), REGISTRY.regions(), plan);
  }

  private static Aggregate figure(Rollup rollup, String indicator, String period) {
    RegionCode region = rollup.indicators().keySet().iterator().next().value().startsWith("vn.")
        ? RegionCode.of("VN") : rollup.indicators().keySet().iterator().next().value().startsWith("hp.")
            ? RegionCode.of("31") : RegionCode.of("24");
    return rollup.aggregate(IndicatorId.of(indicator), region, Period.parse(period), Breakdown.NONE)
        .orElseThrow(() -> new AssertionError("no figure of " + indicator + " for " + period));
  }

  private static BigDecimal rounded(Aggregate a, int decimals) {
    return Precision.round(a.value(), decimals);
  }
}
