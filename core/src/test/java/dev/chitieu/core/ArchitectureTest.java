package dev.chitieu.core;


import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * core's public signatures use only JDK and chitieu types, never Guava's or Jackson's. (Which modules and libraries
 * core may use at all is the shared rule set's, {@link ArchitectureRulesTest}.)
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(
          "dev.chitieu.core");

  @Test
  void publicApi_doesNotExposeGuavaOrJackson() {
    ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
        .that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage("dev.chitieu.core", "dev.chitieu.core.model",
            "dev.chitieu.core.data", "dev.chitieu.core.region", "dev.chitieu.core.plan", "dev.chitieu.core.spi",
            "dev.chitieu.core.io", "dev.chitieu.core.rollup", "dev.chitieu.core.assess")
        .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
            "use only JDK and chitieu types in their signatures") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod m,
              com.tngtech.archunit.lang.ConditionEvents events) {
            var types = new java.util.ArrayList<com.tngtech.archunit.core.domain.JavaClass>();
            types.add(m.getRawReturnType());
            types.addAll(m.getRawParameterTypes());
            for (var t : types) {
              String n = t.getName();
              if (n.startsWith("com.google.") || n.startsWith("com.fasterxml.")) {
                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m,
                    m.getFullName() + " exposes " + n));
              }
            }
          }
        });
    rule.check(CORE);
  }
}
