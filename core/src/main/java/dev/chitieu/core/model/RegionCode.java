package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.Ids;

/**
 * The code of a {@link dev.chitieu.core.region.Region}: the official statistics code ({@code 31} for Hải Phòng,
 * {@code 10507} for a ward), or {@code VN} for the country. Leading zeros matter: {@code 01} is Hà Nội.
 *
 * @param value the raw code
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
  /** Checks the form of the code. */
  public RegionCode {
    requireNonNull(value, "value");
    if (!Ids.isCode(value)) {
      throw new InvalidValueException(
          "'" + value + "' is not a region code; expected letters and digits, e.g. '31' or '10507'");
    }
  }

  /**
   * Creates a code.
   *
   * @param value the raw code
   * @return the code
   * @throws InvalidValueException if the value is blank or holds other characters than letters and digits
   */
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** Whether a text is a well-formed region code. */
  public static boolean isValid(String value) {
    return Ids.isCode(value);
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  /** The raw code. */
  @Override
  public String toString() {
    return value;
  }
}
