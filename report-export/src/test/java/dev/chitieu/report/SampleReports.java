package dev.chitieu.report;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.ProgressCategory;
import dev.chitieu.core.assess.ProgressResult;
import dev.chitieu.core.assess.Projection;
import dev.chitieu.core.assess.ProjectionMethod;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.core.io.RejectedRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * SAMPLE plans and assessments for tests and the pictures in the docs: a plan shaped like Hai Phong's Plan
 * 106/KH-UBND (seven targets, one for each of five sectors) and one shaped like Bac Ninh's Plan 144/KH-UBND (yearly
 * and cumulative targets). The thresholds follow the plans as DOMAIN.md states them; every figure is invented, and
 * every report made from them is marked as sample data.
 */
public final class SampleReports {
  /** The Hai Phong and Bac Ninh sample assessments in each language: arguments (assessment, language) for tests. */
  static Stream<Arguments> bothPlansInBothLanguages() {
    List<Arguments> out = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      out.add(Arguments.argumentSet("Hải Phòng " + lang, haiPhongAssessment(), lang));
      out.add(Arguments.argumentSet("Bắc Ninh " + lang, bacNinhAssessment(), lang));
    }
    return out.stream();
  }

  private SampleReports() {}

  static final SourceRef HP_SOURCE = new SourceRef("Kế hoạch số 106/KH-UBND", PartialDate.parse("2025"),
      "sample (the plan as reported in the press)", "");
  static final SourceRef BN_SOURCE = new SourceRef("Kế hoạch số 144/KH-UBND", PartialDate.parse("2025-11-24"),
      "sample (the plan as reported in the press)", "");

  static final Region HAI_PHONG = Region.of("31", "Hải Phòng", "Hai Phong", RegionLevel.PROVINCE, "city", "VN");
  static final Region BAC_NINH = Region.of("24", "Bắc Ninh", "Bac Ninh", RegionLevel.PROVINCE, "province", "VN");

  static final Unit PER_1000 = Unit.of("per-1000", "DN/1.000 dân", "per 1,000 people");
  static final Unit DATASETS = Unit.of("datasets", "bộ dữ liệu", "datasets");

  // ------------------------------------------------------------------ Hai Phong

  public static Plan haiPhongPlan() {
    Plan.Builder b = Plan.builder("sample-haiphong-106-2025")
        .title("Kế hoạch phát triển kinh tế số trong các ngành, lĩnh vực trên địa bàn thành phố năm 2025",
            "Plan for the digital economy in all sectors of the city in 2025")
        .authority("Ủy ban nhân dân thành phố Hải Phòng", "Hai Phong City People's Committee")
        .region("31")
        .document("106/KH-UBND", "2025")
        .horizon(Period.year(2025))
        .source(HP_SOURCE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành, lĩnh vực", "Sector"), List.of(
            Member.of("ecommerce", "Thương mại điện tử", "E-commerce"),
            Member.of("smart-tourism", "Du lịch thông minh", "Smart tourism"),
            Member.of("smart-agriculture", "Nông nghiệp thông minh", "Smart agriculture"),
            Member.of("smart-manufacturing", "Sản xuất thông minh", "Smart manufacturing"),
            Member.of("ict", "Công nghệ thông tin – truyền thông", "ICT"))));
    b.indicator(ratio("hp.de-value", "hp.grdp", "hp.de-share", "Tỷ trọng kinh tế số trong GRDP",
        "Digital economy share of GRDP").dimension("sector").build());
    b.indicator(flow("hp.de-value", "Giá trị tăng thêm kinh tế số", "Digital economy value added"));
    b.indicator(flow("hp.grdp", "Tổng sản phẩm trên địa bàn (GRDP)", "Gross regional domestic product"));
    b.indicator(ratio("hp.ecommerce-revenue", "hp.retail-revenue", "hp.ecommerce-share",
        "Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "E-commerce share of total retail sales").build());
    b.indicator(flow("hp.ecommerce-revenue", "Doanh thu thương mại điện tử", "E-commerce revenue"));
    b.indicator(flow("hp.retail-revenue", "Tổng mức bán lẻ", "Total retail sales"));
    b.indicator(Indicator.builder("hp.dt-enterprises-per-1000").name(
            "Số doanh nghiệp công nghệ số trên 1.000 dân", "Digital technology enterprises per 1,000 inhabitants")
        .unit(PER_1000).decimals(2).aggregation(Aggregation.ratio(IndicatorId.of("hp.dt-enterprises"),
            IndicatorId.of("hp.population"), new BigDecimal(1000))).build());
    b.indicator(stock("hp.dt-enterprises", "Doanh nghiệp công nghệ số", "Digital technology enterprises"));
    b.indicator(stock("hp.population", "Dân số", "Population"));
    b.indicator(ratio("hp.payment-holders", "hp.adults", "hp.payment-accounts",
        "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép",
        "People aged 15+ with a payment account").aggregation(Aggregation.percent(IndicatorId.of("hp.payment-holders"),
            IndicatorId.of("hp.adults"))).build());
    b.indicator(stock("hp.payment-holders", "Người có tài khoản thanh toán", "People with a payment account"));
    b.indicator(stock("hp.adults", "Dân số trưởng thành", "Adult population"));
    b.indicator(ratio("hp.signature-holders", "hp.adults", "hp.digital-signature",
        "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
        "Adults with a digital or personal electronic signature").build());
    b.indicator(stock("hp.signature-holders", "Người có chữ ký số", "People with a digital signature"));
    b.indicator(ratio("hp.vneid-holders", "hp.adults", "hp.vneid",
        "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử VNeID",
        "Adults with a VNeID electronic identification account").build());
    b.indicator(stock("hp.vneid-holders", "Người có tài khoản VNeID", "People with a VNeID account"));

    b.target(target("hp.de-share-2025", "hp.de-share", Comparison.AT_LEAST, "35", 2025, Scope.wholeRegion(),
        "Kinh tế số chiếm 35% GRDP", "Digital economy 35% of GRDP", "chỉ tiêu 1"));
    b.target(target("hp.de-share-each-sector", "hp.de-share", Comparison.AT_LEAST, "15", 2025,
        Scope.eachMember("sector"), "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%",
        "Digital economy at least 15% in each industry and field", "chỉ tiêu 2"));
    b.target(target("hp.ecommerce-share-2025", "hp.ecommerce-share", Comparison.MORE_THAN, "15", 2025,
        Scope.wholeRegion(), "Thương mại điện tử chiếm trên 15% tổng mức bán lẻ",
        "E-commerce over 15% of total retail sales", "chỉ tiêu 3"));
    b.target(target("hp.dt-enterprises-2025", "hp.dt-enterprises-per-1000", Comparison.MORE_THAN, "0.7", 2025,
        Scope.wholeRegion(), "Trên 0,7 doanh nghiệp công nghệ số trên 1.000 dân",
        "Over 0.7 digital technology enterprises per 1,000 inhabitants", "chỉ tiêu 4"));
    b.target(target("hp.payment-accounts-2025", "hp.payment-accounts", Comparison.AT_LEAST, "85", 2025,
        Scope.wholeRegion(), "85% dân số từ 15 tuổi trở lên có tài khoản thanh toán",
        "85% of people aged 15+ with a payment account", "chỉ tiêu 5"));
    b.target(target("hp.digital-signature-2025", "hp.digital-signature", Comparison.MORE_THAN, "50", 2025,
        Scope.wholeRegion(), "Trên 50% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
        "More than 50% of adults with a digital or personal e-signature", "chỉ tiêu 6"));
    b.target(target("hp.vneid-2025", "hp.vneid", Comparison.AT_LEAST, "80", 2025, Scope.wholeRegion(),
        "80% dân số trưởng thành có tài khoản VNeID", "80% of adults with a VNeID account", "chỉ tiêu 7"));
    return b.build();
  }

  /** An assessment of the Hai Phong sample as of 30 June 2025 showing achieved, exceeded, on track, at risk, off
   * track and no data. */
  public static Assessment haiPhongAssessment() {
    Plan p = haiPhongPlan();
    LocalDate asOf = LocalDate.of(2025, 6, 30);
    LocalDate deadline = LocalDate.of(2025, 12, 31);
    List<TargetResult> rs = new ArrayList<>();
    rs.add(result(p, "hp.de-share-2025", Status.ON_TRACK, "33.80", "2025-H1", MeasurementStatus.ESTIMATE, null,
        proj("35.60", deadline), ProgressCategory.SUBSTANTIAL_PROGRESS,
        "Ước tính 6 tháng đầu năm 2025 đạt 33,80% GRDP, thấp hơn mục tiêu 1,20 điểm phần trăm; theo xu hướng tuyến"
            + " tính, dự báo đạt 35,60% vào 31/12/2025 – đúng tiến độ.",
        "Estimated at 33.80% of GRDP in H1 2025, 1.20 points short; the linear trend projects 35.60% by 31 Dec 2025"
            + " – on track.", List.of()));
    List<TargetResult> sectors = List.of(
        part(p, "hp.de-share-each-sector", "ecommerce", Status.ACHIEVED, "21.40", null,
            "Thương mại điện tử đạt 21,40%, vượt mục tiêu.", "E-commerce at 21.40%, above the target."),
        part(p, "hp.de-share-each-sector", "smart-tourism", Status.AT_RISK, "12.10", "14.60",
            "Du lịch thông minh đạt 12,10%; dự báo 14,60% đến cuối năm – có nguy cơ không đạt.",
            "Smart tourism at 12.10%; projected 14.60% by year end – at risk."),
        part(p, "hp.de-share-each-sector", "smart-agriculture", Status.OFF_TRACK, "8.90", "10.20",
            "Nông nghiệp thông minh mới đạt 8,90%; dự báo 10,20% – chậm tiến độ.",
            "Smart agriculture at 8.90%; projected 10.20% – off track."),
        part(p, "hp.de-share-each-sector", "smart-manufacturing", Status.ON_TRACK, "14.20", "15.30",
            "Sản xuất thông minh đạt 14,20%; dự báo 15,30% – đúng tiến độ.",
            "Smart manufacturing at 14.20%; projected 15.30% – on track."),
        part(p, "hp.de-share-each-sector", "ict", Status.ACHIEVED, "28.70", null,
            "Công nghệ thông tin – truyền thông đạt 28,70%, vượt mục tiêu.", "ICT at 28.70%, above the target."));
    rs.add(result(p, "hp.de-share-each-sector", Status.OFF_TRACK, "8.90", "2025-H1", MeasurementStatus.ESTIMATE,
        null, Optional.empty(), ProgressCategory.MODERATE_PROGRESS,
        "2/5 ngành, lĩnh vực đã đạt tối thiểu 15%; ngành thấp nhất là nông nghiệp thông minh (8,90%), chậm tiến độ.",
        "2 of 5 sectors already reach 15%; the lowest, smart agriculture (8.90%), is off track.", sectors));
    rs.add(result(p, "hp.ecommerce-share-2025", Status.ACHIEVED, "16.20", "2025-H1", MeasurementStatus.PROVISIONAL,
        new Coverage(112, 114, List.of(RegionCode.of("11311"), RegionCode.of("11314"))), Optional.empty(),
        ProgressCategory.TARGET_ACHIEVED,
        "Số liệu sơ bộ 6 tháng đầu năm 2025 đạt 16,20%, trên mục tiêu 15%; còn 2/114 xã, phường chưa báo cáo.",
        "Provisional H1 2025 figure of 16.20%, over the 15% target; 2 of 114 communes have not reported.",
        List.of()));
    rs.add(result(p, "hp.dt-enterprises-2025", Status.AT_RISK, "0.64", "2025-06", MeasurementStatus.ACTUAL, null,
        proj("0.69", deadline), ProgressCategory.MODERATE_PROGRESS,
        "0,64 doanh nghiệp công nghệ số trên 1.000 dân (tháng 6/2025); dự báo 0,69 vào cuối năm, chưa vượt 0,7 – có "
            + "nguy cơ không đạt.",
        "0.64 digital technology enterprises per 1,000 people (June 2025); projected 0.69 by year end, not over 0.7"
            + " – at risk.", List.of()));
    rs.add(result(p, "hp.payment-accounts-2025", Status.ACHIEVED, "85.00", "2025-06", MeasurementStatus.ACTUAL,
        null, Optional.empty(), ProgressCategory.TARGET_ACHIEVED,
        "85,00% người từ 15 tuổi trở lên có tài khoản thanh toán – đạt đúng mục tiêu.",
        "85.00% of people aged 15+ hold a payment account – exactly on target.", List.of()));
    rs.add(result(p, "hp.digital-signature-2025", Status.OFF_TRACK, "31.50", "2025-06", MeasurementStatus.ACTUAL,
        null, proj("38.20", deadline), ProgressCategory.LIMITED_PROGRESS,
        "31,50% người trưởng thành có chữ ký số; dự báo 38,20% vào cuối năm, còn xa mục tiêu trên 50% – chậm tiến "
            + "độ.",
        "31.50% of adults have a digital signature; projected 38.20% by year end, far from over 50% – off track.",
        List.of()));
    rs.add(result(p, "hp.vneid-2025", Status.NO_DATA, null, null, null, null, Optional.empty(),
        ProgressCategory.NOT_AVAILABLE, "Chưa có số liệu về tài khoản VNeID trong kỳ báo cáo.",
        "No VNeID figures in the reporting period.", List.of()));
    return new Assessment(p, HAI_PHONG, asOf, rs);
  }

  // ------------------------------------------------------------------ Bac Ninh

  public static Plan bacNinhPlan() {
    Plan.Builder b = Plan.builder("sample-bacninh-144-2030")
        .title("Kế hoạch phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026–2030",
            "Plan for the digital economy and digital society of Bac Ninh 2026–2030")
        .authority("Ủy ban nhân dân tỉnh Bắc Ninh", "Bac Ninh Provincial People's Committee")
        .region("24")
        .document("144/KH-UBND", "2025-11-24")
        .horizon(Period.years(2026, 2030))
        .source(BN_SOURCE);
    String[][] shares = {
      {"bn.de-share", "Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP", "45"},
      {"bn.sme-digital", "Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số", "SMEs applying digital technology",
          "60"},
      {"bn.innovation", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "Enterprises with innovation activities",
          "40"},
      {"bn.gigabit", "Tỷ lệ dân số được tiếp cận băng rộng cố định 1 Gb/s", "Population with 1 Gbit/s broadband",
          "100"},
      {"bn.5g", "Tỷ lệ dân số được phủ sóng 5G", "Population covered by 5G", "100"},
      {"bn.safe-online", "Tỷ lệ người dùng Internet được bảo vệ cơ bản trên không gian mạng",
          "Internet users basically protected online", "80"},
      {"bn.vneid", "Tỷ lệ dân số có tài khoản VNeID", "Population with a VNeID account", "80"},
      {"bn.accounts", "Tỷ lệ người từ 15 tuổi trở lên có tài khoản giao dịch", "People aged 15+ with a transaction "
          + "account", "95"},
    };
    for (String[] s : shares) {
      b.indicator(ratio(s[0] + ".num", s[0] + ".den", s[0], s[1], s[2]).build());
      b.indicator(stock(s[0] + ".num", s[1] + " (tử số)", s[2] + " (numerator)"));
      b.indicator(stock(s[0] + ".den", s[1] + " (mẫu số)", s[2] + " (denominator)"));
    }
    b.indicator(Indicator.builder("bn.open-datasets").name("Số bộ dữ liệu mở chất lượng cao được công bố",
        "High-quality open datasets published").unit(DATASETS).aggregation(Aggregation.flow()).build());
    b.target(target("bn.de-share-2030", "bn.de-share", Comparison.AT_LEAST, "45", 2030, Scope.wholeRegion(),
        "Kinh tế số chiếm 45% GRDP vào năm 2030", "Digital economy 45% of GRDP by 2030", "target 1"));
    b.target(target("bn.open-datasets-yearly", "bn.open-datasets", Comparison.AT_LEAST, "5", 2030,
        Scope.everyYear(2026, 2030), "Mỗi năm công bố tối thiểu 5 bộ dữ liệu mở chất lượng cao",
        "At least 5 high-quality open datasets every year", "target 2"));
    b.target(target("bn.open-datasets-total", "bn.open-datasets", Comparison.AT_LEAST, "20", 2030,
        Scope.cumulative(2026, 2030), "Tổng cộng 20 bộ dữ liệu mở đến năm 2030", "20 open datasets in total by 2030",
        "target 3"));
    String[][] rest = {
      {"bn.sme-digital-2030", "bn.sme-digital", "60", "60% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số",
          "60% of SMEs apply digital technologies"},
      {"bn.innovation-2030", "bn.innovation", "40", "40% doanh nghiệp có hoạt động đổi mới sáng tạo",
          "40% of enterprises innovate"},
      {"bn.gigabit-2030", "bn.gigabit", "100", "100% dân số tiếp cận băng rộng cố định 1 Gb/s",
          "100% of the population with 1 Gbit/s broadband"},
      {"bn.5g-2030", "bn.5g", "100", "100% dân số được phủ sóng 5G", "100% 5G coverage"},
      {"bn.safe-online-2030", "bn.safe-online", "80", "80% người dùng Internet được bảo vệ cơ bản",
          "80% of internet users basically protected"},
      {"bn.vneid-2030", "bn.vneid", "80", "80% dân số có tài khoản VNeID", "80% with a VNeID account"},
      {"bn.accounts-2030", "bn.accounts", "95", "95% người từ 15 tuổi trở lên có tài khoản giao dịch",
          "95% of people aged 15+ with a transaction account"},
    };
    int k = 4;
    for (String[] s : rest) {
      b.target(target(s[0], s[1], Comparison.AT_LEAST, s[2], 2030, Scope.wholeRegion(), s[3], s[4],
          "target " + k++));
    }
    return b.build();
  }

  /** An assessment of the Bac Ninh sample as of 31 December 2027, with a yearly target already not achieved. */
  public static Assessment bacNinhAssessment() {
    Plan p = bacNinhPlan();
    LocalDate asOf = LocalDate.of(2027, 12, 31);
    LocalDate deadline = LocalDate.of(2030, 12, 31);
    List<TargetResult> rs = new ArrayList<>();
    rs.add(result(p, "bn.de-share-2030", Status.ON_TRACK, "31.20", "2027", MeasurementStatus.ESTIMATE, null,
        proj("46.10", deadline), ProgressCategory.SUBSTANTIAL_PROGRESS,
        "Ước tính năm 2027 đạt 31,20% GRDP; dự báo 46,10% vào năm 2030 – đúng tiến độ.",
        "Estimated 31.20% of GRDP in 2027; projected 46.10% by 2030 – on track.", List.of()));
    List<TargetResult> years = List.of(
        periodPart(p, "bn.open-datasets-yearly", "2026", Status.NOT_ACHIEVED, "4",
            "Năm 2026 công bố 4 bộ dữ liệu, không đạt tối thiểu 5.", "4 datasets in 2026, short of 5."),
        periodPart(p, "bn.open-datasets-yearly", "2027", Status.ACHIEVED, "6",
            "Năm 2027 công bố 6 bộ dữ liệu, vượt mục tiêu.", "6 datasets in 2027, above the target."));
    rs.add(result(p, "bn.open-datasets-yearly", Status.NOT_ACHIEVED, "4", "2026", MeasurementStatus.ACTUAL, null,
        Optional.empty(), ProgressCategory.MODERATE_PROGRESS,
        "Năm 2026 không đạt (4/5 bộ dữ liệu); chỉ tiêu \"mỗi năm\" vì vậy không còn đạt được trong giai đoạn.",
        "2026 fell short (4 of 5 datasets), so the every-year target can no longer be met.", years));
    rs.add(result(p, "bn.open-datasets-total", Status.ON_TRACK, "10", "2026-01..2027-12", MeasurementStatus.ACTUAL,
        null, proj("25", deadline), ProgressCategory.SUBSTANTIAL_PROGRESS,
        "Lũy kế 2026–2027: 10 bộ dữ liệu; dự báo 25 bộ đến năm 2030 – đúng tiến độ.",
        "10 datasets in 2026–2027; projected 25 by 2030 – on track.", List.of()));
    Object[][] rest = {
      {"bn.sme-digital-2030", Status.AT_RISK, "48.50", "57.20", ProgressCategory.MODERATE_PROGRESS},
      {"bn.innovation-2030", Status.OFF_TRACK, "22.00", "29.40", ProgressCategory.LIMITED_PROGRESS},
      {"bn.gigabit-2030", Status.ACHIEVED, "100.00", null, ProgressCategory.TARGET_ACHIEVED},
      {"bn.5g-2030", Status.ON_TRACK, "87.30", "100.00", ProgressCategory.SUBSTANTIAL_PROGRESS},
      {"bn.safe-online-2030", Status.NO_DATA, null, null, ProgressCategory.NOT_AVAILABLE},
      {"bn.vneid-2030", Status.ACHIEVED, "83.10", null, ProgressCategory.TARGET_ACHIEVED},
      {"bn.accounts-2030", Status.AT_RISK, "91.40", "94.10", ProgressCategory.MODERATE_PROGRESS},
    };
    for (Object[] r : rest) {
      String v = (String) r[2];
      String pr = (String) r[3];
      Status s = (Status) r[1];
      String vi = v == null ? "Chưa có số liệu trong kỳ." : "Năm 2027 đạt " + v.replace('.', ',') + "%"
          + (pr == null ? "." : "; dự báo " + pr.replace('.', ',') + "% vào năm 2030 – " + s.label().vi()
              .toLowerCase(java.util.Locale.ROOT) + ".");
      String en = v == null ? "No figure in the period." : v + "% in 2027" + (pr == null ? "."
          : "; projected " + pr + "% by 2030 – " + s.label().en().toLowerCase(java.util.Locale.ROOT) + ".");
      rs.add(result(p, (String) r[0], s, v, v == null ? null : "2027", v == null ? null : MeasurementStatus.ACTUAL,
          null, pr == null ? Optional.empty() : proj(pr, deadline), (ProgressCategory) r[4], vi, en, List.of()));
    }
    return new Assessment(p, BAC_NINH, asOf, rs);
  }

  // ------------------------------------------------------------------ data

  /**
   * Sample measurements of the Hai Phong plan: monthly commune figures with sources and statuses, one source an
   * inert {@code =HYPERLINK(...)} text.
   */
  public static MeasurementSet haiPhongData(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] indicators = {"hp.ecommerce-revenue", "hp.retail-revenue", "hp.dt-enterprises", "hp.population",
        "hp.payment-holders", "hp.adults", "hp.signature-holders", "hp.de-value"};
    MeasurementSet.Builder b = MeasurementSet.builder();
    int communes = Math.max(1, n / (indicators.length * 12) + 1);
    int i = 0;
    outer:
    for (int c = 0; c < communes; c++) {
      String region = String.format(java.util.Locale.ROOT, "%05d", 11000 + c);
      for (String ind : indicators) {
        for (int month = 1; month <= 12; month++) {
          if (i >= n) {
            break outer;
          }
          Measurement m = Measurement.of(ind, region, String.format(java.util.Locale.ROOT, "2025-%02d", month),
              Math.round(rnd.nextDouble(10, 5000) * 100) / 100.0);
          if (i % 7 == 3) {
            m = m.withStatus(MeasurementStatus.ESTIMATE);
          }
          String source = i == 1 ? "=HYPERLINK(\"http://example.invalid\",\"click\")"
              : "Mẫu: Sở KH&CN Hải Phòng, biểu " + (1 + i % 9) + " (sample)";
          b.add(m.withSource(source));
          i++;
        }
      }
    }
    MeasurementSet.Builder plusBreakdown = b;
    plusBreakdown.add(new Measurement(IndicatorId.of("hp.de-share"), RegionCode.of("31"), Period.half(2025, 1),
        Breakdown.of("sector", "ict"), OptionalDouble.empty(), OptionalDouble.of(28.7), OptionalDouble.of(100),
        MeasurementStatus.ESTIMATE, "Mẫu: ước tính ngành CNTT (sample)"));
    return plusBreakdown.build();
  }

  public static List<RejectedRow> rejectedRows() {
    Map<String, String> f1 = new LinkedHashMap<>();
    f1.put("indicator", "hp.ecommerce-revenue");
    f1.put("region", "11999");
    f1.put("period", "2025-13");
    f1.put("value", "12,5");
    Map<String, String> f2 = new LinkedHashMap<>();
    f2.put("indicator", "=cmd|' /C calc'!A0");
    f2.put("region", "11001");
    f2.put("period", "2025-05");
    f2.put("value", "abc");
    return List.of(
        new RejectedRow("sample-haiphong.csv", "line 7", f1, List.of(new DataProblem("sample-haiphong.csv",
            "line 7", "period", "2025-13", "is not a period", "2025-01 .. 2025-12"))),
        new RejectedRow("sample-haiphong.csv", "line 12", f2, List.of(
            new DataProblem("sample-haiphong.csv", "line 12", "indicator", "=cmd|' /C calc'!A0",
                "is not an indicator of the plan", "an indicator id such as hp.ecommerce-revenue"),
            new DataProblem("sample-haiphong.csv", "line 12", "value", "abc", "is not a number", "a number"))));
  }

  // ------------------------------------------------------------------ helpers

  private static Indicator.Builder ratio(String num, String den, String id, String vi, String en) {
    return Indicator.builder(id).name(vi, en).unit(Unit.PERCENT).decimals(2)
        .aggregation(Aggregation.percent(IndicatorId.of(num), IndicatorId.of(den)));
  }

  private static Indicator flow(String id, String vi, String en) {
    return Indicator.builder(id).name(vi, en).unit(Unit.BILLION_VND).decimals(1).aggregation(Aggregation.flow())
        .dimension("sector").build();
  }

  private static Indicator stock(String id, String vi, String en) {
    return Indicator.builder(id).name(vi, en).unit(Unit.COUNT).aggregation(Aggregation.stock()).build();
  }

  private static Target target(String id, String indicator, Comparison c, String threshold, int year, Scope scope,
      String vi, String en, String locator) {
    SourceRef src = id.startsWith("hp.") ? HP_SOURCE : BN_SOURCE;
    return Target.builder(id).indicator(indicator).requires(c, threshold).byEndOf(year).scope(scope)
        .statement(vi, en).source(src.at(locator)).build();
  }

  private static Optional<Projection> proj(String value, LocalDate at) {
    return Optional.of(new Projection(ProjectionMethod.LINEAR_TREND, new BigDecimal(value), at, 3));
  }

  private static TargetResult result(Plan p, String target, Status status, String value, String period,
      MeasurementStatus ms, Coverage coverage, Optional<Projection> projection, ProgressCategory cat, String vi,
      String en, List<TargetResult> parts) {
    Target t = p.findTarget(dev.chitieu.core.model.TargetId.of(target)).orElseThrow();
    Evidence ev = evidence(p, t, value, period, ms, coverage, projection);
    return new TargetResult(t.id(), t.indicator(), Optional.empty(), Optional.empty(), status, ev,
        progress(cat), LocalizedText.of(vi, en), parts);
  }

  private static TargetResult part(Plan p, String target, String member, Status status, String value,
      String projected, String vi, String en) {
    Target t = p.findTarget(dev.chitieu.core.model.TargetId.of(target)).orElseThrow();
    Evidence ev = evidence(p, t, value, "2025-H1", MeasurementStatus.ESTIMATE, null,
        projected == null ? Optional.empty() : proj(projected, t.deadline()));
    return new TargetResult(t.id(), t.indicator(), Optional.of(member), Optional.empty(), status, ev,
        progress(status == Status.ACHIEVED ? ProgressCategory.TARGET_ACHIEVED : ProgressCategory.MODERATE_PROGRESS),
        LocalizedText.of(vi, en), List.of());
  }

  private static TargetResult periodPart(Plan p, String target, String period, Status status, String value,
      String vi, String en) {
    Target t = p.findTarget(dev.chitieu.core.model.TargetId.of(target)).orElseThrow();
    Evidence ev = evidence(p, t, value, period, MeasurementStatus.ACTUAL, null, Optional.empty());
    return new TargetResult(t.id(), t.indicator(), Optional.empty(), Optional.of(Period.parse(period)), status, ev,
        progress(ProgressCategory.NOT_AVAILABLE), LocalizedText.of(vi, en), List.of());
  }

  private static Evidence evidence(Plan p, Target t, String value, String period, MeasurementStatus ms,
      Coverage coverage, Optional<Projection> projection) {
    Optional<BigDecimal> v = Optional.ofNullable(value).map(BigDecimal::new);
    Optional<BigDecimal> gap = v.map(x -> x.subtract(t.threshold()));
    Optional<BigDecimal> pct = v.map(x -> x.multiply(new BigDecimal(100)).divide(t.threshold(), 2,
        RoundingMode.HALF_UP));
    return new Evidence(v, Optional.ofNullable(period).map(Period::parse), p.region(), Optional.ofNullable(ms),
        Optional.ofNullable(coverage), t.comparison(), t.threshold(), gap, pct, projection, List.of());
  }

  private static ProgressResult progress(ProgressCategory c) {
    if (c == ProgressCategory.NOT_AVAILABLE) {
      return ProgressResult.notAvailable();
    }
    return new ProgressResult(c, OptionalDouble.of(1), OptionalDouble.of(0.8), OptionalInt.of(2023),
        OptionalDouble.of(20), OptionalInt.of(2025), OptionalDouble.of(30));
  }
}
