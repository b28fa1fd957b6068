package dev.chitieu.testkit;

import dev.chitieu.core.spi.PlanProvider;

/** The kit applied to the registered sample provider; run through EngineTestKit only (no "Test" in its name). */
class SampleContract extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return SampleProvider.class;
  }
}
