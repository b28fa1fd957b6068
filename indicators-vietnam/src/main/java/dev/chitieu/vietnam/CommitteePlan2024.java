package dev.chitieu.vietnam;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.model.ValueRange;
import java.util.List;

/**
 * The plan of activities of the National Committee for Digital Transformation for 2024, issued by its Decision No.
 * 58/QĐ-UBQGCĐS (19 April 2024): the plan whose first half the Committee's ninth session reviewed on 10 July 2024
 * (source 004). It sets the target of 48,000 digital technology enterprises against which that session reported 50,350
 * (104.9 %), and two more targets news reports quote with a figure.
 *
 * <p>It also declares the indicators of the session's other results that no encoded document sets a target for
 * (online dossiers, fee and time policies of the provinces, IT industry revenue, e-commerce platforms, data exchange,
 * fibre use, smartphones among mobile subscribers, IPv6, mobile money), so that the bundled official figures of that
 * session can be read, checked and reported with the plan; the report prints them as results without a target.
 */
final class CommitteePlan2024 {
  private CommitteePlan2024() {}

  static final String PLAN_ID = "vietnam-58-2024";
  static final String DOCUMENT_NUMBER = "58/QĐ-UBQGCĐS";
  static final String ISSUED = "2024-04-19";
  private static final String DOCUMENT = "Quyết định số 58/QĐ-UBQGCĐS ngày 19/4/2024 của Ủy ban Quốc gia về chuyển"
      + " đổi số ban hành Kế hoạch hoạt động năm 2024";
  private static final String SPECIFIC = "Kế hoạch kèm theo, mục I: mục tiêu cụ thể";

