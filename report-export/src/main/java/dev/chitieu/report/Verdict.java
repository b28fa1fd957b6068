package dev.chitieu.report;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.math.BigDecimal;

/**
 * The word of the official "Đánh giá" column: Vượt, Đạt, Chưa đạt (exceeded, achieved, not achieved), or Chưa có số
 * liệu (no data) when nothing could be judged.
 *
 * <p>The mapping from an assessment {@link Status}:
 *
 * <ul>
 *   <li>{@link Status#ACHIEVED} is {@link #EXCEEDED} when the percent of target is above 100.00 (the value beats the
 *       threshold in the wanted direction), otherwise {@link #ACHIEVED};
 *   <li>{@link Status#NOT_ACHIEVED} (deadline passed), and {@link Status#ON_TRACK}, {@link Status#AT_RISK}, {@link
 *       Status#OFF_TRACK} (deadline ahead, not met yet) are {@link #NOT_ACHIEVED}; while the deadline is ahead the
 *       column adds the finer status: "Chưa đạt – đúng tiến độ" (not yet achieved – on track);
 *   <li>{@link Status#NO_DATA} is {@link #NO_DATA}.
 * </ul>
 *
 * Thread-safe.
 */
public enum Verdict {
  /** Achieved and beyond the threshold: percent of target above 100. */
  EXCEEDED("Vượt", "Exceeded"),
  /** Achieved, exactly at the threshold (percent of target 100). */
  ACHIEVED("Đạt", "Achieved"),
  /** Not achieved, or not achieved yet while the deadline is ahead. */
  NOT_ACHIEVED("Chưa đạt", "Not achieved"),
  /** No measurement could be used. */
  NO_DATA("Chưa có số liệu", "No data"),
  /** A period of a recurring target that has not started: nothing is due yet. */
  NOT_DUE("Chưa đến kỳ", "Not due yet");

  private static final BigDecimal HUNDRED = new BigDecimal(100);

  private final LocalizedText label;

  Verdict(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /** The word printed in the "Đánh giá" column, in both languages. */
  public LocalizedText label() {
    return label;
  }

  /**
   * The verdict of a target result (or of one of its parts).
   *
   * @param result the result
   * @return the verdict; never null
   */
  public static Verdict of(TargetResult result) {
    requireNonNull(result, "result");
    return switch (result.status()) {
      case ACHIEVED ->
          result.evidence().percentOfTarget().map(p -> p.compareTo(HUNDRED) > 0).orElse(false) ? EXCEEDED : ACHIEVED;
      case ON_TRACK, AT_RISK, OFF_TRACK, NOT_YET_ACHIEVED, NOT_ACHIEVED -> NOT_ACHIEVED;
      case NO_DATA -> NO_DATA;
      case NOT_DUE -> NOT_DUE;
    };
  }

  /**
   * The full text of the "Đánh giá" column: the verdict, and while the deadline is ahead and the target not met, the
   * finer status, e.g. "Chưa đạt – có nguy cơ không đạt" / "Not yet achieved – at risk".
   *
   * @param result the result
   * @param lang the language
   * @return the text
   */
  public static String describe(TargetResult result, Lang lang) {
    requireNonNull(lang, "lang");
    Verdict v = of(result);
    return switch (result.status()) {
      case ON_TRACK, AT_RISK, OFF_TRACK -> (lang == Lang.VI ? "Chưa đạt – " : "Not yet achieved – ")
          + lower(result.status().label().get(lang), lang);
      case NOT_YET_ACHIEVED -> lang == Lang.VI ? "Chưa đạt – chưa đủ số liệu để dự báo"
          : "Not yet achieved – too few figures to project";
      default -> v.label.get(lang);
    };
  }

  private static String lower(String s, Lang lang) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(lang.locale()) + s.substring(1);
  }
}
