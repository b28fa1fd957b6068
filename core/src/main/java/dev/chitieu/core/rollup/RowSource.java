package dev.chitieu.core.rollup;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.model.RegionCode;
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
