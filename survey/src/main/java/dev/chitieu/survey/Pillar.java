package dev.chitieu.survey;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pillar of a criteria set ("trụ cột") and its component indices. A part the sources do not state is empty.
 *
 * @param id the pillar's id, unique in the set, e.g. {@code customer-experience}
 * @param name its name
 * @param weight its weight in the total (> 0); empty if not stated
 * @param components its component indices; empty if the sources do not list them
 * @param statedCriteria how many criteria the sources say it has, where they say so
 * @param cites where it comes from
 */
public record Pillar(String id, LocalizedText name, Optional<BigDecimal> weight,
    Optional<List<Component>> components, OptionalInt statedCriteria, List<Citation> cites) {
  /** Checks the id and weight, and copies the lists. */
  public Pillar {
    Ids.check(id, "pillar");
    java.util.Objects.requireNonNull(name, "name");
    Ids.positive(weight, "pillar '" + id + "'");
    components = components.map(List::copyOf);
    java.util.Objects.requireNonNull(statedCriteria, "statedCriteria");
    cites = List.copyOf(cites);
  }
}
