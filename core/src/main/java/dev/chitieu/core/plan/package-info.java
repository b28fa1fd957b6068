/**
 * Installed plans: the {@link dev.chitieu.core.plan.PlanRegistry} that finds plan modules through
 * {@link java.util.ServiceLoader}, the {@link dev.chitieu.core.plan.PlanValidator}, and their errors.
 */
package dev.chitieu.core.plan;
