package dev.chitieu.survey;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A component index of a pillar ("chỉ số thành phần") and its criteria. A part the sources do not state is empty.
 *
 * @param id the component's id, unique in the set
 * @param name its name; empty if not stated
 * @param weight its weight in its pillar (> 0); empty if not stated
 * @param criteria its criteria; empty if the sources do not list them
 * @param statedCriteria how many criteria the sources say it has, where they say so
 * @param cites where it comes from
 */
public record Component(String id, Optional<LocalizedText> name, Optional<BigDecimal> weight,
    Optional<List<Criterion>> criteria, OptionalInt statedCriteria, List<Citation> cites) {
  /** Checks the id and weight, and copies the lists. */
  public Component {
    Ids.check(id, "component");
    java.util.Objects.requireNonNull(name, "name");
    Ids.positive(weight, "component '" + id + "'");
    criteria = criteria.map(List::copyOf);
    java.util.Objects.requireNonNull(statedCriteria, "statedCriteria");
    cites = List.copyOf(cites);
  }
}
