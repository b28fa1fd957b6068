package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A text in Vietnamese and English. Either part may be blank here; {@link dev.chitieu.core.plan.PlanValidator}
 * reports a blank part of a plan's texts as a problem.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record LocalizedText(String vi, String en) {
  /** A text with both parts empty. */
  public static final LocalizedText EMPTY = new LocalizedText("", "");

  /** Checks that neither part is null. */
  public LocalizedText {
    requireNonNull(vi, "vi");
    requireNonNull(en, "en");
  }

  /**
   * Creates a text.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /**
   * The text in a language.
   *
   * @param lang the language
   * @return the part in that language, possibly blank
   */
  public String get(Lang lang) {
    return lang == Lang.VI ? vi : en;
  }

  /** Whether both parts have non-blank text. */
  public boolean isComplete() {
    return !vi.isBlank() && !en.isBlank();
  }

  /** Whether both parts are blank. */
  public boolean isBlank() {
    return vi.isBlank() && en.isBlank();
  }

  @Override
  public String toString() {
    return vi + " / " + en;
  }
}
