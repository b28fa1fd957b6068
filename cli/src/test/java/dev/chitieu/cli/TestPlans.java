package dev.chitieu.cli;

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
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;

/** Small plans for tests of the command line that do not depend on the province modules. */
final class TestPlans {
  private TestPlans() {}

  static final SourceRef SOURCE =
      new SourceRef("Kế hoạch số 1/KH-TEST", PartialDate.parse("2025-05"), "https://example.org/test-plan", "");

  static Plan alpha() {
    return Plan.builder("alpha-1-2025")
        .title("Kế hoạch thử nghiệm Alpha", "Alpha test plan")
        .authority("Ủy ban nhân dân thành phố Thử", "Test City People's Committee")
        .region("31")
        .document("1/KH-TEST", "2025-05")
        .horizon(Period.year(2025))
        .source(SOURCE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "Công nghệ thông tin", "ICT"), Member.of("tourism", "Du lịch", "Tourism"))))
        .indicator(Indicator.builder("a.revenue").name("Doanh thu số", "Digital revenue").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("a.retail").name("Tổng bán lẻ", "Retail sales").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("a.share").name("Tỷ trọng doanh thu số", "Digital revenue share")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(Aggregation.percent(IndicatorId.of("a.revenue"), IndicatorId.of("a.retail")))
            .dimension("sector").build())
        .target(Target.builder("a.share-2025").indicator("a.share").requires(Comparison.MORE_THAN, "15")
            .byEndOf(2025).statement("Tỷ trọng trên 15%", "Share over 15%").source(SOURCE).build())
        .target(Target.builder("a.share-each").indicator("a.share").requires(Comparison.AT_LEAST, "10")
            .byEndOf(2025).scope(Scope.eachMember("sector")).statement("Mỗi ngành tối thiểu 10%",
                "At least 10% in each sector").source(SOURCE).build())
        .build();
  }

  static Plan beta() {
    return Plan.builder("beta-2-2026-2030")
        .title("Kế hoạch thử nghiệm Beta", "Beta test plan")
        .authority("Ủy ban nhân dân tỉnh Thử", "Test Provincial People's Committee")
        .region("24")
        .document("2/KH-TEST", "2025-11-24")
        .horizon(Period.years(2026, 2030))
        .source(SOURCE)
        .indicator(Indicator.builder("b.datasets").name("Bộ dữ liệu mở", "Open datasets").unit(Unit.COUNT)
            .aggregation(Aggregation.flow()).build())
        .target(Target.builder("b.datasets-yearly").indicator("b.datasets").requires(Comparison.AT_LEAST, "5")
            .byEndOf(2030).scope(Scope.everyYear(2026, 2030)).statement("Mỗi năm ít nhất 5 bộ", "5 every year")
            .source(SOURCE).build())
        .target(Target.builder("b.datasets-total").indicator("b.datasets").requires(Comparison.AT_LEAST, "20")
            .byEndOf(2030).scope(Scope.cumulative(2026, 2030)).statement("Tổng 20 bộ", "20 in total")
            .source(SOURCE).build())
        .build();
  }

  /** Contributes {@link #alpha()} and {@link #beta()}. */
  static final class Provider implements PlanProvider {
    @Override
    public String id() {
      return "test";
    }

    @Override
    public List<Plan> plans() {
      return List.of(alpha(), beta());
    }
  }

  /** A provider whose plans() throws. */
  static final class Broken implements PlanProvider {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public List<Plan> plans() {
      throw new IllegalStateException("cannot read bundled plan file");
    }
  }
}
