/**
 * Measurements in Excel workbooks: {@link dev.chitieu.xlsx.MeasurementXlsx} reads them with the checks and error
 * reports of the core importers (streaming, for large sheets) and writes them. Depends on Apache POI, which core never
 * does.
 */
package dev.chitieu.xlsx;
