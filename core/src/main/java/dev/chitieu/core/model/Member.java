package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One member of a breakdown {@link Dimension}, e.g. the sector {@code ecommerce}.
 *
 * @param code the stable code used in data files (a column value), same form as an id
 * @param name the name in both languages
 */
public record Member(String code, LocalizedText name) {
  /** Checks the code's form. */
  public Member {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    if (!DimensionId.isValid(code)) {
      throw new InvalidValueException(
          "'" + code + "' is not a valid member code; expected lower-case letters and digits joined by '.', '-' or"
              + " '_', e.g. 'smart-tourism'");
    }
  }

  /**
   * Creates a member.
   *
   * @param code the stable code
   * @param vi the Vietnamese name
   * @param en the English name
   * @return the member
   */
  public static Member of(String code, String vi, String en) {
    return new Member(code, LocalizedText.of(vi, en));
  }
}
