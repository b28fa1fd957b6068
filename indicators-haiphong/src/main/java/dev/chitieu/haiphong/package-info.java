/**
 * Hai Phong city: Plan No. 106/KH-UBND (2025), digital economy in all sectors, contributed by {@link
 * dev.chitieu.haiphong.HaiPhongPlanProvider}. The targets were read from public news reports of the plan (German,
 * English and French); the Vietnamese statements are our rendering of them, not quotations of the plan's text.
 */
package dev.chitieu.haiphong;
