package dev.chitieu.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The scale of the percent-of-target bars: one for a whole table, so that the bars compare. */
final class BarScale {
  /** The smallest scale: 100 % sits two thirds along. */
  static final double MIN = 150;
  /** The largest scale: beyond it a bar is cut at the end (its figure is printed beside it). */
  static final double MAX = 1000;

  private BarScale() {}

  /**
   * The scale for a set of percents: the largest, rounded up to a multiple of 50, between {@link #MIN} and {@link
   * #MAX}, so that 164 % and 513 % look different.
   *
   * @param percents the percents of target (empty where there is none)
   * @return the percent at the right end of every bar
   */
  static double of(List<Optional<BigDecimal>> percents) {
    double max = 0;
    for (Optional<BigDecimal> p : percents) {
      if (p.isPresent()) {
        max = Math.max(max, p.get().doubleValue());
      }
    }
    return Math.min(MAX, Math.max(MIN, Math.ceil(max / 50) * 50));
  }
}
