package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.Coverage;
import dev.chitieu.core.Dimension;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.Indicator;
import dev.chitieu.core.Lang;
import dev.chitieu.core.LocalizedText;
import dev.chitieu.core.MeasurementStatus;
import dev.chitieu.core.Period;
import dev.chitieu.core.Plan;
import dev.chitieu.core.PeriodKind;
import dev.chitieu.core.RegionLevel;
import dev.chitieu.core.Scope;
import dev.chitieu.core.Target;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report as a person reads it, in one language: the official header, the grouped rows of the compliance table
 * with their verdicts and notes, the parts of "each" and "every period" targets, and the signature blocks. Both the
 * workbook and the PDF print this model, so they say the same thing.
 */
final class ReportModel {
  final Assessment assessment;
  final Plan plan;
  final Lang lang;
  final ReportMetadata meta;
  final Period reportingPeriod;
  final String place;

  final List<String> issuerLines;
  final String nation;
  final String motto;
  final String numberLine;
  final String dateLine;
  final String title;
  final String subtitle;
  final String planTitle;
  final String periodLine;
  final Optional<String> sampleBanner;
  final List<String> columns;
  final List<Group> groups;
  final List<Row> rows;
  final String legend;
  final String preparerTitle;
  final String preparerHint;
  final String headTitle;
  final String headHint;

  /** One group of the table, numbered with a Roman numeral. */
  record Group(String roman, String title, List<Row> rows) {}

  /** One target's row. */
  record Row(
      int index,
      String ordinal,
      String number,
      TargetResult result,
      Target target,
      Indicator indicator,
      String name,
      String scopeText,
      String statement,
      String unit,
      String comparisonSymbol,
      BigDecimal threshold,
      int thresholdDecimals,
      Optional<BigDecimal> value,
      int decimals,
      Optional<BigDecimal> percent,
      String verdict,
      Tone tone,
      String notes,
      String explanation,
      List<Part> parts,
      String partHeader) {}

  /** One member or period of an "each" or "every period" target. */
  record Part(
      String label,
      Optional<BigDecimal> value,
      Optional<BigDecimal> percent,
      String verdict,
      Tone tone,
      String coverage,
      String notes,
      String explanation) {}

