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
 * The targets of Decision No. 749/QĐ-TTg of the Prime Minister (3 June 2020), approving the national digital
 * transformation programme to 2025, with orientation to 2030 (Article 1, its basic targets), as far as public news
 * reports quote them with a figure: the digital economy's share of GDP and of each sector, fibre broadband coverage of
 * households and communes, and the population with an electronic payment account. Targets stated as ranks (EGDI, IDI,
 * GII, GCI), as "universal" without a figure (4G/5G, smartphones), or about work records and level-4 online services
 * are not encoded; {@code docs/bundled-plans.md} lists them.
 */
final class ProgrammePlan {
  private ProgrammePlan() {}

  static final String PLAN_ID = "vietnam-749-2020";
  static final String DOCUMENT_NUMBER = "749/QĐ-TTg";
  static final String ISSUED = "2020-06-03";
  private static final String DOCUMENT = "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ";
  private static final String BASIC_2025 = "Điều 1, mục tiêu cơ bản đến năm 2025";

  /** Lists the basic targets to 2025 in Vietnamese: digital economy 20 % of GDP; fibre over 80 % of households. */
  static final SourceRef BASIC_TARGETS_2025 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://thukyluat.vn/news/thong-bao-van-ban-moi/muc-tieu-den-2025-vn-thuoc-nhom-50-nuoc-dan-dau-ve-cong-nghe-"
          + "thong-tin-75497.html", BASIC_2025);

  /** Gives the digital economy's share in each sector by 2025: at least 10 %. */
  static final SourceRef SECTORS_2025 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://vietnamlawmagazine.vn/program-on-national-digital-transformation-approved-27272.html",
      BASIC_2025 + " (kinh tế số)");

  /** Gives the digital society targets to 2025: fibre to over 80 % of households and 100 % of communes; e-payment. */
  static final SourceRef SOCIETY_2025 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://english.mic.gov.vn/Pages/TinTuc/142430/Vietnam-aims-to-become-a-digital-society-by-2030.html",
      BASIC_2025 + " (xã hội số)");

  /** Gives the targets to 2030: 80 % of the population using electronic payment. */
  static final SourceRef SOCIETY_2030 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://vietnamnet.vn/en/politics/vn-strives-to-rank-among-world-s-top-50-countries-in-e-government-"
          + "development-by-2030-646752.html", "Điều 1, mục tiêu đến năm 2030 (xã hội số)");

  static final DimensionId SECTOR = DimensionId.of("sector");

  static Plan plan() {
    return Plan.builder(PLAN_ID)
        .title("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
            "National digital transformation programme to 2025, with orientation to 2030")
        .authority("Thủ tướng Chính phủ", "Prime Minister")
        .region(VietnamPlanProvider.REGION)
        .document(DOCUMENT_NUMBER, ISSUED)
        .horizon(Period.years(2020, 2030))
        .source(BASIC_TARGETS_2025)
        .source(SECTORS_2025)
        .source(SOCIETY_2025)
        .source(SOCIETY_2030)
        .dimension(new Dimension(SECTOR, LocalizedText.of("Khu vực kinh tế", "Economic sector"), List.of(
            Member.of("agriculture-forestry-fishery", "Nông, lâm nghiệp và thủy sản",
                "Agriculture, forestry and fishery"),
            Member.of("industry-construction", "Công nghiệp và xây dựng", "Industry and construction"),
            Member.of("services", "Dịch vụ", "Services"))))
        .indicator(Indicator.builder("dx.digital-economy-value-added")
            .name("Giá trị tăng thêm của kinh tế số", "Value added of the digital economy")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).dimension(SECTOR.value())
            .build())
        .indicator(Indicator.builder("dx.gdp")
            .name("Tổng sản phẩm trong nước (GDP)", "Gross domestic product (GDP)")
            .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).dimension(SECTOR.value())
            .notes("Theo khu vực kinh tế: giá trị tăng thêm của khu vực đó.",
                "By economic sector: the value added of that sector.")
            .build())
        .indicator(Indicator.builder("dx.digital-economy-share")
            .name("Tỷ trọng kinh tế số trong GDP", "Digital economy share of GDP")
            .unit(Unit.PERCENT).decimals(2).dimension(SECTOR.value())
            .aggregation(Aggregation.percent(IndicatorId.of("dx.digital-economy-value-added"), IndicatorId.of("dx.gdp"))
                .weightedBy(IndicatorId.of("dx.gdp")))
            .notes("Giá trị tăng thêm của kinh tế số / GDP × 100, như chỉ tiêu cùng tên của Quyết định 411/QĐ-TTg"
                    + " (vn.digital-economy-share). Chương trình yêu cầu 'từng ngành, lĩnh vực' nhưng không liệt kê"
                    + " các ngành; chiều 'sector' dùng ba khu vực kinh tế của tài khoản quốc gia.",
                "Digital economy value added / GDP × 100, as the indicator of the same name of Decision 411/QĐ-TTg"
                    + " (vn.digital-economy-share). The programme asks for 'each industry and field' but lists none;"
                    + " the 'sector' dimension uses the three economic sectors of the national accounts.")
            .build())
        .indicator(VietnamPlan.stock("dx.households", "Số hộ gia đình", "Households", VietnamPlan.HOUSEHOLDS))
        .indicator(VietnamPlan.stock("dx.households-covered-by-fibre",
            "Số hộ gia đình được phủ hạ tầng băng rộng cáp quang", "Households covered by fibre broadband",
            VietnamPlan.HOUSEHOLDS))
        .indicator(VietnamPlan.share("dx.fibre-household-coverage",
            "Tỷ lệ hộ gia đình được phủ hạ tầng băng rộng cáp quang",
            "Share of households covered by fibre broadband", "dx.households-covered-by-fibre", "dx.households",
            "Hộ gia đình ở nơi có hạ tầng cáp quang / tổng số hộ × 100. Không phải tỷ lệ hộ gia đình sử dụng Internet"
                + " cáp quang, là một chỉ số khác.",
            "Households where fibre is available / all households × 100. Not the share of households using fibre,"
                + " a different measure."))
        .indicator(VietnamPlan.stock("dx.communes", "Số xã, phường, thị trấn", "Communes, wards and towns",
            COMMUNES))
        .indicator(VietnamPlan.stock("dx.communes-covered-by-fibre",
            "Số xã, phường, thị trấn được phủ hạ tầng băng rộng cáp quang",
            "Communes, wards and towns covered by fibre broadband", COMMUNES))
        .indicator(VietnamPlan.share("dx.fibre-commune-coverage",
            "Tỷ lệ xã được phủ hạ tầng băng rộng cáp quang", "Share of communes covered by fibre broadband",
            "dx.communes-covered-by-fibre", "dx.communes",
            "Đơn vị hành chính cấp xã của thời kỳ báo cáo: trước ngày 01/7/2025 là xã, phường, thị trấn của 63 tỉnh,"
                + " thành phố (khoảng 10.000 đơn vị); sau đó là xã, phường, đặc khu của 34 tỉnh, thành phố.",
            "Commune-level units of the period reported: before 1 July 2025 the communes, wards and towns of the 63"
                + " provinces and cities (about 10,000 units); after it, the communes, wards and special zones of the"
                + " 34 provinces and cities."))
        .indicator(VietnamPlan.stock("dx.population", "Dân số", "Population", Unit.PERSONS))
        .indicator(VietnamPlan.stock("dx.persons-with-e-payment-account", "Số người có tài khoản thanh toán điện tử",
            "People with an electronic payment account", Unit.PERSONS))
        .indicator(VietnamPlan.share("dx.e-payment-account-share", "Tỷ lệ dân số có tài khoản thanh toán điện tử",
            "Share of the population with an electronic payment account", "dx.persons-with-e-payment-account",
            "dx.population",
            "Người có tài khoản thanh toán điện tử / dân số × 100, trên toàn bộ dân số. Khác tỷ lệ người từ 15 tuổi"
                + " trở lên có tài khoản của Quyết định 411/QĐ-TTg (vn.payment-account-share). Các bài báo tiếng Anh"
                + " được trích viết 'sử dụng thanh toán điện tử'; cách diễn đạt tiếng Việt là của chúng tôi.",
            "People with an electronic payment account / population × 100, over the whole population. Not the share"
                + " of people aged 15 and over with an account of Decision 411/QĐ-TTg (vn.payment-account-share)."
                + " The English articles cited say 'making use of electronic payment'; the Vietnamese wording is"
                + " ours."))
        .target(Target.builder("dx.digital-economy-share-2025").indicator("dx.digital-economy-share")
            .requires(Comparison.AT_LEAST, "20").byEndOf(2025).scope(Scope.wholeRegion())
            .statement("Đến năm 2025, kinh tế số chiếm 20% GDP", "By 2025, the digital economy makes up 20 % of GDP")
            .source(BASIC_TARGETS_2025).build())
        .target(Target.builder("dx.digital-economy-share-each-sector-2025").indicator("dx.digital-economy-share")
            .requires(Comparison.AT_LEAST, "10").byEndOf(2025).scope(Scope.eachMember(SECTOR.value()))
            .statement("Đến năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%",
                "By 2025, the digital economy makes up at least 10 % of each economic sector")
            .source(SECTORS_2025).build())
        .target(Target.builder("dx.fibre-household-coverage-2025").indicator("dx.fibre-household-coverage")
            .requires(Comparison.MORE_THAN, "80").byEndOf(2025).scope(Scope.wholeRegion())
            .statement("Đến năm 2025, hạ tầng băng rộng cáp quang phủ trên 80% hộ gia đình",
                "By 2025, fibre broadband reaches more than 80 % of households")
            .source(BASIC_TARGETS_2025).build())
        .target(Target.builder("dx.fibre-commune-coverage-2025").indicator("dx.fibre-commune-coverage")
            .requires(Comparison.AT_LEAST, "100").byEndOf(2025).scope(Scope.wholeRegion())
            .statement("Đến năm 2025, hạ tầng băng rộng cáp quang phủ 100% xã",
                "By 2025, fibre broadband reaches 100 % of communes")
            .source(BASIC_TARGETS_2025).build())
        .target(Target.builder("dx.e-payment-account-share-2025").indicator("dx.e-payment-account-share")
            .requires(Comparison.MORE_THAN, "50").byEndOf(2025).scope(Scope.wholeRegion())
            .statement("Đến năm 2025, tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%",
                "By 2025, more than half of the population uses electronic payment")
            .source(SOCIETY_2025).build())
        .target(Target.builder("dx.e-payment-account-share-2030").indicator("dx.e-payment-account-share")
            .requires(Comparison.AT_LEAST, "80").byEndOf(2030).scope(Scope.wholeRegion())
            .statement("Đến năm 2030, 80% dân số sử dụng thanh toán điện tử",
                "By 2030, 80 % of the population uses electronic payment")
            .source(SOCIETY_2030).build())
        .build();
  }

  /** Commune-level administrative units. */
  static final Unit COMMUNES = Unit.of("communes", "xã", "communes");
}
