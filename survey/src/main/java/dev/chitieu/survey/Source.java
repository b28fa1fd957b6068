package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

/**
 * A document or page a criteria set was read from.
 *
 * @param key the key parts cite it by, e.g. {@code qd1970}
 * @param document the document as issued, e.g. {@code Quyết định số 1970/QĐ-BTTTT}, or the page's title
 * @param issued when it was issued or published, as precisely as known (e.g. {@code 2021-12-13}); may be blank
 * @param url where it can be read; may be blank
 * @param note what it states and what it leaves out; may be blank
 */
public record Source(String key, String document, String issued, String url, String note) {
  /** Checks that no part is null and the key and document are not blank. */
  public Source {
    requireNonNull(key, "key");
    requireNonNull(document, "document");
    requireNonNull(issued, "issued");
    requireNonNull(url, "url");
    requireNonNull(note, "note");
    if (key.isBlank() || document.isBlank()) {
      throw new IllegalArgumentException("a source needs a key and a document, was '" + key + "', '" + document + "'");
    }
  }
}
