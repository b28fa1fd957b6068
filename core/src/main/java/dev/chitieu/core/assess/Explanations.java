package dev.chitieu.core.assess;

import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.rollup.Aggregate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentence, in Vietnamese and English, that says why a target got its status; a report prints it as is. Numbers
 * follow each language's format (87,08 / 87.08).
 */
final class Explanations {
  /** How many missing units a sentence names before it says "and N more". */
  private static final int NAMED_MISSING = 5;

  private final RegionHierarchy regions;
  private final LocalDate asOf;
  private final BigDecimal atRiskBand;

  Explanations(RegionHierarchy regions, LocalDate asOf, BigDecimal atRiskBand) {
    this.regions = regions;
    this.asOf = asOf;
    this.atRiskBand = atRiskBand;
  }

  /** The sentence of one judged window (a whole-region target, one member, one period, a cumulative range). */
  LocalizedText of(Judgement j, Target target, Indicator indicator, Optional<Member> member) {
    return LocalizedText.of(sentence(j, target, indicator, member, Lang.VI),
        sentence(j, target, indicator, member, Lang.EN));
  }

  /** The sentence of an "each member" target: how many members fall short, and which. */
  LocalizedText ofMembers(Status status, List<TargetResult> parts, Dimension dimension, Target target,
      Indicator indicator) {
    return LocalizedText.of(summary(status, parts, target, indicator, Lang.VI,
            p -> memberName(dimension, p, Lang.VI), dimension.name().vi()),
        summary(status, parts, target, indicator, Lang.EN, p -> memberName(dimension, p, Lang.EN),
            dimension.name().en()));
  }

  /** The sentence of an "every period" target: how many periods fall short, and which. */
  LocalizedText ofPeriods(Status status, List<TargetResult> parts, Target target, Indicator indicator) {
    return LocalizedText.of(
        summary(status, parts, target, indicator, Lang.VI, p -> Texts.period(p.period().orElseThrow(), Lang.VI),
            "kỳ"),
        summary(status, parts, target, indicator, Lang.EN, p -> Texts.period(p.period().orElseThrow(), Lang.EN),
            "periods"));
  }

  // ------------------------------------------------------------------------------------------------ one window

  private String sentence(Judgement j, Target target, Indicator indicator, Optional<Member> member, Lang lang) {
    boolean vi = lang == Lang.VI;
    StringBuilder s = new StringBuilder(j.status().label().get(lang));
    member.ifPresent(m -> s.append(" (").append(m.name().get(lang)).append(')'));
    s.append(": ");
    String goal = goal(target, indicator, j, lang);
    Optional<BigDecimal> value = j.figure().map(a -> Precision.round(a.value(), indicator.decimals()));
    Optional<String> pct = value.flatMap(v -> TargetJudge.percentOfTarget(target, v))
        .map(p -> Texts.number(p, lang) + (vi ? " % mục tiêu" : " % of target"));
    switch (j.status()) {
      case NOT_DUE -> s.append(vi
          ? Texts.period(j.judged(), lang) + " chưa bắt đầu vào ngày " + Texts.date(asOf, lang)
              + ", chưa đến kỳ đánh giá " + goal
          : Texts.period(j.judged(), lang) + " has not started on " + Texts.date(asOf, lang)
              + ", so " + goal + " is not due yet");
      case NO_DATA -> s.append(vi
          ? "không có số liệu " + Texts.period(j.judged(), lang) + " đến ngày " + Texts.date(asOf, lang)
              + " để so với " + goal
          : "no figure for " + Texts.period(j.judged(), lang) + " up to " + Texts.date(asOf, lang)
              + " to compare with " + goal);
      case ACHIEVED -> {
        s.append(figure(j, indicator, lang)).append(vi ? ", " : ", ");
        if (j.partOfWindow()) {
          s.append(vi ? "đã đạt " + goal : "already meeting " + goal);
        } else {
          s.append(vi ? "đạt " + goal : "meeting " + goal);
        }
        pct.ifPresent(p -> s.append(" (").append(p).append(')'));
      }
      case NOT_ACHIEVED -> {
        s.append(figure(j, indicator, lang)).append(vi ? ", không đạt " : ", missing ").append(goal);
        pct.ifPresent(p -> s.append(" (").append(p).append(')'));
      }
      case ON_TRACK, AT_RISK, OFF_TRACK, NOT_YET_ACHIEVED -> {
        if (j.figure().isPresent()) {
          s.append(figure(j, indicator, lang)).append(vi ? ", chưa đạt " : ", not yet meeting ").append(goal);
          pct.ifPresent(p -> s.append(" (").append(p).append(')'));
        } else {
          s.append(vi ? "chưa có số liệu " + Texts.period(j.judged(), lang) + " để so với " + goal
              : "no figure yet for " + Texts.period(j.judged(), lang) + " to compare with " + goal);
        }
        if (j.status() == Status.NOT_YET_ACHIEVED) {
          s.append(vi ? "; chưa đủ số liệu để dự báo đến thời hạn (cần số liệu của ít nhất hai thời điểm)"
              : "; too few figures to project to the deadline (at least two points in time are needed)");
        }
        j.projection().ifPresent(p -> s.append("; ").append(projection(j, p, target, indicator, lang)));
      }
    }
    j.figure().map(Aggregate::coverage).filter(c -> !c.isComplete())
        .ifPresent(c -> s.append("; ").append(coverage(c, lang)));
    return s.append('.').toString();
  }

