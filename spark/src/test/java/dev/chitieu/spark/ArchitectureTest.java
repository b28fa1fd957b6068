package dev.chitieu.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.chitieu.architecture.ArchitectureContract;
import org.junit.jupiter.api.Test;

/**
 * spark sits on core alone (the project's rules, module `architecture`, run on its classes), and never reaches into
 * the in-JVM engine's internals: the engines share the rules, not the code.
 */
class ArchitectureTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.spark"};
  }

  @Test
  void spark_usesCoresApiOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.chitieu.core.internal..",
            "org.apache.poi..", "com.lowagie..", "org.openpdf..")
        .because("the Spark rollup reads measurements and hands back core's figures through core's API")
        .check(classes());
  }
}
