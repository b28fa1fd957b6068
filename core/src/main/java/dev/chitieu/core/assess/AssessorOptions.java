package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * How an {@link Assessor} projects and judges. Immutable and thread-safe; start from {@link #defaults()}. The choices
 * and their reasons are in {@code docs/assessment.md} and ADR 0020.
 *
 * @param projection how a series is projected to the deadline: {@link ProjectionMethod#LINEAR_TREND} (default), {@link
 *     ProjectionMethod#COMPOUND_GROWTH} (falls back to the linear trend when the series is not positive), or {@link
 *     ProjectionMethod#LATEST_VALUE} (no change assumed)
 * @param atRiskBand the at-risk band as a fraction of the threshold: a target not met yet whose projection misses the
 *     threshold by at most this much of it is {@link Status#AT_RISK}, by more {@link Status#OFF_TRACK} (default {@code
 *     0.10}, i.e. 10 %); 0 makes every projected miss off track
 * @param baseYear the base year of the SDG progress measure; empty: the year before the plan's horizon starts. When
 *     the base year has no data the next later year with data is used.
 * @param progressThresholds the thresholds of the progress measure, which always has a target here (default {@link
 *     ProgressThresholds#WITH_TARGET}: 0.95 / 0.6 / 0)
 */
public record AssessorOptions(
    ProjectionMethod projection, BigDecimal atRiskBand, OptionalInt baseYear, ProgressThresholds progressThresholds) {

  private static final AssessorOptions DEFAULTS = new AssessorOptions(
      ProjectionMethod.LINEAR_TREND, new BigDecimal("0.10"), OptionalInt.empty(), ProgressThresholds.WITH_TARGET);

  /** Checks that nothing is null and the band is between 0 and 1. */
  public AssessorOptions {
    requireNonNull(projection, "projection");
    requireNonNull(atRiskBand, "atRiskBand");
    requireNonNull(baseYear, "baseYear");
    requireNonNull(progressThresholds, "progressThresholds");
    if (atRiskBand.signum() < 0 || atRiskBand.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "the at-risk band is a fraction of the threshold between 0 and 1 (0.10 = 10 %), was "
              + atRiskBand.toPlainString());
    }
  }

  /** Linear trend, a 10 % at-risk band, the base year before the plan's horizon, Open SDG's thresholds. */
  public static AssessorOptions defaults() {
    return DEFAULTS;
  }

  /** These options with another projection method. */
  public AssessorOptions withProjection(ProjectionMethod method) {
    return new AssessorOptions(method, atRiskBand, baseYear, progressThresholds);
  }

  /**
   * These options with another at-risk band.
   *
   * @param fraction a fraction of the threshold, e.g. {@code "0.05"} for 5 %
   * @return the options
   */
  public AssessorOptions withAtRiskBand(String fraction) {
    return new AssessorOptions(projection, new BigDecimal(fraction), baseYear, progressThresholds);
  }

  /** These options with a fixed base year for the progress measure. */
  public AssessorOptions withBaseYear(int year) {
    return new AssessorOptions(projection, atRiskBand, OptionalInt.of(year), progressThresholds);
  }

  /** These options with other progress thresholds. */
  public AssessorOptions withProgressThresholds(ProgressThresholds thresholds) {
    return new AssessorOptions(projection, atRiskBand, baseYear, thresholds);
  }
}
