/**
 * Implementation details shared by core's packages (the columnar storage behind {@code MeasurementSet} and the
 * codes the rollup engine reads). <strong>Not API</strong>: {@code module-info} does not export this package, its
 * types may change or go away in any release, and code outside {@code dev.chitieu.core} must not use them, even on
 * the class path where nothing stops it.
 */
package dev.chitieu.core.internal;
