package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.Ids;

/**
 * The id of an {@link Indicator}, unique within its plan.
 *
 * <p>Ids are lower-case ASCII words of letters and digits joined by {@code .}, {@code -} or {@code _}, e.g. {@code
 * hp.ecommerce-share}. They are stable: reports, data files and templates refer to them.
 *
 * @param value the raw id
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {
  /** Checks the form of the id. */
  public IndicatorId {
    requireNonNull(value, "value");
    if (!Ids.isLowerId(value)) {
      throw new InvalidValueException(
          "'" + value + "' is not a valid indicator id; expected lower-case letters and digits joined by '.', '-' or '_',"
              + " e.g. 'hp.ecommerce-share'");
    }
  }

  /**
   * Creates an id.
   *
   * @param value the raw id
   * @return the id
   * @throws InvalidValueException if the value is not of the form described above
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  /** Whether a text is a well-formed id of this kind. */
  public static boolean isValid(String value) {
    return Ids.isLowerId(value);
  }

  @Override
  public int compareTo(IndicatorId o) {
    return value.compareTo(o.value);
  }

  /** The raw id. */
  @Override
  public String toString() {
    return value;
  }
}
