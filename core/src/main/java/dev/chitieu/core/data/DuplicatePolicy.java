package dev.chitieu.core.data;

/**
 * What a {@link MeasurementSet} does when two measurements share a key (indicator, region, period, breakdown). Never
 * silent: the default is {@link #ERROR}, and the other policies must be chosen on purpose.
 */
public enum DuplicatePolicy {
  /** A duplicate key is an error that names both rows. */
  ERROR,
  /** The first measurement of a key wins; later ones are dropped and reported. */
  KEEP_FIRST,
  /** The last measurement of a key wins (a later file corrects an earlier one); earlier ones are reported. */
  KEEP_LAST,
  /**
   * Every measurement of a key that appears more than once is dropped and reported, since neither can be trusted:
   * what a lenient import does under {@link #ERROR}, so that good rows are imported and both copies are returned.
   */
  DROP_ALL
}
