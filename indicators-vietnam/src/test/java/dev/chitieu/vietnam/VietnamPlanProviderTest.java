package dev.chitieu.vietnam;

import dev.chitieu.core.spi.PlanProvider;
import dev.chitieu.testkit.PlanProviderContractTest;

/** The plan testkit's contract, applied to this module. */
class VietnamPlanProviderTest extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return VietnamPlanProvider.class;
  }
}
