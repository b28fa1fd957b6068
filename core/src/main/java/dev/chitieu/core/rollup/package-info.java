/** Rolling measurements up regions and across time by the aggregation rules of each indicator. */
package dev.chitieu.core.rollup;
