package dev.chitieu.core.assess;

import com.google.common.math.PairedStatsAccumulator;
import java.util.List;
import java.util.Optional;

/** Projection of a series of points to a later time: least-squares line, compound growth, or the latest value. */
final class Projections {
  private Projections() {}

  /**
   * A point of a series.
   *
   * @param time the time in years, e.g. 2025.5 for the end of June 2025
   * @param value the value
   */
  record Point(double time, double value) {}

  /**
   * A projected value and how it was obtained.
   *
   * @param method the method actually used (may be a fallback of the one asked for)
   * @param value the projected value
   * @param points how many data points it used
   */
  record Projected(ProjectionMethod method, double value, int points) {}

  /**
   * Projects a series to a time. A projection needs at least two data points at different times: a line through one
   * point (or through one point and a running total's zero) is a guess, not a trend, so fewer give nothing.
   *
   * @param points the data points, in time order
   * @param origin a point known without measurement (a running total's zero at the start of its range), used by the
   *     linear trend only and not counted as a data point
   * @param at the time to project to
   * @param method the method asked for; compound growth falls back to the linear trend when the first and last values
   *     are not both positive
   * @return the projection, or empty with fewer than two data points at different times
   */
  static Optional<Projected> project(List<Point> points, Optional<Point> origin, double at, ProjectionMethod method) {
    if (points.size() < 2 || points.getFirst().time() == points.getLast().time()) {
      return Optional.empty();
    }
    return Optional.of(fit(points, origin, at, method));
  }

  private static Projected fit(List<Point> points, Optional<Point> origin, double at, ProjectionMethod method) {
    Point first = origin.orElse(points.get(0));
    Point last = points.get(points.size() - 1);
    if (method == ProjectionMethod.LATEST_VALUE) {
      return new Projected(ProjectionMethod.LATEST_VALUE, last.value(), points.size());
    }
    if (method == ProjectionMethod.COMPOUND_GROWTH && origin.isEmpty() && first.value() > 0 && last.value() > 0) {
      double rate = Math.pow(last.value() / first.value(), 1.0 / (last.time() - first.time()));
      return new Projected(ProjectionMethod.COMPOUND_GROWTH, last.value() * Math.pow(rate, at - last.time()),
          points.size());
    }
    PairedStatsAccumulator acc = new PairedStatsAccumulator();
    origin.ifPresent(o -> acc.add(o.time(), o.value()));
    for (Point p : points) {
      acc.add(p.time(), p.value());
    }
    return new Projected(ProjectionMethod.LINEAR_TREND, acc.leastSquaresFit().transform(at), points.size());
  }
}
