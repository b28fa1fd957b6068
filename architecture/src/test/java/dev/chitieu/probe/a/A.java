package dev.chitieu.probe.a;

/** Half of a package cycle, for the rules' own tests. */
public class A {
  /** Depends on b. */
  public static Object b() {
    return new dev.chitieu.probe.b.B();
  }
}
