package dev.chitieu.core.plan;

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

/** Small valid plans for tests; each test breaks a copy in one place. */
public final class TestPlans {
  private TestPlans() {}

  public static final SourceRef SOURCE =
      new SourceRef("Kế hoạch số 1/KH-TEST", PartialDate.parse("2025-05"), "https://example.org/test-plan", "");

  public static Plan.Builder valid() {
    return Plan.builder("test-plan")
        .title("Kế hoạch thử", "Test plan")
        .authority("Ủy ban nhân dân tỉnh Thử", "Test Provincial People's Committee")
        .region("31")
        .document("1/KH-TEST", "2025-05")
        .horizon(Period.years(2025, 2026))
        .source(SOURCE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "Công nghệ thông tin", "ICT"), Member.of("tourism", "Du lịch", "Tourism"))))
        .indicator(Indicator.builder("t.revenue").name("Doanh thu", "Revenue").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("t.retail").name("Bán lẻ", "Retail sales").unit(Unit.BILLION_VND)
            .aggregation(Aggregation.flow()).dimension("sector").build())
        .indicator(Indicator.builder("t.share").name("Tỷ trọng", "Share").unit(Unit.PERCENT).decimals(2)
            .aggregation(Aggregation.percent(IndicatorId.of("t.revenue"), IndicatorId.of("t.retail")))
            .dimension("sector").build())
        .target(Target.builder("t.share-2026").indicator("t.share").requires(Comparison.MORE_THAN, "15")
            .byEndOf(2026).statement("Trên 15%", "Over 15%").source(SOURCE).build())
        .target(Target.builder("t.share-each").indicator("t.share").requires(Comparison.AT_LEAST, "15.50")
            .byEndOf(2026).scope(Scope.eachMember("sector")).statement("Mỗi ngành 15,5%", "Each sector 15.5%")
            .source(SOURCE).build())
        .target(Target.builder("t.revenue-yearly").indicator("t.revenue").requires(Comparison.AT_LEAST, "5")
            .byEndOf(2026).scope(Scope.everyYear(2025, 2026)).statement("Mỗi năm 5", "5 every year")
            .source(SOURCE).build())
        .target(Target.builder("t.revenue-total").indicator("t.revenue").requires(Comparison.AT_LEAST, "20")
            .byEndOf(2026).scope(Scope.cumulative(2025, 2026)).statement("Tổng 20", "20 in total")
            .source(SOURCE).build());
  }

  /**
   * A copy of a plan under another id whose indicator and target ids use another prefix ({@code t.} becomes {@code
   * prefix.}), so that it can be installed beside the original.
   */
  public static Plan renamed(Plan p, String id, String prefix) {
    java.util.function.UnaryOperator<String> re = s -> prefix + s.substring(s.indexOf('.'));
    java.util.function.Function<IndicatorId, IndicatorId> ind = i -> IndicatorId.of(re.apply(i.value()));
    List<Indicator> indicators = p.indicators().stream().map(i -> new Indicator(ind.apply(i.id()), i.name(),
        i.unit(), i.direction(), i.decimals(), switch (i.aggregation()) {
          case Aggregation.Ratio r -> new Aggregation.Ratio(ind.apply(r.numerator()), ind.apply(r.denominator()),
              r.scale(), r.weight().map(ind));
          default -> i.aggregation();
        }, i.dimensions(), i.notes(), i.range())).toList();
    List<Target> targets = p.targets().stream().map(t -> new Target(dev.chitieu.core.model.TargetId.of(
        re.apply(t.id().value())), ind.apply(t.indicator()), t.comparison(), t.threshold(), t.deadline(), t.scope(),
        t.statement(), t.source(), t.leadAgency())).toList();
    return new Plan(dev.chitieu.core.model.PlanId.of(id), p.title(), p.authority(), p.region(), p.documentNumber(),
        p.documentDate(), p.horizon(), p.dimensions(), indicators, targets, p.sources());
  }
}
