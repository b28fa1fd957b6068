package dev.chitieu.vietnam;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import java.util.List;

/**
 * The digital-economy targets of Decision No. 411/QĐ-TTg of the Prime Minister (31 March 2022), approving the
 * national strategy for the digital economy and digital society to 2025, with orientation to 2030 (Article 1,
 * section III.1, the digital-economy targets), with the three 2025 targets of its digital society and digital
 * infrastructure that news reports of the decision quote: adults with a payment account, adults with a smartphone and
 * households covered by fibre broadband (80 % each). Its other targets are listed in {@code docs/bundled-plans.md}.
 *
 * <p>The news reports this project started from have no article on the decision itself: the one national report
 * among them ({@link #RESULTS_H1_2024}) gives results for the first half of 2024 (digital economy 18.3 % of GDP) but
 * not the targets. The targets are cited from public news reports of the decision; the 2030 per-sector target is
 * not quoted by them and is given as the decision states it.
 */
final class VietnamPlan {
  private VietnamPlan() {}

  static final String DOCUMENT_NUMBER = "411/QĐ-TTg";
  static final String ISSUED = "2022-03-31";
  private static final String DOCUMENT = "Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ";
  private static final String TARGETS = "Điều 1, mục III.1 (mục tiêu phát triển kinh tế số)";

  /** Reports the 2025 targets: 20 % of GDP, at least 10 % in each sector. */
  static final SourceRef TARGETS_2025 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://vietnamhoinhap.vn/vi/muc-tieu-den-nam-2025--ty-trong-kinh-te-so-dat-20--gdp-36864.htm", TARGETS);

  /** Reports the decision and its GDP-share targets: 20 % in 2025 and 30 % in 2030. */
  static final SourceRef TARGETS_2025_2030 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html", TARGETS);

  /**
   * Reports the 2025 targets of the decision's digital society: adults with a smartphone, people aged 15 and over with
   * a payment account, households covered by fibre broadband, 80 % each (the article quotes them without the section).
   */
  static final SourceRef SOCIETY_2025 = TARGETS_2025_2030.at("Điều 1, mục tiêu đến năm 2025 về xã hội số và hạ tầng"
      + " số (bài báo trích không nêu tiểu mục)");

