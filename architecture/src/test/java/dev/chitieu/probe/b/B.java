package dev.chitieu.probe.b;

/** The other half of a package cycle. */
public class B {
  /** Depends on a. */
  public static Object a() {
    return new dev.chitieu.probe.a.A();
  }
}
