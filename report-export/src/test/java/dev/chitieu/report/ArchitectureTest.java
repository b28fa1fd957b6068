package dev.chitieu.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** report-export sits between the command line and core: it knows no province and never reaches up to the CLI. */
class ArchitectureTest {
  private static final JavaClasses REPORT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.chitieu.report");

  @Test
  void reportExport_doesNotDependOnCliOrProvinces() {
    noClasses().that().resideInAPackage("dev.chitieu.report..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.chitieu.cli..", "dev.chitieu.haiphong..",
            "dev.chitieu.bacninh..", "dev.chitieu.vietnam..", "dev.chitieu.indicators..")
        .because("reports work for any plan; provinces plug into core, and the CLI sits on top")
        .check(REPORT);
  }

  @Test
  void reportExport_usesOnlyCoresPublicPackages() {
    noClasses().that().resideInAPackage("dev.chitieu.report..")
        .should().dependOnClassesThat().resideInAPackage("dev.chitieu.core.internal..")
        .check(REPORT);
  }
}
