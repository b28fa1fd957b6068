package dev.chitieu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlanChecks#formerUnits}: a provider's mapping of former units, sound and broken. */
class PlanChecksFormerUnitsTest {
  static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);
  final Plan plan = SamplePlan.valid().build();

  static FormerUnit unit(String code, String name, String... successors) {
    return FormerUnit.commune(code, name, "Thành phố Hải Dương", "Tỉnh Hải Dương", UNTIL, List.of(successors));
  }

  @Test
  void sampleMapping_passes() {
    assertThat(PlanChecks.formerUnits(List.of(plan), SamplePlan.communes(), SamplePlan.formerUnits())).isEmpty();
  }

  @Test
  void noFormerUnits_passes() {
    assertThat(PlanChecks.formerUnits(List.of(plan), SamplePlan.communes(), List.of())).isEmpty();
  }

  @Test
  void brokenMapping_namesEveryProblem() {
    List<Region> regions = new ArrayList<>(SamplePlan.communes());
    regions.add(Region.of("07210", "Bắc Giang", "Bac Giang", RegionLevel.COMMUNE, "ward", "24"));
    List<FormerUnit> units = List.of(
        unit("10510", "Phường Bình Hàn", "10507"),
        unit("10510", "Phường Bình Hàn", "10507", "10525"),
        unit("10519", "Phường Nguyễn Trãi", "10599"),
        unit("07201", "Phường Thọ Xương", "07210"),
        FormerUnit.commune("10531", "Phường Thanh Bình", "Thành phố Hải Dương", "Tỉnh Hải Dương",
            LocalDate.of(2019, 12, 31), List.of("10525")));

    assertThat(PlanChecks.formerUnits(List.of(plan), regions, units)).containsExactly(
        "former unit 10510 is listed 2 times in formerUnits() (going into [10507], [10507, 10525]); list each former"
            + " code once, with every unit it went into",
        "former unit 10519 (Phường Nguyễn Trãi) went into 10599, which is not a commune, ward or special zone of"
            + " regions(); map former units only to the units the provider adds",
        "former unit 07201 (Phường Thọ Xương) went into 07210 (Bắc Giang), which lies in 24, not in the province of"
            + " any plan of the provider [31]; ship former units in the module of the province they went into",
        "new unit 10507 receives former unit 10510 2 times; each former unit goes into a new unit once",
        "former units end on different days [2019-12-31, 2025-06-30]; one mapping is one territorial change, give"
            + " every unit the same last day (e.g. 2025-06-30)");
  }

  @Test
  void nationalPlan_withFormerUnits_isToldWhereTheyBelong() {
    Plan national = SamplePlan.valid().region("VN").build();
    assertThat(PlanChecks.formerUnits(List.of(national), SamplePlan.communes(), SamplePlan.formerUnits()))
        .hasSize(4).allSatisfy(p -> assertThat(p).contains("not in the province of any plan of the provider [VN]"));
  }
}
