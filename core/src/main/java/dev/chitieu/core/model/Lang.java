package dev.chitieu.core.model;

import java.util.Locale;

/** The two languages every text a person reads comes in: Vietnamese first, English second. */
public enum Lang {
  /** Vietnamese (tiếng Việt), the default of every report. */
  VI("vi"),
  /** English. */
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag: {@code vi} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** The matching {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Reads a language tag.
   *
   * @param tag {@code vi} or {@code en} (case-insensitive; a region such as {@code vi-VN} is accepted)
   * @return the language
   * @throws InvalidValueException if the tag is neither
   */
  public static Lang parse(String tag) {
    String t = tag.trim().toLowerCase(Locale.ROOT);
    for (Lang l : values()) {
      if (t.equals(l.tag) || t.startsWith(l.tag + "-") || t.startsWith(l.tag + "_")) {
        return l;
      }
    }
    throw new InvalidValueException("unknown language '" + tag + "'; expected 'vi' or 'en'");
  }
}
