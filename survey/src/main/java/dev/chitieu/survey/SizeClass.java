package dev.chitieu.survey;

import dev.chitieu.core.model.LocalizedText;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The size class of an enterprise, as Decree 80/2021/NĐ-CP sorts small and medium-sized enterprises (by employees
 * and revenue or capital), with large enterprises beside them.
 */
public enum SizeClass {
  /** A micro enterprise (doanh nghiệp siêu nhỏ). */
  MICRO("micro", "Siêu nhỏ", "Micro"),
  /** A small enterprise (doanh nghiệp nhỏ). */
  SMALL("small", "Nhỏ", "Small"),
  /** A medium-sized enterprise (doanh nghiệp vừa). */
  MEDIUM("medium", "Vừa", "Medium"),
  /** A large enterprise (doanh nghiệp lớn). */
  LARGE("large", "Lớn", "Large");

  private final String code;
  private final LocalizedText label;

  SizeClass(String code, String vi, String en) {
    this.code = code;
    this.label = LocalizedText.of(vi, en);
  }

  /** The code written in response files: {@code micro}, {@code small}, {@code medium} or {@code large}. */
  public String code() {
    return code;
  }

  /** The printed label in both languages. */
  public LocalizedText label() {
    return label;
  }

  /** Whether the class is a small or medium-sized enterprise (micro, small or medium). */
  public boolean isSme() {
    return this != LARGE;
  }

  /**
   * Reads a size class: the code, the English or the Vietnamese word (with or without diacritics), ignoring case.
   *
   * @param text the text
   * @return the class
   * @throws IllegalArgumentException naming the accepted words
   */
  public static SizeClass parse(String text) {
    String t = fold(text);
    for (SizeClass s : values()) {
      if (t.equals(s.code) || t.equals(fold(s.label.vi())) || t.equals(fold(s.label.en()))) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a size class; expected micro, small, medium or large"
        + " (siêu nhỏ, nhỏ, vừa, lớn)");
  }

  private static String fold(String s) {
    String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").replace('đ', 'd');
  }

  @Override
  public String toString() {
    return code;
  }
}
