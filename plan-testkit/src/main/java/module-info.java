/**
 * chitieu plan testkit: the conformance tests a plan module runs against itself. Extend {@link
 * dev.chitieu.testkit.PlanProviderContractTest} in the module's tests.
 */
module dev.chitieu.testkit {
  requires transitive dev.chitieu.core;
  requires transitive org.junit.jupiter.api;

  exports dev.chitieu.testkit;

  uses dev.chitieu.core.spi.PlanProvider;
}
