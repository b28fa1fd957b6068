package dev.chitieu.core.assess;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Numbers, periods and dates as a Vietnamese or English report prints them. */
final class Texts {
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private Texts() {}

  /**
   * A decimal with its scale kept: {@code 87,08} and {@code 50.350} in Vietnamese, {@code 87.08} and {@code 50,350}
   * in English.
   */
  static String number(BigDecimal value, Lang lang) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    char group = lang == Lang.VI ? '.' : ',';
    char decimal = lang == Lang.VI ? ',' : '.';
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    return (value.signum() < 0 ? "-" : "") + out;
  }

  /** A number with its unit: {@code 87,08 %}, {@code 50.350 doanh nghiệp}. */
  static String quantity(BigDecimal value, Unit unit, Lang lang) {
    String label = unit.label().get(lang);
    return label.isBlank() ? number(value, lang) : number(value, lang) + " " + label;
  }

  /** A period as words: "6 tháng đầu năm 2024" / "H1 2024", "quý III/2025" / "Q3 2025", "năm 2024" / "2024". */
  static String period(Period p, Lang lang) {
    boolean vi = lang == Lang.VI;
    int year = p.year();
    return switch (p.kind()) {
      case YEAR -> vi ? "năm " + year : Integer.toString(year);
      case HALF -> {
        boolean first = p.start().getMonthValue() == 1;
        yield vi ? (first ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year : (first ? "H1 " : "H2 ") + year;
      }
      case QUARTER -> {
        int q = (p.start().getMonthValue() - 1) / 3;
        yield vi ? "quý " + ROMAN[q] + "/" + year : "Q" + (q + 1) + " " + year;
      }
      case MONTH -> month(p.start().getMonthValue(), year, lang);
      case RANGE -> wholeYears(p)
          ? (vi ? "giai đoạn " : "") + p.start().getYear() + "–" + year
          : p.isYearToDate()
          ? (vi ? p.months() + " tháng đầu năm " + year : "the first " + p.months() + " months of " + year)
          : (vi ? "từ " + month(p.start().getMonthValue(), p.start().getYear(), lang) + " đến "
              + month(p.end().getMonthValue(), year, lang)
              : month(p.start().getMonthValue(), p.start().getYear(), lang) + " to "
                  + month(p.end().getMonthValue(), year, lang));
    };
  }

  /** A period after a preposition: "trong 6 tháng đầu năm 2024" / "in H1 2024". */
  static String inPeriod(Period p, Lang lang) {
    boolean span = p.kind() == PeriodKind.RANGE && !p.isYearToDate() && !wholeYears(p);
    if (lang == Lang.VI) {
      return p.kind() == PeriodKind.YEAR || span ? period(p, lang) : "trong " + period(p, lang);
    }
    return (span ? "from " : "in ") + period(p, lang);
  }

  /** A day: "31/12/2025" / "31 December 2025". */
  static String date(LocalDate d, Lang lang) {
    if (lang == Lang.VI) {
      return String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + d.getYear();
  }

  private static boolean wholeYears(Period p) {
    return p.start().getMonthValue() == 1 && p.end().getMonthValue() == 12;
  }

  private static String month(int month, int year, Lang lang) {
    return lang == Lang.VI
        ? "tháng " + month + "/" + year
        : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
  }
}
