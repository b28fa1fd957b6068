package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A breakdown dimension a plan declares, such as {@code sector}, with its members. Measurements may carry a member of
 * it (a column of the same name in a data file); targets may apply to each member of it.
 *
 * @param id the dimension id, e.g. {@code sector}
 * @param name the name in both languages
 * @param members the members in the plan's order
 */
public record Dimension(DimensionId id, LocalizedText name, List<Member> members) {
  /** Copies the members. */
  public Dimension {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    members = List.copyOf(members);
  }

  /**
   * Looks up a member.
   *
   * @param code the member code
   * @return the member, or empty when the dimension has no such member
   */
  public Optional<Member> findMember(String code) {
    return members.stream().filter(m -> m.code().equals(code)).findFirst();
  }
}
