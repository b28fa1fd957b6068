package dev.chitieu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The look-ups of {@link InstalledPlan}, on the sample plan the kit's test resources register. */
class InstalledPlanTest {
  static final InstalledPlan SAMPLE = InstalledPlan.of("sample-plan");

  @Test
  void of_findsTheRegisteredPlan_throughServiceLoader() {
    assertThat(SAMPLE.plan().id().value()).isEqualTo("sample-plan");
    assertThat(SAMPLE.registry().providerIds()).contains("sample");
    assertThat(SAMPLE).hasToString("sample-plan");
  }

  @Test
  void of_anUninstalledPlan_failsNamingTheInstalledOnes() {
    AssertionError e = assertThrows(AssertionError.class, () -> InstalledPlan.of("haiphong-106-2025"));

    assertThat(e).hasMessage("no valid plan 'haiphong-106-2025' is installed (installed: [sample-plan]); put its"
        + " module on the test class path, registered in META-INF/services/" + PlanProvider.class.getName());
  }

  @Test
  void of_aBrokenProvider_failsWithTheRegistrysReport() {
    PlanRegistry broken = PlanRegistry.of(List.of(new PlanProvider() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public List<Plan> plans() {
        throw new IllegalStateException("cannot read sample-plan.yaml");
      }
    }));
    AssertionError e = assertThrows(AssertionError.class, () -> InstalledPlan.of(broken, "sample-plan"));

    assertThat(e.getMessage()).startsWith("no valid plan 'sample-plan' is installed (installed: []); the registry"
        + " reports: broken: ").contains("cannot read sample-plan.yaml");
  }

  @Test
  void target_andIndicator_byId() {
    assertThat(SAMPLE.target("sp.share-2025").indicator()).isEqualTo(IndicatorId.of("sp.share"));
    assertThat(SAMPLE.indicator("sp.share").decimals()).isEqualTo(2);
  }

  @Test
  void target_unknown_failsListingThePlansTargets() {
    AssertionError e = assertThrows(AssertionError.class, () -> SAMPLE.target("sp.share-2030"));
    assertThat(e).hasMessage("plan 'sample-plan' has no target 'sp.share-2030'; its targets are [sp.share-2025]");
  }

  @Test
  void indicator_unknown_failsListingThePlansIndicators() {
    AssertionError e = assertThrows(AssertionError.class, () -> SAMPLE.indicator("Share"));
    assertThat(e).hasMessage("plan 'sample-plan' has no indicator 'Share'; its indicators are [sp.revenue,"
        + " sp.retail, sp.share]");
  }

  @Test
  void ratio_givesTheParts_andFailsOnABaseQuantity() {
    assertThat(SAMPLE.ratio("sp.share").numerator()).isEqualTo(IndicatorId.of("sp.revenue"));
    assertThat(SAMPLE.ratio("sp.share").denominator()).isEqualTo(IndicatorId.of("sp.retail"));

    AssertionError e = assertThrows(AssertionError.class, () -> SAMPLE.ratio("sp.revenue"));
    assertThat(e.getMessage()).startsWith("indicator 'sp.revenue' of plan 'sample-plan' aggregates as Flow")
        .endsWith(", not as a ratio of two base quantities");
  }

  /** sp.share-2025 is "more than 15" on a percentage reported with 2 decimals. */
  @Test
  void meets_comparesThePrintedValue_notTheRawOne() {
    assertThat(SAMPLE.printed("sp.share-2025", 15.005)).isEqualByComparingTo("15.01");
    assertThat(SAMPLE.meets("sp.share-2025", 15.005)).isTrue();
    assertThat(SAMPLE.meets("sp.share-2025", 15.004)).as("printed 15.00, not more than 15").isFalse();
    assertThat(SAMPLE.meets("sp.share-2025", 15.0)).isFalse();
    assertThat(SAMPLE.meets("sp.share-2025", 16)).isTrue();
  }
}
