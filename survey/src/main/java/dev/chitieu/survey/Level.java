package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A level of digital transformation and the score from which it is reached, e.g. level 2 "Bắt đầu" from 1.50.
 *
 * @param level the level's number, from 0
 * @param name its name, e.g. "Chưa chuyển đổi số / Not yet transformed"
 * @param from the lowest score (rounded to the set's decimals) at this level; empty if not stated
 */
public record Level(int level, LocalizedText name, Optional<BigDecimal> from) {
  /** Checks that the level is not negative. */
  public Level {
    requireNonNull(name, "name");
    requireNonNull(from, "from");
    if (level < 0) {
      throw new IllegalArgumentException("a level number must be >= 0, was " + level);
    }
  }

  @Override
  public String toString() {
    return level + " (" + name.vi() + ")";
  }
}
