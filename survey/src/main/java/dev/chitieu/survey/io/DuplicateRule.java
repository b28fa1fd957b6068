package dev.chitieu.survey.io;

/**
 * What an import does when a respondent's id appears on more than one row. Never silent: every row a rule sets aside
 * is returned as rejected with its reason, naming the row that was kept.
 */
public enum DuplicateRule {
  /** A repeated id is a problem naming both rows (a lenient import rejects every copy). The default. */
  ERROR,
  /** The first row of an id is kept. */
  KEEP_FIRST,
  /** The last row of an id is kept (a later submission corrects an earlier one). */
  KEEP_LAST,
  /** The row with the latest date is kept; of rows with the same date, the last. */
  KEEP_LATEST,
  /** Every row of a repeated id is set aside, since none can be trusted. */
  DROP_ALL;

  /**
   * Reads a rule as the command line writes it: {@code error}, {@code keep-first}, {@code keep-last}, {@code
   * keep-latest} or {@code drop-all}.
   *
   * @param text the text
   * @return the rule
   * @throws IllegalArgumentException naming the accepted words
   */
  public static DuplicateRule parse(String text) {
    for (DuplicateRule r : values()) {
      if (r.toString().equals(text.strip().toLowerCase(java.util.Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a duplicate rule; expected error, keep-first,"
        + " keep-last, keep-latest or drop-all");
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
