package dev.chitieu.cli;

import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the command line prints plans, periods, scopes and numbers, in Vietnamese or English. */
final class Texts {
  private Texts() {}

  /** {@code 2025}, {@code 2026–2030}, or the period's own form for other ranges. */
  static String horizon(Period p) {
    if (p.kind() == PeriodKind.YEAR) {
      return p.toString();
    }
    if (p.start().getMonthValue() == 1 && p.end().getMonthValue() == 12) {
      return p.start().getYear() + "–" + p.end().getYear();
    }
    return p.toString();
  }

  /** What a target applies to, e.g. "each sector" / "mỗi Ngành". */
  static String scope(Plan plan, Target t, Lang lang) {
    return switch (t.scope()) {
      case Scope.WholeRegion w -> lang == Lang.VI ? "toàn địa bàn" : "whole region";
      case Scope.EachMember e -> {
        String dim = plan.findDimension(e.dimension()).map(Dimension::name).map(n -> n.get(lang))
            .orElse(e.dimension().toString());
        yield lang == Lang.VI ? "mỗi " + dim.toLowerCase(Locale.ROOT) : "each " + dim.toLowerCase(Locale.ROOT);
      }
      case Scope.EveryPeriod e -> {
        String each = switch (e.each()) {
          case YEAR -> lang == Lang.VI ? "mỗi năm" : "every year";
          case HALF -> lang == Lang.VI ? "mỗi 6 tháng" : "every half-year";
          case QUARTER -> lang == Lang.VI ? "mỗi quý" : "every quarter";
          case MONTH -> lang == Lang.VI ? "mỗi tháng" : "every month";
          case RANGE -> e.each().name();
        };
        yield each + " " + horizon(e.range());
      }
      case Scope.Cumulative c -> (lang == Lang.VI ? "cộng dồn " : "cumulative ") + horizon(c.range());
    };
  }

  /** {@code ≥ 35 %}, {@code > 0,7 DN/1.000 dân}. */
  static String requirement(Plan plan, Target t, Lang lang) {
    String unit = plan.findIndicator(t.indicator()).map(i -> i.unit().label().get(lang)).orElse("");
    return t.comparison().symbol() + " " + number(t.threshold(), lang) + (unit.isBlank() ? "" : " " + unit);
  }

  /** A number as the language writes it: {@code 87,08} and {@code 1.234} in Vietnamese, {@code 87.08} in English. */
  static String number(BigDecimal n, Lang lang) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (lang == Lang.VI) {
      s.setGroupingSeparator('.');
      s.setDecimalSeparator(',');
    } else {
      s.setGroupingSeparator(',');
      s.setDecimalSeparator('.');
    }
    f.setDecimalFormatSymbols(s);
    int scale = Math.max(0, n.stripTrailingZeros().scale());
    f.setMinimumFractionDigits(Math.max(0, n.scale()));
    f.setMaximumFractionDigits(Math.max(scale, Math.max(0, n.scale())));
    return f.format(n);
  }

  /** The text in a language, or the other language's when blank. */
  static String text(LocalizedText t, Lang lang) {
    String s = t.get(lang);
    return s.isBlank() ? t.get(lang == Lang.VI ? Lang.EN : Lang.VI) : s;
  }
}
