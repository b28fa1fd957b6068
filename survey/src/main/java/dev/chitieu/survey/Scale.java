package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How a criterion is answered and scored: a choice among options, or a number scored by bands. */
public sealed interface Scale {
  /** The most points an answer can score. */
  BigDecimal maxScore();

  /** The fewest points an applicable answer can score. */
  BigDecimal minScore();

  /**
   * A choice among options, each with its points.
   *
   * @param options the options in the order the form shows them; codes unique; at least two
   */
  record Choice(List<AnswerOption> options) implements Scale {
    /** Copies the options and checks that there are at least two, with unique codes, one of them scoring. */
    public Choice {
      options = List.copyOf(options);
      if (options.size() < 2) {
        throw new IllegalArgumentException("a choice needs at least two options, has " + options.size());
      }
      Set<String> codes = new HashSet<>();
      for (AnswerOption o : options) {
        if (!codes.add(o.code().toLowerCase(java.util.Locale.ROOT))) {
          throw new IllegalArgumentException("answer code '" + o.code() + "' appears twice; codes must be unique"
              + " (compared ignoring case)");
        }
      }
      if (options.stream().allMatch(AnswerOption::notApplicable)) {
        throw new IllegalArgumentException("every option is 'not applicable'; at least one must score");
      }
    }

    @Override
    public BigDecimal maxScore() {
      return options.stream().filter(o -> !o.notApplicable()).map(AnswerOption::score).max(BigDecimal::compareTo)
          .orElseThrow();
    }

    @Override
    public BigDecimal minScore() {
      return options.stream().filter(o -> !o.notApplicable()).map(AnswerOption::score).min(BigDecimal::compareTo)
          .orElseThrow();
    }

    /**
     * The option a response names, by its code or its label in either language (ignoring case and surrounding
     * blanks).
     *
     * @param text the answer as written
     * @return the option, empty if none matches
     */
    public Optional<AnswerOption> find(String text) {
      String t = text.strip();
      for (AnswerOption o : options) {
        if (o.code().equalsIgnoreCase(t)) {
          return Optional.of(o);
        }
      }
      for (AnswerOption o : options) {
        if (o.label().vi().strip().equalsIgnoreCase(t) || o.label().en().strip().equalsIgnoreCase(t)) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A number (a share, a count) scored by the band it falls in.
   *
   * @param unit the unit the form prints beside the answer, e.g. {@code %}; may be blank
   * @param min the smallest answer accepted
   * @param max the largest answer accepted, if any
   * @param bands the bands in increasing order, contiguous, the first starting at {@code min}
   */
  record Numeric(LocalizedText unit, BigDecimal min, Optional<BigDecimal> max, List<ScoreBand> bands)
      implements Scale {
    /** Copies the bands and checks that they cover {@code min} to {@code max} without gaps or overlaps. */
    public Numeric {
      requireNonNull(unit, "unit");
      requireNonNull(min, "min");
      requireNonNull(max, "max");
      bands = List.copyOf(bands);
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("a numeric answer needs at least one scoring band");
      }
      if (max.isPresent() && max.get().compareTo(min) < 0) {
        throw new IllegalArgumentException("max " + max.get().toPlainString() + " is below min "
            + min.toPlainString());
      }
      if (bands.get(0).from().compareTo(min) != 0) {
        throw new IllegalArgumentException("the first band starts at " + bands.get(0).from().toPlainString()
            + "; it must start at min " + min.toPlainString() + " so that every answer scores");
      }
      for (int i = 0; i + 1 < bands.size(); i++) {
        Optional<BigDecimal> below = bands.get(i).below();
        BigDecimal next = bands.get(i + 1).from();
        if (below.isEmpty() || below.get().compareTo(next) != 0) {
          throw new IllegalArgumentException("band " + (i + 1) + " ends " + below.map(b -> "below "
              + b.toPlainString()).orElse("nowhere") + " and band " + (i + 2) + " starts at " + next.toPlainString()
              + "; bands must follow each other without gaps or overlaps");
        }
      }
      ScoreBand last = bands.get(bands.size() - 1);
      if (last.below().isPresent() && (max.isEmpty() || last.below().get().compareTo(max.get()) <= 0)) {
        throw new IllegalArgumentException("the last band ends below " + last.below().get().toPlainString()
            + " but answers up to " + max.map(BigDecimal::toPlainString).orElse("any size")
            + " are accepted; leave the last band open or set max below its end");
      }
    }

    @Override
    public BigDecimal maxScore() {
      return bands.stream().map(ScoreBand::score).max(BigDecimal::compareTo).orElseThrow();
    }

    @Override
    public BigDecimal minScore() {
      return bands.stream().map(ScoreBand::score).min(BigDecimal::compareTo).orElseThrow();
    }

    /** Whether an answer is within min and max. */
    public boolean accepts(BigDecimal answer) {
      return answer.compareTo(min) >= 0 && max.map(m -> answer.compareTo(m) <= 0).orElse(true);
    }

    /**
     * The points an accepted answer scores.
     *
     * @param answer the answer, within min and max
     * @return the band's score
     * @throws IllegalArgumentException if the answer is outside min and max
     */
    public BigDecimal score(BigDecimal answer) {
      for (ScoreBand b : bands) {
        if (b.contains(answer)) {
          return b.score();
        }
      }
      throw new IllegalArgumentException("answer " + answer.toPlainString() + " lies in no band");
    }
  }
}
