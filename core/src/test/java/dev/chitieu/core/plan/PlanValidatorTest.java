package dev.chitieu.core.plan;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanValidatorTest {
  private static final SourceRef SRC = TestPlans.SOURCE;

  @Test
  void validPlan_hasNoProblems() {
    assertThat(PlanValidator.validate(TestPlans.valid().build())).isEmpty();
  }

  static Stream<Arguments> brokenPlans() {
    return Stream.of(
        argumentSet("duplicate indicator id", (UnaryOperator<Plan.Builder>) b -> b.indicator(
                Indicator.builder("t.retail").name("Bán lẻ", "Retail").dimension("sector")
                    .aggregation(Aggregation.flow()).build()),
            "duplicate-id",
            "plan 'test-plan', indicator 't.retail': is declared 2 times; ids must be unique within a plan, rename or"
                + " remove the duplicates"),
        argumentSet("duplicate target id", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.share-2026").indicator("t.share").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).statement("a", "b").source(SRC).build()),
            "duplicate-id", "plan 'test-plan', target 't.share-2026': is declared 2 times"),
        argumentSet("target on an undeclared indicator", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.ghost").indicator("t.nowhere").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).statement("a", "b").source(SRC).build()),
            "undeclared-indicator",
            "plan 'test-plan', target 't.ghost': applies to indicator 't.nowhere', which the plan does not declare;"
                + " declared: [t.revenue, t.retail, t.share]"),
        argumentSet("breakdown the indicator does not accept", (UnaryOperator<Plan.Builder>) b -> b
                .indicator(Indicator.builder("t.plain").name("Đơn", "Plain").aggregation(Aggregation.flow()).build())
                .target(Target.builder("t.plain-each").indicator("t.plain").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).scope(Scope.eachMember("sector")).statement("a", "b").source(SRC).build()),
            "breakdown-not-accepted",
            "plan 'test-plan', target 't.plain-each': applies to each 'sector', but indicator 't.plain' accepts no"
                + " breakdown; add the dimension to the indicator or change the scope"),
        argumentSet("scope on an undeclared dimension", (UnaryOperator<Plan.Builder>) b -> b
                .target(Target.builder("t.by-age").indicator("t.share").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).scope(Scope.eachMember("age")).statement("a", "b").source(SRC).build()),
            "undeclared-dimension",
            "plan 'test-plan', target 't.by-age': applies to each member of dimension 'age', which the plan does not"
                + " declare; declared: [sector]"),
        argumentSet("deadline outside the horizon", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.late").indicator("t.share").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2030).statement("a", "b").source(SRC).build()),
            "deadline-outside-horizon",
            "plan 'test-plan', target 't.late': has deadline 2030-12-31 outside the plan's horizon 2025-01..2026-12"
                + " (2025-01-01 to 2026-12-31); use a deadline inside it, e.g. 2026-12-31"),
        argumentSet("missing English title", (UnaryOperator<Plan.Builder>) b -> b.title("Kế hoạch thử", " "),
            "blank-text",
            "plan 'test-plan': has no English title; every text a person reads needs 'vi' and 'en'"),
        argumentSet("missing Vietnamese statement", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.novi").indicator("t.share").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).statement("", "In English only").source(SRC).build()),
            "blank-text",
            "plan 'test-plan', target 't.novi': has no Vietnamese statement; every text a person reads needs 'vi' and"
                + " 'en'"),
        argumentSet("ratio whose denominator is not declared", (UnaryOperator<Plan.Builder>) b -> b.indicator(
                Indicator.builder("t.rate").name("Tỷ lệ", "Rate").unit(Unit.PERCENT).aggregation(
                    Aggregation.percent(IndicatorId.of("t.revenue"), IndicatorId.of("t.population"))).build()),
            "ratio-parts",
            "plan 'test-plan', indicator 't.rate': is a ratio whose denominator 't.population' is not declared;"
                + " declare 't.population' as a flow or stock indicator of the plan"),
        argumentSet("ratio of a ratio", (UnaryOperator<Plan.Builder>) b -> b.indicator(
                Indicator.builder("t.rate").name("Tỷ lệ", "Rate").unit(Unit.PERCENT).aggregation(
                    Aggregation.percent(IndicatorId.of("t.share"), IndicatorId.of("t.retail"))).build()),
            "ratio-parts",
            "plan 'test-plan', indicator 't.rate': is a ratio whose numerator 't.share' is itself a ratio; use a"
                + " flow or stock base quantity"),
        argumentSet("threshold with more decimals than reported", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.fine").indicator("t.share").requires(Comparison.MORE_THAN, "15.004")
                    .byEndOf(2026).statement("a", "b").source(SRC).build()),
            "threshold-precision",
            "plan 'test-plan', target 't.fine': has threshold 15.004 with 3 decimals, but indicator 't.share' reports"
                + " 2; write the threshold with at most 2 decimals or raise the indicator's reporting decimals"),
        argumentSet("threshold outside the values the indicator can take", (UnaryOperator<Plan.Builder>) b -> b
                .target(Target.builder("t.too-much").indicator("t.share").requires(Comparison.AT_LEAST, "135")
                    .byEndOf(2026).statement("a", "b").source(SRC).build()),
            "threshold-outside-range",
            "plan 'test-plan', target 't.too-much': has threshold 135, outside the values indicator 't.share' can take"
                + " (from 0 to 100); correct the threshold, or declare the indicator's range with"
                + " Indicator.Builder.range(...)"),
        argumentSet("cumulative target on a ratio", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.sum-share").indicator("t.share").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).scope(Scope.cumulative(2025, 2026)).statement("a", "b").source(SRC).build()),
            "cumulative-needs-flow",
            "plan 'test-plan', target 't.sum-share': sums indicator 't.share' over 2025-01..2026-12, but it is a ratio;"
                + " only a flow can be summed over time"),
        argumentSet("recurring range beyond the horizon", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.yearly-long").indicator("t.revenue").requires(Comparison.AT_LEAST, "1")
                    .byEndOf(2026).scope(Scope.everyYear(2024, 2026)).statement("a", "b").source(SRC).build()),
            "scope-outside-horizon",
            "plan 'test-plan', target 't.yearly-long': has every-period range 2024-01..2026-12 outside the plan's"
                + " horizon 2025-01..2026-12; use a range inside it"),
        argumentSet("source without article", (UnaryOperator<Plan.Builder>) b -> b.target(
                Target.builder("t.nosrc").indicator("t.share").requires(Comparison.AT_LEAST, "1").byEndOf(2026)
                    .statement("a", "b").source(new SourceRef("KH 1", PartialDate.parse("2025"), " ", "")).build()),
            "blank-document",
            "plan 'test-plan', target 't.nosrc': cites 'KH 1' without the article it was read from; give its URL or"
                + " citation"),
        argumentSet("dimension without members", (UnaryOperator<Plan.Builder>) b -> b.dimension(
                new Dimension(DimensionId.of("age"), LocalizedText.of("Tuổi", "Age"), List.of())),
            "empty-dimension",
            "plan 'test-plan', dimension 'age': has no members; list the members a target or a data row may name"),
        argumentSet("indicator accepting an undeclared dimension", (UnaryOperator<Plan.Builder>) b -> b.indicator(
                Indicator.builder("t.by-age").name("Theo tuổi", "By age").dimension("age")
                    .aggregation(Aggregation.stock()).build()),
            "undeclared-dimension",
            "plan 'test-plan', indicator 't.by-age': accepts dimension 'age', which the plan does not declare;"
                + " declared: [sector]; declare it with Plan.Builder.dimension(...) or remove it"));
  }

  @ParameterizedTest
  @MethodSource("brokenPlans")
  void brokenPlan_isReportedWithAClearMessage(UnaryOperator<Plan.Builder> breakIt, String rule, String message) {
    Plan plan = breakIt.apply(TestPlans.valid()).build();

    List<PlanProblem> problems = PlanValidator.validate(plan);

    assertThat(problems).extracting(PlanProblem::rule).containsExactly(rule);
    assertThat(problems.get(0).message()).startsWith(message);
    assertThatThrownBy(() -> PlanValidator.requireValid(plan))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyProblem_isReportedAtOnce() {
    Plan plan = TestPlans.valid().title("", "")
        .target(Target.builder("t.a").indicator("t.none").requires(Comparison.AT_LEAST, "1").byEndOf(2040)
            .statement("a", "b").source(SRC).build())
        .build();

    InvalidPlanException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidPlanException.class, () -> PlanValidator.requireValid(plan));

    assertThat(e.problems()).extracting(PlanProblem::rule)
        .containsExactly("blank-text", "blank-text", "deadline-outside-horizon", "undeclared-indicator");
    assertThat(e.getMessage()).startsWith("4 problems in plan definitions:\n  - plan 'test-plan': has no Vietnamese");
  }

  @Test
  void percentAggregatedAsAStock_isAProblem_evenWhenBuiltWithoutTheBuilder() {
    Indicator stock = new Indicator(dev.chitieu.core.model.IndicatorId.of("t.level"),
        dev.chitieu.core.model.LocalizedText.of("Mức", "Level"), Unit.PERCENT, dev.chitieu.core.model.Direction.INCREASE,
        2, Aggregation.stock(), List.of(), dev.chitieu.core.model.LocalizedText.EMPTY, null);
    Plan plan = TestPlans.valid().indicator(stock).build();
    assertThat(PlanValidator.validate(plan)).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("percent-needs-ratio");
      assertThat(p.message()).isEqualTo("plan 'test-plan', indicator 't.level': is in percent but aggregates as a"
          + " stock, which would add up or carry the communes' percentages; a share is a ratio of two base"
          + " quantities: declare both as indicators and aggregate it as their ratio × 100");
    });
  }

  @Test
  void thresholdWithTrailingZeros_withinPrecision_isAccepted() {
    Plan plan = TestPlans.valid().target(Target.builder("t.zeros").indicator("t.revenue")
        .requires(Comparison.AT_LEAST, "15.000").byEndOf(2026).statement("a", "b").source(SRC).build()).build();
    assertThat(PlanValidator.validate(plan)).isEmpty();
  }
}
