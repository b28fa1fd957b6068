package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.Ids;

/**
 * The id of a breakdown {@link Dimension} such as {@code sector}.
 *
 * <p>Ids are lower-case ASCII words of letters and digits joined by {@code .}, {@code -} or {@code _}, e.g. {@code
 * sector}. They are stable: reports, data files and templates refer to them.
 *
 * @param value the raw id
 */
public record DimensionId(String value) implements Comparable<DimensionId> {
  /** Checks the form of the id. */
  public DimensionId {
    requireNonNull(value, "value");
    if (!Ids.isLowerId(value)) {
      throw new InvalidValueException(
          "'" + value + "' is not a valid dimension id; expected lower-case letters and digits joined by '.', '-' or '_',"
              + " e.g. 'sector'");
    }
  }

  /**
   * Creates an id.
   *
   * @param value the raw id
   * @return the id
   * @throws InvalidValueException if the value is not of the form described above
   */
  public static DimensionId of(String value) {
    return new DimensionId(value);
  }

  /** Whether a text is a well-formed id of this kind. */
  public static boolean isValid(String value) {
    return Ids.isLowerId(value);
  }

  @Override
  public int compareTo(DimensionId o) {
    return value.compareTo(o.value);
  }

  /** The raw id. */
  @Override
  public String toString() {
    return value;
  }
}
