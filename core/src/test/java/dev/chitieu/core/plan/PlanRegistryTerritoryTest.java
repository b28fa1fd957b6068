package dev.chitieu.core.plan;

import dev.chitieu.core.region.TerritoryFixture;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.region.Region;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.spi.PlanProvider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlanRegistry#territory()}: the providers' former units, merged; a provider whose list does not fit. */
class PlanRegistryTerritoryTest {
  record Fixed(String id, List<Plan> plans, List<Region> regions, List<FormerUnit> formerUnits)
      implements PlanProvider {}

  static final class ThrowingFormerUnits implements PlanProvider {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public List<Plan> plans() {
      return List.of();
    }

    @Override
    public List<FormerUnit> formerUnits() {
      throw new IllegalStateException("mapping resource missing");
    }
  }

  /** A valid plan under the id, its ids prefixed by the id's last letter ({@code plan-a}: {@code a.}). */
  static Plan plan(String id) {
    return TestPlans.renamed(TestPlans.valid().build(), id, id.substring(id.length() - 1));
  }

  @Test
  void providersFormerUnits_areMerged_overTheRegistrysRegions() {
    List<FormerUnit> units = TerritoryFixture.units();
    PlanRegistry r = PlanRegistry.of(List.of(
        new Fixed("hp-a", List.of(plan("plan-a")), TerritoryFixture.WARDS, units.subList(0, 3)),
        new Fixed("hp-b", List.of(plan("plan-b")), List.of(), units.subList(3, units.size()))));

    assertThat(r.failures()).isEmpty();
    assertThat(r.territory().formerUnits()).isEqualTo(units);
    assertThat(r.territory().regions()).isSameAs(r.regions());
    assertThat(r.territory().isSplit(RegionCode.of("10528"))).isTrue();
  }

  @Test
  void noProviderWithFormerUnits_givesAnEmptyMapping() {
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("hp", List.of(plan("plan-a")), List.of(), List.of())));
    assertThat(r.territory().isEmpty()).isTrue();
    assertThat(r.territory().validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void formerUnitsGoingIntoUnknownUnits_areReported_andLeftOut() {
    PlanRegistry r = PlanRegistry.of(List.of(
        new Fixed("hp", List.of(plan("plan-a")), List.of(), TerritoryFixture.units())));

    assertThat(r.territory().isEmpty()).isTrue();
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.provider()).isEqualTo("hp");
      assertThat(f.message())
          .startsWith("plan provider 'hp' has former-unit data that does not fit the 2025-07-01 hierarchy or the"
              + " other providers' former units, and was left out of territory(): 8 problems in the data")
          .contains("'10510' went into 10507, which is not a unit of the hierarchy in force from 2025-07-01");
      assertThat(f.cause()).containsInstanceOf(InvalidDataException.class);
    });
  }

  @Test
  void formerCodeClaimedByTwoProviders_leavesTheSecondOut() {
    List<FormerUnit> units = TerritoryFixture.units();
    PlanRegistry r = PlanRegistry.of(List.of(
        new Fixed("a", List.of(plan("plan-a")), TerritoryFixture.WARDS, units),
        new Fixed("b", List.of(plan("plan-b")), List.of(), units.subList(0, 1))));

    assertThat(r.territory().size()).isEqualTo(7);
    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).asString()
        .startsWith("plan provider 'b' has former-unit data that does not fit")
        .contains("territory mapping former unit 10510: '10510' appears twice (going into [10507] and [10507])");
  }

  @Test
  void throwingFormerUnits_isReportedByName() {
    PlanRegistry r = PlanRegistry.of(List.of(new ThrowingFormerUnits()));
    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).isEqualTo(
        "plan provider 'broken' (" + ThrowingFormerUnits.class.getName() + ") threw java.lang.IllegalStateException:"
            + " mapping resource missing from formerUnits()");
    assertThat(r.territory().isEmpty()).isTrue();
  }
}
