package dev.chitieu.core.model;

import java.math.BigDecimal;

/**
 * How a target compares a value with its threshold. "Over", "more than" and "exceed" are strict ({@link #MORE_THAN});
 * "at least", "reach", "a minimum of" are inclusive ({@link #AT_LEAST}).
 */
public enum Comparison {
  /** value ≥ threshold. */
  AT_LEAST("≥", "tối thiểu", "at least"),
  /** value &gt; threshold. */
  MORE_THAN(">", "trên", "more than"),
  /** value ≤ threshold. */
  AT_MOST("≤", "tối đa", "at most"),
  /** value &lt; threshold. */
  LESS_THAN("<", "dưới", "less than"),
  /** value = threshold. */
  EQUAL("=", "bằng", "equal to");

  private final String symbol;
  private final LocalizedText words;

  Comparison(String symbol, String vi, String en) {
    this.symbol = symbol;
    this.words = LocalizedText.of(vi, en);
  }

  /** The mathematical symbol, e.g. {@code ≥}. */
  public String symbol() {
    return symbol;
  }

  /** The words in both languages, e.g. "tối thiểu" / "at least". */
  public LocalizedText words() {
    return words;
  }

  /**
   * Whether a value satisfies the comparison. Both numbers are compared exactly; round the value to the indicator's
   * reporting precision first (see {@link Precision}).
   *
   * @param value the value, already rounded
   * @param threshold the threshold
   * @return whether {@code value <op> threshold} holds
   */
  public boolean test(BigDecimal value, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case MORE_THAN -> c > 0;
      case AT_MOST -> c <= 0;
      case LESS_THAN -> c < 0;
      case EQUAL -> c == 0;
    };
  }

  /** Whether larger values satisfy the comparison more easily ({@code ≥, >}). */
  public boolean wantsMore() {
    return this == AT_LEAST || this == MORE_THAN;
  }
}
