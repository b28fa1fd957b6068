package ${package};

import dev.chitieu.core.spi.PlanProvider;
import dev.chitieu.testkit.PlanProviderContractTest;

class ${className}PlanProviderTest extends PlanProviderContractTest {
  @Override
  protected Class<? extends PlanProvider> providerType() {
    return ${className}PlanProvider.class;
  }
}
