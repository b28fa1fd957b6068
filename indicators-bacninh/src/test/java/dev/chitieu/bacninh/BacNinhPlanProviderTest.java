package dev.chitieu.bacninh;

import dev.chitieu.core.spi.PlanProvider;
import dev.chitieu.testkit.PlanProviderContractTest;

/** The plan testkit's contract, applied to this module. */
class BacNinhPlanProviderTest extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return BacNinhPlanProvider.class;
  }
}
