/**
 * chitieu core: the typed model of plans, indicators, targets, periods, regions and measurements; the plan SPI;
 * importers; rollups and assessment. Knows nothing of Excel, PDF or any province.
 */
module dev.chitieu.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports dev.chitieu.core;
  exports dev.chitieu.core.model;
  exports dev.chitieu.core.data;
  exports dev.chitieu.core.region;
  exports dev.chitieu.core.plan;
  exports dev.chitieu.core.spi;
  exports dev.chitieu.core.io;
  exports dev.chitieu.core.rollup;
  exports dev.chitieu.core.assess;

  opens dev.chitieu.core.model to com.fasterxml.jackson.databind;

  uses dev.chitieu.core.spi.PlanProvider;
}
