package dev.chitieu.testkit;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import java.time.LocalDate;
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

  /** Rows of the official mapping of 1 July 2025 for the two sample wards, one of them from a split unit. */
  static List<FormerUnit> formerUnits() {
    LocalDate until = LocalDate.of(2025, 6, 30);
    return List.of(
        FormerUnit.commune("10510", "Phường Bình Hàn", "Thành phố Hải Dương", "Tỉnh Hải Dương", until,
            List.of("10507")),
        FormerUnit.commune("10513", "Phường Ngọc Châu", "Thành phố Hải Dương", "Tỉnh Hải Dương", until,
            List.of("10525")),
        FormerUnit.commune("10528", "Phường Trần Phú", "Thành phố Hải Dương", "Tỉnh Hải Dương", until,
            List.of("10507", "10525")));
  }
}
