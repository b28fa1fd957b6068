/**
 * chitieu report export: the official compliance reports of an assessment as a Word document, a PDF and an Excel
 * workbook, and the filling of a user's own Excel template. An embedder writes {@code requires dev.chitieu.report;}
 * and needs nothing else on the command line: this module requires what it uses (POI, OpenPDF and its fonts), so the
 * module path resolves them without {@code --add-modules}.
 */
module dev.chitieu.report {
  requires transitive dev.chitieu.core;
  // the survey appendix: ComplianceReport.survey takes survey results
  requires transitive dev.chitieu.survey;
  requires java.desktop;
  requires java.xml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.github.librepdf.openpdf;
  // the Liberation fonts of the PDF are resources of this jar, read at run time
  requires com.github.librepdf.pdfFontsExtra;

  exports dev.chitieu.report;
}
