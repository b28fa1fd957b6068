/**
 * Reading and writing plans and measurements. Plans: {@link dev.chitieu.core.io.PlanJson}. Measurements: {@link
 * dev.chitieu.core.io.MeasurementCsv} and {@link dev.chitieu.core.io.MeasurementJson} (the XLSX form lives in the
 * {@code chitieu-import-xlsx} module), each strict or lenient, configured by {@link
 * dev.chitieu.core.io.ImportOptions} and built on {@link dev.chitieu.core.io.RowImporter}; results are {@link
 * dev.chitieu.core.io.ImportResult}s with {@link dev.chitieu.core.io.RejectedRow}s. See {@code docs/import.md}.
 */
package dev.chitieu.core.io;
