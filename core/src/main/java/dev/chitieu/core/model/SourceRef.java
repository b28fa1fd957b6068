package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a plan, an indicator or a target was read from.
 *
 * @param document the document's number and kind as issued, e.g. {@code Kế hoạch số 106/KH-UBND}
 * @param issued when the document was issued, as precisely as the source says
 * @param article the public article the figures were read from (a URL or a citation)
 * @param locator where in the article or document, e.g. "target 4"; may be blank
 */
public record SourceRef(String document, PartialDate issued, String article, String locator) {
  /** Checks that nothing is null. */
  public SourceRef {
    requireNonNull(document, "document");
    requireNonNull(issued, "issued");
    requireNonNull(article, "article");
    requireNonNull(locator, "locator");
  }

  /** The same reference pointing at another place in it. */
  public SourceRef at(String locator) {
    return new SourceRef(document, issued, article, locator);
  }

  @Override
  public String toString() {
    return document + " (" + issued + ")" + (locator.isBlank() ? "" : ", " + locator) + "; " + article;
  }
}
