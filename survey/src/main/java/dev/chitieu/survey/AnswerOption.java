package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;

/**
 * One answer a criterion offers, e.g. "Hằng tuần / Weekly", and the points it scores.
 *
 * @param code the code written in responses, e.g. {@code weekly} or {@code 3}; letters, digits, {@code _ . -}
 * @param label what the form shows, in Vietnamese and English
 * @param score the points; zero for an option that is not applicable
 * @param notApplicable whether choosing it leaves the criterion out of its component's score ("không áp dụng")
 */
public record AnswerOption(String code, LocalizedText label, BigDecimal score, boolean notApplicable) {
  /** Checks the code and that a score is not negative. */
  public AnswerOption {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(score, "score");
    if (!code.matches("[A-Za-z0-9_.-]{1,40}")) {
      throw new IllegalArgumentException("answer code '" + code
          + "' must be 1 to 40 letters, digits, '_', '.' or '-'");
    }
    if (score.signum() < 0) {
      throw new IllegalArgumentException("answer '" + code + "' scores " + score + "; a score must be >= 0");
    }
    if (notApplicable && score.signum() != 0) {
      throw new IllegalArgumentException("answer '" + code + "' is not applicable and scores " + score
          + "; a not-applicable answer scores nothing");
    }
  }

  /**
   * An option that scores.
   *
   * @param code the code
   * @param vi the Vietnamese label
   * @param en the English label
   * @param score the points
   * @return the option
   */
  public static AnswerOption of(String code, String vi, String en, String score) {
    return new AnswerOption(code, new LocalizedText(vi, en), new BigDecimal(score), false);
  }

  /**
   * An option that leaves the criterion out ("không áp dụng").
   *
   * @param code the code
   * @param vi the Vietnamese label
   * @param en the English label
   * @return the option
   */
  public static AnswerOption notApplicable(String code, String vi, String en) {
    return new AnswerOption(code, new LocalizedText(vi, en), BigDecimal.ZERO, true);
  }
}
