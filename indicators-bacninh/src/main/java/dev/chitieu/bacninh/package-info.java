/**
 * Bac Ninh province: Plan No. 144/KH-UBND (24 November 2025), digital economy and digital society 2026-2030,
 * contributed by {@link dev.chitieu.bacninh.BacNinhPlanProvider}. The targets were read from a public news report of
 * the plan (German); the Vietnamese statements are our rendering of it, not quotations of the plan's text.
 */
package dev.chitieu.bacninh;
