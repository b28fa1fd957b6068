/**
 * The columns behind {@code MeasurementSet}, for the rollup engine. <strong>Not API</strong>: not exported.
 */
package dev.chitieu.core.internal.store;