  /** "87,08 % trong 6 tháng đầu năm 2024 (chính thức)" / "87.08 % in H1 2024 (actual)". */
  private String figure(Judgement j, Indicator indicator, Lang lang) {
    Aggregate a = j.figure().orElseThrow();
    BigDecimal v = Precision.round(a.value(), indicator.decimals());
    Period p = j.figurePeriod().orElse(a.window());
    StringBuilder s = new StringBuilder(Texts.quantity(v, indicator.unit(), lang)).append(' ')
        .append(Texts.inPeriod(p, lang)).append(" (").append(a.status().label().get(lang));
    if (j.partOfWindow()) {
      s.append(lang == Lang.VI ? "; mới là một phần của " + Texts.period(j.judged(), lang)
          : "; only part of " + Texts.period(j.judged(), lang));
    }
    return s.append(')').toString();
  }

  /** "mục tiêu tối thiểu 85 % đến 31/12/2025" / "the target of at least 85 % by 31 December 2025". */
  private static String goal(Target target, Indicator indicator, Judgement j, Lang lang) {
    boolean vi = lang == Lang.VI;
    String threshold = target.comparison().words().get(lang) + " "
        + Texts.quantity(target.threshold(), indicator.unit(), lang);
    String when;
    if (target.scope() instanceof dev.chitieu.core.model.Scope.EveryPeriod) {
      when = (vi ? "cho " : "for ") + Texts.period(j.judged(), lang);
    } else if (target.scope() instanceof dev.chitieu.core.model.Scope.Cumulative) {
      when = (vi ? "cộng dồn " : "in total ") + Texts.inPeriod(j.judged(), lang);
    } else {
      when = (vi ? "đến " : "by ") + Texts.date(target.deadline(), lang);
    }
    return (vi ? "mục tiêu " : "the target of ") + threshold + " " + when;
  }

  /** "xu hướng tuyến tính của 4 số liệu năm dự báo 86,10 % vào 31/12/2025, cách ngưỡng 1,10 (…)". */
  private String projection(Judgement j, Projection p, Target target, Indicator indicator, Lang lang) {
    boolean vi = lang == Lang.VI;
    String value = Texts.quantity(p.value(), indicator.unit(), lang);
    String at = Texts.date(p.at(), lang);
    String basis;
    if (p.method() == ProjectionMethod.LATEST_VALUE) {
      basis = vi ? "giữ nguyên giá trị mới nhất thì đến " + at + " đạt " + value
          : "holding the latest value gives " + value + " at " + at;
    } else {
      String from;
      if (j.runningTotal()) {
        String start = Texts.period(Period.ofMonthIndexes(j.judged().firstMonthIndex(),
            j.judged().firstMonthIndex()), lang);
        from = vi ? " của số lũy kế từ " + start : " of the running total since " + start;
      } else if (j.figure().isEmpty() && !(target.scope() instanceof dev.chitieu.core.model.Scope.WholeRegion)
          && !(target.scope() instanceof dev.chitieu.core.model.Scope.EachMember)) {
        from = vi ? " của " + p.points() + " kỳ trước" : " of " + p.points() + " earlier periods";
      } else {
        from = vi ? " của " + p.points() + " số liệu theo năm" : " of " + p.points() + " yearly figures";
      }
      basis = vi ? p.method().label().vi() + from + " dự báo đạt " + value + " vào " + at
          : "the " + p.method().label().en() + from + " projects " + value + " at " + at;
    }
    if (j.status() == Status.ON_TRACK) {
      return basis;
    }
    BigDecimal miss = p.value().subtract(target.threshold()).abs();
    String band = Texts.number(atRiskBand.movePointRight(2).stripTrailingZeros(), lang);
    BigDecimal scaled = miss.setScale(Math.max(miss.scale(), indicator.decimals()));
    // A gap between two percentages is in percentage points, not a percent of anything.
    String missText = indicator.unit().equals(dev.chitieu.core.model.Unit.PERCENT)
        ? Texts.number(scaled, lang) + (vi ? " điểm phần trăm" : " percentage points")
        : Texts.quantity(scaled, indicator.unit(), lang);
    if (j.status() == Status.AT_RISK) {
      return basis + (vi ? ", cách ngưỡng " + missText + ", trong biên " + band + " % của nguy cơ không đạt"
          : ", " + missText + " from the threshold, within the " + band + " % at-risk band");
    }
    return basis + (vi ? ", cách ngưỡng " + missText + ", vượt biên " + band + " % của nguy cơ không đạt"
        : ", " + missText + " from the threshold, beyond the " + band + " % at-risk band");
  }

