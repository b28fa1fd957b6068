package dev.chitieu.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.chitieu.architecture.ArchitectureContract;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * survey sits on core (the project's rules, module `architecture`, run on its classes) and keeps files in its io
 * package.
 */
class ArchitectureTest extends ArchitectureContract {
  @Override
  protected String[] packages() {
    return new String[] {"dev.chitieu.survey"};
  }

  private static final JavaClasses SURVEY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.chitieu.survey");

  @Test
  void modelAndScoring_doNotTouchFilesOrExcel() {
    noClasses().that().resideInAnyPackage("dev.chitieu.survey", "dev.chitieu.survey.score")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.fasterxml..",
            "dev.chitieu.survey.io..")
        .because("files are read and written in dev.chitieu.survey.io only")
        .check(SURVEY);
  }
}
