/**
 * The root of chitieu's core: {@link dev.chitieu.core.ChitieuException}, the exception every error of the library
 * extends. The types live in packages by role: {@code model} (plans, indicators, targets, periods, ids), {@code data}
 * (measurements and their columnar set), {@code region} (regions, the hierarchy, territory changes), {@code plan} (the
 * registry of installed plans and their validation), {@code spi} (for plan modules), {@code io} (importers and JSON),
 * {@code rollup} and {@code assess}.
 */
package dev.chitieu.core;
