package dev.chitieu.haiphong;

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
import java.math.BigDecimal;
import java.util.List;

/**
 * Plan No. 106/KH-UBND of the Hai Phong City People's Committee: digital economy in all sectors, for the year 2025.
 *
 * <p>Read from three news reports of the plan (German and English reports of the city's portal article, and a French
 * article of May 2025 that names the plan number). None gives the day the plan was signed, so its date is the year
 * 2025 only. The Vietnamese texts are our rendering of the reports, not quotations of the plan.
 */
final class HaiPhongPlan {
  private HaiPhongPlan() {}

  static final String DOCUMENT_NUMBER = "106/KH-UBND";

  /** The sources give the year only; the French report is dated May 2025 and says the plan was "just published". */
  static final String ISSUED = "2025";

  private static final String DOCUMENT = "Kế hoạch số 106/KH-UBND của Ủy ban nhân dân thành phố Hải Phòng";

  /** The city portal's report (read in German); it gives all seven targets and the five priority sectors. */
  static final SourceRef CITY_PORTAL = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://thanhphohaiphong.gov.vn/thanh-pho-hai-phong-dat-muc-tieu-kinh-te-so-chiem-35-grdp-trong-nam-2025.html",
      "");

  /** The French report: the only one that names the plan number. No URL in the copy read. */
  static final SourceRef FRENCH_REPORT = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "« Hai Phong mise sur le numérique pour dynamiser son développement économique », French-language news"
          + " article, May 2025 (no URL in the copy read)",
      "names the plan: « Plan n°106/KH-UBND »");

  /** The English report, a machine translation of the same targets. No URL, headline or date in the copy read. */
  static final SourceRef ENGLISH_REPORT = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "English-language news report beginning \"According to the plan of the Hai Phong City People's Committee, by"
          + " the end of 2025 …\" (machine translation; no URL, headline or date in the copy read)",
      "");

  static final DimensionId SECTOR = DimensionId.of("sector");

  private static final Unit PER_1000 =
      Unit.of("per-1000-inhabitants", "DN/1.000 dân", "enterprises per 1,000 inhabitants");

  static Plan plan() {
    return Plan.builder(HaiPhongPlanProvider.PLAN_ID)
        .title("Kế hoạch phát triển kinh tế số trong tất cả các ngành, lĩnh vực năm 2025",
            "Plan for developing the digital economy in all sectors in 2025")
        .authority("Ủy ban nhân dân thành phố Hải Phòng", "Hai Phong City People's Committee")
        .region(HaiPhongPlanProvider.REGION)
        .document(DOCUMENT_NUMBER, ISSUED)
        .horizon(Period.year(2025))
        .source(CITY_PORTAL)
        .source(FRENCH_REPORT)
        .source(ENGLISH_REPORT)
        .dimension(sectors())
        .indicator(base("hp.digital-economy-value-added", Unit.BILLION_VND, Aggregation.flow(), true,
            "Giá trị tăng thêm của kinh tế số", "Value added of the digital economy",
            "Các nguồn không nêu cách đo; tính cùng loại giá với GRDP (giá hiện hành).",
            "The sources do not say how it is measured; use the same prices as GRDP (current prices)."))
        .indicator(base("hp.grdp", Unit.BILLION_VND, Aggregation.flow(), true,
            "Tổng sản phẩm trên địa bàn (GRDP)", "Gross regional domestic product (GRDP)",
            "Theo ngành: giá trị tăng thêm của ngành đó.", "By sector: the value added of that sector."))
        .indicator(Indicator.builder("hp.digital-economy-share")
            .name("Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP")
            .unit(Unit.PERCENT).decimals(2).dimension(SECTOR.value())
            .aggregation(percent("hp.digital-economy-value-added", "hp.grdp"))
            .notes("Giá trị tăng thêm của kinh tế số / GRDP × 100. Theo ngành: giá trị tăng thêm kinh tế số của ngành"
                    + " / giá trị tăng thêm của ngành × 100. Kế hoạch yêu cầu 'mỗi ngành, lĩnh vực' đạt tối thiểu 15%"
                    + " nhưng các nguồn chỉ nêu tên 5 ngành, lĩnh vực ưu tiên, nên chiều 'sector' gồm 5 ngành đó;"
                    + " thương mại điện tử và CNTT-TT không phải là ngành trong hệ thống tài khoản quốc gia, cách"
                    + " tách giá trị tăng thêm của chúng các nguồn không nêu.",
                "Digital economy value added / GRDP × 100. By sector: the digital economy's value added in the"
                    + " sector / the sector's value added × 100. The plan asks for at least 15 % in 'each industry"
                    + " and field', but the sources name only the five priority sectors, so the 'sector' dimension"
                    + " holds those five; e-commerce and ICT are not sectors of the national accounts, and the"
                    + " sources do not say how their value added is set apart.")
            .build())
        .indicator(base("hp.ecommerce-revenue", Unit.BILLION_VND, Aggregation.flow(), false,
            "Doanh thu thương mại điện tử", "E-commerce revenue", "", ""))
        .indicator(base("hp.retail-sales", Unit.BILLION_VND, Aggregation.flow(), false,
            "Tổng mức bán lẻ", "Total retail sales",
            "Các nguồn viết 'tổng doanh thu bán lẻ' mà không nói có gồm doanh thu dịch vụ tiêu dùng hay không"
                + " (chỉ tiêu thống kê 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng' có gồm).",
            "The sources say 'total retail sales' without saying whether consumer-service revenue is included"
                + " (the statistical 'total retail sales of goods and consumer-service revenue' includes it)."))
        .indicator(Indicator.builder("hp.ecommerce-share")
            .name("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "E-commerce share of total retail sales")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(percent("hp.ecommerce-revenue", "hp.retail-sales"))
            .notes("Doanh thu thương mại điện tử / tổng mức bán lẻ × 100, cả hai cộng dồn trong cùng kỳ.",
                "E-commerce revenue / total retail sales × 100, both summed over the same period.")
            .build())
        .indicator(base("hp.digital-tech-enterprises", Unit.ENTERPRISES, Aggregation.stock(), false,
            "Số doanh nghiệp công nghệ số", "Digital technology enterprises",
            "Số doanh nghiệp đang hoạt động cuối kỳ; các nguồn không nêu tiêu chí xác định doanh nghiệp công nghệ"
                + " số.",
            "Enterprises in operation at the end of the period; the sources do not give the criteria of a digital"
                + " technology enterprise."))
        .indicator(base("hp.population", Unit.PERSONS, Aggregation.stock(), false, "Dân số", "Population",
            "Các nguồn không nói dân số trung bình hay cuối kỳ; dùng cùng một cách cho mọi kỳ.",
            "The sources do not say whether average or end-of-period population; use one of them throughout."))
        .indicator(Indicator.builder("hp.digital-tech-enterprise-density")
            .name("Số doanh nghiệp công nghệ số trên 1.000 dân", "Digital technology enterprises per 1,000"
                + " inhabitants")
            .unit(PER_1000).decimals(2)
            .aggregation(Aggregation.ratio(IndicatorId.of("hp.digital-tech-enterprises"),
                IndicatorId.of("hp.population"), BigDecimal.valueOf(1000)).weightedBy(IndicatorId.of("hp.population")))
            .notes("Số doanh nghiệp công nghệ số / dân số × 1.000.",
                "Digital technology enterprises / population × 1,000.")
            .build())
        .indicator(base("hp.population-15plus", Unit.PERSONS, Aggregation.stock(), false,
            "Dân số từ 15 tuổi trở lên", "Population aged 15 and over", "", ""))
        .indicator(base("hp.payment-account-holders-15plus", Unit.PERSONS, Aggregation.stock(), false,
            "Số người từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác",
            "Persons aged 15 and over with a payment account at a bank or other licensed organisation",
            "Mỗi người tính một lần dù có nhiều tài khoản.", "A person with several accounts counts once."))
        .indicator(Indicator.builder("hp.payment-account-share")
            .name("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán",
                "Share of the population aged 15 and over with a payment account")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(percent("hp.payment-account-holders-15plus", "hp.population-15plus"))
            .notes("Số người từ 15 tuổi trở lên có tài khoản thanh toán / dân số từ 15 tuổi trở lên × 100.",
                "Persons aged 15 and over with a payment account / population aged 15 and over × 100.")
            .build())
        .indicator(base("hp.adult-population", Unit.PERSONS, Aggregation.stock(), false,
            "Dân số trưởng thành", "Adult population",
            "Các nguồn viết 'người trưởng thành' mà không nêu độ tuổi; hiểu là từ đủ 18 tuổi (Điều 20 Bộ luật Dân"
                + " sự 2015). Cần đối chiếu định nghĩa trong văn bản kế hoạch.",
            "The sources say 'adults' without an age; read as aged 18 and over (Civil Code 2015, Article 20)."
                + " Check against the plan's own text."))
        .indicator(base("hp.adults-with-digital-signature", Unit.PERSONS, Aggregation.stock(), false,
            "Số người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
            "Adults with a digital signature or a personal electronic signature",
            "Mỗi người tính một lần dù có cả hai loại chữ ký.", "A person with both kinds counts once."))
        .indicator(Indicator.builder("hp.digital-signature-share")
            .name("Tỷ lệ người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
                "Share of adults with a digital signature or a personal electronic signature")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(percent("hp.adults-with-digital-signature", "hp.adult-population"))
            .notes("Số người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân / dân số trưởng thành × 100.",
                "Adults with a digital or personal electronic signature / adult population × 100.")
            .build())
        .indicator(base("hp.adults-with-vneid", Unit.PERSONS, Aggregation.stock(), false,
            "Số người trưởng thành có tài khoản định danh điện tử VNeID",
            "Adults with a VNeID electronic identification account", "", ""))
        .indicator(Indicator.builder("hp.vneid-share")
            .name("Tỷ lệ người trưởng thành có tài khoản định danh điện tử VNeID",
                "Share of adults with a VNeID electronic identification account")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(percent("hp.adults-with-vneid", "hp.adult-population"))
            .notes("Số người trưởng thành có tài khoản VNeID / dân số trưởng thành × 100.",
                "Adults with a VNeID account / adult population × 100.")
            .build())
        .target(target("hp.digital-economy-share-2025", "hp.digital-economy-share", Comparison.AT_LEAST, "35",
            Scope.wholeRegion(), 1,
            "Đến cuối năm 2025, tỷ trọng kinh tế số đạt 35% GRDP",
            "By the end of 2025, the digital economy reaches 35 % of GRDP"))
        .target(target("hp.digital-economy-share-each-sector-2025", "hp.digital-economy-share",
            Comparison.AT_LEAST, "15", Scope.eachMember(SECTOR.value()), 2,
            "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%",
            "The digital economy reaches at least 15 % in each industry and field"))
        .target(target("hp.ecommerce-share-2025", "hp.ecommerce-share", Comparison.MORE_THAN, "15",
            Scope.wholeRegion(), 3,
            "Thương mại điện tử chiếm trên 15% tổng mức bán lẻ",
            "E-commerce accounts for over 15 % of total retail sales"))
        .target(target("hp.digital-tech-enterprise-density-2025", "hp.digital-tech-enterprise-density",
            Comparison.MORE_THAN, "0.7", Scope.wholeRegion(), 4,
            "Trên 0,7 doanh nghiệp công nghệ số trên 1.000 dân",
            "Over 0.7 digital technology enterprises per 1,000 inhabitants"))
        .target(target("hp.payment-account-share-2025", "hp.payment-account-share", Comparison.AT_LEAST, "85",
            Scope.wholeRegion(), 5,
            "85% dân số từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác",
            "85 % of the population aged 15 and over have a payment account at a bank or other licensed"
                + " organisation"))
        .target(target("hp.digital-signature-share-2025", "hp.digital-signature-share", Comparison.MORE_THAN, "50",
            Scope.wholeRegion(), 6,
            "Trên 50% người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
            "More than 50 % of adults have a digital signature or a personal electronic signature"))
        .target(target("hp.vneid-share-2025", "hp.vneid-share", Comparison.AT_LEAST, "80", Scope.wholeRegion(), 7,
            "80% người trưởng thành có tài khoản định danh điện tử VNeID",
            "80 % of adults have a VNeID electronic identification account"))
        .build();
  }

  /** The five priority sectors the plan names, in its order. */
  private static Dimension sectors() {
    return new Dimension(SECTOR, LocalizedText.of("Ngành, lĩnh vực ưu tiên", "Priority sector"), List.of(
        Member.of("ecommerce", "Thương mại điện tử", "E-commerce"),
        Member.of("smart-tourism", "Du lịch thông minh", "Smart tourism"),
        Member.of("smart-agriculture", "Nông nghiệp thông minh", "Smart agriculture"),
        Member.of("smart-manufacturing", "Sản xuất thông minh", "Smart manufacturing"),
        Member.of("ict", "Công nghệ thông tin và truyền thông", "Information and communication technology")));
  }

  private static Indicator base(String id, Unit unit, Aggregation aggregation, boolean bySector, String vi,
      String en, String notesVi, String notesEn) {
    Indicator.Builder b = Indicator.builder(id).name(vi, en).unit(unit).aggregation(aggregation).decimals(0)
        .notes(notesVi, notesEn);
    if (bySector) {
      b.dimension(SECTOR.value());
    }
    return b.build();
  }

  /** A percentage whose values reported without parts are weighed by the denominator when rolled up. */
  private static Aggregation percent(String numerator, String denominator) {
    return Aggregation.percent(IndicatorId.of(numerator), IndicatorId.of(denominator))
        .weightedBy(IndicatorId.of(denominator));
  }

  private static Target target(String id, String indicator, Comparison comparison, String threshold, Scope scope,
      int number, String vi, String en) {
    return Target.builder(id).indicator(indicator).requires(comparison, threshold).byEndOf(2025).scope(scope)
        .statement(vi, en).source(CITY_PORTAL.at("chỉ tiêu " + number + "/7 (target " + number + " of 7)")).build();
  }
}
