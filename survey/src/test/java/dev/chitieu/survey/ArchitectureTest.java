package dev.chitieu.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** survey sits on core: it knows no province, no report and no command line, and only core's public packages. */
class ArchitectureTest {
  private static final JavaClasses SURVEY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.chitieu.survey");

  @Test
  void survey_dependsOnCoreOnly() {
    noClasses().that().resideInAPackage("dev.chitieu.survey..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.chitieu.cli..", "dev.chitieu.report..",
            "dev.chitieu.xlsx..", "dev.chitieu.haiphong..", "dev.chitieu.bacninh..", "dev.chitieu.vietnam..",
            "dev.chitieu.indicators..", "dev.chitieu.core.internal..", "picocli..", "com.lowagie..", "org.openpdf..")
        .because("criteria sets and scores work for any province; the CLI and the reports sit on top (docs/adr/0060)")
        .check(SURVEY);
  }

  @Test
  void modelAndScoring_doNotTouchFilesOrExcel() {
    noClasses().that().resideInAnyPackage("dev.chitieu.survey", "dev.chitieu.survey.score")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.fasterxml..",
            "dev.chitieu.survey.io..")
        .because("files are read and written in dev.chitieu.survey.io only")
        .check(SURVEY);
  }
}
