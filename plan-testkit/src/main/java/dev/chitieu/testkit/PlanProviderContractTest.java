package dev.chitieu.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.spi.PlanProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every plan module checks itself against. Extend it in the module's tests and name the provider class:
 *
 * <pre>{@code
 * class HaiPhongPlanProviderTest extends PlanProviderContractTest {
 *   @Override
 *   protected Class<? extends PlanProvider> providerType() {
 *     return HaiPhongPlanProvider.class;
 *   }
 * }
 * }</pre>
 *
 * <p>The kit never constructs the provider: it finds it the way an application does, through {@link
 * dev.chitieu.core.plan.PlanRegistry#loadInstalled()} and {@link java.util.ServiceLoader}, so a missing registration fails
 * here first. Each check fails with every problem it finds, each naming the plan and item and saying what would be
 * right. The checks themselves are in {@link PlanChecks}. {@code docs/adding-a-plan.md} explains each one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlanProviderContractTest {
  private PlanChecks.Discovery discovery;

  /** For subclasses. */
  protected PlanProviderContractTest() {}

  /**
   * The provider class of the module under test.
   *
   * @return the class; the kit finds its instance through ServiceLoader
   */
  protected abstract Class<? extends PlanProvider> providerType();

  private PlanChecks.Discovery discovery() {
    if (discovery == null) {
      discovery = PlanChecks.discover(providerType());
    }
    return discovery;
  }

  /** The installed plans of the provider; fails the calling check when discovery failed. */
  private List<Plan> plans() {
    PlanChecks.Discovery d = discovery();
    if (d.provider().isEmpty() || d.plans().isEmpty()) {
      fail(report("cannot check the plans of " + providerType().getName() + ", discovery failed", d.problems()));
    }
    return d.plans();
  }

  private void eachPlan(String what, Function<Plan, List<String>> check) {
    List<String> problems = new ArrayList<>();
    for (Plan p : plans()) {
      problems.addAll(check.apply(p));
    }
    assertNone(what, problems);
  }

  private void assertNone(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      fail(report(providerType().getSimpleName() + ": " + what, problems));
    }
  }

  private static String report(String header, List<String> problems) {
    return header + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
        + String.join("\n  - ", problems);
  }

  /** Checks discovery through {@link dev.chitieu.core.plan.PlanRegistry#loadInstalled()}. */
  @Test
  @DisplayName("the provider and all its plans are found by PlanRegistry.loadInstalled() through ServiceLoader")
  public void providerIsInstalled() {
    assertNone("not installed", discovery().problems());
  }

  /** Checks the provider class's shape. */
  @Test
  @DisplayName("the provider class is public final with a public no-argument constructor")
  public void providerClassHasTheRequiredShape() {
    assertNone("provider class", PlanChecks.providerClass(providerType()));
  }

  /** Checks that module-info and the service file both register the provider. */
  @Test
  @DisplayName("module-info.java and META-INF/services both register the provider, and agree")
  public void registrationsAgree() {
    assertNone("registration", PlanChecks.registration(providerType(), PlanChecks.readRegistration(providerType())));
  }

  /** Checks every plan with the core validator. */
  @Test
  @DisplayName("every plan passes PlanValidator")
  public void everyPlanValidates() {
    eachPlan("invalid plan", PlanChecks::validation);
  }

  /** Checks that every target's indicator is declared. */
  @Test
  @DisplayName("every target applies to an indicator its plan declares")
  public void everyTargetIndicatorIsDeclared() {
    eachPlan("undeclared indicator", PlanChecks::targetIndicators);
  }

  /** Checks that every text is written in Vietnamese and English. */
  @Test
  @DisplayName("every title, name, note and statement is written in Vietnamese and in English")
  public void bothLanguagesArePresent() {
    eachPlan("language", PlanChecks::languages);
  }

  /** Checks that the plan and its targets cite their sources. */
  @Test
  @DisplayName("the plan and every target cite the document and the article they were read from")
  public void sourcesArePresent() {
    eachPlan("sources", PlanChecks::sources);
  }

  /** Checks the form of the ids. */
  @Test
  @DisplayName("indicator and target ids share one prefix that no other installed plan uses")
  public void idsAreWellFormed() {
    eachPlan("ids", p -> PlanChecks.idForm(p, discovery().registry().plans()));
  }

  /** Checks the ids against the committed list. */
  @Test
  @DisplayName("every id of the committed list META-INF/chitieu/<plan>.ids is still declared, and every id is listed")
  public void idsAreStable() {
    eachPlan("id stability", p -> {
      Optional<String> committed = PlanChecks.readIds(providerType().getClassLoader(), p);
      List<String> problems = new ArrayList<>(PlanChecks.idsStable(p, committed));
      if (committed.isEmpty()) {
        PlanChecks.writeProposedIds(providerType(), p).ifPresent(file -> problems.add(
            "the same text is in " + file + ": copy that file to src/main/resources/" + PlanChecks.idsResource(p)));
      }
      return problems;
    });
  }

  /** Checks the JSON round trip. */
  @Test
  @DisplayName("every plan reads back from its JSON form exactly")
  public void jsonRoundTripIsExact() {
    eachPlan("JSON round trip", PlanChecks::jsonRoundTrip);
  }

  /** Checks the region data. */
  @Test
  @DisplayName("region data: unique codes, every unit within the plan's region, the province's communes shipped")
  public void regionDataIsConsistent() {
    List<Plan> plans = plans();
    List<Region> regions = discovery().provider().orElseThrow().units();
    assertNone("region data", PlanChecks.regions(plans, regions));
  }

  /** Checks the former units against the province's communes. */
  @Test
  @DisplayName("former units: each code once, going only into communes of the plan's province, once per commune")
  public void formerUnitsMapIntoTheProvince() {
    List<Plan> plans = plans();
    PlanProvider provider = discovery().provider().orElseThrow();
    List<FormerUnit> formerUnits = provider.formerUnits();
    assertNone("former units", PlanChecks.formerUnits(plans, provider.units(), formerUnits));
  }
}
