package dev.chitieu.report.probe;

/** A report-export class for the rules' own tests. */
public class ReportProbe {
  /** Using core's API: allowed. */
  public static Object core() {
    return new dev.chitieu.core.probe.CoreProbe();
  }

  /** Using core's internals: not allowed outside core. */
  public static Object internal() {
    return new dev.chitieu.core.internal.probe.InternalProbe();
  }
}
