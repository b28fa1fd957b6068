/**
 * Decision No. 411/QĐ-TTg (2022), the national strategy for the digital economy and digital society, contributed to
 * chitieu through {@link dev.chitieu.core.spi.PlanProvider}.
 */
module dev.chitieu.vietnam {
  requires transitive dev.chitieu.core;

  exports dev.chitieu.vietnam;

  provides dev.chitieu.core.spi.PlanProvider with dev.chitieu.vietnam.VietnamPlanProvider;
}
