/**
 * Plan No. 106/KH-UBND of the Hai Phong City People's Committee (2025) and the communes and wards of Hai Phong from 1
 * July 2025, contributed to chitieu through {@link dev.chitieu.core.spi.PlanProvider}.
 */
module dev.chitieu.haiphong {
  requires transitive dev.chitieu.core;

  exports dev.chitieu.haiphong;

  opens dev.chitieu.haiphong to dev.chitieu.core;

  provides dev.chitieu.core.spi.PlanProvider with dev.chitieu.haiphong.HaiPhongPlanProvider;
}
