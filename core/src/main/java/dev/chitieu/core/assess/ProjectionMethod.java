package dev.chitieu.core.assess;

import dev.chitieu.core.model.LocalizedText;

/** How a value was projected to a target's deadline. */
public enum ProjectionMethod {
  /** A least-squares straight line through the yearly series. */
  LINEAR_TREND("xu hướng tuyến tính", "linear trend"),
  /** Compound annual growth between the first and the latest year. */
  COMPOUND_GROWTH("tăng trưởng kép hằng năm", "compound annual growth"),
  /** The latest value carried to the deadline (no change assumed); only when asked for. */
  LATEST_VALUE("giữ nguyên giá trị mới nhất", "latest value held");

  private final LocalizedText label;

  ProjectionMethod(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The printed name in both languages. */
  public LocalizedText label() {
    return label;
  }
}
