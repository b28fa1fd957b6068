package dev.chitieu.testkit;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;

/** A provider registered in the test resources' service file, as a plan module registers its own. */
public final class SampleProvider implements PlanProvider {
  /** Used by ServiceLoader. */
  public SampleProvider() {}

  @Override
  public String id() {
    return "sample";
  }

  @Override
  public List<Plan> plans() {
    return List.of(SamplePlan.valid().build());
  }

  @Override
  public List<Region> units() {
    return SamplePlan.communes();
  }

  @Override
  public List<FormerUnit> formerUnits() {
    return SamplePlan.formerUnits();
  }
}
