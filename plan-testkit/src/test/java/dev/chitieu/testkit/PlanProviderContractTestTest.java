package dev.chitieu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.chitieu.core.spi.PlanProvider;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs the kit as JUnit runs it in a plan module, on a registered and an unregistered provider. */
class PlanProviderContractTestTest {
  static final String SERVICE = PlanProvider.class.getName();

  /** Runs a contract class; returns each test method's failure message, or "passed". */
  static Map<String, String> run(Class<?> contract) {
    Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    Map<String, String> outcome = new TreeMap<>();
    for (Event e : events.finished().list()) {
      String method = e.getTestDescriptor().getSource().map(s -> ((MethodSource) s).getMethodName()).orElseThrow();
      TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
      outcome.put(method, r.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "passed"
          : r.getThrowable().map(Throwable::getMessage).orElse(r.getStatus().toString()));
    }
    return outcome;
  }

  @Test
  void registeredProvider_passesEveryCheck_butTheTestClassesHaveNoModuleInfo() {
    Map<String, String> outcome = run(SampleContract.class);

    assertThat(outcome).hasSize(11);
    assertThat(outcome).allSatisfy((method, result) -> {
      if (!method.equals("registrationsAgree")) {
        assertThat(result).as(method).isEqualTo("passed");
      }
    });
    assertThat(outcome.get("registrationsAgree"))
        .startsWith("SampleProvider: registration (1 problem):\n  - the module of " + SampleProvider.class.getName()
            + " has no module-info.class (in ")
        .endsWith("test-classes); add src/main/java/module-info.java with 'requires dev.chitieu.core;' and 'provides "
            + SERVICE + " with " + SampleProvider.class.getName() + ";'");
  }

  @Test
  void unregisteredProvider_failsDiscovery_andEveryPlanCheckSaysWhy() {
    Map<String, String> outcome = run(UnregisteredContract.class);
    String notFound = "plan provider " + UnregisteredProvider.class.getName() + " is not found through"
        + " ServiceLoader; add the line '" + UnregisteredProvider.class.getName() + "' to"
        + " src/main/resources/META-INF/services/" + SERVICE + " and 'provides " + SERVICE + " with "
        + UnregisteredProvider.class.getName() + ";' to module-info.java";

    assertThat(outcome.get("providerIsInstalled"))
        .isEqualTo("UnregisteredProvider: not installed (1 problem):\n  - " + notFound);
    assertThat(outcome.get("everyPlanValidates")).isEqualTo("cannot check the plans of "
        + UnregisteredProvider.class.getName() + ", discovery failed (1 problem):\n  - " + notFound);
    assertThat(outcome.get("providerClassHasTheRequiredShape")).isEqualTo("passed");
    assertThat(outcome.get("registrationsAgree")).contains(
        "lists [" + SampleProvider.class.getName() + "] but not " + UnregisteredProvider.class.getName());
    assertThat(outcome).hasSize(11);
    assertThat(outcome.entrySet().stream().filter(e -> e.getValue().equals("passed")).map(Map.Entry::getKey))
        .containsExactly("providerClassHasTheRequiredShape");
  }
}
