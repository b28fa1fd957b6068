package dev.chitieu.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.chitieu.core.internal.probe.InternalProbe;
import dev.chitieu.core.probe.CoreProbe;
import dev.chitieu.probe.a.A;
import dev.chitieu.probe.b.B;
import dev.chitieu.probeprovince.ProvinceProbe;
import dev.chitieu.report.probe.ReportProbe;
import org.junit.jupiter.api.Test;

/** Each rule, broken on purpose by the probe classes beside this test, fails, and names what broke it. */
class ChitieuArchitectureTest {
  private static JavaClasses of(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  @Test
  void layers_failWhenCoreReachesUp_andPassForADownwardArrow() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.layers().check(of(CoreProbe.class, ReportProbe.class)));
    assertThat(e).hasMessageContaining("CoreProbe").hasMessageContaining("ReportProbe");

    // report-export using core is an arrow pointing down
    ChitieuArchitecture.layers().check(of(ReportProbe.class));
  }

  @Test
  void layers_failWhenAPlanModuleUsesTheReportExporter() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.layers().check(of(ProvinceProbe.class)));
    assertThat(e).hasMessageContaining("ProvinceProbe").hasMessageContaining("ReportProbe");
  }

  @Test
  void libraries_failWhenAPlanModuleUsesALibrary_evenOneNamedNowhere() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.libraries().get(1).check(of(ProvinceProbe.class)));
    assertThat(e).hasMessageContaining("ProvinceProbe").hasMessageContaining("org.assertj");
  }

  @Test
  void libraries_failWhenCoreUsesAModuleAbove() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.libraries().get(0).check(of(CoreProbe.class)));
    assertThat(e).hasMessageContaining("dev.chitieu.report.probe.ReportProbe");
  }

  @Test
  void noCycles_failsOnTwoPackagesThatUseEachOther() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.noCycles().check(of(A.class, B.class)));
    assertThat(e).hasMessageContaining("Cycle").hasMessageContaining("probe.a").hasMessageContaining("probe.b");
  }

  @Test
  void internalStaysHome_failsWhenAnotherModuleUsesCoresInternals() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChitieuArchitecture.internalStaysHome().check(of(ReportProbe.class, InternalProbe.class)));
    assertThat(e).hasMessageContaining("ReportProbe").hasMessageContaining("InternalProbe");
  }
}
