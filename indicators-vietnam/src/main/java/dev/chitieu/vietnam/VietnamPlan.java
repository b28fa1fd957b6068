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
 * section III.1, the digital-economy targets). Only its four digital-economy share targets are encoded.
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

  /** National results of the first half of 2024, measured against the strategy; states no target of it. */
  static final SourceRef RESULTS_H1_2024 = new SourceRef(DOCUMENT, PartialDate.parse(ISSUED),
      "https://kinhtedothi.vn/doanh-thu-cong-nghe-thong-tin-dat-gan-2-trieu-ty-dong.html",
      "results of H1 2024: digital economy 18.3 % of GDP (estimate); no targets quoted");

  static final DimensionId SECTOR = DimensionId.of("sector");

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
        .build();
  }

  /** Every target of the decision encoded here is "reach" / "at least" (≥). */
  private static Target target(String id, String threshold, int year, Scope scope, SourceRef source, String vi,
      String en) {
    return Target.builder(id).indicator("vn.digital-economy-share").requires(Comparison.AT_LEAST, threshold)
        .byEndOf(year).scope(scope).statement(vi, en).source(source).build();
  }
}
