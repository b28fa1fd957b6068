package dev.chitieu.bacninh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RemapResult;
import dev.chitieu.core.region.TerritoryMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The territory of Bắc Ninh before and after it absorbed Bắc Giang on 1 July 2025. Figures are samples invented for
 * the test (source "sample"), not official statistics.
 */
class BacNinhTerritoryTest {
  static final PlanRegistry REGISTRY = PlanRegistry.loadInstalled();
  final List<FormerUnit> units = new BacNinhPlanProvider().formerUnits();

  @Test
  void rows_areThe313OfTheOfficialMapping_thatGoIntoBacNinh() throws IOException {
    List<String> lines;
    try (InputStream in = BacNinhPlanProvider.class.getResourceAsStream("bacninh-former-units-2025.csv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(lines).hasSize(1 + 313);
    assertThat(units).hasSize(313).noneMatch(FormerUnit::isSplit);
    assertThat(units.stream().collect(Collectors.groupingBy(u -> u.province().vi(), Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("Tỉnh Bắc Ninh", 121L, "Tỉnh Bắc Giang", 192L));
  }

  @Test
  void everyCommuneAndWardOfBacNinh_hasAFormerUnit() {
    Set<RegionCode> reached = units.stream().flatMap(u -> u.successors().stream()).collect(Collectors.toSet());
    assertThat(reached).containsExactlyInAnyOrderElementsOf(
        new BacNinhPlanProvider().units().stream().map(Region::code).toList());
  }

  @Test
  void bacGiangWards_mergeIntoTheWardOfBacGiang_andTheNoteNamesBothProvinces() {
    TerritoryMapping mapping = REGISTRY.territory();
    assertThat(REGISTRY.failures()).isEmpty();
    List<FormerUnit> into = mapping.predecessors(RegionCode.of("07210"));
    assertThat(into).extracting(u -> u.province().vi()).containsOnly("Tỉnh Bắc Giang");

    List<Measurement> rows = into.stream()
        .map(u -> Measurement.of("bn.population", u.code().value(), "2024", 1000).withSource("sample")).toList();
    RemapResult r = mapping.remap(MeasurementSet.of(rows), REGISTRY.plan(BacNinhPlanProvider.PLAN_ID));

    assertThat(r.measurements().stream().toList()).singleElement().satisfies(m -> {
      assertThat(m.region()).isEqualTo(RegionCode.of("07210"));
      assertThat(m.value()).hasValue(1000.0 * into.size());
    });
    assertThat(r.territory().text().en()).isEqualTo("Figures on the territory of Bac Ninh Province as of 1 July"
        + " 2025 (former Bac Ninh Province and Bac Giang Province). Figures for periods up to 30 June 2025 were"
        + " converted from " + into.size() + " former units to the new units.");
  }
}
