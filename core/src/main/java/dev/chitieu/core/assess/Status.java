package dev.chitieu.core.assess;

import dev.chitieu.core.model.LocalizedText;

/**
 * The status of a target (or of one member or period of it). Before the deadline day: achieved, on track, at risk, off
 * track, not yet achieved with too few figures to project, or no data. On the deadline day and after it (an as-of day
 * means data through the end of that day): achieved or not achieved (or no data). A period of a recurring target that
 * has not started yet is not due.
 */
public enum Status {
  /** The latest value meets the target. */
  ACHIEVED("Đạt", "Achieved"),
  /** Not met yet, but the projection to the deadline meets it. */
  ON_TRACK("Đúng tiến độ", "On track"),
  /** Not met yet; the projection falls short by less than the at-risk band. */
  AT_RISK("Có nguy cơ không đạt", "At risk"),
  /** Not met yet; the projection falls short by more than the at-risk band. */
  OFF_TRACK("Chậm tiến độ", "Off track"),
  /**
   * Not met yet, and fewer than two figures at different times to project from: nothing honest can be said of the
   * deadline yet. No projection is attached.
   */
  NOT_YET_ACHIEVED("Chưa đạt, chưa đủ số liệu để dự báo", "Not yet achieved, too few figures to project"),
  /** It is the deadline day or later, and the target was not met. */
  NOT_ACHIEVED("Chưa đạt", "Not achieved"),
  /** No measurement could be used. */
  NO_DATA("Chưa có số liệu", "No data"),
  /**
   * A period of a recurring target ("every year 2026-2030") that has not started on the assessment's day: nothing is
   * due for it yet, so it is neither judged nor projected, and it never decides the target's status.
   */
  NOT_DUE("Chưa đến kỳ", "Not due yet");

  private final LocalizedText label;

  Status(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The word a report prints, in both languages. */
  public LocalizedText label() {
    return label;
  }

  /**
   * How bad the status is, for "worst member decides": higher is worse; NO_DATA is worst, NOT_DUE below everything
   * (a period not started yet never decides).
   */
  public int severity() {
    return switch (this) {
      case NOT_DUE -> -1;
      case ACHIEVED -> 0;
      case ON_TRACK -> 1;
      case AT_RISK -> 2;
      case NOT_YET_ACHIEVED -> 3;
      case OFF_TRACK -> 4;
      case NOT_ACHIEVED -> 5;
      case NO_DATA -> 6;
    };
  }
}
