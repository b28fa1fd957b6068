package dev.chitieu.probeprovince;

/** A plan module's class, for the rules' own tests. */
public class ProvinceProbe {
  /** Core's API: allowed. */
  public static Object core() {
    return new dev.chitieu.core.probe.CoreProbe();
  }

  /** A library other than the JDK and core: not allowed in a plan module. */
  public static Object library() {
    return org.assertj.core.api.Assertions.assertThat(1);
  }

  /** The report exporter: not allowed in a plan module. */
  public static Object report() {
    return new dev.chitieu.report.probe.ReportProbe();
  }
}