  /** Names the decision, its date and the plan it issues. */
  static final SourceRef DECISION = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/plan-of-activities-for-the-year-2024-of-the-national-"
          + "committee-of-digital-transformation-in-vietnam-136164.html", "the decision, its date and objectives");

  /** Quotes the plan's specific targets: 48,000 digital technology enterprises, 60 % of industrial-park firms, 40 %. */
  static final SourceRef TARGETS = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://en.vietnamplus.vn/work-plan-promotes-national-digital-transformation-for-socio-economic-development-"
          + "post284851.vnp", SPECIFIC);

  /** The results of the first half of 2024 reported to the Committee's ninth session (10 July 2024). */
  static final SourceRef RESULTS_H1_2024 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://kinhtedothi.vn/doanh-thu-cong-nghe-thong-tin-dat-gan-2-trieu-ty-dong.html",
      "results of H1 2024 reported by the Ministry of Information and Communications; enterprises 50,350 of 48,000");

  static final DimensionId ADMINISTRATION = DimensionId.of("administration");
  static final DimensionId AREA = DimensionId.of("area");

  static final Unit PROVINCES = Unit.of("provinces", "tỉnh, thành phố", "provinces and cities");
  static final Unit DOSSIERS = Unit.of("dossiers", "hồ sơ", "dossiers");
  static final Unit SUBSCRIBERS = Unit.of("subscribers", "thuê bao", "subscribers");
  static final Unit TRANSACTIONS = Unit.of("transactions", "giao dịch", "transactions");

  private static final String BEFORE_REFORM_VI = "Đếm trên 63 tỉnh, thành phố trực thuộc trung ương của năm 2024,"
      + " trước khi sắp xếp đơn vị hành chính ngày 01/7/2025 (nay là 34 tỉnh, thành phố).";
  private static final String BEFORE_REFORM_EN = "Counted over the 63 provinces and centrally run cities of 2024,"
      + " before the reform of 1 July 2025 (34 provinces and cities since).";

  static Plan plan() {
    return Plan.builder(PLAN_ID)
        .title("Kế hoạch hoạt động của Ủy ban Quốc gia về chuyển đổi số năm 2024",
            "Plan of activities of the National Committee for Digital Transformation for 2024")
        .authority("Ủy ban Quốc gia về chuyển đổi số", "National Committee for Digital Transformation")
        .region(VietnamPlanProvider.REGION)
        .document(DOCUMENT_NUMBER, ISSUED)
        .horizon(Period.year(2024))
        .source(DECISION)
        .source(TARGETS)
        .source(RESULTS_H1_2024)
        .dimension(new Dimension(ADMINISTRATION, LocalizedText.of("Khối", "Level of administration"), List.of(
            Member.of("ministries", "Bộ, ngành", "Ministries and branches"),
            Member.of("localities", "Địa phương", "Localities"))))
        .dimension(new Dimension(AREA, LocalizedText.of("Địa bàn", "Area"), List.of(
            Member.of("rural-remote", "Nông thôn, miền núi, vùng sâu, vùng xa, hải đảo",
                "Rural, mountainous, remote and isolated areas"))))
        // the Committee's targets
        .indicator(Indicator.builder("dx2024.digital-tech-enterprises")
            .name("Số doanh nghiệp công nghệ số đang hoạt động", "Digital technology enterprises in operation")
            .unit(Unit.ENTERPRISES).aggregation(Aggregation.stock())
            .notes("Doanh nghiệp công nghệ số đang hoạt động tại các địa phương, theo cách đếm của Bộ Thông tin và"
                    + " Truyền thông năm 2024 (các năm trước đếm khác: khoảng 67.300 năm 2022).",
                "Digital technology enterprises operating in the provinces, as the Ministry of Information and"
                    + " Communications counted them in 2024 (earlier years counted otherwise: about 67,300 in 2022).")
            .build())
        .indicator(VietnamPlan.stock("dx2024.adult-population", "Dân số trưởng thành", "Adult population",
            Unit.PERSONS))
        .indicator(VietnamPlan.stock("dx2024.adults-using-online-public-services",
            "Số người trưởng thành sử dụng dịch vụ công trực tuyến", "Adults using online public services",
            Unit.PERSONS))
        .indicator(VietnamPlan.share("dx2024.adult-online-public-service-share",
            "Tỷ lệ người trưởng thành sử dụng dịch vụ công trực tuyến", "Share of adults using online public services",
            "dx2024.adults-using-online-public-services", "dx2024.adult-population", "", ""))
        .indicator(VietnamPlan.stock("dx2024.industrial-park-enterprises",
            "Số doanh nghiệp trong khu công nghiệp, khu chế xuất", "Enterprises in industrial parks and export"
                + " processing zones", Unit.ENTERPRISES))
        .indicator(VietnamPlan.stock("dx2024.industrial-park-enterprises-on-digital-platforms",
            "Số doanh nghiệp trong khu công nghiệp, khu chế xuất ứng dụng nền tảng số trong quản trị, sản xuất",
            "Enterprises in industrial parks and export processing zones using digital platforms in management and"
                + " production", Unit.ENTERPRISES))
        .indicator(VietnamPlan.share("dx2024.industrial-park-digital-platform-share",
            "Tỷ lệ doanh nghiệp trong khu công nghiệp, khu chế xuất ứng dụng nền tảng số",
            "Share of enterprises in industrial parks and export processing zones using digital platforms",
            "dx2024.industrial-park-enterprises-on-digital-platforms", "dx2024.industrial-park-enterprises", "", ""))
        // results the session reported without a target
        .indicator(Indicator.builder("dx2024.dossiers").name("Tổng số hồ sơ thủ tục hành chính",
                "Administrative procedure dossiers").unit(DOSSIERS).aggregation(Aggregation.flow())
            .dimension(ADMINISTRATION.value()).build())
        .indicator(Indicator.builder("dx2024.online-dossiers").name("Số hồ sơ trực tuyến",
                "Dossiers submitted online").unit(DOSSIERS).aggregation(Aggregation.flow())
            .dimension(ADMINISTRATION.value()).build())
        .indicator(Indicator.builder("dx2024.online-dossier-share")
            .name("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính",
                "Online dossiers as a share of all administrative procedure dossiers")
            .unit(Unit.PERCENT).decimals(0).dimension(ADMINISTRATION.value())
            .aggregation(Aggregation.percent(id("dx2024.online-dossiers"), id("dx2024.dossiers")))
            .notes("Hồ sơ nộp trực tuyến qua dịch vụ công trực tuyến / tổng số hồ sơ × 100, toàn quốc, khối bộ, ngành"
                    + " và khối địa phương; nguồn không nói là 'toàn trình' hay gồm cả 'một phần'. Số liệu tính đến"
                    + " thời điểm báo cáo (cuối năm, giữa năm).",
                "Dossiers submitted through online public services / all dossiers × 100, nationwide, for ministries"
                    + " and branches, and for localities; the source does not say whether only fully online services"
                    + " count. Figures as of the date reported (end of year, mid-year).")
            .build())
        .indicator(count("dx2024.provinces-with-fee-policy",
            "Số tỉnh, thành phố có chính sách giảm, miễn phí, lệ phí sử dụng dịch vụ công trực tuyến",
            "Provinces and cities with a policy reducing or waiving fees for online public services"))
        .indicator(count("dx2024.provinces-with-time-policy",
            "Số tỉnh, thành phố có chính sách giảm thời gian giải quyết để khuyến khích sử dụng dịch vụ công trực"
                + " tuyến", "Provinces and cities with a policy shortening processing time to encourage online"
                + " public services"))
        .indicator(Indicator.builder("dx2024.it-industry-revenue")
            .name("Doanh thu công nghiệp công nghệ thông tin", "Revenue of the information technology industry")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow())
            .notes("Lĩnh vực công nghiệp công nghệ thông tin (kinh tế số ICT), lũy kế trong kỳ.",
                "The information technology industry (the ICT digital economy), summed over the period.")
            .build())
        .indicator(Indicator.builder("dx2024.ecommerce-platform-revenue")
            .name("Doanh thu trên 5 sàn thương mại điện tử lớn", "Revenue on the five largest e-commerce platforms")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow())
            .notes("Tổng doanh thu trên năm sàn thương mại điện tử; nguồn viết 'trên 97.000 tỷ đồng' (hơn 97 nghìn"
                    + " tỷ) và không nêu tên các sàn.",
                "Total revenue on five e-commerce platforms; the source says 'over 97,000 billion VND' (more than"
                    + " 97 trillion) and does not name the platforms.")
            .build())
        .indicator(Indicator.builder("dx2024.data-exchange-transactions")
            .name("Số giao dịch trao đổi dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
                "Data exchange transactions through the national data integration and sharing platform")
            .unit(TRANSACTIONS).aggregation(Aggregation.flow())
            .notes("Nguồn chỉ nêu mức tăng so với cùng kỳ (67 %), không nêu số giao dịch.",
                "The source gives only the rise on the same period (67 %), not the number of transactions.")
            .build())
        .indicator(VietnamPlan.stock("dx2024.households", "Số hộ gia đình", "Households", VietnamPlan.HOUSEHOLDS))
        .indicator(VietnamPlan.stock("dx2024.households-using-fibre", "Số hộ gia đình sử dụng Internet băng rộng cáp"
            + " quang", "Households using fibre broadband", VietnamPlan.HOUSEHOLDS))
        .indicator(share1("dx2024.fibre-household-use-share",
            "Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang", "Share of households using fibre broadband",
            "dx2024.households-using-fibre", "dx2024.households",
            "Hộ gia đình sử dụng (có thuê bao) Internet cáp quang / tổng số hộ × 100. Các mục tiêu 'phủ' cáp quang"
                + " của Quyết định 411/QĐ-TTg và 749/QĐ-TTg đo hộ được phủ, không phải hộ sử dụng.",
            "Households using (subscribing to) fibre / all households × 100. The fibre 'coverage' targets of"
                + " Decisions 411/QĐ-TTg and 749/QĐ-TTg measure households covered, not households using it."))
        .indicator(VietnamPlan.stock("dx2024.mobile-subscribers", "Số thuê bao di động", "Mobile subscribers",
            SUBSCRIBERS))
        .indicator(VietnamPlan.stock("dx2024.smartphone-subscribers", "Số thuê bao di động sử dụng điện thoại thông"
            + " minh", "Mobile subscribers using a smartphone", SUBSCRIBERS))
        .indicator(share1("dx2024.smartphone-subscriber-share",
            "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh", "Share of mobile subscribers using a smartphone",
            "dx2024.smartphone-subscribers", "dx2024.mobile-subscribers",
            "Thuê bao sử dụng điện thoại thông minh / tổng số thuê bao di động × 100. Mục tiêu 80 % của Quyết định"
                + " 411/QĐ-TTg đo người trưởng thành có điện thoại thông minh, một chỉ số khác.",
            "Subscribers using a smartphone / all mobile subscribers × 100. The 80 % target of Decision 411/QĐ-TTg"
                + " measures adults with a smartphone, a different measure."))
        .indicator(VietnamPlan.stock("dx2024.internet-users", "Số người sử dụng Internet", "Internet users",
            Unit.PERSONS))
        .indicator(VietnamPlan.stock("dx2024.internet-users-on-ipv6", "Số người sử dụng Internet qua IPv6",
            "Internet users reaching the Internet over IPv6", Unit.PERSONS))
        .indicator(Indicator.builder("dx2024.ipv6-share").name("Tỷ lệ chuyển đổi IPv6", "IPv6 adoption rate")
            .unit(Unit.PERCENT).decimals(0)
            .aggregation(Aggregation.percent(id("dx2024.internet-users-on-ipv6"), id("dx2024.internet-users")))
            .notes("Nguồn không định nghĩa tỷ lệ; hiểu là tỷ lệ người sử dụng Internet truy cập qua IPv6.",
                "The source does not define the rate; read as the share of Internet users reaching it over IPv6.")
            .build())
        .indicator(Indicator.builder("dx2024.mobile-money-customers")
            .name("Số khách hàng sử dụng dịch vụ Mobile Money", "Mobile Money customers")
            .unit(Unit.of("customers", "khách hàng", "customers")).aggregation(Aggregation.stock())
            .dimension(AREA.value())
            .notes("Lũy kế từ khi thí điểm dịch vụ; nguồn viết 'hơn 8,8 triệu', trong đó 6,3 triệu ở nông thôn,"
                    + " miền núi, vùng sâu, vùng xa, hải đảo.",
                "Since the pilot began; the source says 'more than 8.8 million', of which 6.3 million in rural,"
                    + " mountainous, remote and isolated areas.")
            .build())
        .target(Target.builder("dx2024.digital-tech-enterprises-2024").indicator("dx2024.digital-tech-enterprises")
            .requires(Comparison.AT_LEAST, "48000").byEndOf(2024).scope(Scope.wholeRegion())
            .statement("Năm 2024, phát triển 48.000 doanh nghiệp công nghệ số hoạt động tại các địa phương",
                "In 2024, 48,000 digital technology enterprises operating in the provinces")
            .source(TARGETS).build())
        .target(Target.builder("dx2024.industrial-park-digital-platform-share-2024")
            .indicator("dx2024.industrial-park-digital-platform-share")
            .requires(Comparison.AT_LEAST, "60").byEndOf(2024).scope(Scope.wholeRegion())
            .statement("Năm 2024, 60% doanh nghiệp trong khu công nghiệp, khu chế xuất ứng dụng nền tảng số trong quản"
                    + " trị, sản xuất",
                "In 2024, 60 % of enterprises in industrial parks and export processing zones use digital platforms"
                    + " in management and production")
            .source(TARGETS).build())
        .target(Target.builder("dx2024.adult-online-public-service-share-2024")
            .indicator("dx2024.adult-online-public-service-share")
            .requires(Comparison.AT_LEAST, "40").byEndOf(2024).scope(Scope.wholeRegion())
            .statement("Năm 2024, 40% người trưởng thành sử dụng dịch vụ công trực tuyến",
                "In 2024, 40 % of adults use online public services")
            .source(TARGETS).build())
        .build();
  }

  private static dev.chitieu.core.model.IndicatorId id(String id) {
    return dev.chitieu.core.model.IndicatorId.of(id);
  }

  /** A count of provinces and cities: at most the 63 of the time. */
  private static Indicator count(String id, String vi, String en) {
    return Indicator.builder(id).name(vi, en).unit(PROVINCES).aggregation(Aggregation.stock())
        .range(ValueRange.between(0, 63)).notes(BEFORE_REFORM_VI, BEFORE_REFORM_EN).build();
  }

  /** A percentage reported with one decimal, as the source gives it. */
  private static Indicator share1(String id, String vi, String en, String numerator, String denominator,
      String notesVi, String notesEn) {
    return Indicator.builder(id).name(vi, en).unit(Unit.PERCENT).decimals(1)
        .aggregation(Aggregation.percent(id(numerator), id(denominator))).notes(notesVi, notesEn).build();
  }
}
