package dev.chitieu.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The architecture of chitieu as allow-lists (ArchUnit): what each kind of module may use. Every module runs these
 * rules on its own classes (by extending {@link ArchitectureContract}), so a new module, and a new province's plan
 * module, is covered without naming it anywhere.
 *
 * <p>The kinds, by package:
 *
 * <ul>
 *   <li>core: {@code dev.chitieu.core..}
 *   <li>the plan test kit: {@code dev.chitieu.testkit..}; the shared SAMPLE test fixtures:
 *       {@code dev.chitieu.fixtures..}
 *   <li>the workbook importer: {@code dev.chitieu.xlsx..}; surveys: {@code dev.chitieu.survey..}; Spark:
 *       {@code dev.chitieu.spark..}
 *   <li>the report exporter: {@code dev.chitieu.report..}
 *   <li>the command line: {@code dev.chitieu.cli..} (with the spark-submit entry point, {@code
 *       dev.chitieu.cli.spark}); the examples: {@code dev.chitieu.examples..}
 *   <li>the benchmarks: {@code dev.chitieu.benchmarks..}; these rules: {@code dev.chitieu.architecture..}
 *   <li>plan modules: every other package under {@code dev.chitieu}, and any class elsewhere that implements the plan
 *       SPI ({@code dev.chitieu.core.spi.PlanProvider}) and the packages it lives in
 * </ul>
 *
 * Thread-safe: the rules are immutable.
 */
public final class ChitieuArchitecture {
  private ChitieuArchitecture() {}

  static final String CORE = "dev.chitieu.core..";
  static final String TESTKIT = "dev.chitieu.testkit..";
  static final String FIXTURES = "dev.chitieu.fixtures..";
  static final String XLSX = "dev.chitieu.xlsx..";
  static final String SURVEY = "dev.chitieu.survey..";
  static final String SPARK = "dev.chitieu.spark..";
  static final String REPORT = "dev.chitieu.report..";
  static final String CLI = "dev.chitieu.cli..";
  static final String EXAMPLES = "dev.chitieu.examples..";
  static final String BENCHMARKS = "dev.chitieu.benchmarks..";
  static final String ARCHITECTURE = "dev.chitieu.architecture..";

  private static final List<String> KNOWN = List.of(CORE, TESTKIT, FIXTURES, XLSX, SURVEY, SPARK, REPORT, CLI,
      EXAMPLES, BENCHMARKS, ARCHITECTURE);

  /** A plan module's class: under {@code dev.chitieu} but of no other kind. */
  static final DescribedPredicate<JavaClass> PLAN_MODULE = resideInAPackage("dev.chitieu..")
      .and(not(resideInAnyPackage(KNOWN.toArray(String[]::new))))
      .as("plan modules (dev.chitieu.* outside the library's own modules)");

  /**
   * Which module may use which: arrows point down. Core uses no other module; plan modules, the test kit, the test
   * fixtures, the workbook importer, surveys and Spark use core only; the report exporter uses core and surveys; the
   * command line and the examples use the modules below them; the benchmarks measure anything. Dependencies on
   * third-party libraries are the next rule's.
   *
   * @return the rule
   */
  public static ArchRule layers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
        .layer("Core").definedBy(CORE)
        .layer("Plans").definedBy(PLAN_MODULE)
        .layer("Testkit").definedBy(TESTKIT)
        .layer("Fixtures").definedBy(FIXTURES)
        .layer("Xlsx").definedBy(XLSX)
        .layer("Survey").definedBy(SURVEY)
        .layer("Spark").definedBy(SPARK)
        .layer("Report").definedBy(REPORT)
        .layer("Cli").definedBy(CLI)
        .layer("Examples").definedBy(EXAMPLES)
        .layer("Benchmarks").definedBy(BENCHMARKS)
        .whereLayer("Core").mayOnlyAccessLayers("Core")
        .whereLayer("Plans").mayOnlyAccessLayers("Core", "Plans")
        .whereLayer("Testkit").mayOnlyAccessLayers("Core", "Testkit")
        .whereLayer("Fixtures").mayOnlyAccessLayers("Core", "Fixtures")
        .whereLayer("Xlsx").mayOnlyAccessLayers("Core", "Xlsx")
        .whereLayer("Survey").mayOnlyAccessLayers("Core", "Survey")
        .whereLayer("Spark").mayOnlyAccessLayers("Core", "Spark")
        .whereLayer("Report").mayOnlyAccessLayers("Core", "Survey", "Report")
        .whereLayer("Cli").mayOnlyAccessLayers("Core", "Plans", "Xlsx", "Survey", "Spark", "Report", "Cli")
        .whereLayer("Examples").mayOnlyAccessLayers("Core", "Plans", "Xlsx", "Report", "Examples")
        .because("dependencies point down: cli -> report-export -> core; indicators-* -> core (docs/adr/0003)");
  }

  /**
   * What core and plan modules may use at all, libraries included: core the JDK, Guava and Jackson; a plan module the
   * JDK and core's API (not its internals), so that a province's module is its data and the smallest code declaring it.
   *
   * @return the rules
   */
  public static List<ArchRule> libraries() {
    return List.of(
        classes().that().resideInAPackage(CORE).should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.annotation..", "com.google.common..", "com.google.errorprone..",
                "com.fasterxml.jackson..", CORE)
            .because("core knows nothing of Excel, PDF, a province or the command line; its only libraries are "
                + "Guava and Jackson (docs/adr/0003)")
            .allowEmptyShould(true),
        classes().that(PLAN_MODULE).should().onlyDependOnClassesThat(resideInAPackage("java..")
                .or(resideInAPackage(CORE).and(not(resideInAPackage("dev.chitieu.core.internal.."))))
                .or(PLAN_MODULE))
            .because("a plan module is its data and the code that declares it, on core's API alone")
            .allowEmptyShould(true));
  }

  /**
   * No package cycles anywhere: every package of chitieu is a slice, and no two depend on each other even through
   * others.
   *
   * @return the rule
   */
  public static ArchRule noCycles() {
    return slices().matching("dev.chitieu.(**)").should().beFreeOfCycles()
        .because("a package cycle hides which room a change belongs in (docs/adr/0015)");
  }

  /**
   * An internal package is used only by its own module: nothing outside {@code dev.chitieu.core} uses
   * {@code dev.chitieu.core.internal}, and likewise for any module's {@code internal} package.
   *
   * @return the rule
   */
  public static ArchRule internalStaysHome() {
    return noClasses().that().resideOutsideOfPackage(CORE).should().dependOnClassesThat()
        .resideInAPackage("dev.chitieu.core.internal..")
        .because("internal packages are not API: not exported, and free to change in any release")
        .allowEmptyShould(true);
  }

  /** Every rule, for a module's test to check against its classes. */
  public static List<ArchRule> all() {
    List<ArchRule> out = new java.util.ArrayList<>();
    out.add(layers());
    out.addAll(libraries());
    out.add(noCycles());
    out.add(internalStaysHome());
    return List.copyOf(out);
  }
}
