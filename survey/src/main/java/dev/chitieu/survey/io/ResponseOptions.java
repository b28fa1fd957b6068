package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.region.RegionHierarchy;
import java.util.Optional;

/**
 * How responses are read: the duplicate rule, the regions communes are checked against, whether numbers use a
 * decimal comma, and after how many problems a strict import stops. Immutable; each {@code with…} returns a copy.
 *
 * @param duplicates what to do with an id on several rows
 * @param regions the hierarchy every commune code must be in, if any
 * @param decimalComma whether numeric answers are written {@code 12,5} rather than {@code 12.5}
 * @param maxProblems the most problems a strict import collects before it stops reading
 */
public record ResponseOptions(DuplicateRule duplicates, Optional<RegionHierarchy> regions, boolean decimalComma,
    int maxProblems) {
  /** Checks the parts. */
  public ResponseOptions {
    requireNonNull(duplicates, "duplicates");
    requireNonNull(regions, "regions");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
    }
  }

  /** Duplicates are an error, communes unchecked, decimal points, at most 1,000 problems. */
  public static ResponseOptions defaults() {
    return new ResponseOptions(DuplicateRule.ERROR, Optional.empty(), false, 1_000);
  }

  /** The same options with another duplicate rule. */
  public ResponseOptions withDuplicates(DuplicateRule rule) {
    return new ResponseOptions(rule, regions, decimalComma, maxProblems);
  }

  /** The same options checking communes against a hierarchy. */
  public ResponseOptions withRegions(RegionHierarchy hierarchy) {
    return new ResponseOptions(duplicates, Optional.of(hierarchy), decimalComma, maxProblems);
  }

  /** The same options with decimal commas on or off. */
  public ResponseOptions withDecimalComma(boolean comma) {
    return new ResponseOptions(duplicates, regions, comma, maxProblems);
  }
}
