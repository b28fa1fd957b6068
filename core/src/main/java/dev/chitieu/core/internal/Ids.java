package dev.chitieu.core.internal;

/**
 * The form checks of ids and codes, in one pass over the text without recursion or backtracking, so that a hostile
 * input of any length costs time in proportion to its length and no stack (a regular expression with a repeated
 * group recurses once per repetition and overflows the stack on a few thousand characters). Not part of the API.
 */
public final class Ids {
  private Ids() {}

  /**
   * Whether a text is words of lower-case ASCII letters and digits joined by single {@code .}, {@code -} or {@code _}:
   * the form of indicator, dimension, member, plan and target ids ({@code hp.ecommerce-share}).
   *
   * @param s the text; null is not an id
   * @return whether it has the form
   */
  public static boolean isLowerId(String s) {
    return words(s, false);
  }

  /**
   * Whether a text is words of ASCII letters (either case) and digits joined by single {@code .}, {@code -} or
   * {@code _}: the form of region codes ({@code 31}, {@code 10507}, {@code VN}).
   *
   * @param s the text; null is not a code
   * @return whether it has the form
   */
  public static boolean isCode(String s) {
    return words(s, true);
  }

  private static boolean words(String s, boolean upper) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    boolean afterJoin = true; // at the start, as after a joiner, a letter or digit must come
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (upper && c >= 'A' && c <= 'Z')) {
        afterJoin = false;
      } else if ((c == '.' || c == '-' || c == '_') && !afterJoin) {
        afterJoin = true;
      } else {
        return false;
      }
    }
    return !afterJoin;
  }
}
