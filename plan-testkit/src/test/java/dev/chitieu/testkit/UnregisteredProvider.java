package dev.chitieu.testkit;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;

/** A provider nobody registered: the kit must not find it. */
public final class UnregisteredProvider implements PlanProvider {
  /** Never called by ServiceLoader. */
  public UnregisteredProvider() {}

  @Override
  public String id() {
    return "unregistered";
  }

  @Override
  public List<Plan> plans() {
    return List.of(SamplePlan.valid().build());
  }
}
