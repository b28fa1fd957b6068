package dev.chitieu.core.plan;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.spi.PlanProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRegistryTest {

  record Fixed(String id, List<Plan> plans, List<Region> regions) implements PlanProvider {
    Fixed(String id, Plan... plans) {
      this(id, List.of(plans), List.of());
    }
  }

  static final class Throwing implements PlanProvider {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public List<Plan> plans() {
      throw new IllegalStateException("resource plan.json missing");
    }
  }

  @Test
  void of_ordersProvidersById_andFindsPlans() {
    Plan a = TestPlans.valid().build();
    Plan b = rename(TestPlans.valid(), "other-plan");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("zeta", b), new Fixed("alpha", a)));

    assertThat(r.isHealthy()).isTrue();
    assertThat(r.providerIds()).containsExactly("alpha", "zeta");
    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("test-plan"), PlanId.of("other-plan"));
    assertThat(r.plan("other-plan")).isSameAs(b);
  }

  @Test
  void throwingProvider_isReportedByName_andOthersStay() {
    PlanRegistry r = PlanRegistry.of(List.of(new Throwing(), new Fixed("good", TestPlans.valid().build())));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("test-plan"));
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.provider()).isEqualTo("broken");
      assertThat(f.message()).isEqualTo("plan provider 'broken' (" + Throwing.class.getName()
          + ") threw java.lang.IllegalStateException: resource plan.json missing from plans()");
    });
    assertThatThrownBy(r::requireHealthy)
        .isInstanceOf(PlanConfigurationException.class)
        .hasMessage("1 problem with the installed plans / lỗi cấu hình kế hoạch:\n  - plan provider 'broken' ("
            + Throwing.class.getName() + ") threw java.lang.IllegalStateException: resource plan.json missing from"
            + " plans()");
  }

  @Test
  void invalidPlan_isLeftOut_andNamed() {
    Plan bad = TestPlans.valid().title("", "Test").build();
    Plan good = rename(TestPlans.valid(), "good-plan");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("p", bad, good)));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("good-plan"));
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.plan()).contains(PlanId.of("test-plan"));
      assertThat(f.message()).startsWith("plan 'test-plan' from provider 'p' is invalid and was left out: 1 problem")
          .contains("plan 'test-plan': has no Vietnamese title");
    });
  }

  @Test
  void duplicatePlanIds_acrossProviders_leaveBothOut() {
    PlanRegistry r = PlanRegistry.of(List.of(
        new Fixed("a", TestPlans.valid().build()), new Fixed("b", TestPlans.valid().build())));

    assertThat(r.plans()).isEmpty();
    String where = Fixed.class.getName() + " from " + Fixed.class.getProtectionDomain().getCodeSource().getLocation();
    String message = "plan id 'test-plan' is contributed 2 times, by providers 'a' (" + where + "), 'b' (" + where
        + "); none of them was used: remove the jar that should not be there (an extra plan module that declares a "
        + "bundled plan's id), or give each plan its own id";
    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).isEqualTo(message);
    // asking for the plan names the clash, not "not installed"
    assertThatThrownBy(() -> r.plan("test-plan")).isInstanceOf(PlanConfigurationException.class)
        .hasMessage("1 problem with the installed plans / lỗi cấu hình kế hoạch:\n  - " + message);
  }

  @Test
  void extraProviderDeclaringABundledPlansId_withholdsIt_andNamesTheClash_butKeepsTheOtherPlans() {
    Plan bundled = TestPlans.valid().build();
    Plan other = rename(TestPlans.valid(), "other-plan");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("bundled", bundled, other),
        new Fixed("extra", TestPlans.valid().build())));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("other-plan"));
    assertThatThrownBy(() -> r.plan("test-plan")).isInstanceOf(PlanConfigurationException.class)
        .hasMessageContaining("plan id 'test-plan' is contributed 2 times, by providers 'bundled' (")
        .hasMessageContaining("'extra' (" + Fixed.class.getName());
  }

  @Test
  void extraProviderReusingABundledProvidersId_withholdsBoth_andPlanNamesTheClash() {
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("hp", TestPlans.valid().build()),
        new Fixed("hp", rename(TestPlans.valid(), "extra-plan"))));

    assertThat(r.plans()).isEmpty();
    assertThatThrownBy(() -> r.plan("test-plan")).isInstanceOf(PlanConfigurationException.class)
        .hasMessageContaining("plan provider id 'hp' is used by 2 providers (" + Fixed.class.getName());
    assertThatThrownBy(() -> r.plan("extra-plan")).isInstanceOf(PlanConfigurationException.class)
        .hasMessageContaining("none of them was used");
  }

  @Test
  void nullAmongPlans_isReported_andTheOtherPlansStay() {
    List<Plan> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(TestPlans.valid().build());
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("p", withNull, List.of())));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("test-plan"));
    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).asString()
        .startsWith("plan provider 'p' (" + Fixed.class.getName()).contains("returned a null among its plans() "
            + "(at index 0)");
  }

  /** A provider whose module's dependency is missing: the JVM throws NoClassDefFoundError from any of its methods. */
  static final class MissingDependency implements PlanProvider {
    private final boolean inId;

    MissingDependency(boolean inId) {
      this.inId = inId;
    }

    @Override
    public String id() {
      if (inId) {
        throw new NoClassDefFoundError("com/example/Missing");
      }
      return "nodef";
    }

    @Override
    public List<Plan> plans() {
      throw new NoClassDefFoundError("com/example/Missing");
    }
  }

  @Test
  void noClassDefFoundErrorFromAProvider_isReported_notThrown() {
    PlanRegistry r = PlanRegistry.of(List.of(new MissingDependency(true), new MissingDependency(false),
        new Fixed("good", TestPlans.valid().build())));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("test-plan"));
    assertThat(r.failures()).extracting(PlanRegistry.Failure::message).containsExactlyInAnyOrder(
        "plan provider " + MissingDependency.class.getName() + " from "
            + MissingDependency.class.getProtectionDomain().getCodeSource().getLocation()
            + " has a blank id() (or its id() failed); return a stable id such as 'haiphong'",
        "plan provider 'nodef' (" + MissingDependency.class.getName() + ") threw java.lang.NoClassDefFoundError: "
            + "com/example/Missing from plans()");
  }

  /** Fails while ServiceLoader makes it, as a provider whose class needs a missing library does. */
  public static final class FailsToLoad implements PlanProvider {
    /** Throws as the JVM does when a class the provider needs is missing. */
    public FailsToLoad() {
      throw new NoClassDefFoundError("com/example/Missing");
    }

    @Override
    public String id() {
      return "never";
    }

    @Override
    public List<Plan> plans() {
      return List.of();
    }
  }

  @Test
  void loadInstalled_providerThatFailsToLoad_isReported_notThrown(@TempDir Path dir)
      throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(PlanProvider.class.getName()),
        FailsToLoad.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      PlanRegistry r = PlanRegistry.loadInstalled(loader);
      assertThat(r.plans()).isEmpty();
      assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).asString()
          .startsWith("a plan provider could not be loaded: java.util.ServiceConfigurationError")
          .contains(FailsToLoad.class.getName());
    }
  }

  @Test
  void duplicateProviderIds_areReported() {
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("same", TestPlans.valid().build()),
        new Fixed("same", rename(TestPlans.valid(), "x"))));

    assertThat(r.plans()).isEmpty();
    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).asString()
        .startsWith("plan provider id 'same' is used by 2 providers");
  }

  @Test
  void unknownPlan_listsTheInstalledOnes() {
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("a", TestPlans.valid().build())));

    assertThatThrownBy(() -> r.plan("bacninh-144-2025"))
        .isInstanceOf(UnknownPlanException.class)
        .hasMessage("No plan 'bacninh-144-2025' is installed / không có kế hoạch 'bacninh-144-2025'. Installed plans:"
            + " [test-plan]. Is the plan's module (e.g. chitieu-indicators-<province>) on the class path?");
  }

  @Test
  void providerRegions_joinTheCountryHierarchy() {
    Region ward = Region.of("10507", "Thành Đông", "Thanh Dong", RegionLevel.COMMUNE, "ward", "31");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("hp", List.of(TestPlans.valid().build()), List.of(ward))));

    assertThat(r.regions().ancestor(RegionCode.of("10507"), RegionLevel.PROVINCE))
        .map(reg -> reg.name().vi()).contains("Hải Phòng");
    assertThat(r.regions().descendants(RegionCode.of("31"), RegionLevel.COMMUNE)).containsExactly(ward);
  }

  @Test
  void providerRegionsUnderAnUnknownProvince_areReported() {
    Region orphan = Region.of("99999", "Mồ Côi", "Mo Coi", RegionLevel.COMMUNE, "commune", "98");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("hp", List.of(TestPlans.valid().build()), List.of(orphan))));

    assertThat(r.failures()).singleElement().extracting(PlanRegistry.Failure::message).asString()
        .contains("plan provider 'hp' has region data that does not fit the 2025 hierarchy")
        .contains("region 99999: '99999' has parent 98, which is not in the hierarchy");
  }

  @Test
  void loadInstalled_withNoProviders_isEmptyAndHealthy() {
    PlanRegistry r = PlanRegistry.loadInstalled();
    assertThat(r.plans()).isEmpty();
    assertThat(r.isHealthy()).isTrue();
    assertThat(r.regions().descendants(RegionHierarchy.COUNTRY, RegionLevel.PROVINCE)).hasSize(34);
  }

  @Test
  void twoPlansWithOnePrefix_areBothWithheld_namingBoth() {
    Plan a = TestPlans.valid().build();
    Plan b = TestPlans.renamed(a, "copy-plan", "t");
    Plan c = rename(TestPlans.valid(), "own-plan");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("first", a), new Fixed("second", b), new Fixed("third", c)));

    assertThat(r.plans()).extracting(Plan::id).containsExactly(PlanId.of("own-plan"));
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.provider()).isEqualTo("first, second");
      assertThat(f.message()).startsWith("the id prefix 't.' is used by 2 plans: 'test-plan' of provider 'first' ("
          + Fixed.class.getName()).contains("'copy-plan' of provider 'second' (")
          .contains("give each plan a prefix of its own");
    });
    assertThatThrownBy(() -> r.plan("copy-plan")).isInstanceOf(PlanConfigurationException.class)
        .hasMessageContaining("'test-plan' of provider 'first'");
    assertThatThrownBy(() -> r.plan("test-plan")).isInstanceOf(PlanConfigurationException.class);
  }

  @Test
  void with_addsAProvider_andItsPlanReplacesAnInstalledPlanOfTheSameId() {
    Plan installed = TestPlans.valid().build();
    Plan edited = TestPlans.valid().title("Kế hoạch thử (sửa)", "Test plan (edited)").build();
    Plan other = rename(TestPlans.valid(), "other-plan");
    PlanRegistry r = PlanRegistry.of(List.of(new Fixed("bundled", installed), new Fixed("others", other)));

    PlanRegistry w = r.with(new Fixed("file:test-plan.yaml", edited));

    assertThat(w.isHealthy()).isTrue();
    assertThat(w.plan("test-plan")).isSameAs(edited);
    assertThat(w.plan("other-plan")).isSameAs(other);
    assertThat(w.providerIds()).containsExactly("file:test-plan.yaml", "others");
    assertThat(r.plan("test-plan")).isSameAs(installed);
  }

  /** The plan under another id, its indicator and target ids under the prefix {@code o.}. */
  private static Plan rename(Plan.Builder b, String id) {
    return TestPlans.renamed(b.build(), id, "o");
  }
}
