package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The breakdown members a measurement carries, one per dimension, e.g. {@code sector=ecommerce}; {@link #NONE} for
 * a total. Immutable and thread-safe.
 *
 * @param members member code by dimension, sorted by dimension id
 */
public record Breakdown(SortedMap<DimensionId, String> members) implements Comparable<Breakdown> {
  /** No breakdown: the total over every member. */
  public static final Breakdown NONE = new Breakdown(new TreeMap<>());

  /** Copies the members and checks their codes. */
  public Breakdown {
    requireNonNull(members, "members");
    TreeMap<DimensionId, String> copy = new TreeMap<>();
    members.forEach(
        (d, m) -> {
          requireNonNull(d, "dimension");
          if (!DimensionId.isValid(m)) {
            throw new InvalidValueException(
                "'" + m + "' is not a member code of dimension '" + d + "'; expected e.g. 'smart-tourism'");
          }
          copy.put(d, m);
        });
    members = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * A breakdown by one dimension.
   *
   * @param dimension e.g. {@code sector}
   * @param member e.g. {@code ecommerce}
   * @return the breakdown
   */
  public static Breakdown of(String dimension, String member) {
    return new Breakdown(new TreeMap<>(Map.of(DimensionId.of(dimension), member)));
  }

  /**
   * Reads the text form {@code sector=ecommerce;age=15-plus}; an empty text is {@link #NONE}.
   *
   * @param text the text form
   * @return the breakdown
   * @throws InvalidValueException if a part is not {@code dimension=member}, or a dimension comes twice
   */
  public static Breakdown parse(String text) {
    if (text.isBlank()) {
      return NONE;
    }
    TreeMap<DimensionId, String> m = new TreeMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new InvalidValueException(
            "'" + part + "' is not a breakdown part; expected dimension=member, e.g. sector=ecommerce");
      }
      DimensionId d = DimensionId.of(part.substring(0, eq).trim());
      String member = part.substring(eq + 1).trim();
      String before = m.put(d, member);
      if (before != null) {
        throw new InvalidValueException("'" + text + "' gives dimension '" + d + "' twice ('" + d + "=" + before
            + "' and '" + part.trim() + "'); a breakdown has one member per dimension, e.g. " + d + "=" + before);
      }
    }
    return new Breakdown(m);
  }

  /** The member of a dimension, if this breakdown has one. */
  public Optional<String> findMember(DimensionId dimension) {
    return Optional.ofNullable(members.get(dimension));
  }

  /** Whether this is the total ({@link #NONE}). */
  public boolean isNone() {
    return members.isEmpty();
  }

  @Override
  public int compareTo(Breakdown o) {
    return toString().compareTo(o.toString());
  }

  /** The text form, {@code sector=ecommerce}, empty for {@link #NONE}. */
  @Override
  public String toString() {
    return members.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
  }
}
