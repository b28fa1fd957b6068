package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

/**
 * Where a part of a criteria set comes from: one of the set's {@link Source sources} and the place in it.
 *
 * @param source the key of the source in {@link CriteriaSet#sources()}
 * @param locator where in the source, e.g. {@code "Mục I.1.1"}; may be blank
 */
public record Citation(String source, String locator) {
  /** Checks that neither part is null. */
  public Citation {
    requireNonNull(source, "source");
    requireNonNull(locator, "locator");
  }

  @Override
  public String toString() {
    return locator.isBlank() ? source : source + ", " + locator;
  }
}
