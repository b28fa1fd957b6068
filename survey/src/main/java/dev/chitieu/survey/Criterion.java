package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of a criteria set ("tiêu chí"), with how it is answered and its weight in its component. A part the
 * sources do not state is empty, and the set lists it in {@link CriteriaSet#notStated()}.
 *
 * @param id the criterion's id, unique in the set, e.g. {@code website-update-frequency}; the response column
 * @param name a short name (the criterion as the source names it)
 * @param question the question the form asks; empty if not stated
 * @param scale how it is answered and scored; empty if not stated
 * @param weight its weight in its component (> 0); empty if not stated
 * @param cites where it comes from
 */
public record Criterion(String id, LocalizedText name, Optional<LocalizedText> question, Optional<Scale> scale,
    Optional<BigDecimal> weight, List<Citation> cites) {
  /** Checks the id and the weight, and copies the citations. */
  public Criterion {
    Ids.check(id, "criterion");
    requireNonNull(name, "name");
    requireNonNull(question, "question");
    requireNonNull(scale, "scale");
    Ids.positive(weight, "criterion '" + id + "'");
    cites = List.copyOf(cites);
  }
}
