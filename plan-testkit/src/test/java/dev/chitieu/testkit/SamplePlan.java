package dev.chitieu.testkit;

import dev.chitieu.core.Aggregation;
import dev.chitieu.core.Comparison;
import dev.chitieu.core.Dimension;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.Indicator;
import dev.chitieu.core.IndicatorId;
import dev.chitieu.core.LocalizedText;
import dev.chitieu.core.Member;
import dev.chitieu.core.PartialDate;
import dev.chitieu.core.Period;
import dev.chitieu.core.Plan;
import dev.chitieu.core.Region;
import dev.chitieu.core.RegionLevel;
import dev.chitieu.core.Scope;
import dev.chitieu.core.SourceRef;
import dev.chitieu.core.Target;
import dev.chitieu.core.Unit;
import java.util.List;

/** A small valid plan, for tests of the kit; each test breaks a copy in one place. */
final class SamplePlan {
  private SamplePlan() {}

  static final SourceRef SOURCE = new SourceRef("Kế hoạch số 7/KH-MAU", PartialDate.parse("2025-05"),
      "https://example.org/sample-plan", "");

  static Plan.Builder valid() {
    return Plan.builder("sample-plan")
        .title("Kế hoạch mẫu", "Sample plan")
        .authority("Ủy ban nhân dân thành phố Mẫu", "Sample City People's Committee")
        .region("31")
        .document("7/KH-MAU", "2025-05")
        .horizon(Period.year(2025))
        .source(SOURCE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "Công nghệ thông tin", "ICT"))))
        .indicator(Indicator.builder("sp.revenue").name("Doanh thu", "Revenue").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("sp.retail").name("Tổng mức bán lẻ", "Retail sales").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("sp.share").name("Tỷ trọng", "Share").unit(Unit.PERCENT).decimals(2)
            .aggregation(Aggregation.percent(IndicatorId.of("sp.revenue"), IndicatorId.of("sp.retail")))
            .dimension("sector").build())
        .target(Target.builder("sp.share-2025").indicator("sp.share").requires(Comparison.MORE_THAN, "15")
            .byEndOf(2025).scope(Scope.wholeRegion()).statement("Trên 15%", "Over 15%").source(SOURCE).build());
  }

  static List<Region> communes() {
    return List.of(
        Region.of("10507", "Thành Đông", "Thanh Dong", RegionLevel.COMMUNE, "ward", "31"),
        Region.of("10525", "Hải Dương", "Hai Duong", RegionLevel.COMMUNE, "ward", "31"));
  }
}
