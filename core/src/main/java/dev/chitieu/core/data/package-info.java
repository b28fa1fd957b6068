/**
 * Measurements: {@link dev.chitieu.core.data.Measurement}, the immutable columnar
 * {@link dev.chitieu.core.data.MeasurementSet}, how firm a figure is, how duplicates are resolved, coverage, and the
 * located problems of data ({@link dev.chitieu.core.data.InvalidDataException}).
 */
package dev.chitieu.core.data;
