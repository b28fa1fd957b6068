/**
 * The national plans (Decisions No. 411/QĐ-TTg of 2022 and 749/QĐ-TTg of 2020, and the 2024 plan of the National
 * Committee for Digital Transformation), contributed to chitieu through {@link dev.chitieu.core.spi.PlanProvider}.
 */
module dev.chitieu.vietnam {
  requires transitive dev.chitieu.core;

  exports dev.chitieu.vietnam;

  opens dev.chitieu.vietnam to dev.chitieu.core;

  provides dev.chitieu.core.spi.PlanProvider with dev.chitieu.vietnam.VietnamPlanProvider;
}
