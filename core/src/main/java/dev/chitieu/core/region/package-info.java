/**
 * Regions: the administrative units and their {@link dev.chitieu.core.region.RegionHierarchy} (versioned by date), and
 * the territory changes of 1 July 2025 (former units, the mapping, the conversion of older data).
 */
package dev.chitieu.core.region;
