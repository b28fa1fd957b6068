/**
 * Plan No. 144/KH-UBND of the Bac Ninh Provincial People's Committee (2026-2030) and the communes and wards of Bac
 * Ninh from 1 July 2025, contributed to chitieu through {@link dev.chitieu.core.spi.PlanProvider}.
 */
module dev.chitieu.bacninh {
  requires transitive dev.chitieu.core;

  exports dev.chitieu.bacninh;

  opens dev.chitieu.bacninh to dev.chitieu.core;

  provides dev.chitieu.core.spi.PlanProvider with dev.chitieu.bacninh.BacNinhPlanProvider;
}
