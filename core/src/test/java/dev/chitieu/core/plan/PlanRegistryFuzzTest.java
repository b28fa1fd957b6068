package dev.chitieu.core.plan;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionLevel;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chitieu.core.spi.PlanProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the plan registry with providers that misbehave in every way the fuzzer can combine: ids that are blank,
 * null, shared or thrown; plans that are null, contain nulls, repeat ids across providers, or are invalid; region and
 * former-unit lists that are null, wrong or thrown; exceptions and errors ({@code NoClassDefFoundError}, {@code
 * StackOverflowError}) from any method. Loading must never throw, and asking for any plan must give the plan, an
 * {@link UnknownPlanException} or a {@link PlanConfigurationException}. Seeds in {@code
 * PlanRegistryFuzzTestInputs/registry}.
 */
class PlanRegistryFuzzTest {
  private static final String[] IDS = {"a", "b", "hp", "", "Not An Id"};
  private static final String[] PLAN_IDS = {"test-plan", "other-plan", "third-plan"};

  private static Throwable failure(int kind) {
    return switch (kind) {
      case 0 -> new IllegalStateException("broken");
      case 1 -> new NoClassDefFoundError("com/example/Missing");
      case 2 -> new StackOverflowError();
      case 3 -> new AssertionError("assert");
      default -> new ExceptionInInitializerError("init");
    };
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return (RuntimeException) t;
  }

  /** A provider whose every answer was chosen by the fuzzer up front. */
  private static final class Scripted implements PlanProvider {
    private final Object id;
    private final Object plans;
    private final Object regions;
    private final Object formerUnits;

    Scripted(Object id, Object plans, Object regions, Object formerUnits) {
      this.id = id;
      this.plans = plans;
      this.regions = regions;
      this.formerUnits = formerUnits;
    }

    @Override
    public String id() {
      if (id instanceof Throwable t) {
        throw sneaky(t);
      }
      return (String) id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Plan> plans() {
      if (plans instanceof Throwable t) {
        throw sneaky(t);
      }
      return (List<Plan>) plans;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Region> units() {
      if (regions instanceof Throwable t) {
        throw sneaky(t);
      }
      return (List<Region>) regions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<FormerUnit> formerUnits() {
      if (formerUnits instanceof Throwable t) {
        throw sneaky(t);
      }
      return (List<FormerUnit>) formerUnits;
    }
  }

  private static Plan plan(FuzzedDataProvider data) {
    Plan p = TestPlans.valid().build();
    String id = data.pickValue(PLAN_IDS);
    boolean invalid = data.consumeBoolean();
    return new Plan(PlanId.of(id), invalid ? LocalizedText.of("", "x") : p.title(), p.authority(), p.region(),
        p.documentNumber(), p.documentDate(), p.horizon(), p.dimensions(), p.indicators(), p.targets(), p.sources());
  }

  @FuzzTest(maxDuration = "15s")
  void registry(FuzzedDataProvider data) {
    List<PlanProvider> providers = new ArrayList<>();
    int n = data.consumeInt(0, 4);
    for (int i = 0; i < n; i++) {
      Object id = data.consumeInt(0, 9) < 8 ? data.pickValue(IDS) : data.consumeBoolean() ? null
          : failure(data.consumeInt(0, 4));
      Object plans;
      int shape = data.consumeInt(0, 9);
      if (shape == 0) {
        plans = null;
      } else if (shape == 1) {
        plans = failure(data.consumeInt(0, 4));
      } else {
        List<Plan> list = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int k = 0; k < count; k++) {
          list.add(data.consumeInt(0, 5) == 0 ? null : plan(data));
        }
        plans = list;
      }
      Region ward = Region.of("10507", "Thành Đông", "Thanh Dong", RegionLevel.COMMUNE, "ward",
          data.consumeBoolean() ? "31" : "98");
      Object regions = switch (data.consumeInt(0, 3)) {
        case 0 -> null;
        case 1 -> failure(data.consumeInt(0, 4));
        case 2 -> List.of(ward);
        default -> List.of();
      };
      Object former = switch (data.consumeInt(0, 2)) {
        case 0 -> null;
        case 1 -> failure(data.consumeInt(0, 4));
        default -> List.of();
      };
      providers.add(new Scripted(id, plans, regions, former));
    }
    PlanRegistry r = PlanRegistry.of(providers);
    for (String id : PLAN_IDS) {
      try {
        Plan p = r.plan(id);
        if (!p.id().value().equals(id)) {
          throw new AssertionError("asked for " + id + ", got " + p.id());
        }
      } catch (UnknownPlanException | PlanConfigurationException expected) {
        // the two answers for a plan that is not there or not usable
      }
    }
    for (PlanRegistry.Failure f : r.failures()) {
      if (f.message().isBlank() || f.provider() == null) {
        throw new AssertionError("a failure that does not say what: " + f);
      }
    }
  }
}
