package dev.chitieu.haiphong;

import dev.chitieu.core.spi.PlanProvider;
import dev.chitieu.testkit.PlanProviderContractTest;

/** The plan testkit's contract, applied to this module. */
class HaiPhongPlanProviderTest extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return HaiPhongPlanProvider.class;
  }
}
