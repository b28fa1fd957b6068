package dev.chitieu.core.assess;

import dev.chitieu.core.model.LocalizedText;

/** The progress categories national SDG platforms publish (Open SDG, sdg-build {@code ProgressMeasure}). */
public enum ProgressCategory {
  /** The target is already met. */
  TARGET_ACHIEVED("Đã đạt mục tiêu", "Target achieved"),
  /** Growth is close to what the target needs, or strong without a target. */
  SUBSTANTIAL_PROGRESS("Tiến bộ đáng kể", "Substantial progress"),
  /** Some progress, short of what is needed. */
  MODERATE_PROGRESS("Tiến bộ vừa phải", "Moderate progress"),
  /** Little progress. */
  LIMITED_PROGRESS("Tiến bộ hạn chế", "Limited progress"),
  /** Moving the wrong way. */
  DETERIORATION("Suy giảm", "Deterioration"),
  /** Not enough data to measure progress. */
  NOT_AVAILABLE("Không đủ dữ liệu", "Not available");

  private final LocalizedText label;

  ProgressCategory(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The printed label in both languages. */
  public LocalizedText label() {
    return label;
  }
}
