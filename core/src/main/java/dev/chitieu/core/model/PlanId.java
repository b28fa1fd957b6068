package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.internal.Ids;

/**
 * The id of a {@link Plan}, unique among installed plans.
 *
 * <p>Ids are lower-case ASCII words of letters and digits joined by {@code .}, {@code -} or {@code _}, e.g. {@code
 * haiphong-106-2025}. They are stable: reports, data files and templates refer to them.
 *
 * @param value the raw id
 */
public record PlanId(String value) implements Comparable<PlanId> {
  /** Checks the form of the id. */
  public PlanId {
    requireNonNull(value, "value");
    if (!Ids.isLowerId(value)) {
      throw new InvalidValueException(
          "'" + value + "' is not a valid plan id; expected lower-case letters and digits joined by '.', '-' or '_',"
              + " e.g. 'haiphong-106-2025'");
    }
  }

  /**
   * Creates an id.
   *
   * @param value the raw id
   * @return the id
   * @throws InvalidValueException if the value is not of the form described above
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  /** Whether a text is a well-formed id of this kind. */
  public static boolean isValid(String value) {
    return Ids.isLowerId(value);
  }

  @Override
  public int compareTo(PlanId o) {
    return value.compareTo(o.value);
  }

  /** The raw id. */
  @Override
  public String toString() {
    return value;
  }
}
