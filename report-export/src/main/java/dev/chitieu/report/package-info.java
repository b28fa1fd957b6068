/** Compliance reports of an assessment: the official Excel workbook and PDF. */
package dev.chitieu.report;
