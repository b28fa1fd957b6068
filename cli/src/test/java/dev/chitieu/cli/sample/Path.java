package dev.chitieu.cli.sample;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A province-level path by year: a flow's total in each year, a stock's level at the end of each year, or a share in
 * each year. Immutable.
 */
final class Path {
  private final TreeMap<Integer, Double> byYear;

  private Path(TreeMap<Integer, Double> byYear) {
    this.byYear = byYear;
  }

  /** A path from year, value pairs: {@code of(2021, 25.1, 2022, 27.6, …)}. */
  static Path of(double... yearValue) {
    if (yearValue.length % 2 != 0) {
      throw new IllegalArgumentException("give year, value pairs");
    }
    TreeMap<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      m.put((int) yearValue[i], yearValue[i + 1]);
    }
    return new Path(m);
  }

  /** This path with every value multiplied by a factor. */
  Path times(double factor) {
    TreeMap<Integer, Double> m = new TreeMap<>();
    byYear.forEach((y, v) -> m.put(y, v * factor));
    return new Path(m);
  }

  /** The value of a year. */
  double at(int year) {
    Double v = byYear.get(year);
    if (v == null) {
      throw new IllegalArgumentException("the path has no value for " + year + "; it has " + byYear.keySet());
    }
    return v;
  }

  /** A stock's level at the end of a month, moving linearly from the end of the year before. */
  double levelAt(YearMonth end) {
    int y = end.getYear();
    if (end.getMonthValue() == 12) {
      return at(y);
    }
    double from = at(y - 1);
    return from + (at(y) - from) * end.getMonthValue() / 12.0;
  }

  /** A share in a month of a year: the year's value, tilted along the change from the year before. */
  double inMonth(YearMonth month) {
    int y = month.getYear();
    Map.Entry<Integer, Double> before = byYear.lowerEntry(y);
    double slope = before == null ? 0 : at(y) - before.getValue();
    return at(y) + slope * (month.getMonthValue() - 6.5) / 12.0;
  }
}
