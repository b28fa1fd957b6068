/**
 * The plan testkit: {@link dev.chitieu.testkit.PlanProviderContractTest}, the JUnit 5 base class a plan module's test
 * extends, {@link dev.chitieu.testkit.PlanChecks}, the checks it runs, usable on their own, and {@link
 * dev.chitieu.testkit.InstalledPlan}, the look-ups a module's own table tests of its targets make.
 */
package dev.chitieu.testkit;
