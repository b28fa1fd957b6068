package dev.chitieu.core.internal.store;

import dev.chitieu.core.internal.Codes;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;

/**
 * The columnar storage behind a {@code MeasurementSet}, for the rollup engine. Not part of the API;
 * immutable: never modify an array it hands out.
 *
 * <p>Rows are sorted by indicator, breakdown, region and period, each by its natural order; every dictionary is sorted
 * the same way, so codes compare as the values do. A <em>series</em> is the run of rows of one indicator and one
 * breakdown. Within a series, rows are sorted by region code, then by period (first month, then last month).
 *
 * <p>Values, numerators and denominators live in pools of doubles shared by all series; a series that has no row with
 * a value (or with parts) takes no room in that pool. An absent number is {@code NaN} (measurements are finite).
 */
public final class Columns {
  /** Set when every row of the series has a value. */
  public static final int VALUES_COMPLETE = 1;
  /** Set when every row of the series has numerator and denominator. */
  public static final int PARTS_COMPLETE = 2;
  /** Set when the periods of the series are all of one kind among month, quarter, half and year: none overlap. */
  public static final int ALIGNED = 4;
  /** Set when some row of the series has numerator and denominator. */
  public static final int SOME_PARTS = 8;

  public final IndicatorId[] indicators;
  public final Breakdown[] breakdowns;
  public final RegionCode[] regions;
  public final Period[] periods;
  public final int[] periodFirst;
  public final int[] periodLast;
  public final String[] sources;

  public final int[] seriesIndicator;
  public final int[] seriesBreakdown;
  /** The first row of each series, and the row count at the end (length: series + 1). */
  public final int[] seriesStart;
  /** Where the series' values start in {@link #values}, or -1. */
  public final int[] seriesValues;
  /** Where the series' parts start in {@link #numerators} and {@link #denominators}, or -1. */
  public final int[] seriesParts;
  public final int[] seriesFlags;

  public final Codes region;
  public final Codes period;
  /** Status ordinal per row; null when every row is actual. */
  public final byte[] status;
  /** Source code per row; null when every row has {@code sources[0]}. */
  public final Codes source;
  public final double[] values;
  public final double[] numerators;
  public final double[] denominators;

  /** Assembles the columns; called by the set's builder only. */
  public Columns(IndicatorId[] indicators, Breakdown[] breakdowns, RegionCode[] regions, Period[] periods,
      String[] sources, int[] seriesIndicator, int[] seriesBreakdown, int[] seriesStart, int[] seriesValues,
      int[] seriesParts, int[] seriesFlags, Codes region, Codes period, byte[] status, Codes source,
      double[] values, double[] numerators, double[] denominators) {
    this.indicators = indicators;
    this.breakdowns = breakdowns;
    this.regions = regions;
    this.periods = periods;
    this.periodFirst = new int[periods.length];
    this.periodLast = new int[periods.length];
    for (int i = 0; i < periods.length; i++) {
      periodFirst[i] = periods[i].firstMonthIndex();
      periodLast[i] = periods[i].lastMonthIndex();
    }
    this.sources = sources;
    this.seriesIndicator = seriesIndicator;
    this.seriesBreakdown = seriesBreakdown;
    this.seriesStart = seriesStart;
    this.seriesValues = seriesValues;
    this.seriesParts = seriesParts;
    this.seriesFlags = seriesFlags;
    this.region = region;
    this.period = period;
    this.status = status;
    this.source = source;
    this.values = values;
    this.numerators = numerators;
    this.denominators = denominators;
  }

  /** The number of rows. */
  public int size() {
    return seriesStart[seriesStart.length - 1];
  }

  /** The number of series. */
  public int seriesCount() {
    return seriesIndicator.length;
  }

  /** The series holding a row. */
  public int seriesOf(int row) {
    int lo = 0;
    int hi = seriesIndicator.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (seriesStart[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The series of an indicator code and breakdown code, or -1. */
  public int series(int indicator, int breakdown) {
    int lo = 0;
    int hi = seriesIndicator.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compare(seriesIndicator[mid], indicator);
      if (c == 0) {
        c = Integer.compare(seriesBreakdown[mid], breakdown);
      }
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The first row of a series at or after a region code (rows of a series are sorted by region). */
  public int lowerBound(int series, int regionCode) {
    int lo = seriesStart[series];
    int hi = seriesStart[series + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (region.get(mid) < regionCode) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The value of a row, NaN when absent. */
  public double value(int series, int row) {
    int off = seriesValues[series];
    return off < 0 ? Double.NaN : values[off + row - seriesStart[series]];
  }

  /** The numerator of a row, NaN when absent. */
  public double numerator(int series, int row) {
    int off = seriesParts[series];
    return off < 0 ? Double.NaN : numerators[off + row - seriesStart[series]];
  }

  /** The denominator of a row, NaN when absent. */
  public double denominator(int series, int row) {
    int off = seriesParts[series];
    return off < 0 ? Double.NaN : denominators[off + row - seriesStart[series]];
  }

  /** The status ordinal of a row. */
  public int status(int row) {
    return status == null ? 0 : status[row];
  }

  /** The source of a row. */
  public String source(int row) {
    return source == null ? sources[0] : sources[source.get(row)];
  }
}
