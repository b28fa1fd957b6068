package dev.chitieu.testkit;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.plan.PlanRegistry;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plan as an application finds it, through {@link PlanRegistry#loadInstalled()}, with the look-ups a plan module's
 * own tests make against the plan's text: a target or an indicator by id, a ratio's parts, and a target judged on a
 * value the way a report judges it. A look-up that finds nothing fails the test with a message naming the plan and
 * what it does hold, so a table test of the plan's targets needs no helpers of its own:
 *
 * <pre>{@code
 * static final InstalledPlan PLAN = InstalledPlan.of(HaiPhongPlanProvider.PLAN_ID);
 *
 * Target t = PLAN.target("hp.ecommerce-share-2025");
 * assertTrue(PLAN.meets("hp.ecommerce-share-2025", 15.005));   // printed 15.01 %: over 15 %
 * assertEquals(IndicatorId.of("hp.retail-sales"), PLAN.ratio("hp.ecommerce-share").denominator());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class InstalledPlan {
  private final PlanRegistry registry;
  private final Plan plan;

  private InstalledPlan(PlanRegistry registry, Plan plan) {
    this.registry = registry;
    this.plan = plan;
  }

  /**
   * Finds an installed plan through {@link PlanRegistry#loadInstalled()}.
   *
   * @param planId the plan id, e.g. {@code haiphong-106-2025}
   * @return the plan with its registry
   * @throws AssertionError naming the installed plans and the registry's failures, if no valid
   *     plan has the id
   */
  public static InstalledPlan of(String planId) {
    return of(PlanRegistry.loadInstalled(), planId);
  }

  /**
   * Finds a plan in a registry.
   *
   * @param registry the registry, e.g. {@link PlanRegistry#of(java.util.List)} in a test of the kit
   * @param planId the plan id
   * @return the plan with its registry
   * @throws AssertionError naming the registry's plans and failures, if no valid plan has the id
   */
  public static InstalledPlan of(PlanRegistry registry, String planId) {
    requireNonNull(registry, "registry");
    requireNonNull(planId, "planId");
    Optional<Plan> found = PlanId.isValid(planId) ? registry.findPlan(PlanId.of(planId)) : Optional.empty();
    if (found.isEmpty()) {
      String failures = registry.failures().isEmpty() ? "" : "; the registry reports: " + registry.failures().stream()
          .map(f -> f.provider() + ": " + f.message()).collect(Collectors.joining("; "));
      return fail("no valid plan '" + planId + "' is installed (installed: " + registry.plans().stream()
          .map(p -> p.id().value()).toList() + ")" + failures + "; put its module on the test class path, registered"
          + " in META-INF/services/" + dev.chitieu.core.spi.PlanProvider.class.getName());
    }
    return new InstalledPlan(registry, found.get());
  }

  /** {@return the plan} */
  public Plan plan() {
    return plan;
  }

  /** {@return the registry the plan was found in, with the regions and former units of every installed module} */
  public PlanRegistry registry() {
    return registry;
  }

  /**
   * The target with the id.
   *
   * @param id the target id, e.g. {@code hp.ecommerce-share-2025}
   * @return the target
   * @throws AssertionError listing the plan's targets, if it has none with the id
   */
  public Target target(String id) {
    requireNonNull(id, "id");
    Optional<Target> t = TargetId.isValid(id) ? plan.findTarget(TargetId.of(id)) : Optional.empty();
    return t.orElseGet(() -> fail("plan '" + plan.id() + "' has no target '" + id + "'; its targets are "
        + plan.targets().stream().map(x -> x.id().value()).toList()));
  }

  /**
   * The indicator with the id.
   *
   * @param id the indicator id, e.g. {@code hp.ecommerce-share}
   * @return the indicator
   * @throws AssertionError listing the plan's indicators, if it has none with the id
   */
  public Indicator indicator(String id) {
    requireNonNull(id, "id");
    Optional<Indicator> i = IndicatorId.isValid(id) ? plan.findIndicator(IndicatorId.of(id)) : Optional.empty();
    return i.orElseGet(() -> fail("plan '" + plan.id() + "' has no indicator '" + id + "'; its indicators are "
        + plan.indicators().stream().map(x -> x.id().value()).toList()));
  }

  /**
   * The ratio an indicator is derived by: its numerator, denominator, scale and weight.
   *
   * @param indicatorId the id of a derived indicator, e.g. {@code hp.ecommerce-share}
   * @return its aggregation
   * @throws AssertionError if the plan has no such indicator, or it is not a ratio
   */
  public Aggregation.Ratio ratio(String indicatorId) {
    Indicator i = indicator(indicatorId);
    if (i.aggregation() instanceof Aggregation.Ratio r) {
      return r;
    }
    return fail("indicator '" + indicatorId + "' of plan '" + plan.id() + "' aggregates as " + i.aggregation()
        + ", not as a ratio of two base quantities");
  }

  /**
   * A value as a report prints it: rounded half-up to the reporting decimals of the target's indicator.
   *
   * @param targetId the target id
   * @param value the measured value
   * @return the printed value
   * @throws AssertionError if the plan has no such target or indicator
   */
  public BigDecimal printed(String targetId, double value) {
    return Precision.round(value, indicator(target(targetId).indicator().value()).decimals());
  }

  /**
   * Whether a value meets a target as the assessment and the reports judge it: the value {@linkplain #printed
   * printed} at the indicator's reporting decimals, compared with the threshold by the target's comparison.
   *
   * @param targetId the target id, e.g. {@code hp.ecommerce-share-2025} (more than 15 %)
   * @param value the measured value, e.g. {@code 15.005}, printed 15.01 and so more than 15
   * @return whether it meets the target
   * @throws AssertionError if the plan has no such target or indicator
   */
  public boolean meets(String targetId, double value) {
    Target t = target(targetId);
    return t.comparison().test(printed(targetId, value), t.threshold());
  }

  /** {@return the plan's id} */
  @Override
  public String toString() {
    return plan.id().value();
  }
}
