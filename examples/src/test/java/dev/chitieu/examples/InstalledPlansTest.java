package dev.chitieu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.io.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three plan modules (five plans) installed side by side, as an application sees them. */
class InstalledPlansTest {
  final PlanRegistry registry = PlanRegistry.loadInstalled();

  @Test
  void registry_findsTheFivePlans_withTheirTargets() {
    assertThat(registry.failures()).isEmpty();
    assertThat(registry.providerIds()).containsExactly("bacninh", "haiphong", "vietnam");
    assertThat(registry.plans()).extracting(p -> p.id().value(), p -> p.targets().size(), Plan::documentNumber,
            p -> p.horizon().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bacninh-144-2026-2030", 10, "144/KH-UBND", "2026-01..2030-12"),
            org.assertj.core.groups.Tuple.tuple("haiphong-106-2025", 7, "106/KH-UBND", "2025"),
            org.assertj.core.groups.Tuple.tuple("vietnam-411-2022", 7, "411/QĐ-TTg", "2022-01..2030-12"),
            org.assertj.core.groups.Tuple.tuple("vietnam-749-2020", 6, "749/QĐ-TTg", "2020-01..2030-12"),
            org.assertj.core.groups.Tuple.tuple("vietnam-58-2024", 3, "58/QĐ-UBQGCĐS", "2024"));
  }

  @Test
  void planJson_printsTheFivePlans_andReadsThemBackEqual() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.writeAll(registry.plans(), out);
    String json = out.toString(StandardCharsets.UTF_8);

    assertThat(json).contains("\"id\" : \"haiphong-106-2025\"", "\"id\" : \"bacninh-144-2026-2030\"",
        "\"id\" : \"vietnam-411-2022\"", "\"documentNumber\" : \"411/QĐ-TTg\"", "\"threshold\" : 0.7");
    List<Plan> back = PlanJson.readAll(new ByteArrayInputStream(out.toByteArray()), "plans.json");
    assertThat(back).isEqualTo(registry.plans());
  }

  @Test
  void regions_holdBothProvincesCommunes_underTheirProvinces() {
    assertThat(registry.regions().descendants(RegionCode.of("31"), RegionLevel.COMMUNE)).hasSize(114);
    assertThat(registry.regions().descendants(RegionCode.of("24"), RegionLevel.COMMUNE)).hasSize(99);
    assertThat(registry.regions().descendants(RegionCode.of("VN"), RegionLevel.COMMUNE)).hasSize(213);
  }
}
