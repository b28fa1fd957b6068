package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Change;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.Figure;
import dev.chitieu.core.assess.Figures;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report as a person reads it, in one language: the Decree 30 header, the subject, the body (legal bases, results
 * in sentences, shortcomings, tasks, recommendations), recipients and signature, and the appendix form ("Biểu số 01")
 * with its rows and their parts. The .docx, the PDF and the workbook all print this model, so they say the same thing.
 */
final class ReportModel {
  final Assessment assessment;
  final Plan plan;
  final Lang lang;
  final ReportMetadata meta;
  final Period reportingPeriod;
  final LocalDate date;
  final String place;

  final Optional<String> superiorLine;
  final List<String> issuerLines;
  final String nation;
  final String motto;
  final String numberLine;
  final String dateLine;
  final String title;
  final String subject;
  final String documentReference;
  final String subtitle;
  final String planTitle;
  final String periodLine;
  final Optional<String> sampleBanner;
  final Optional<String> sampleMark;

  /** The results without a target (figures of indicators no target names), with their changes; see {@link Figures}. */
  final List<Figure> others;
  /** The survey appendix, when the report has a survey. */
  final Optional<SurveyPart> survey;
  final List<Para> body;
  final String recipientsTitle;
  final List<String> recipientLines;
  final Optional<String> signerCapacity;
  final Optional<String> signerDeputyFor;
  final String signerTitle;
  final Optional<String> signerName;

  final String appendixLabel;
  final String appendixReference;
  final String appendixTitle;
  final List<Column> columns;
  final List<Group> groups;
  final List<Row> rows;
  final List<String> tableNotes;
  final String legend;

  final String preparerTitle;
  final String preparerHint;
  final String headTitle;
  final String headHint;

  /** A paragraph of the body. */
  record Para(Kind kind, String text) {
    enum Kind {
      /** "I. KẾT QUẢ THỰC HIỆN": bold capitals. */
      SECTION,
      /** "1. Kết quả chung": bold. */
      HEADING,
      /** Justified text with a first-line indent. */
      TEXT,
      /** A blank the builder fills before signing: italic, in brackets. */
      BLANK,
      /** The last paragraph of the body: kept on the page of the signature. */
      CLOSING
    }
  }

  /** A column of the appendix form: its header, the header of the group it belongs to (or empty), its number. */
  record Column(String header, Optional<String> group, String number) {}

  /** One group of the form, numbered with a Roman numeral. */
  record Group(String roman, String title, List<Row> rows) {}

