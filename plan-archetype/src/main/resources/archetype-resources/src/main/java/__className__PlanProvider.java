package ${package};

import dev.chitieu.core.io.ResourcePlanProvider;

/** Contributes plan {@code ${planId}} of ${provinceNameEn} and its communes and wards from 1 July 2025. */
public final class ${className}PlanProvider extends ResourcePlanProvider {
  /** Reads nothing; ServiceLoader calls it. */
  public ${className}PlanProvider() {
    super("${provinceId}", "${planId}.yaml");
  }
}
