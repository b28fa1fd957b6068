/**
 * chitieu survey: criteria sets of the enterprise digital-transformation index as data, the fillable form and the
 * CSV layout, the import of responses, scores and levels, and the mapping of survey results into a plan's
 * measurements. An embedder writes {@code requires dev.chitieu.survey;}; this module requires what it uses (POI for
 * the form and filled workbooks, Jackson's YAML reader for criteria and mapping files).
 */
module dev.chitieu.survey {
  requires transitive dev.chitieu.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports dev.chitieu.survey;
  exports dev.chitieu.survey.io;
  exports dev.chitieu.survey.score;
}
