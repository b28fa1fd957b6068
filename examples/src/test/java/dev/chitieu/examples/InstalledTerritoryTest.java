package dev.chitieu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.region.TerritoryMapping;
import org.junit.jupiter.api.Test;

/**
 * The former units of both provinces, merged by the registry: together they are the whole official mapping of 1 July
 * 2025 (764 rows for 687 former communes and former district 318, 71 of them split).
 */
class InstalledTerritoryTest {
  final TerritoryMapping territory = PlanRegistry.loadInstalled().territory();

  @Test
  void territory_isTheWholeOfficialMapping() {
    assertThat(territory.size()).isEqualTo(688);
    assertThat(territory.formerUnits().stream().mapToInt(u -> u.successors().size()).sum()).isEqualTo(764);
    assertThat(territory.formerUnits().stream().filter(u -> u.level() == RegionLevel.COMMUNE)).hasSize(687);
    assertThat(territory.splitUnits()).hasSize(71);
    assertThat(territory.splitUnitsWithoutShares()).hasSize(71);
  }

  @Test
  void everyFormerUnit_wentIntoOneProvinceOnly_andEveryNewCommuneHasAFormerUnit() {
    for (FormerUnit u : territory.formerUnits()) {
      assertThat(u.successors().stream().map(s -> territory.regions().ancestor(s, RegionLevel.PROVINCE)
          .orElseThrow().code()).distinct()).as(u.describe()).hasSize(1);
    }
    assertThat(territory.regions().descendants(RegionCode.of("VN"), RegionLevel.COMMUNE))
        .allSatisfy(c -> assertThat(territory.predecessors(c.code())).as(c.code().value()).isNotEmpty());
  }
}
