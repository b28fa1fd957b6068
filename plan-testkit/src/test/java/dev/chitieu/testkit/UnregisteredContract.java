package dev.chitieu.testkit;

import dev.chitieu.core.spi.PlanProvider;

/** The kit applied to a provider nobody registered; run through EngineTestKit only. */
class UnregisteredContract extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return UnregisteredProvider.class;
  }
}
