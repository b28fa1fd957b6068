package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A target a plan sets on an indicator: "e-commerce over 15 % of total retail sales by end of 2025". Immutable and
 * thread-safe.
 *
 * @param id the id, unique within the plan
 * @param indicator the indicator it applies to (declared by the same plan)
 * @param comparison how the value is compared with the threshold
 * @param threshold the threshold as the plan writes it, in the indicator's unit, with no more decimals than the
 *     indicator reports
 * @param deadline the last day by which it must hold ("by end of 2025" is 2025-12-31)
 * @param scope what it applies to
 * @param statement the target as the plan states it, in both languages
 * @param source where it was read from
 * @param leadAgency the agency the plan puts in charge of it ("Sở chủ trì"), when the plan names one; a report can set
 *     or override it
 */
public record Target(
    TargetId id,
    IndicatorId indicator,
    Comparison comparison,
    BigDecimal threshold,
    LocalDate deadline,
    Scope scope,
    LocalizedText statement,
    SourceRef source,
    Optional<LocalizedText> leadAgency) {

  /** Checks that nothing is null. */
  public Target {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(comparison, "comparison");
    requireNonNull(threshold, "threshold");
    requireNonNull(deadline, "deadline");
    requireNonNull(scope, "scope");
    requireNonNull(statement, "statement");
    requireNonNull(source, "source");
    requireNonNull(leadAgency, "leadAgency");
    leadAgency = leadAgency.filter(t -> !t.isBlank());
  }

  /** A target without a lead agency. */
  public Target(TargetId id, IndicatorId indicator, Comparison comparison, BigDecimal threshold, LocalDate deadline,
      Scope scope, LocalizedText statement, SourceRef source) {
    this(id, indicator, comparison, threshold, deadline, scope, statement, source, Optional.empty());
  }

  /**
   * Starts a builder.
   *
   * @param id the target id
   * @return a builder for a whole-region target
   */
  public static Builder builder(String id) {
    return new Builder(TargetId.of(id));
  }

  /**
   * Reads a threshold as a plan writes it, with a decimal point: {@code "15"}, {@code "0.7"}.
   *
   * @param target the target, for the message
   * @param threshold the text
   * @return the number, as written
   * @throws InvalidValueException naming the target and saying how to write it, e.g. for {@code "15,5"}
   */
  public static BigDecimal parseThreshold(TargetId target, String threshold) {
    if (threshold == null || threshold.isBlank()) {
      throw new InvalidValueException("target '" + target + "' has no threshold; write it as the plan does,"
          + " e.g. \"15\" or \"0.7\"");
    }
    String t = threshold.strip();
    if (t.matches("[+-]?\\d{1,3}(\\.\\d{3})+,\\d+|[+-]?\\d+,\\d+")) {
      throw new InvalidValueException("target '" + target + "' has threshold '" + threshold + "' written with a"
          + " decimal comma; write it with a decimal point and no thousands separator: '"
          + t.replace(".", "").replace(',', '.') + "'");
    }
    if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new InvalidValueException("target '" + target + "' has threshold '" + threshold + "', which is not a"
          + " number; write digits with a decimal point and no unit or thousands separator, e.g. \"15\", \"0.7\""
          + " or \"48000\"");
    }
    return new BigDecimal(t);
  }

  /** Builds a {@link Target}. Not thread-safe. */
  public static final class Builder {
    private final TargetId id;
    private IndicatorId indicator;
    private Comparison comparison;
    private BigDecimal threshold;
    private LocalDate deadline;
    private Scope scope = Scope.wholeRegion();
    private LocalizedText statement = LocalizedText.EMPTY;
    private SourceRef source;
    private LocalizedText leadAgency;

    private Builder(TargetId id) {
      this.id = id;
    }

    /** Sets the indicator. */
    public Builder indicator(String indicator) {
      this.indicator = IndicatorId.of(indicator);
      return this;
    }

    /**
     * Sets the comparison and the threshold.
     *
     * @param comparison the comparison
     * @param threshold the threshold as written, e.g. {@code "0.7"}
     * @return this builder
     */
    public Builder requires(Comparison comparison, String threshold) {
      this.comparison = requireNonNull(comparison, "comparison");
      this.threshold = parseThreshold(id, threshold);
      return this;
    }

    /** Sets the deadline. */
    public Builder deadline(LocalDate deadline) {
      this.deadline = requireNonNull(deadline, "deadline");
      return this;
    }

    /** Sets the deadline to the last day of a year ("by end of 2025", "by 2030"). */
    public Builder byEndOf(int year) {
      this.deadline = LocalDate.of(year, 12, 31);
      return this;
    }

    /** Sets the scope. */
    public Builder scope(Scope scope) {
      this.scope = requireNonNull(scope, "scope");
      return this;
    }

    /** Sets the statement in both languages. */
    public Builder statement(String vi, String en) {
      this.statement = LocalizedText.of(vi, en);
      return this;
    }

    /** Sets the source. */
    public Builder source(SourceRef source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the agency in charge ("Sở chủ trì").
     *
     * @param vi e.g. {@code Sở Khoa học và Công nghệ}
     * @param en e.g. {@code Department of Science and Technology}
     * @return this builder
     */
    public Builder leadAgency(String vi, String en) {
      this.leadAgency = LocalizedText.of(vi, en);
      return this;
    }

    /**
     * Builds the target.
     *
     * @throws IllegalStateException naming the target and every required part not set, with the call that sets it
     */
    public Target build() {
      List<String> missing = new ArrayList<>();
      if (indicator == null) {
        missing.add("its indicator (.indicator(\"hp.ecommerce-share\"))");
      }
      if (comparison == null) {
        missing.add("its comparison and threshold (.requires(Comparison.AT_LEAST, \"35\"))");
      }
      if (deadline == null) {
        missing.add("its deadline (.byEndOf(2030) or .deadline(LocalDate.of(2030, 12, 31)))");
      }
      if (source == null) {
        missing.add("its source (.source(SOURCE.at(\"chỉ tiêu 1/7 (target 1 of 7)\")))");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("target '" + id + "' is missing " + String.join(", ", missing));
      }
      return new Target(id, indicator, comparison, threshold, deadline, scope, statement, source,
          Optional.ofNullable(leadAgency));
    }
  }
}
