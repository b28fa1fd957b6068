package dev.chitieu.core.assess;

import dev.chitieu.core.LocalizedText;

/**
 * The status of a target (or of one member or period of it). Before the deadline day: achieved, on track, at risk, off
 * track, or no data. On the deadline day and after it (an as-of day means data through the end of that day): achieved
 * or not achieved (or no data).
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
  /** It is the deadline day or later, and the target was not met. */
  NOT_ACHIEVED("Chưa đạt", "Not achieved"),
  /** No measurement could be used. */
  NO_DATA("Chưa có số liệu", "No data");

  private final LocalizedText label;

  Status(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The word a report prints, in both languages. */
  public LocalizedText label() {
    return label;
  }

  /** How bad the status is, for "worst member decides": higher is worse; NO_DATA is worst. */
  public int severity() {
    return switch (this) {
      case ACHIEVED -> 0;
      case ON_TRACK -> 1;
      case AT_RISK -> 2;
      case OFF_TRACK -> 3;
      case NOT_ACHIEVED -> 4;
      case NO_DATA -> 5;
    };
  }
}