  /** One target's row of the form, with the figures as numbers and the texts as printed. */
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
      String planText,
      String planSuffix,
      Optional<BigDecimal> previous,
      Optional<BigDecimal> value,
      int decimals,
      String changeText,
      Optional<BigDecimal> changeRatio,
      Optional<BigDecimal> percent,
      String verdict,
      Tone tone,
      String leadAgency,
      String dataSource,
      String notes,
      String explanation,
      List<Part> parts,
      String partHeader) {

    /** The indicator's name with its scope: "… (từng ngành, lĩnh vực)". */
    String fullName() {
      return scopeText.isEmpty() ? name : name + " (" + scopeText + ")";
    }
  }

  /** One member or period of an "each" or "every period" target. */
  record Part(
      String label,
      Optional<BigDecimal> previous,
      Optional<BigDecimal> value,
      String changeText,
      Optional<BigDecimal> changeRatio,
      Optional<BigDecimal> percent,
      String verdict,
      Tone tone,
      String coverage,
      String notes,
      String explanation) {}

  ReportModel(Assessment a, Lang lang, ReportMetadata meta) {
    this(a, lang, meta, Optional.empty());
  }

  ReportModel(Assessment a, Lang lang, ReportMetadata meta, Optional<MeasurementSet> data) {
    this(a, lang, meta, data, Optional.empty());
  }

  ReportModel(Assessment a, Lang lang, ReportMetadata meta, Optional<MeasurementSet> data,
      Optional<RegionHierarchy> regions) {
    this(a, lang, meta, data, regions, Optional.empty());
  }

  ReportModel(Assessment a, Lang lang, ReportMetadata meta, Optional<MeasurementSet> data,
      Optional<RegionHierarchy> regions, Optional<ComplianceReport.SurveyInput> survey) {
    this.assessment = a;
    this.plan = a.plan();
    this.lang = lang;
    this.meta = meta;
    this.reportingPeriod = meta.reportingPeriod().orElseGet(() -> defaultPeriod(plan, a.asOf()));
    this.date = meta.date().orElse(a.asOf());
    // a national report is dated at the capital, as the Government's documents are
    this.place = meta.place().orElseGet(() -> a.region().level() == RegionLevel.COUNTRY ? t(lang, "Hà Nội", "Ha Noi")
        : pick(a.region().name()));

    LocalizedText issuer = meta.issuer().orElse(plan.authority());
    this.superiorLine = meta.superiorBody().map(s -> Texts.upper(pick(s).strip(), lang));
    this.issuerLines = issuerLines(issuer);
    this.nation = t(lang, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM");
    this.motto = t(lang, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
    this.numberLine = t(lang, "Số: ", "No.: ") + meta.documentNumber()
        .orElse("      /BC-" + reportSymbol(issuer));
    this.dateLine = Texts.placeDate(place, date, lang);
    this.title = t(lang, "BÁO CÁO", "REPORT");
    this.documentReference = documentReference();
    this.subject = t(lang, "Kết quả thực hiện ", "Results of ") + documentReference + t(lang, " (kỳ báo cáo: ",
        " (reporting period: ") + Texts.periodName(reportingPeriod, lang) + ")";
    this.subtitle = t(lang, "Kết quả thực hiện các chỉ tiêu của " + documentKind(plan.documentNumber(), lang) + " số ",
        "Results against the targets of " + documentKind(plan.documentNumber(), lang) + " No. ") + plan.documentNumber();
    this.planTitle = pick(plan.title());
    this.periodLine = t(lang, "Kỳ báo cáo: ", "Reporting period: ") + Texts.periodName(reportingPeriod, lang)
        + t(lang, " (số liệu tính đến ngày ", " (data as of ") + Texts.shortDate(a.asOf()) + ")";
    this.sampleBanner = meta.sample()
        ? Optional.of(t(lang, "SỐ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC (SAMPLE DATA)",
            "SAMPLE DATA – NOT OFFICIAL FIGURES (SỐ LIỆU MẪU)"))
        : Optional.empty();
    this.sampleMark = meta.sample() ? Optional.of("SỐ LIỆU MẪU – SAMPLE DATA") : Optional.empty();

    this.columns = columns(lang);
    this.legend = t(lang,
        "Đánh giá: \"Đạt\" khi số liệu (làm tròn theo số chữ số thập phân báo cáo của chỉ tiêu) đáp ứng mục tiêu, "
            + "\"Vượt\" khi vượt mục tiêu, \"Chưa đạt\" khi chưa đáp ứng; trước thời hạn, \"Chưa đạt\" kèm đánh giá "
            + "tiến độ dự báo đến thời hạn (đúng tiến độ, có nguy cơ không đạt, chậm tiến độ) khi có số liệu của ít "
            + "nhất hai thời điểm. Cột (7): với chỉ tiêu tính bằng tỷ lệ phần trăm, mức tăng (+) hoặc giảm (-) tính "
            + "bằng điểm phần trăm; với chỉ tiêu khác, (6) so với (5), tính bằng phần trăm. Cột (8): (6) so với (4), "
            + "tính bằng phần trăm.",
        "Assessment: \"Achieved\" when the figure (rounded to the indicator's reporting decimals) meets the target, "
            + "\"Exceeded\" when it beats it, \"Not achieved\" when it does not; before the deadline, \"Not yet "
            + "achieved\" comes with the progress projected to the deadline (on track, at risk, off track) when "
            + "figures of at least two points in time allow it. Column (7): for a percentage, the rise (+) or fall "
            + "(-) in percentage points; otherwise (6) as a percent of (5). Column (8): (6) as a percent of (4).");
    this.tableNotes = List.of(legend);
    this.preparerTitle = t(lang, "NGƯỜI LẬP BIỂU", "PREPARED BY");
    this.preparerHint = t(lang, "(Ký, ghi rõ họ tên)", "(Signature and full name)");
    this.headTitle = t(lang, "THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF UNIT");
    this.headHint = t(lang, "(Ký tên, đóng dấu)", "(Signature and seal)");

    Map<IndicatorId, List<Source>> sources = data.map(ReportModel::sources).orElse(Map.of());
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
        Row r = row(all.size(), Integer.toString(i), roman + "." + i, target, sources);
        rs.add(r);
        all.add(r);
      }
      gs.add(new Group(roman, groupTitles.get(e.getKey()), List.copyOf(rs)));
    }
    this.groups = List.copyOf(gs);
    this.rows = List.copyOf(all);

    String issuerName = pick(issuer).replace('\n', ' ').replaceAll("\\s+", " ").strip();
    this.appendixLabel = t(lang, "Biểu số 01", "Form 01");
    this.appendixReference = t(lang, "(Kèm theo Báo cáo số ", "(Attached to Report No. ")
        + meta.documentNumber().orElse("      /BC-" + reportSymbol(issuer))
        + t(lang, " ngày " + Texts.shortDate(date) + " của " + issuerName + ")",
            " of " + Texts.longDate(date, lang) + " by " + issuerName + ")");
    this.appendixTitle = t(lang, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "RESULTS AGAINST THE TARGETS") + " – "
        + Texts.upper(Texts.periodName(reportingPeriod, lang), lang);
    this.others = data.map(d -> others(a, d, regions)).orElse(List.of());
    this.survey = survey.map(s -> new SurveyPart(s.aggregates(), s.levelAtLeast(), lang, regions,
        t(lang, "Phụ lục kèm theo", "appendix")));
    this.body = ReportBody.of(this, issuerName);
    this.recipientsTitle = t(lang, "Nơi nhận:", "Recipients:");
    this.recipientLines = recipients(issuer);
    ReportMetadata.Signer signer = meta.signer().orElseGet(() -> defaultSigner(issuer));
    this.signerCapacity = signer.capacity().map(this::pick);
    this.signerDeputyFor = signer.deputyFor().map(this::pick);
    this.signerTitle = pick(signer.title());
    this.signerName = signer.name();
  }

  /**
   * The plan's horizon from its first month through the month of the as-of day ("từ tháng 01/2026 đến tháng 09/2026",
   * or "9 tháng đầu năm 2026" when both fall in one year); the whole horizon once it has ended; the year to date when
   * the day is before the horizon.
   */
  static Period defaultPeriod(Plan plan, LocalDate asOf) {
    YearMonth start = plan.horizon().start();
    YearMonth end = YearMonth.from(asOf);
    if (end.isBefore(start)) {
      return Period.yearToDate(asOf.getYear(), asOf.getMonthValue());
    }
    if (end.isAfter(plan.horizon().end())) {
      return plan.horizon();
    }
    Period p = Period.range(start, end);
    return start.getMonthValue() == 1 && start.getYear() == end.getYear() && end.getMonthValue() == 12
        ? Period.year(end.getYear()) : p;
  }

  /**
   * The results without a target that the data holds, as of the assessment's day. Only the rows of those indicators
   * (and their parts) are rolled up, so that a plan whose other indicators are all inputs of its targets' ratios
   * costs nothing and needs no hierarchy of its communes.
   */
  private static List<Figure> others(Assessment a, MeasurementSet data, Optional<RegionHierarchy> regions) {
    Plan plan = a.plan();
    Set<IndicatorId> ids = new java.util.HashSet<>(Figures.withoutTarget(plan, data));
    if (ids.isEmpty()) {
      return List.of();
    }
    for (IndicatorId id : List.copyOf(ids)) {
      if (plan.requireIndicator(id).aggregation() instanceof Aggregation.Ratio r) {
        ids.add(r.numerator());
        ids.add(r.denominator());
      }
    }
    MeasurementSet own = data.filter(m -> ids.contains(m.indicator()));
    if (own.isEmpty() && own.reportedChanges().isEmpty()) {
      return List.of();
    }
    return Figures.of(plan, own, regions.orElseGet(RegionHierarchy::vietnam2025), a.asOf()).withoutTarget();
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

  // ------------------------------------------------------------------------------------------------ header

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

  /** Whether the issuer is a People's Committee, whose documents the chair signs "TM. ỦY BAN NHÂN DÂN". */
  private static boolean peoplesCommittee(LocalizedText issuer) {
    return issuer.vi().toLowerCase(Texts.VI).replace('\n', ' ').contains("ủy ban nhân dân")
        || issuer.en().toLowerCase(Locale.ROOT).contains("people's committee");
  }

  /** The symbol of a report by the issuer: UBND for a People's Committee; otherwise that of the plan's document. */
  private String reportSymbol(LocalizedText issuer) {
    return peoplesCommittee(issuer) ? "UBND" : issuerSymbol(plan.documentNumber());
  }

  private ReportMetadata.Signer defaultSigner(LocalizedText issuer) {
    if (peoplesCommittee(issuer)) {
      return ReportMetadata.Signer.CHAIR;
    }
    return new ReportMetadata.Signer(Optional.empty(), Optional.empty(),
        LocalizedText.of("THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE ISSUING BODY"), Optional.empty());
  }

  /**
   * The plan as a report cites it: "Kế hoạch số 106/KH-UBND năm 2025 của Ủy ban nhân dân thành phố Hải Phòng về phát
   * triển kinh tế số …"; the subject (trích yếu) is "Kết quả thực hiện" and this, with the reporting period.
   */
  private String documentReference() {
    String kind = documentKind(plan.documentNumber(), lang);
    String title = pick(plan.title()).strip();
    String about;
    if (title.toLowerCase(lang.locale()).startsWith(kind.toLowerCase(lang.locale()) + " ")) {
      String rest = title.substring(kind.length() + 1);
      // "Kế hoạch phát triển …" is "về phát triển …"; "Plan for the digital economy" keeps its "for"
      about = rest.matches("(?i)(for|on|of|to|về|phát triển) .*") && lang == Lang.EN ? rest : t(lang, "về ", "on ")
          + rest;
    } else if (kind.equals(t(lang, "Quyết định", "Decision"))) {
      about = (issuesThePlan() ? t(lang, "ban hành ", "issuing the ") : t(lang, "phê duyệt ", "approving the "))
          + title;
    } else {
      about = t(lang, "về ", "on the ") + title;
    }
    String authority = pick(plan.authority()).replace('\n', ' ').strip();
    return t(lang, kind + " số " + plan.documentNumber() + " " + documentDate(plan.documentDate()) + " của "
            + authority + " " + about,
        kind + " No. " + plan.documentNumber() + " " + documentDate(plan.documentDate()) + " of the " + authority + " "
            + about);
  }

  /**
   * Whether the plan's decision issues it ("ban hành Kế hoạch", as a committee issues its own plan) rather than
   * approves it ("phê duyệt Chiến lược", as the Prime Minister approves a strategy or programme): as the plan's own
   * source names the decision.
   */
  private boolean issuesThePlan() {
    return plan.sources().stream().map(SourceRef::document)
        .anyMatch(d -> d.contains(plan.documentNumber()) && d.contains(" ban hành "));
  }

  /** "ngày 24/11/2025", "tháng 5/2025" or "năm 2025", as precisely as the plan's date is known. */
  private String documentDate(PartialDate d) {
    String v = d.value();
    if (d.isExact()) {
      LocalDate day = LocalDate.parse(v);
      return t(lang, "ngày " + Texts.shortDate(day), "of " + Texts.longDate(day, lang));
    }
    if (v.length() == 7) {
      int month = Integer.parseInt(v.substring(5));
      return t(lang, "tháng " + month + "/" + v.substring(0, 4), "of " + YearMonth.parse(v).getMonth()
          .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + v.substring(0, 4));
    }
    return t(lang, "năm " + d.year(), "of " + d.year());
  }

  private List<String> recipients(LocalizedText issuer) {
    List<String> out = new ArrayList<>();
    List<LocalizedText> given = meta.recipients();
    if (given.isEmpty()) {
      given = defaultRecipients(issuer);
    }
    for (LocalizedText r : given) {
      out.add("- " + stripEnd(pick(r)) + ";");
    }
    out.add("- " + t(lang, "Lưu: ", "Archived: ") + meta.archive().orElse("VT") + ".");
    return List.copyOf(out);
  }

  private static String stripEnd(String s) {
    String x = s.strip();
    while (x.startsWith("-")) {
      x = x.substring(1).strip();
    }
    while (x.endsWith(";") || x.endsWith(".")) {
      x = x.substring(0, x.length() - 1).strip();
    }
    return x;
  }

  private List<LocalizedText> defaultRecipients(LocalizedText issuer) {
    if (assessment.region().level() == RegionLevel.COUNTRY) {
      List<LocalizedText> out = new ArrayList<>();
      // a report of the Prime Minister (or the Government) is not sent to the Prime Minister "for information"
      String who = issuer.vi().toLowerCase(Texts.VI);
      if (!who.contains("thủ tướng") && !who.contains("chính phủ")) {
        out.add(LocalizedText.of("Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ (để báo cáo)",
            "The Prime Minister and Deputy Prime Ministers (for information)"));
      }
      out.add(LocalizedText.of("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
          "Ministries, ministry-level agencies and Government agencies"));
      out.add(LocalizedText.of("UBND các tỉnh, thành phố trực thuộc trung ương",
          "People's Committees of the provinces and centrally run cities"));
      return out;
    }
    boolean city = assessment.region().officialName().vi().startsWith("Thành phố");
    String place = city ? "thành phố" : "tỉnh";
    String placeEn = city ? "city" : "provincial";
    List<LocalizedText> out = new ArrayList<>();
    out.add(LocalizedText.of("Bộ Khoa học và Công nghệ (để báo cáo)",
        "Ministry of Science and Technology (for information)"));
    if (peoplesCommittee(issuer)) {
      out.add(LocalizedText.of("Thường trực " + (city ? "Thành ủy" : "Tỉnh ủy") + ", Thường trực HĐND " + place
          + " (để báo cáo)", "Standing committees of the " + placeEn + " Party Committee and People's Council (for "
          + "information)"));
      out.add(LocalizedText.of("Chủ tịch, các Phó Chủ tịch UBND " + place, "Chair and Vice Chairs of the "
          + placeEn + " People's Committee"));
    }
    out.add(LocalizedText.of("Các sở, ban, ngành " + place, (city ? "City" : "Provincial") + " departments and "
        + "agencies"));
    out.add(LocalizedText.of("UBND các xã, phường, đặc khu", "People's Committees of the communes, wards and special "
        + "zones"));
    return out;
  }

  // ------------------------------------------------------------------------------------------------ form

  private static List<Column> columns(Lang lang) {
    Optional<String> compare = Optional.of(t(lang, "So sánh (%)", "Comparison (%)"));
    return List.of(
        new Column(t(lang, "STT", "No."), Optional.empty(), "(1)"),
        new Column(t(lang, "Chỉ tiêu", "Indicator"), Optional.empty(), "(2)"),
        new Column(t(lang, "Đơn vị tính", "Unit"), Optional.empty(), "(3)"),
        new Column(t(lang, "Kế hoạch", "Target"), Optional.empty(), "(4)"),
        new Column(t(lang, "Thực hiện cùng kỳ năm trước", "Same period of the previous year"), Optional.empty(),
            "(5)"),
        new Column(t(lang, "Thực hiện kỳ báo cáo", "Reporting period"), Optional.empty(), "(6)"),
        new Column(t(lang, "Với cùng kỳ", "With the same period"), compare, "(7)"),
        new Column(t(lang, "Với kế hoạch", "With the target"), compare, "(8)"),
        new Column(t(lang, "Đánh giá", "Assessment"), Optional.empty(), "(9)"),
        new Column(t(lang, "Đơn vị chủ trì", "Lead agency"), Optional.empty(), "(10)"),
        new Column(t(lang, "Nguồn số liệu", "Source of data"), Optional.empty(), "(11)"),
        new Column(t(lang, "Ghi chú", "Notes"), Optional.empty(), "(12)"));
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
  String lowerFirst(String s) {
    for (String generic : List.of("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Đặc khu ")) {
      if (s.startsWith(generic)) {
        return s.substring(0, 1).toLowerCase(lang.locale()) + s.substring(1);
      }
    }
    return s;
  }

  String dimensionName(DimensionId id) {
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

  String kindWord(PeriodKind k) {
    return switch (k) {
      case YEAR -> t(lang, "năm", "year");
      case HALF -> t(lang, "6 tháng", "half-year");
      case QUARTER -> t(lang, "quý", "quarter");
      case MONTH -> t(lang, "tháng", "month");
      case RANGE -> t(lang, "kỳ", "period");
    };
  }

  private Row row(int index, String ordinal, String number, Target target, Map<IndicatorId, List<Source>> sources) {
    TargetResult r = assessment.result(target.id()).orElseThrow(() -> new ReportException(
        "assessment of plan '" + plan.id() + "' has no result for target '" + target.id()
            + "'; expected one result per target of the plan, as the assessor gives"));
    Indicator ind = plan.requireIndicator(target.indicator());
    List<Part> parts = new ArrayList<>();
    for (TargetResult p : r.parts()) {
      Optional<Change> c = p.evidence().change(Change.Basis.SAME_PERIOD_LAST_YEAR);
      parts.add(new Part(partLabel(target, p), c.flatMap(Change::previous), p.evidence().value(), changeText(c, ind),
          c.flatMap(Change::ratio).filter(x -> !percent(ind)), p.evidence().percentOfTarget(),
          Verdict.describe(p, lang), Tone.of(p), coverageText(p.evidence().coverage()), partNotes(p, ind),
          explanation(p)));
    }
    String partHeader = switch (target.scope()) {
      case Scope.EachMember m -> plan.dimension(m.dimension()).map(d -> pick(d.name())).orElse(m.dimension()
          .toString());
      default -> t(lang, "Kỳ", "Period");
    };
    // the figures a row shows: a recurring target's current (or last due) period, otherwise the result's own
    TargetResult shown = shownPart(r);
    Evidence ev = shown.evidence();
    Optional<Change> c = ev.change(Change.Basis.SAME_PERIOD_LAST_YEAR);
    String verdict = target.scope() instanceof Scope.EveryPeriod && shown != r
        ? Verdict.describe(shown, lang) + " (" + Texts.periodName(shown.period().orElseThrow(), lang) + ")"
        : Verdict.describe(r, lang);
    Tone tone = target.scope() instanceof Scope.EveryPeriod && shown != r ? Tone.of(shown) : Tone.of(r);
    return new Row(index, ordinal, number, r, target, ind, name(target, ind), scopeText(target.scope()),
        pick(target.statement()), pick(ind.unit().label()), target.comparison().symbol(), target.threshold(),
        Texts.decimalsOf(target.threshold()), planText(target), planSuffix(target), c.flatMap(Change::previous),
        ev.value(),
        ind.decimals(), changeText(c, ind), c.flatMap(Change::ratio).filter(x -> !percent(ind)),
        ev.percentOfTarget(), verdict, tone, leadAgency(target), dataSource(ind, ev, sources),
        notes(r, shown, target, ind), explanation(r), List.copyOf(parts), partHeader);
  }

  /**
   * The assessment's sentence, opening with the word the form's "Đánh giá" column prints for the result, so that the
   * two never say different things ("Vượt: …" beside "Vượt", where the assessment's own word is "Đạt").
   */
  String explanation(TargetResult r) {
    String s = pick(r.explanation());
    String own = r.status().label().get(lang) + ": ";
    String word = Verdict.describe(r, lang);
    return s.startsWith(own) && !word.equals(r.status().label().get(lang)) ? word + ": " + s.substring(own.length())
        : s;
  }

  /**
   * The part a recurring target's row shows: the period running on the assessment's day, or the last one due; the
   * result itself for other scopes (whose evidence is already the worst member's).
   */
  static TargetResult shownPart(TargetResult r) {
    if (r.parts().isEmpty() || r.parts().getFirst().period().isEmpty()) {
      return r;
    }
    TargetResult last = r;
    for (TargetResult p : r.parts()) {
      if (p.status() != Status.NOT_DUE) {
        last = p;
      }
    }
    return last;
  }

  /** The member whose figure an "each member" row shows (the worst, as the assessment decides). */
  static Optional<TargetResult> worstPart(TargetResult r) {
    if (r.evidence().value().isEmpty()) {
      return Optional.empty();
    }
    return r.parts().stream().filter(p -> p.evidence().value().equals(r.evidence().value()))
        .max(java.util.Comparator.comparingInt(p -> p.status().severity()));
  }

  private static boolean percent(Indicator ind) {
    return ind.unit().equals(Unit.PERCENT);
  }

  /** "≥ 35" and, when the deadline's year is not the reporting period's, " (đến năm 2030)". */
  private String planText(Target target) {
    return target.comparison().symbol() + " " + Texts.number(target.threshold(), Texts.decimalsOf(target
        .threshold()), lang) + planSuffix(target);
  }

  /** " (đến năm 2030)" when the deadline's year is not the reporting period's, otherwise empty. */
  private String planSuffix(Target target) {
    if ((target.scope() instanceof Scope.WholeRegion || target.scope() instanceof Scope.EachMember)
        && target.deadline().getYear() != reportingPeriod.end().getYear()) {
      return t(lang, " (đến năm ", " (by ") + target.deadline().getYear() + ")";
    }
    return "";
  }

  /**
   * The change against the same period of the previous year as the form prints it: a percentage rises or falls in
   * points ("+2,60 điểm %"), other figures as a percent of the earlier one ("126,00").
   */
  String changeText(Optional<Change> c, Indicator ind) {
    if (c.isEmpty()) {
      return "—";
    }
    Optional<BigDecimal> d = c.get().difference();
    if (percent(ind) && d.isPresent()) {
      int decimals = Math.max(ind.decimals(), c.get().reported() ? d.get().stripTrailingZeros().scale() : 0);
      return (d.get().signum() > 0 ? "+" : "") + Texts.number(d.get(), decimals, lang) + t(lang, " điểm %", " pts");
    }
    return c.get().ratio().map(x -> Texts.number(x, 2, lang)).orElse("—");
  }

  private String leadAgency(Target target) {
    return Optional.ofNullable(meta.leadAgencies().get(target.id())).or(target::leadAgency).map(this::pick)
        .orElse("");
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

  String partLabel(Target target, TargetResult p) {
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
    return p.period().map(per -> Texts.periodName(per, lang)).map(s -> s.substring(0, 1).toUpperCase(lang.locale())
        + s.substring(1)).orElse("");
  }

  /** "112/114 xã, phường" or "33/34 tỉnh, thành phố": the units directly under the plan's region. */
  String coverageText(Optional<Coverage> c) {
    if (c.isEmpty() || c.get().expected() <= 1) {
      return "";
    }
    boolean country = assessment.region().level() == RegionLevel.COUNTRY;
    return c.get().reporting() + "/" + c.get().expected() + " " + (country
        ? t(lang, "tỉnh, thành phố", "provinces and cities")
        : t(lang, "xã, phường, đặc khu", "communes, wards and zones"));
  }

  private String notes(TargetResult r, TargetResult shown, Target target, Indicator ind) {
    List<String> n = new ArrayList<>();
    Evidence ev = shown.evidence();
    if (target.scope() instanceof Scope.EachMember && !r.parts().isEmpty()) {
      String worst = worstPart(r).map(p -> partLabel(target, p)).orElse("");
      if (!worst.isEmpty() && r.evidence().value().isPresent()) {
        n.add((target.comparison().wantsMore() ? t(lang, "thấp nhất: ", "lowest: ") : t(lang, "cao nhất: ",
            "highest: ")) + worst);
      }
      int failing = r.failingParts().size();
      if (failing > 0) {
        n.add(failing + "/" + r.parts().size() + t(lang, " chưa đạt", " not met"));
      }
    }
    if (target.scope() instanceof Scope.EveryPeriod) {
      List<String> failing = r.failingParts().stream().map(p -> partLabel(target, p)).toList();
      if (!failing.isEmpty()) {
        n.add(t(lang, "chưa đạt: ", "not met: ") + String.join(", ", failing).toLowerCase(lang.locale()));
      }
      List<TargetResult> notDue = r.parts().stream().filter(p -> p.status() == Status.NOT_DUE).toList();
      if (!notDue.isEmpty()) {
        n.add(t(lang, "chưa đến kỳ: ", "not due yet: ") + periodsText(notDue));
      }
    }
    ev.coverage().filter(c -> !c.isComplete()).ifPresent(c ->
        n.add(t(lang, "số liệu của ", "data from ") + coverageText(Optional.of(c))));
    ev.status().filter(s -> s != MeasurementStatus.ACTUAL).ifPresent(s ->
        n.add(t(lang, "số liệu ", "") + s.label().get(lang) + t(lang, "", " figure")));
    ev.change(Change.Basis.SAME_PERIOD_LAST_YEAR).filter(Change::reported).ifPresent(c ->
        n.add(t(lang, "so sánh với cùng kỳ theo số liệu nguồn báo cáo", "change on the same period as the source"
            + " reports it")));
    ev.period().filter(p -> !p.end().equals(reportingPeriod.end()))
        .ifPresent(p -> n.add(t(lang, "số liệu ", "figure for ") + Texts.periodName(p, lang)));
    if (r.status() != Status.ACHIEVED && !(target.scope() instanceof Scope.EveryPeriod)) {
      ev.projection().ifPresent(p -> n.add(t(lang, "dự báo đến ", "projected to ") + Texts.shortDate(p.at()) + ": "
          + Texts.number(p.value(), ind.decimals(), lang) + " (" + p.method().label().get(lang) + ")"));
      if (r.status() == Status.NOT_YET_ACHIEVED) {
        n.add(t(lang, "chưa đủ số liệu để dự báo", "too few figures to project"));
      }
    }
    return sentence(n);
  }

  private String partNotes(TargetResult p, Indicator ind) {
    List<String> n = new ArrayList<>();
    Evidence ev = p.evidence();
    ev.coverage().filter(c -> !c.isComplete()).ifPresent(c ->
        n.add(t(lang, "số liệu của ", "data from ") + coverageText(Optional.of(c))));
    ev.status().filter(s -> s != MeasurementStatus.ACTUAL).ifPresent(s ->
        n.add(t(lang, "số liệu ", "") + s.label().get(lang) + t(lang, "", " figure")));
    if (p.period().isPresent()) {
      ev.period().filter(x -> !x.equals(p.period().get()))
          .ifPresent(x -> n.add(t(lang, "số liệu ", "figure for ") + Texts.periodName(x, lang)));
    }
    if (p.status() != Status.ACHIEVED) {
      ev.projection().ifPresent(x -> n.add(t(lang, "dự báo đến ", "projected to ") + Texts.shortDate(x.at()) + ": "
          + Texts.number(x.value(), ind.decimals(), lang)));
    }
    return sentence(n);
  }

  /** "năm 2027, năm 2028" or, for three or more consecutive years, "các năm 2027–2030". */
  String periodsText(List<TargetResult> parts) {
    List<Period> ps = parts.stream().map(p -> p.period().orElseThrow()).toList();
    boolean years = ps.stream().allMatch(p -> p.kind() == PeriodKind.YEAR);
    if (years && ps.size() >= 2 && ps.getLast().year() - ps.getFirst().year() == ps.size() - 1) {
      return t(lang, "các năm ", "the years ") + ps.getFirst().year() + "–" + ps.getLast().year();
    }
    return String.join(", ", ps.stream().map(p -> Texts.periodName(p, lang)).toList());
  }

  private String sentence(List<String> n) {
    String s = String.join("; ", n);
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(lang.locale()) + s.substring(1);
  }

  // ------------------------------------------------------------------------------------------------ sources

  /** One source of rows of an indicator over some months. */
  private record Source(int first, int last, String text) {}

  /** The distinct (period, source) pairs of every indicator: small, whatever the size of the set. */
  private static Map<IndicatorId, List<Source>> sources(MeasurementSet data) {
    Map<IndicatorId, Set<Source>> seen = new HashMap<>();
    for (Measurement m : data) {
      if (!m.source().isBlank()) {
        seen.computeIfAbsent(m.indicator(), k -> new java.util.LinkedHashSet<>()).add(new Source(
            m.period().firstMonthIndex(), m.period().lastMonthIndex(), m.source().strip()));
      }
    }
    Map<IndicatorId, List<Source>> out = new HashMap<>();
    seen.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /**
   * The sources of the rows a figure was rolled up from: those of the indicator (and of its ratio's parts) whose
   * period ends within the figure's period; the most frequent first, at most two named.
   */
  private String dataSource(Indicator ind, Evidence ev, Map<IndicatorId, List<Source>> sources) {
    if (ev.period().isEmpty() || sources.isEmpty()) {
      return "";
    }
    Period p = ev.period().get();
    List<IndicatorId> ids = new ArrayList<>(List.of(ind.id()));
    if (ind.aggregation() instanceof Aggregation.Ratio r) {
      ids.add(r.numerator());
      ids.add(r.denominator());
    }
    Map<String, Integer> count = new TreeMap<>();
    for (IndicatorId id : ids) {
      for (Source s : sources.getOrDefault(id, List.of())) {
        if (s.last() >= p.firstMonthIndex() && s.last() <= p.lastMonthIndex()) {
          count.merge(s.text(), 1, Integer::sum);
        }
      }
    }
    List<String> named = count.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).limit(3).toList();
    if (named.size() == 3) {
      return named.get(0) + "; " + named.get(1) + t(lang, "; và nguồn khác", "; and others");
    }
    return String.join("; ", named);
  }
}
