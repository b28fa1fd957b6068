package dev.chitieu.core.rollup;

import dev.chitieu.core.Breakdown;
import dev.chitieu.core.IndicatorId;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.RegionCode;
import java.util.List;

/** Where the per-query evaluator finds its rows: those of one indicator, breakdown and region, by period. */
interface RowSource {
  /**
   * The rows of a series at one region, ordered by first month then last month.
   *
   * @return the rows; empty when there are none
   */
  List<Measurement> rows(IndicatorId indicator, Breakdown breakdown, RegionCode region);
}
