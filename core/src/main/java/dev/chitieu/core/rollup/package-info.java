/**
 * Rolling measurements up regions and across time by the aggregation rules of each indicator: {@link
 * dev.chitieu.core.rollup.Rollup} for one figure ({@code aggregate}) or a whole table ({@code table}), {@link
 * dev.chitieu.core.rollup.Aggregate} for a figure with its parts, status and coverage, and {@link
 * dev.chitieu.core.rollup.RollupTable} for a table. The rules are in {@code docs/aggregation.md}.
 */
package dev.chitieu.core.rollup;
