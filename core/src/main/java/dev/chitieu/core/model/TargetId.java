package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.Ids;

/**
 * The id of a {@link Target}, unique within its plan.
 *
 * <p>Ids are lower-case ASCII words of letters and digits joined by {@code .}, {@code -} or {@code _}, e.g. {@code
 * hp.t3-ecommerce-share}. They are stable: reports, data files and templates refer to them.
 *
 * @param value the raw id
 */
public record TargetId(String value) implements Comparable<TargetId> {
  /** Checks the form of the id. */
  public TargetId {
    requireNonNull(value, "value");
    if (!Ids.isLowerId(value)) {
      throw new InvalidValueException(
          "'" + value + "' is not a valid target id; expected lower-case letters and digits joined by '.', '-' or '_',"
              + " e.g. 'hp.t3-ecommerce-share'");
    }
  }

  /**
   * Creates an id.
   *
   * @param value the raw id
   * @return the id
   * @throws InvalidValueException if the value is not of the form described above
   */
  public static TargetId of(String value) {
    return new TargetId(value);
  }

  /** Whether a text is a well-formed id of this kind. */
  public static boolean isValid(String value) {
    return Ids.isLowerId(value);
  }

  @Override
  public int compareTo(TargetId o) {
    return value.compareTo(o.value);
  }

  /** The raw id. */
  @Override
  public String toString() {
    return value;
  }
}
