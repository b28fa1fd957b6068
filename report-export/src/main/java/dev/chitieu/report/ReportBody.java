package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Change;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.Figure;
import dev.chitieu.core.assess.Projection;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.report.ReportModel.Para;
import dev.chitieu.report.ReportModel.Para.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of the report in sentences a civil servant would write: legal bases, "I. KẾT QUẢ THỰC HIỆN" from the
 * assessment (one paragraph per target: the requirement, the value, its share of the target, its change on the same
 * period of the previous year, the judgement, the lagging sectors or years named), then sections II-IV from the report
 * file or marked blanks, and the closing sentence. Every figure comes from the assessment; every judgement word is
 * the one the form's "Đánh giá" column prints.
 */
final class ReportBody {
  private final ReportModel m;
  private final Lang lang;
  private final List<Para> out = new ArrayList<>();

  private ReportBody(ReportModel m) {
    this.m = m;
    this.lang = m.lang;
  }

  static List<Para> of(ReportModel m, String issuerName) {
    return new ReportBody(m).build(issuerName);
  }

  private List<Para> build(String issuerName) {
    String document = ReportModel.documentKind(m.plan.documentNumber(), lang) + t(lang, " số ", " No. ")
        + m.plan.documentNumber();
    String period = Texts.periodName(m.reportingPeriod, lang);
    List<LocalizedText> bases = m.meta.legalBases();
    if (bases.isEmpty()) {
      bases = List.of(LocalizedText.of(m.documentReference, m.documentReference));
    }
    for (int i = 0; i < bases.size(); i++) {
      String b = m.pick(bases.get(i)).strip();
      while (b.endsWith(";") || b.endsWith(".") || b.endsWith(",")) {
        b = b.substring(0, b.length() - 1);
      }
      if (!b.toLowerCase(lang.locale()).startsWith(t(lang, "căn cứ", "pursuant to"))) {
        b = t(lang, "Căn cứ ", "Pursuant to ") + b;
      }
      text(b + (i == bases.size() - 1 ? "," : ";"));
    }
    text(issuerName + t(lang, " báo cáo kết quả thực hiện các chỉ tiêu của " + document + " " + period + " như sau:",
        " reports the results against the targets of " + document + " for " + period + " as follows:"));

    section(t(lang, "I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"));
    heading(t(lang, "1. Kết quả chung", "1. Overview"));
    text(overview());
    heading(t(lang, "2. Kết quả thực hiện từng chỉ tiêu", "2. Results target by target"));
    for (ReportModel.Row r : m.rows) {
      text("- " + paragraph(r));
    }
    int next = 3;
    if (!m.others.isEmpty()) {
      heading(t(lang, next + ". Các kết quả khác (chưa có chỉ tiêu)", next + ". Other results (no target set)"));
      next++;
      for (Figure f : m.others) {
        text("- " + other(f));
      }
    }
    if (m.survey.isPresent()) {
      heading(t(lang, next + ". Kết quả khảo sát tự đánh giá chuyển đổi số doanh nghiệp", next + ". The enterprises'"
          + " digital transformation self-assessment"));
      text(m.survey.get().findings);
    }

    section(t(lang, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. SHORTCOMINGS AND THEIR CAUSES"));
    heading(t(lang, "1. Tồn tại, hạn chế", "1. Shortcomings and limitations"));
    lagging().ifPresent(this::text);
    given(m.meta.shortcomings(), t(lang, "tồn tại, hạn chế", "shortcomings and limitations"));
    heading(t(lang, "2. Nguyên nhân", "2. Causes"));
    given(m.meta.causes(), t(lang, "nguyên nhân khách quan, chủ quan", "objective and subjective causes"));
    section(t(lang, "III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", "III. TASKS AND SOLUTIONS AHEAD"));
    given(m.meta.tasks(), t(lang, "nhiệm vụ, giải pháp", "tasks and solutions"));
    section(t(lang, "IV. KIẾN NGHỊ, ĐỀ XUẤT", "IV. RECOMMENDATIONS"));
    given(m.meta.recommendations(), t(lang, "kiến nghị, đề xuất", "recommendations"));

    out.add(new Para(Kind.CLOSING, t(lang, "Trên đây là báo cáo kết quả thực hiện " + document + " " + period + " của "
        + m.lowerFirst(issuerName) + "./.", "This is the report of the " + issuerName + " on the results of "
        + document + " for " + period + ".")));
    return List.copyOf(out);
  }

  private void section(String s) {
    out.add(new Para(Kind.SECTION, s));
  }

  private void heading(String s) {
    out.add(new Para(Kind.HEADING, s));
  }

  private void text(String s) {
    out.add(new Para(Kind.TEXT, s));
  }

  private void given(List<LocalizedText> paragraphs, String what) {
    if (paragraphs.isEmpty()) {
      out.add(new Para(Kind.BLANK, t(lang, "[Cơ quan soạn thảo bổ sung " + what + " trước khi trình ký.]",
          "[The drafting agency adds the " + what + " before the report is signed.]")));
      return;
    }
    for (LocalizedText p : paragraphs) {
      text(m.pick(p).strip());
    }
  }

  // ------------------------------------------------------------------------------------------------ overview

  private String overview() {
    int achieved = 0;
    int onTrack = 0;
    int behind = 0;
    int notYet = 0;
    int missed = 0;
    int noData = 0;
    int notDue = 0;
    for (ReportModel.Row r : m.rows) {
      switch (r.result().status()) {
        case ACHIEVED -> achieved++;
        case ON_TRACK -> onTrack++;
        case AT_RISK, OFF_TRACK -> behind++;
        case NOT_YET_ACHIEVED -> notYet++;
        case NOT_ACHIEVED -> missed++;
        case NO_DATA -> noData++;
        case NOT_DUE -> notDue++;
      }
    }
    List<String> parts = new ArrayList<>();
    count(parts, achieved, "đạt hoặc vượt mục tiêu", "achieved or exceeded");
    count(parts, missed, "không đạt mục tiêu (đã đến thời hạn)", "not achieved (deadline passed)");
    count(parts, onTrack, "chưa đạt nhưng đúng tiến độ", "not yet achieved but on track");
    count(parts, behind, "có nguy cơ không đạt hoặc chậm tiến độ", "at risk or off track");
    count(parts, notYet, "chưa đạt, chưa đủ số liệu để dự báo", "not yet achieved, too few figures to project");
    count(parts, noData, "chưa có số liệu", "without data");
    count(parts, notDue, "chưa đến kỳ đánh giá", "not due yet");
    String day = lang == Lang.VI ? Texts.shortDate(m.assessment.asOf()) : Texts.longDate(m.assessment.asOf(), lang);
    return t(lang, "Tính đến ngày " + day + ", trong " + m.rows.size() + " chỉ tiêu: " + String.join("; ", parts)
            + ". Kết quả từng chỉ tiêu như sau (chi tiết tại " + m.appendixLabel + " kèm theo):",
        "As of " + day + ", of the " + m.rows.size() + " targets: " + String.join("; ", parts)
            + ". Each target's result follows (details in " + m.appendixLabel + " attached):");
  }

  private void count(List<String> parts, int n, String vi, String en) {
    if (n > 0) {
      parts.add(t(lang, n + " chỉ tiêu " + vi, n + " " + en));
    }
  }

  /** "Các chỉ tiêu chưa đạt …: A (34,60 % so với mục tiêu ≥ 35 %); …", or empty when every target is fine. */
  private Optional<String> lagging() {
    List<String> behind = new ArrayList<>();
    List<String> noData = new ArrayList<>();
    for (ReportModel.Row r : m.rows) {
      Status s = r.result().status();
      if (s == Status.NO_DATA) {
        noData.add(r.fullName());
      } else if (s.severity() >= Status.AT_RISK.severity()) {
        behind.add(r.fullName() + r.value().map(v -> " (" + quantity(v, r.indicator()) + t(lang, "; mục tiêu ",
            "; target ") + r.comparisonSymbol() + " " + quantity(r.threshold(), r.thresholdDecimals(), r.indicator())
            + ")").orElse(""));
      }
    }
    if (behind.isEmpty() && noData.isEmpty()) {
      return Optional.empty();
    }
    List<String> s = new ArrayList<>();
    if (!behind.isEmpty()) {
      s.add(t(lang, "Theo số liệu tổng hợp, các chỉ tiêu chưa đạt, có nguy cơ không đạt hoặc chậm tiến độ: ",
          "By the figures, the targets not achieved, at risk or off track: ") + String.join("; ", behind));
    }
    if (!noData.isEmpty()) {
      s.add(t(lang, "chưa có số liệu để đánh giá: ", "no figure to assess: ") + String.join("; ", noData));
    }
    String x = String.join("; ", s);
    return Optional.of(x.substring(0, 1).toUpperCase(lang.locale()) + x.substring(1) + ".");
  }

  // ------------------------------------------------------------------------------------------------ one target

  private String paragraph(ReportModel.Row r) {
    Target target = r.target();
    Indicator ind = r.indicator();
    TargetResult res = r.result();
    StringBuilder s = new StringBuilder(r.name()).append(": ").append(goal(target, ind)).append("; ");
    switch (target.scope()) {
      case Scope.EachMember e -> members(s, r);
      case Scope.EveryPeriod p -> periods(s, r);
      default -> {
        figure(s, res.evidence(), ind);
        s.append(judgement(res, ind));
      }
    }
    return s.append('.').toString();
  }

  /** "mục tiêu tối thiểu 35 % đến năm 2025", "mục tiêu mỗi năm tối thiểu 5 bộ dữ liệu trong giai đoạn 2026–2030". */
  private String goal(Target target, Indicator ind) {
    String threshold = target.comparison().words().get(lang) + " " + quantity(target.threshold(), Texts.decimalsOf(
        target.threshold()), ind);
    return switch (target.scope()) {
      case Scope.EachMember e -> t(lang, "mục tiêu mỗi " + m.dimensionName(e.dimension()) + " " + threshold + " "
          + by(target.deadline()), "the target is " + threshold + " in each " + m.dimensionName(e.dimension()) + " "
          + by(target.deadline()));
      case Scope.EveryPeriod p -> t(lang, "mục tiêu mỗi " + m.kindWord(p.each()) + " " + threshold + " trong giai đoạn "
          + p.range().start().getYear() + "–" + p.range().end().getYear(), "the target is " + threshold + " every "
          + m.kindWord(p.each()) + " of " + p.range().start().getYear() + "–" + p.range().end().getYear());
      case Scope.Cumulative c -> t(lang, "mục tiêu lũy kế giai đoạn " + c.range().start().getYear() + "–"
          + c.range().end().getYear() + " " + threshold, "the target is " + threshold + " in total over "
          + c.range().start().getYear() + "–" + c.range().end().getYear());
      case Scope.WholeRegion w -> t(lang, "mục tiêu " + threshold + " " + by(target.deadline()),
          "the target is " + threshold + " " + by(target.deadline()));
    };
  }

  /** "đến năm 2025" for the end of a year, otherwise "đến ngày 30/06/2025". */
  private String by(LocalDate deadline) {
    if (MonthDay.from(deadline).equals(MonthDay.of(12, 31))) {
      return t(lang, "đến năm ", "by ") + deadline.getYear();
    }
    return t(lang, "đến ngày " + Texts.shortDate(deadline), "by " + Texts.longDate(deadline, lang));
  }

  /**
   * "năm 2025 đạt 34,60 % (số liệu sơ bộ; 112/114 xã, phường, đặc khu), bằng 98,86 % mục tiêu, tăng 3,10 điểm phần
   * trăm so với cùng kỳ năm trước; ", or "chưa có số liệu …; " without a value.
   */
  private void figure(StringBuilder s, Evidence ev, Indicator ind) {
    if (ev.value().isEmpty()) {
      return;
    }
    String when = ev.period().map(p -> Texts.periodName(p, lang)).orElse("");
    s.append(t(lang, when + " đạt ", "in " + when + " the figure is ")).append(quantity(ev.value().get(), ind));
    List<String> about = new ArrayList<>();
    ev.status().filter(x -> x != MeasurementStatus.ACTUAL).ifPresent(x -> about.add(t(lang, "số liệu ", "")
        + x.label().get(lang) + t(lang, "", " figure")));
    ev.coverage().filter(c -> !c.isComplete()).ifPresent(c -> about.add(t(lang, "số liệu của ", "figures from ")
        + m.coverageText(Optional.of(c))));
    if (!about.isEmpty()) {
      s.append(" (").append(String.join("; ", about)).append(')');
    }
    ev.percentOfTarget().ifPresent(p -> s.append(t(lang, ", bằng ", ", ")).append(Texts.number(p, 2, lang))
        .append(t(lang, " % mục tiêu", " % of the target")));
    change(ev, ind).ifPresent(c -> s.append(", ").append(c));
    s.append("; ");
  }

  /** The same without the separator after it. */
  private String figure(Evidence ev, Indicator ind) {
    StringBuilder s = new StringBuilder();
    figure(s, ev, ind);
    return s.substring(0, s.length() - 2);
  }

  /** "tăng 3,10 điểm phần trăm so với cùng kỳ năm trước (31,50 %)", or against the end of the previous year. */
  private Optional<String> change(Evidence ev, Indicator ind) {
    Optional<Change> c = ev.change(Change.Basis.SAME_PERIOD_LAST_YEAR)
        .or(() -> ev.change(Change.Basis.END_OF_LAST_YEAR));
    if (c.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(changeText(c.get(), ind));
  }

  /**
   * "tăng 9,67 điểm phần trăm so với cuối năm 2023 (77,41 %)"; a change carried as reported gives no earlier figure
   * and says so: "tăng 67 % so với cùng kỳ năm trước (theo số liệu báo cáo)".
   */
  String changeText(Change x, Indicator ind) {
    boolean share = ind.unit().equals(Unit.PERCENT);
    String against = x.basis() == Change.Basis.SAME_PERIOD_LAST_YEAR
        ? t(lang, "so với cùng kỳ năm trước", "on the same period of the previous year")
        : t(lang, "so với cuối năm " + x.period().year(), "on the end of " + x.period().year());
    String previous = x.previous().map(p -> " (" + quantity(p, ind) + ")").orElse("");
    String reported = x.reported() ? t(lang, " (theo số liệu báo cáo)", " (as reported)") : "";
    int sign = x.signum();
    if (sign == 0) {
      return t(lang, "không đổi ", "unchanged ") + against + previous + reported;
    }
    String dir = sign > 0 ? t(lang, "tăng ", "up ") : t(lang, "giảm ", "down ");
    if (x.difference().isPresent()) {
      BigDecimal d = x.difference().get().abs();
      int decimals = Math.max(ind.decimals(), x.reported() ? d.stripTrailingZeros().scale() : 0);
      if (share) {
        return dir + Texts.number(d, decimals, lang) + t(lang, " điểm phần trăm ", " percentage points ") + against
            + previous + reported;
      }
      if (x.percentChange().isEmpty()) {
        return dir + quantity(d, decimals, ind) + " " + against + previous + reported;
      }
    }
    BigDecimal p = x.percentChange().orElseThrow().abs();
    int decimals = x.reported() ? Math.max(0, p.stripTrailingZeros().scale()) : 2;
    return dir + Texts.number(p, decimals, lang) + " % " + against + previous + reported;
  }

  /**
   * A result without a target as the source states it: "Tỷ lệ hồ sơ trực tuyến (Bộ, ngành): 6 tháng đầu năm 2024 đạt
   * 61 %, tăng 23 điểm phần trăm so với cuối năm 2023 (38 %)."; a change alone when the source gives no figure.
   */
  private String other(Figure f) {
    Indicator ind = m.plan.requireIndicator(f.indicator());
    StringBuilder s = new StringBuilder(m.pick(ind.name()));
    List<String> members = new ArrayList<>();
    f.breakdown().members().forEach((d, code) -> m.plan.dimension(d).flatMap(x -> x.members().stream()
        .filter(mm -> mm.code().equals(code)).findFirst()).ifPresent(mm -> members.add(m.pick(mm.name()))));
    if (!members.isEmpty()) {
      s.append(" (").append(String.join(", ", members)).append(')');
    }
    s.append(": ").append(Texts.periodName(f.period(), lang));
    if (f.value().isEmpty() && f.status() != MeasurementStatus.ACTUAL) {
      s.append(" (").append(t(lang, "số liệu ", "")).append(f.status().label().get(lang))
          .append(t(lang, "", " figure")).append(')');
    }
    List<String> parts = new ArrayList<>();
    f.value().ifPresent(v -> parts.add(t(lang, " đạt ", " reached ") + quantity(v, ind)
        + (f.status() == MeasurementStatus.ACTUAL ? "" : " (" + t(lang, "số liệu ", "") + f.status().label().get(lang)
            + t(lang, "", " figure") + ")")));
    for (Change c : f.changes()) {
      parts.add((parts.isEmpty() ? " " : "") + changeText(c, ind));
    }
    s.append(String.join(", ", parts));
    return s.append('.').toString();
  }

  /** The judgement in the words of the form's "Đánh giá" column, with the projection where there is one. */
  private String judgement(TargetResult r, Indicator ind) {
    Evidence ev = r.evidence();
    return switch (r.status()) {
      case ACHIEVED -> Verdict.of(r) == Verdict.EXCEEDED ? t(lang, "vượt mục tiêu", "the target is exceeded")
          : t(lang, "đạt mục tiêu", "the target is achieved");
      case NOT_ACHIEVED -> t(lang, "không đạt mục tiêu", "the target is not achieved");
      case ON_TRACK, AT_RISK, OFF_TRACK -> t(lang, "chưa đạt mục tiêu", "the target is not yet achieved")
          + ev.projection().map(p -> "; " + projection(p, ind, r.status())).orElse("");
      case NOT_YET_ACHIEVED -> t(lang, "chưa đạt mục tiêu; chưa đủ số liệu (cần số liệu của ít nhất hai thời điểm) để "
          + "dự báo đến thời hạn", "the target is not yet achieved; too few figures (at least two points in time are "
          + "needed) to project to the deadline");
      case NO_DATA -> t(lang, "chưa có số liệu để đánh giá", "there is no figure to assess");
      case NOT_DUE -> t(lang, "chưa đến kỳ đánh giá", "not due yet");
    };
  }

  private String projection(Projection p, Indicator ind, Status status) {
    String basis = t(lang, "theo " + p.method().label().vi() + " của " + p.points() + " số liệu, dự báo đến "
        + Texts.shortDate(p.at()) + " đạt " + quantity(p.value(), ind), "the " + p.method().label().en() + " of "
        + p.points() + " figures projects " + quantity(p.value(), ind) + " at " + Texts.longDate(p.at(), lang));
    String word = switch (status) {
      case ON_TRACK -> t(lang, "đúng tiến độ", "on track");
      case AT_RISK -> t(lang, "có nguy cơ không đạt mục tiêu", "at risk of missing the target");
      default -> t(lang, "chậm tiến độ", "off track");
    };
    return basis + ", " + word;
  }

  private void members(StringBuilder s, ReportModel.Row r) {
    TargetResult res = r.result();
    Indicator ind = r.indicator();
    String dim = m.dimensionName(((Scope.EachMember) r.target().scope()).dimension());
    long met = res.parts().stream().filter(p -> p.status() == Status.ACHIEVED).count();
    long withData = res.parts().stream().filter(p -> p.evidence().value().isPresent()).count();
    if (withData == 0) {
      s.append(t(lang, "chưa có số liệu của " + dim + " nào để đánh giá", "no " + dim + " has a figure to assess"));
      return;
    }
    String when = res.evidence().period().map(p -> Texts.periodName(p, lang)).orElse("");
    s.append(t(lang, when + " có " + met + "/" + res.parts().size() + " " + dim + " đạt mục tiêu",
        "in " + when + ", " + met + " of " + res.parts().size() + " (" + dim + ") meet the target"));
    Optional<TargetResult> worst = ReportModel.worstPart(res);
    if (worst.isPresent() && worst.get().evidence().value().isPresent()) {
      Evidence ev = worst.get().evidence();
      s.append(r.target().comparison().wantsMore() ? t(lang, "; thấp nhất là ", "; the lowest is ")
          : t(lang, "; cao nhất là ", "; the highest is ")).append(m.partLabel(r.target(), worst.get()))
          .append(t(lang, " với ", " at ")).append(quantity(ev.value().get(), ind));
      ev.percentOfTarget().ifPresent(p -> s.append(t(lang, " (bằng ", " (")).append(Texts.number(p, 2, lang))
          .append(t(lang, " % mục tiêu)", " % of the target)")));
    }
    List<String> failing = res.failingParts().stream().map(p -> m.partLabel(r.target(), p)).toList();
    s.append("; ");
    if (failing.isEmpty()) {
      s.append(res.status() == Status.ACHIEVED ? t(lang, "đạt mục tiêu ở tất cả các " + dim,
          "the target is achieved in every " + dim) : judgement(res, ind));
    } else {
      s.append(t(lang, "chưa đạt: ", "not met in: ")).append(String.join(", ", failing)).append("; ")
          .append(judgement(res, ind));
    }
  }

  private void periods(StringBuilder s, ReportModel.Row r) {
    TargetResult res = r.result();
    Indicator ind = r.indicator();
    TargetResult shown = ReportModel.shownPart(res);
    if (shown == res) {
      s.append(t(lang, "chưa đến kỳ đánh giá nào", "no period is due yet"));
      return;
    }
    String label = Texts.periodName(shown.period().orElseThrow(), lang);
    if (shown.evidence().value().isEmpty()) {
      s.append(t(lang, "chưa có số liệu " + label, "no figure yet for " + label));
    } else {
      s.append(figure(shown.evidence(), ind));
    }
    s.append(", ").append(switch (shown.status()) {
      case ACHIEVED -> t(lang, (Verdict.of(shown) == Verdict.EXCEEDED ? "vượt" : "đạt") + " mục tiêu " + label,
          "the target for " + label + " is " + (Verdict.of(shown) == Verdict.EXCEEDED ? "exceeded" : "achieved"));
      case NOT_ACHIEVED -> t(lang, "không đạt mục tiêu " + label, "the target for " + label + " is not achieved");
      default -> t(lang, "chưa đạt mục tiêu " + label, "the target for " + label + " is not yet achieved")
          + shown.evidence().projection().map(p -> "; " + projection(p, ind, shown.status())).orElse("");
    });
    List<String> failing = res.failingParts().stream().filter(p -> p != shown)
        .map(p -> Texts.periodName(p.period().orElseThrow(), lang)).toList();
    if (!failing.isEmpty()) {
      s.append(t(lang, "; chưa đạt: ", "; not met: ")).append(String.join(", ", failing));
    }
    List<TargetResult> notDue = res.parts().stream().filter(p -> p.status() == Status.NOT_DUE).toList();
    if (!notDue.isEmpty()) {
      s.append("; ").append(m.periodsText(notDue)).append(t(lang, " chưa đến kỳ", " not due yet"));
    }
  }

  // ------------------------------------------------------------------------------------------------ numbers

  private String quantity(BigDecimal v, Indicator ind) {
    return quantity(v, ind.decimals(), ind);
  }

  private String quantity(BigDecimal v, int decimals, Indicator ind) {
    String unit = m.pick(ind.unit().label());
    return Texts.number(v, decimals, lang) + (unit.equals("%") ? " %" : " " + unit);
  }
}
