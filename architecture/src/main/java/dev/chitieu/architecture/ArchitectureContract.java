package dev.chitieu.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of {@link ChitieuArchitecture}, run by a module on its own main classes. A module's test
 * extends it and names its packages:
 *
 * <pre>{@code
 * class ArchitectureTest extends ArchitectureContract {
 *   @Override protected String[] packages() { return new String[] {"dev.chitieu.haiphong"}; }
 * }
 * }</pre>
 */
public abstract class ArchitectureContract {
  /**
   * The packages of the module's main classes (with their subpackages).
   *
   * @return the packages, e.g. {@code dev.chitieu.report}
   */
  protected abstract String[] packages();

  /** The module's main classes, tests left out. */
  protected JavaClasses classes() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(packages());
  }

  @Test
  @DisplayName("dependencies between modules point down")
  void layers() {
    check(ChitieuArchitecture.layers());
  }

  @Test
  @DisplayName("core and plan modules use only the libraries they may")
  void libraries() {
    ChitieuArchitecture.libraries().forEach(this::check);
  }

  @Test
  @DisplayName("no package cycles")
  void noCycles() {
    check(ChitieuArchitecture.noCycles());
  }

  @Test
  @DisplayName("internal packages are used only by their own module")
  void internalStaysHome() {
    check(ChitieuArchitecture.internalStaysHome());
  }

  private void check(ArchRule rule) {
    rule.check(classes());
  }
}