  ReportModel(Assessment a, Lang lang, ReportMetadata meta) {
    this.assessment = a;
    this.plan = a.plan();
    this.lang = lang;
    this.meta = meta;
    this.reportingPeriod = meta.reportingPeriod().orElseGet(() -> defaultPeriod(plan, a.asOf()));
    // a national report is dated at the capital, as the Government's documents are
    this.place = meta.place().orElseGet(() -> a.region().level() == RegionLevel.COUNTRY ? t(lang, "Hà Nội", "Ha Noi")
        : pick(a.region().name()));

    this.issuerLines = issuerLines(meta.issuer().orElse(plan.authority()));
    this.nation = t(lang, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM");
    this.motto = t(lang, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
    this.numberLine = t(lang, "Số: ", "No.: ") + meta.documentNumber()
        .orElse("      /BC-" + issuerSymbol(plan.documentNumber()));
    this.dateLine = Texts.placeDate(place, a.asOf(), lang);
    this.title = t(lang, "BÁO CÁO", "REPORT");
    this.subtitle = t(lang, "Kết quả thực hiện các chỉ tiêu của " + documentKind(plan.documentNumber(), lang) + " số ",
        "Results against the targets of " + documentKind(plan.documentNumber(), lang) + " No. ") + plan.documentNumber();
    this.planTitle = pick(plan.title());
    this.periodLine = t(lang, "Kỳ báo cáo: ", "Reporting period: ") + Texts.periodName(reportingPeriod, lang)
        + t(lang, " (số liệu tính đến ngày ", " (data as of ") + Texts.shortDate(a.asOf()) + ")";
    this.sampleBanner = meta.sample()
        ? Optional.of(t(lang, "SỐ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC (SAMPLE DATA)",
            "SAMPLE DATA – NOT OFFICIAL FIGURES (SỐ LIỆU MẪU)"))
        : Optional.empty();
    this.columns = lang == Lang.VI
        ? List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Thực hiện", "Tỷ lệ so với kế hoạch (%)",
            "Đánh giá", "Ghi chú")
        : List.of("No.", "Indicator", "Unit", "Target", "Result", "Percent of target (%)", "Assessment", "Notes");
    this.legend = t(lang,
        "Đánh giá: \"Đạt\" khi số liệu (làm tròn theo số chữ số thập phân báo cáo của chỉ tiêu) đáp ứng mục tiêu, "
            + "\"Vượt\" khi vượt mục tiêu; trước thời hạn, \"Chưa đạt\" kèm đánh giá tiến độ dự báo đến thời hạn "
            + "(đúng tiến độ, có nguy cơ không đạt, chậm tiến độ).",
        "Assessment: \"Achieved\" when the figure (rounded to the indicator's reporting decimals) meets the target, "
            + "\"Exceeded\" when it beats it; before the deadline, \"Not yet achieved\" comes with the progress "
            + "projected to the deadline (on track, at risk, off track).");
    this.preparerTitle = t(lang, "NGƯỜI LẬP BIỂU", "PREPARED BY");
    this.preparerHint = t(lang, "(Ký, ghi rõ họ tên)", "(Signature and full name)");
    this.headTitle = t(lang, "THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF UNIT");
    this.headHint = t(lang, "(Ký tên, đóng dấu)", "(Signature and seal)");

    Map<String, String> groupTitles = new LinkedHashMap<>();
    Map<String, List<Target>> byGroup = new LinkedHashMap<>();
    for (String key : List.of("whole", "each", "every", "cumulative")) {
      for (Target target : plan.targets()) {
        String k = groupKey(target.scope());
        if (k.startsWith(key)) {
          byGroup.computeIfAbsent(k, x -> new ArrayList<>()).add(target);
          groupTitles.putIfAbsent(k, groupTitle(target.scope()));
        }
      }
    }
    List<Group> gs = new ArrayList<>();
    List<Row> all = new ArrayList<>();
    int g = 0;
    for (Map.Entry<String, List<Target>> e : byGroup.entrySet()) {
      g++;
      String roman = Texts.roman(g);
      List<Row> rs = new ArrayList<>();
      int i = 0;
      for (Target target : e.getValue()) {
        i++;
        Row r = row(all.size(), Integer.toString(i), roman + "." + i, target);
        rs.add(r);
        all.add(r);
      }
      gs.add(new Group(roman, groupTitles.get(e.getKey()), List.copyOf(rs)));
    }
    this.groups = List.copyOf(gs);
    this.rows = List.copyOf(all);
  }

  /**
   * The plan's horizon from its first month through the month of the as-of day ("từ tháng 01/2025 đến tháng 09/2026",
   * or "9 tháng đầu năm 2026" when both fall in one year); the year to date when the day is before the horizon.
   */
  static Period defaultPeriod(Plan plan, LocalDate asOf) {
    YearMonth start = plan.horizon().start();
    YearMonth end = YearMonth.from(asOf);
    return end.isBefore(start) ? Period.yearToDate(asOf.getYear(), asOf.getMonthValue()) : Period.range(start, end);
  }

  /** The text in this report's language, or the other language's when it is blank. */
  String pick(LocalizedText text) {
    String s = text.get(lang);
    return s.isBlank() ? text.get(lang == Lang.VI ? Lang.EN : Lang.VI) : s;
  }

  /** The rows whose targets have parts (members or periods), in plan order. */
  List<Row> rowsWithParts() {
    return rows.stream().filter(r -> !r.parts().isEmpty()).toList();
  }

  private List<String> issuerLines(LocalizedText issuer) {
    String s = pick(issuer).strip();
    if (s.contains("\n")) {
      return s.lines().map(l -> Texts.upper(l.strip(), lang)).filter(l -> !l.isEmpty()).toList();
    }
    String u = Texts.upper(s, lang);
    for (String marker : List.of(" THÀNH PHỐ ", " TỈNH ", " XÃ ", " PHƯỜNG ", " ĐẶC KHU ")) {
      int at = u.indexOf(marker);
      if (at > 0) {
        return List.of(u.substring(0, at), u.substring(at + 1));
      }
    }
    int at = u.indexOf(" PEOPLE'S COMMITTEE");
    if (at > 0) {
      return List.of(u.substring(0, at), u.substring(at + 1));
    }
    return List.of(u);
  }

  private static String groupKey(Scope scope) {
    return switch (scope) {
      case Scope.WholeRegion w -> "whole";
      case Scope.EachMember m -> "each:" + m.dimension();
      case Scope.EveryPeriod p -> "every:" + p.each();
      case Scope.Cumulative c -> "cumulative";
    };
  }

  private String groupTitle(Scope scope) {
    return switch (scope) {
      case Scope.WholeRegion w -> t(lang, "Chỉ tiêu chung của " + lowerFirst(pick(assessment.region()
          .officialName())), "Targets for " + pick(assessment.region().officialName()) + " as a whole");
      case Scope.EachMember m -> t(lang, "Chỉ tiêu áp dụng cho từng ", "Targets for each ")
          + dimensionName(m.dimension());
      case Scope.EveryPeriod p -> p.each() == PeriodKind.YEAR
          ? t(lang, "Chỉ tiêu hằng năm", "Targets for every year")
          : t(lang, "Chỉ tiêu theo từng kỳ", "Targets for every period");
      case Scope.Cumulative c -> t(lang, "Chỉ tiêu lũy kế", "Cumulative targets");
    };
  }

  /** "Thành phố Hải Phòng" becomes "thành phố Hải Phòng" inside a sentence; a proper name ("Việt Nam") stays. */
  private String lowerFirst(String s) {
    for (String generic : List.of("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Đặc khu ")) {
      if (s.startsWith(generic)) {
        return s.substring(0, 1).toLowerCase(lang.locale()) + s.substring(1);
      }
    }
    return s;
  }

  /** The issuer's symbol after the dash of a document number: "UBND" of 106/KH-UBND, "TTg" of 411/QĐ-TTg. */
  static String issuerSymbol(String documentNumber) {
    int at = documentNumber.lastIndexOf('-');
    String s = at < 0 ? "" : documentNumber.substring(at + 1).strip();
    s = s.substring(s.lastIndexOf('/') + 1); // a Party document: 57-NQ/TW
    return s.isEmpty() ? "UBND" : s;
  }

  /** The kind of document by its symbol: "Quyết định" for 411/QĐ-TTg, "Kế hoạch" for 106/KH-UBND (the default). */
  static String documentKind(String documentNumber, Lang lang) {
    String n = documentNumber.toUpperCase(Locale.ROOT);
    if (n.contains("/QĐ-") || n.contains("/QD-")) {
      return t(lang, "Quyết định", "Decision");
    }
    if (n.contains("/NQ-") || n.contains("-NQ/")) {
      return t(lang, "Nghị quyết", "Resolution");
    }
    if (n.contains("/CT-")) {
      return t(lang, "Chỉ thị", "Directive");
    }
    return t(lang, "Kế hoạch", "Plan");
  }

  private String dimensionName(DimensionId id) {
    return plan.dimension(id).map(d -> pick(d.name()).toLowerCase(lang.locale())).orElse(id.toString());
  }

  private String scopeText(Scope scope) {
    return switch (scope) {
      case Scope.WholeRegion w -> "";
      case Scope.EachMember m -> t(lang, "từng ", "each ") + dimensionName(m.dimension());
      case Scope.EveryPeriod p -> t(lang, "mỗi ", "every ") + kindWord(p.each()) + " "
          + p.range().start().getYear() + "–" + p.range().end().getYear();
      case Scope.Cumulative c -> t(lang, "lũy kế ", "cumulative ") + c.range().start().getYear() + "–"
          + c.range().end().getYear();
    };
  }

  private String kindWord(PeriodKind k) {
    return switch (k) {
      case YEAR -> t(lang, "năm", "year");
      case HALF -> t(lang, "6 tháng", "half-year");
      case QUARTER -> t(lang, "quý", "quarter");
      case MONTH -> t(lang, "tháng", "month");
      case RANGE -> t(lang, "kỳ", "period");
    };
  }

  private Row row(int index, String ordinal, String number, Target target) {
    TargetResult r = assessment.result(target.id()).orElseThrow(() -> new ReportException(
        "assessment of plan '" + plan.id() + "' has no result for target '" + target.id()
            + "'; expected one result per target of the plan, as the assessor gives"));
    Indicator ind = plan.requireIndicator(target.indicator());
    Evidence ev = r.evidence();
    List<Part> parts = new ArrayList<>();
    for (TargetResult p : r.parts()) {
      parts.add(new Part(partLabel(target, p), p.evidence().value(), p.evidence().percentOfTarget(),
          Verdict.describe(p, lang), Tone.of(p), coverageText(p.evidence().coverage()),
          notes(p, ind, List.of()), pick(p.explanation())));
    }
    String partHeader = switch (target.scope()) {
      case Scope.EachMember m -> plan.dimension(m.dimension()).map(d -> pick(d.name())).orElse(m.dimension()
          .toString());
      default -> t(lang, "Kỳ", "Period");
    };
    List<String> failing = r.failingParts().stream().map(p -> partLabel(target, p)).toList();
    return new Row(index, ordinal, number, r, target, ind, name(target, ind), scopeText(target.scope()),
        pick(target.statement()), pick(ind.unit().label()), target.comparison().symbol(), target.threshold(),
        Texts.decimalsOf(target.threshold()), ev.value(), ind.decimals(), ev.percentOfTarget(),
        Verdict.describe(r, lang), Tone.of(r), notes(r, ind, failing), pick(r.explanation()), List.copyOf(parts),
        partHeader);
  }

  /**
   * The indicator's name; when the plan sets it several targets of the same scope with different deadlines (20 % by
   * 2025, 30 % by 2030), the deadline's year too, so that the rows can be told apart: "… (đến năm 2030)".
   */
  private String name(Target target, Indicator ind) {
    long same = plan.targets().stream().filter(t -> t.indicator().equals(target.indicator())
        && groupKey(t.scope()).equals(groupKey(target.scope()))
        && t.deadline().getYear() != target.deadline().getYear()).count();
    String n = pick(ind.name());
    return same == 0 ? n : n + t(lang, " (đến năm ", " (by ") + target.deadline().getYear() + ")";
  }

  private String partLabel(Target target, TargetResult p) {
    if (p.member().isPresent()) {
      String code = p.member().get();
      if (target.scope() instanceof Scope.EachMember m) {
        Optional<Dimension> d = plan.dimension(m.dimension());
        if (d.isPresent() && d.get().member(code).isPresent()) {
          return pick(d.get().member(code).get().name());
        }
      }
      return code;
    }
    return p.period().map(per -> Texts.periodShort(per, lang)).orElse("");
  }

  private String coverageText(Optional<Coverage> c) {
    if (c.isEmpty() || c.get().expected() <= 1) {
      return "";
    }
    boolean country = assessment.region().level() == RegionLevel.COUNTRY;
    return lang == Lang.VI
        ? c.get().reporting() + "/" + c.get().expected() + (country ? " tỉnh, thành phố" : " xã")
        : c.get().reporting() + "/" + c.get().expected() + (country ? " provinces" : " communes");
  }

  private String notes(TargetResult r, Indicator ind, List<String> failing) {
    List<String> n = new ArrayList<>();
    Evidence ev = r.evidence();
    if (!failing.isEmpty()) {
      n.add(t(lang, "chưa đạt: ", "not met: ") + String.join(", ", failing));
    }
    ev.coverage().filter(c -> !c.isComplete()).ifPresent(c ->
        n.add(t(lang, "số liệu ", "data from ") + coverageText(Optional.of(c))));
    ev.status().filter(s -> s != MeasurementStatus.ACTUAL).ifPresent(s ->
        n.add(t(lang, "số liệu ", "") + s.label().get(lang) + t(lang, "", " figure")));
    ev.period().filter(p -> r.parts().isEmpty() && r.period().isEmpty() && !p.end().equals(reportingPeriod.end()))
        .ifPresent(p -> n.add(t(lang, "số liệu ", "figure for ") + Texts.periodName(p, lang)));
    if (r.status() != Status.ACHIEVED) {
      ev.projection().ifPresent(p -> n.add(t(lang, "dự báo đến ", "projected to ") + Texts.shortDate(p.at()) + ": "
          + Texts.number(p.value(), ind.decimals(), lang)));
    }
    String s = String.join("; ", n);
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(lang.locale()) + s.substring(1);
  }
}
