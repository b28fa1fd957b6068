/**
 * The plan testkit: {@link dev.chitieu.testkit.PlanProviderContractTest}, the JUnit 5 base class a plan module's test
 * extends, and {@link dev.chitieu.testkit.PlanChecks}, the checks it runs, usable on their own.
 */
package dev.chitieu.testkit;
