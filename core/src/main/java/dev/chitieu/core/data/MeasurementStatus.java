package dev.chitieu.core.data;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import java.util.Locale;

/**
 * How firm a figure is. Sources mix estimated and expected figures with actual ones; every measurement keeps which it
 * is, and a rollup is only as firm as its weakest part.
 */
public enum MeasurementStatus {
  /** A final, actual figure (số liệu chính thức). */
  ACTUAL("chính thức", "actual"),
  /** A provisional figure, to be revised (số liệu sơ bộ). */
  PROVISIONAL("sơ bộ", "provisional"),
  /** An estimate or expected figure (ước tính). */
  ESTIMATE("ước tính", "estimate");

  private final LocalizedText label;

  MeasurementStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The printed label in both languages. */
  public LocalizedText label() {
    return label;
  }

  /** The weaker of two statuses: estimate is weaker than provisional, which is weaker than actual. */
  public MeasurementStatus weakest(MeasurementStatus other) {
    return ordinal() >= other.ordinal() ? this : other;
  }

  /**
   * Reads a status as written in data files: {@code actual}, {@code provisional}, {@code estimate} (also {@code
   * estimated}, {@code expected}), or the Vietnamese words; case-insensitive.
   *
   * @param text the text
   * @return the status
   * @throws InvalidValueException naming the accepted words
   */
  public static MeasurementStatus parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "actual", "chính thức", "chinh thuc" -> ACTUAL;
      case "provisional", "sơ bộ", "so bo" -> PROVISIONAL;
      case "estimate", "estimated", "expected", "ước tính", "uoc tinh" -> ESTIMATE;
      default -> throw new InvalidValueException(
          "'" + text + "' is not a measurement status; expected actual, provisional or estimate");
    };
  }

  /** The lower-case English word used in data files. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
