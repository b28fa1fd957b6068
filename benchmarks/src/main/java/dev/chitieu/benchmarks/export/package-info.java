/** JMH benchmarks of the report exporters, with FastExcel as the baseline of the data sheet. */
package dev.chitieu.benchmarks.export;