  /** "số liệu mới có 112/114 đơn vị báo cáo (thiếu: …)" / "figures from 112 of 114 units (missing: …)". */
  private String coverage(Coverage c, Lang lang) {
    boolean vi = lang == Lang.VI;
    List<String> names = new ArrayList<>();
    for (RegionCode code : c.missing().subList(0, Math.min(NAMED_MISSING, c.missing().size()))) {
      names.add(regions.findRegion(code).map(r -> r.name().get(lang)).orElse(code.value()));
    }
    int more = c.missing().size() - names.size();
    String missing = String.join(", ", names) + (more > 0 ? (vi ? " và " + more + " đơn vị khác"
        : " and " + more + " more") : "");
    return vi ? "số liệu mới có " + c.reporting() + "/" + c.expected() + " đơn vị báo cáo (thiếu: " + missing + ")"
        : "figures from " + c.reporting() + " of " + c.expected() + " units (missing: " + missing + ")";
  }

  // ------------------------------------------------------------------------------------------------ summaries

  private String summary(Status status, List<TargetResult> parts, Target target, Indicator indicator, Lang lang,
      java.util.function.Function<TargetResult, String> name, String what) {
    boolean vi = lang == Lang.VI;
    String threshold = target.comparison().words().get(lang) + " "
        + Texts.quantity(target.threshold(), indicator.unit(), lang);
    String due = (vi ? " đến " : " by ") + Texts.date(target.deadline(), lang);
    StringBuilder s = new StringBuilder(status.label().get(lang)).append(": ");
    List<TargetResult> failing = new ArrayList<>();
    for (TargetResult p : parts) {
      if (p.status().severity() >= Status.AT_RISK.severity()) {
        failing.add(p);
      }
    }
    List<TargetResult> notDue = parts.stream().filter(p -> p.status() == Status.NOT_DUE).toList();
    if (notDue.size() == parts.size()) {
      return s.append(vi ? "chưa đến kỳ đánh giá nào của mục tiêu " + threshold + due
          : "no period of the target of " + threshold + due + " is due yet").append('.').toString();
    }
    if (!notDue.isEmpty()) {
      // Only the periods due so far are judged; the sentence says which ones are still to come.
      parts = parts.stream().filter(p -> p.status() != Status.NOT_DUE).toList();
    }
    if (failing.isEmpty()) {
      s.append(vi ? "cả " + parts.size() + " (" + what + ") đều đạt hoặc đúng tiến độ so với mục tiêu " + threshold + due
          : "the target of " + threshold + due + " is met or on track in all " + parts.size() + " (" + what + ")");
      List<TargetResult> notYet = parts.stream().filter(p -> p.status() == Status.ON_TRACK).toList();
      if (!notYet.isEmpty()) {
        s.append(vi ? "; đúng tiến độ nhưng chưa đạt: " : "; on track but not yet achieved: ")
            .append(String.join(", ", notYet.stream().map(name).toList()));
      }
    } else {
      s.append(vi ? failing.size() + "/" + parts.size() + " (" + what + ") chưa đạt mục tiêu " + threshold + due + ": "
          : "the target of " + threshold + due + " is missed in " + failing.size() + " of " + parts.size() + " ("
              + what + "): ");
      List<String> items = new ArrayList<>();
      for (TargetResult p : failing) {
        String detail = p.evidence().value()
            .map(v -> Texts.quantity(v, indicator.unit(), lang) + ", " + p.status().label().get(lang).toLowerCase(
                vi ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH))
            .orElse(p.status().label().get(lang).toLowerCase(
                vi ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH));
        items.add(name.apply(p) + " (" + detail + ")");
      }
      s.append(String.join(", ", items));
    }
    if (!notDue.isEmpty()) {
      s.append(vi ? "; chưa đến kỳ: " : "; not due yet: ")
          .append(String.join(", ", notDue.stream().map(name).toList()));
    }
    return s.append('.').toString();
  }

  private static String memberName(Dimension dimension, TargetResult part, Lang lang) {
    String code = part.member().orElseThrow();
    return dimension.findMember(code).map(m -> m.name().get(lang)).orElse(code);
  }
}
