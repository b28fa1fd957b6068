package dev.chitieu.report;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.assess.ProgressCategory;
import dev.chitieu.core.assess.ProgressResult;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Words, numbers and dates as the official forms print them, in Vietnamese or English. */
final class Texts {
  private Texts() {}

  static final Locale VI = Locale.forLanguageTag("vi-VN");

  private static final String[] MONTHS_EN = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December"
  };

  /** The text in a language. */
  static String t(Lang lang, String vi, String en) {
    return lang == Lang.VI ? vi : en;
  }

  /** Upper case by the language's rules. */
  static String upper(String s, Lang lang) {
    return s.toUpperCase(lang == Lang.VI ? VI : Locale.ROOT);
  }

  /**
   * A number at a fixed number of decimals: "1.234,56" in Vietnamese, "1,234.56" in English. Rounds half-up.
   *
   * @param value the value
   * @param decimals the decimals printed
   * @param lang the language
   * @return the text
   */
  static String number(BigDecimal value, int decimals, Lang lang) {
    DecimalFormatSymbols sy = new DecimalFormatSymbols(Locale.ROOT);
    sy.setGroupingSeparator(lang == Lang.VI ? '.' : ',');
    sy.setDecimalSeparator(lang == Lang.VI ? ',' : '.');
    sy.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), sy);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  /** A measured double at a fixed number of decimals. */
  static String number(double value, int decimals, Lang lang) {
    return number(new BigDecimal(Double.toString(value)), decimals, lang);
  }

  /**
   * The Excel number format for a fixed number of decimals, tagged with the language (LCID 42A Vietnamese, 409
   * English) so that a spreadsheet that honours the tag prints the language's separators.
   *
   * @param decimals the decimals
   * @param lang the language
   * @param prefix a literal printed before the number (e.g. {@code "≥ "}), or empty
   * @return the format code
   */
  static String excelFormat(int decimals, Lang lang, String prefix) {
    String tag = lang == Lang.VI ? "[$-42A]" : "[$-409]";
    String lit = prefix.isEmpty() ? "" : "\"" + prefix.replace("\"", "") + "\"";
    return tag + lit + (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
  }

  /** The decimals of a threshold as written ({@code 15.00} needs 0, {@code 0.7} needs 1). */
  static int decimalsOf(BigDecimal threshold) {
    return Math.max(0, threshold.stripTrailingZeros().scale());
  }

  /** {@code 30/06/2025} in both languages. */
  static String shortDate(LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /**
   * The place-and-date line of Decree 30/2020/NĐ-CP: "Hải Phòng, ngày 05 tháng 01 năm 2025" (days below 10 and the
   * months 1 and 2 take a leading zero), or "Hai Phong, 5 January 2025".
   */
  static String placeDate(String place, LocalDate d, Lang lang) {
    if (lang == Lang.VI) {
      int m = d.getMonthValue();
      String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : Integer.toString(d.getDayOfMonth());
      String month = m <= 2 ? "0" + m : Integer.toString(m);
      return place + ", ngày " + day + " tháng " + month + " năm " + d.getYear();
    }
    return place + ", " + longDate(d, lang);
  }

  /** "ngày 30 tháng 6 năm 2025" or "30 June 2025". */
  static String longDate(LocalDate d, Lang lang) {
    return lang == Lang.VI
        ? "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear()
        : d.getDayOfMonth() + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /**
   * The name of a period as reports say it: "năm 2025", "6 tháng đầu năm 2025", "9 tháng đầu năm 2025", "quý III năm
   * 2025", "tháng 7 năm 2025", "từ tháng 03/2025 đến tháng 08/2026"; or "2025", "first 6 months of 2025", ….
   */
  static String periodName(Period p, Lang lang) {
    int y = p.year();
    int startMonth = p.start().getMonthValue();
    int endMonth = p.end().getMonthValue();
    switch (p.kind()) {
      case YEAR:
        return t(lang, "năm " + y, "the year " + y);
      case MONTH:
        return t(lang, "tháng " + startMonth + " năm " + y, MONTHS_EN[startMonth - 1] + " " + y);
      case QUARTER: {
        int q = (startMonth - 1) / 3 + 1;
        return q == 1
            ? t(lang, "quý I năm " + y, "Q1 " + y)
            : t(lang, "quý " + roman(q) + " năm " + y, "Q" + q + " " + y);
      }
      case HALF:
        return startMonth == 1
            ? t(lang, "6 tháng đầu năm " + y, "first half of " + y)
            : t(lang, "6 tháng cuối năm " + y, "second half of " + y);
      default:
        break;
    }
    if (p.isYearToDate()) {
      return t(lang, endMonth + " tháng đầu năm " + y, "first " + endMonth + " months of " + y);
    }
    if (p.start().getYear() != p.end().getYear() && startMonth == 1 && endMonth == 12) {
      return t(lang, "giai đoạn " + p.start().getYear() + "–" + p.end().getYear(),
          p.start().getYear() + "–" + p.end().getYear());
    }
    String from = String.format(Locale.ROOT, "%02d/%d", startMonth, p.start().getYear());
    String to = String.format(Locale.ROOT, "%02d/%d", endMonth, p.end().getYear());
    return t(lang, "từ tháng " + from + " đến tháng " + to, "from " + from + " to " + to);
  }

  /** A short period label for tables: {@code 2025}, {@code 6T/2025}, {@code Q3/2025}, {@code 07/2025}. */
  static String periodShort(Period p, Lang lang) {
    int y = p.year();
    int startMonth = p.start().getMonthValue();
    return switch (p.kind()) {
      case YEAR -> Integer.toString(y);
      case MONTH -> String.format(Locale.ROOT, "%02d/%d", startMonth, y);
      case QUARTER -> t(lang, "Quý " + roman((startMonth - 1) / 3 + 1) + "/" + y, "Q" + ((startMonth - 1) / 3 + 1)
          + "/" + y);
      case HALF -> startMonth == 1 ? t(lang, "6T đầu/" + y, "H1/" + y) : t(lang, "6T cuối/" + y, "H2/" + y);
      default -> p.isYearToDate()
          ? t(lang, p.end().getMonthValue() + "T/" + y, "Jan–" + MONTHS_EN[p.end().getMonthValue() - 1]
              .substring(0, 3) + " " + y)
          : p.toString();
    };
  }

  /**
   * Where a target was read from, in one language: the document and, from a locator written in both languages as
   * "chỉ tiêu 3/7 (target 3 of 7)", the part in that language.
   */
  static String source(SourceRef source, Lang lang) {
    String locator = source.locator().strip();
    java.util.regex.Matcher both = BILINGUAL.matcher(locator);
    if (both.matches()) {
      locator = lang == Lang.VI ? both.group(1) : both.group(2);
    }
    return source.document() + (locator.isEmpty() ? "" : ", " + locator);
  }

  private static final java.util.regex.Pattern BILINGUAL = java.util.regex.Pattern.compile("(.+?) \\((.+)\\)");

  /**
   * The SDG progress measure as a sentence of its own, saying what it measures: printed only while the deadline is
   * ahead and the target not met (then it speaks of the pace, which the status does not), and never as "target
   * achieved" beside a status that says otherwise. Empty in every other case.
   */
  static String progressNote(TargetResult r, Lang lang) {
    ProgressResult p = r.progress();
    boolean ahead = r.status() == Status.ON_TRACK || r.status() == Status.AT_RISK || r.status() == Status.OFF_TRACK
        || r.status() == Status.NOT_YET_ACHIEVED;
    if (!ahead || p.category() == ProgressCategory.NOT_AVAILABLE || p.category() == ProgressCategory.TARGET_ACHIEVED
        || p.baseYear().isEmpty() || p.latestYear().isEmpty()) {
      return "";
    }
    return t(lang, " Tốc độ (phương pháp đo tiến độ mục tiêu PTBV: tăng trưởng bình quân năm từ năm gốc " + p.baseYear()
            .getAsInt() + " đến năm " + p.latestYear().getAsInt() + " so với tốc độ cần để đạt mục tiêu): "
            + p.category().label().vi().toLowerCase(VI) + ".",
        " Pace (SDG progress measure: compound annual growth from base year " + p.baseYear().getAsInt() + " to "
            + p.latestYear().getAsInt() + " against the growth the target needs): "
            + p.category().label().en().toLowerCase(Locale.ROOT) + ".");
  }

  /** Roman numerals, 1 to 3999. */
  static String roman(int n) {
    if (n < 1 || n > 3999) {
      throw new IllegalArgumentException("roman numerals cover 1..3999, not " + n);
    }
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      while (n >= v[i]) {
        b.append(s[i]);
        n -= v[i];
      }
    }
    return b.toString();
  }
}
