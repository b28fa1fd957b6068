package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The points a numeric answer scores when it lies in a range: {@code from <= answer < below}.
 *
 * @param from the lowest answer in the band (inclusive)
 * @param below the first answer above the band (exclusive); empty for the last, open band
 * @param score the points
 */
public record ScoreBand(BigDecimal from, Optional<BigDecimal> below, BigDecimal score) {
  /** Checks that the band is not empty and the score not negative. */
  public ScoreBand {
    requireNonNull(from, "from");
    requireNonNull(below, "below");
    requireNonNull(score, "score");
    if (below.isPresent() && below.get().compareTo(from) <= 0) {
      throw new IllegalArgumentException("band from " + from.toPlainString() + " below "
          + below.get().toPlainString() + " is empty; 'below' must be more than 'from'");
    }
    if (score.signum() < 0) {
      throw new IllegalArgumentException("band from " + from.toPlainString() + " scores " + score.toPlainString()
          + "; a score must be >= 0");
    }
  }

  /** Whether an answer lies in the band. */
  public boolean contains(BigDecimal answer) {
    return answer.compareTo(from) >= 0 && below.map(b -> answer.compareTo(b) < 0).orElse(true);
  }

  @Override
  public String toString() {
    return "[" + from.toPlainString() + ", " + below.map(BigDecimal::toPlainString).orElse("∞") + ") → "
        + score.toPlainString();
  }
}