  /** A provincial plan implementing the strategy that restates its 2025 targets in English (Quảng Ngãi, 2022). */
  static final SourceRef SOCIETY_2025_EN = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://ubnd.quangngai.gov.vn/web/site-qni-english/xem-chi-tiet/-/asset_publisher//Content/implement-the-"
          + "national-strategy-for-digital-economy-and-digital-society-development-in-the-province-in-the-period-of-"
          + "2022-2025?14466037",
      "targets by 2025 as restated by Decision No. 906/QD-UBND of Quảng Ngãi: smartphones, payment accounts 80 %");

  /** National results of the first half of 2024, measured against the strategy; states no target of it. */
  static final SourceRef RESULTS_H1_2024 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://kinhtedothi.vn/doanh-thu-cong-nghe-thong-tin-dat-gan-2-trieu-ty-dong.html",
      "results of H1 2024: digital economy 18.3 % of GDP (estimate); no targets quoted");

  static final DimensionId SECTOR = DimensionId.of("sector");

  /** Households (hộ gia đình). */
  static final Unit HOUSEHOLDS = Unit.of("households", "hộ", "households");

  static Plan plan() {
    return Plan.builder(VietnamPlanProvider.PLAN_ID)
        .title("Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
            "National strategy for the development of the digital economy and digital society to 2025, with"
                + " orientation to 2030")
        .authority("Thủ tướng Chính phủ", "Prime Minister")
        .region(VietnamPlanProvider.REGION)
        .document(DOCUMENT_NUMBER, ISSUED)
        .horizon(Period.years(2022, 2030))
        .source(TARGETS_2025)
        .source(TARGETS_2025_2030)
        .source(SOCIETY_2025_EN)
        .source(RESULTS_H1_2024)
        .dimension(new Dimension(SECTOR, LocalizedText.of("Khu vực kinh tế", "Economic sector"), List.of(
            Member.of("agriculture-forestry-fishery", "Nông, lâm nghiệp và thủy sản",
                "Agriculture, forestry and fishery"),
            Member.of("industry-construction", "Công nghiệp và xây dựng", "Industry and construction"),
            Member.of("services", "Dịch vụ", "Services"))))
        .indicator(Indicator.builder("vn.digital-economy-value-added")
            .name("Giá trị tăng thêm của kinh tế số", "Value added of the digital economy")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).dimension(SECTOR.value())
            .notes("Gồm kinh tế số ICT, kinh tế số nền tảng và kinh tế số ngành, theo định nghĩa của Chiến lược;"
                    + " tính cùng loại giá với GDP (giá hiện hành).",
                "ICT, platform and sectoral digital economy, as the strategy defines them; at the same prices as GDP"
                    + " (current prices).")
            .build())
        .indicator(Indicator.builder("vn.gdp")
            .name("Tổng sản phẩm trong nước (GDP)", "Gross domestic product (GDP)")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).dimension(SECTOR.value())
            .notes("Theo khu vực kinh tế: giá trị tăng thêm của khu vực đó.",
                "By economic sector: the value added of that sector.")
            .build())
        .indicator(Indicator.builder("vn.digital-economy-share")
            .name("Tỷ trọng kinh tế số trong GDP", "Digital economy share of GDP")
            .unit(Unit.PERCENT).decimals(2).dimension(SECTOR.value())
            .aggregation(Aggregation.percent(IndicatorId.of("vn.digital-economy-value-added"), IndicatorId.of("vn.gdp"))
                .weightedBy(IndicatorId.of("vn.gdp")))
            .notes("Giá trị tăng thêm của kinh tế số / GDP × 100; theo khu vực: kinh tế số của khu vực / giá trị tăng"
                    + " thêm của khu vực × 100. Quyết định yêu cầu 'từng ngành, lĩnh vực' nhưng không liệt kê các"
                    + " ngành; chiều 'sector' dùng ba khu vực kinh tế của tài khoản quốc gia, có thể thêm ngành chi"
                    + " tiết hơn. Các bài báo được trích không nêu chỉ tiêu theo ngành năm 2030 (tối thiểu 20%).",
                "Digital economy value added / GDP × 100; by sector: the sector's digital economy / the sector's value"
                    + " added × 100. The decision asks for 'each industry and field' but lists none; the 'sector'"
                    + " dimension uses the three economic sectors of the national accounts, and finer sectors may be"
                    + " added. The articles cited do not quote the 2030 per-sector target (at least 20 %).")
            .build())
        .indicator(stock("vn.population-15plus", "Dân số từ 15 tuổi trở lên", "Population aged 15 and over",
            Unit.PERSONS))
        .indicator(stock("vn.payment-account-holders-15plus",
            "Số người từ 15 tuổi trở lên có tài khoản giao dịch thanh toán",
            "People aged 15 and over with a payment transaction account", Unit.PERSONS))
        .indicator(share("vn.payment-account-share",
            "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép"
                + " khác", "Share of people aged 15 and over with a payment transaction account at a bank or other"
                + " licensed institution", "vn.payment-account-holders-15plus", "vn.population-15plus",
            "Số người từ 15 tuổi trở lên có tài khoản / dân số từ 15 tuổi trở lên × 100. Các báo cáo của Ngân hàng Nhà"
                + " nước gọi đó là 'người trưởng thành có tài khoản thanh toán'.",
            "People aged 15 and over with an account / population aged 15 and over × 100. The State Bank's reports"
                + " call it 'adults with a payment account'."))
        .indicator(stock("vn.adult-population", "Dân số trưởng thành", "Adult population", Unit.PERSONS))
        .indicator(stock("vn.adults-with-smartphone", "Số người trưởng thành có điện thoại thông minh",
            "Adults with a smartphone", Unit.PERSONS))
        .indicator(share("vn.adult-smartphone-share", "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
            "Share of adults with a smartphone", "vn.adults-with-smartphone", "vn.adult-population",
            "Người trưởng thành có điện thoại thông minh / dân số trưởng thành × 100. Không phải tỷ lệ thuê bao di động"
                + " sử dụng điện thoại thông minh (84 % trong 6 tháng đầu năm 2024), là một chỉ số khác: một người có"
                + " thể có nhiều thuê bao.",
            "Adults with a smartphone / adult population × 100. Not the share of mobile subscribers using a smartphone"
                + " (84 % in the first half of 2024), a different measure: one person may hold several subscriptions."))
        .indicator(stock("vn.households", "Số hộ gia đình", "Households", HOUSEHOLDS))
        .indicator(stock("vn.households-covered-by-fibre", "Số hộ gia đình được phủ mạng Internet băng rộng cáp quang",
            "Households covered by fibre broadband", HOUSEHOLDS))
        .indicator(share("vn.fibre-household-coverage", "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang",
            "Share of households covered by fibre broadband", "vn.households-covered-by-fibre", "vn.households",
            "Hộ gia đình ở nơi có mạng cáp quang (có thể đăng ký sử dụng) / tổng số hộ × 100. Không phải tỷ lệ hộ gia"
                + " đình sử dụng Internet cáp quang (82,2 % trong 6 tháng đầu năm 2024): hộ được phủ có thể chưa sử"
                + " dụng.",
            "Households where fibre is available (they could subscribe) / all households × 100. Not the share of"
                + " households using fibre (82.2 % in the first half of 2024): a covered household may not use it."))
        .target(target("vn.digital-economy-share-2025", "20", 2025, Scope.wholeRegion(), TARGETS_2025,
            "Đến năm 2025, tỷ trọng kinh tế số đạt 20% GDP", "By 2025, the digital economy reaches 20 % of GDP"))
        .target(target("vn.digital-economy-share-2030", "30", 2030, Scope.wholeRegion(), TARGETS_2025_2030,
            "Đến năm 2030, tỷ trọng kinh tế số đạt 30% GDP", "By 2030, the digital economy reaches 30 % of GDP"))
        .target(target("vn.digital-economy-share-each-sector-2025", "10", 2025, Scope.eachMember(SECTOR.value()),
            TARGETS_2025, "Đến năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%",
            "By 2025, the digital economy reaches at least 10 % in each industry and field"))
        .target(target("vn.digital-economy-share-each-sector-2030", "20", 2030, Scope.eachMember(SECTOR.value()),
            TARGETS_2025_2030, "Đến năm 2030, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%",
            "By 2030, the digital economy reaches at least 20 % in each industry and field"))
        .target(society("vn.payment-account-share-2025", "vn.payment-account-share",
            "Đến năm 2025, tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức"
                + " được phép khác đạt 80%",
            "By 2025, 80 % of people aged 15 and over have a payment transaction account at a bank or other licensed"
                + " institution"))
        .target(society("vn.adult-smartphone-share-2025", "vn.adult-smartphone-share",
            "Đến năm 2025, tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%",
            "By 2025, 80 % of adults have a smartphone"))
        .target(society("vn.fibre-household-coverage-2025", "vn.fibre-household-coverage",
            "Đến năm 2025, tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang đạt 80%",
            "By 2025, 80 % of households are covered by fibre broadband"))
        .build();
  }

  /** One of the 2025 targets of the digital society, "đạt 80%": at least 80. */
  private static Target society(String id, String indicator, String vi, String en) {
    return Target.builder(id).indicator(indicator).requires(Comparison.AT_LEAST, "80").byEndOf(2025)
        .scope(Scope.wholeRegion()).statement(vi, en).source(SOCIETY_2025).build();
  }

  static Indicator stock(String id, String vi, String en, Unit unit) {
    return Indicator.builder(id).name(vi, en).unit(unit).aggregation(Aggregation.stock()).build();
  }

  static Indicator share(String id, String vi, String en, String numerator, String denominator, String notesVi,
      String notesEn) {
    return Indicator.builder(id).name(vi, en).unit(Unit.PERCENT).decimals(2)
        .aggregation(Aggregation.percent(IndicatorId.of(numerator), IndicatorId.of(denominator)))
        .notes(notesVi, notesEn).build();
  }

  /** Every digital-economy target of the decision encoded here is "reach" / "at least" (≥). */
  private static Target target(String id, String threshold, int year, Scope scope, SourceRef source, String vi,
      String en) {
    return Target.builder(id).indicator("vn.digital-economy-share").requires(Comparison.AT_LEAST, threshold)
        .byEndOf(year).scope(scope).statement(vi, en).source(source).build();
  }
}
