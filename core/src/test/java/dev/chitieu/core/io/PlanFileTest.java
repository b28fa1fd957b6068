package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.plan.InvalidPlanException;
import dev.chitieu.core.plan.PlanProblem;
import dev.chitieu.core.plan.TestPlans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFileTest {
  private static final String SAMPLE = sample();

  private static String sample() {
    try (InputStream in = PlanFileTest.class.getResourceAsStream("sample-plan.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PlanFile read(String yaml) {
    return PlanFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "plan.yaml");
  }

  @Test
  void sample_readsAsThePlanItLists() {
    Plan plan = read(SAMPLE).plan();

    assertThat(plan.id().value()).isEqualTo("thainguyen-00-2026-2030");
    assertThat(plan.region().value()).isEqualTo("19");
    assertThat(plan.horizon().toString()).isEqualTo("2026-01..2030-12");
    assertThat(plan.indicators()).hasSize(4);
    assertThat(plan.findIndicator(IndicatorId.of("tn.ecommerce-share")).orElseThrow().aggregation())
        .isEqualTo(Aggregation.percent(IndicatorId.of("tn.ecommerce-revenue"), IndicatorId.of("tn.retail-sales"))
            .weightedBy(IndicatorId.of("tn.retail-sales")));
    assertThat(plan.findIndicator(IndicatorId.of("tn.open-datasets")).orElseThrow().unit())
        .isEqualTo(Unit.of("datasets", "bộ dữ liệu", "datasets"));
    Target first = plan.findTarget(TargetId.of("tn.ecommerce-share-2030")).orElseThrow();
    assertThat(first.comparison()).isEqualTo(Comparison.MORE_THAN);
    assertThat(first.threshold()).isEqualTo(new BigDecimal("10"));
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(first.scope()).isEqualTo(Scope.wholeRegion());
    assertThat(first.source().locator()).isEqualTo("chỉ tiêu 1/3 (target 1 of 3)");
    Target second = plan.findTarget(TargetId.of("tn.ecommerce-share-each-sector-2030")).orElseThrow();
    assertThat(second.threshold()).isEqualTo(new BigDecimal("5.5"));
    assertThat(second.scope()).isEqualTo(Scope.eachMember("sector"));
    assertThat(second.leadAgency().orElseThrow().en()).isEqualTo("Department of Industry and Trade");
    Target third = plan.findTarget(TargetId.of("tn.open-datasets-yearly")).orElseThrow();
    assertThat(third.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(third.scope()).isEqualTo(Scope.everyYear(2026, 2030));
  }

  @Test
  void written_readsBackEqual_andIsCompact() {
    Plan plan = read(SAMPLE).plan();
    String text = PlanFile.write(plan, Optional.of("communes.csv"), Optional.empty());

    PlanFile again = read(text);
    assertThat(again.plan()).isEqualTo(plan);
    assertThat(again.regions()).contains("communes.csv");
    assertThat(again.formerUnits()).isEmpty();
    assertThat(text.lines().count()).isLessThan(100);
  }

  @Test
  void aJavaBuiltPlan_whoseTargetCitesAnUnlistedSource_isRefusedNamingPlanAndTarget() {
    Plan plan = TestPlans.valid().target(Target.builder("t.other").indicator("t.revenue")
        .requires(Comparison.AT_LEAST, "1").byEndOf(2026).statement("Một", "One")
        .source(new SourceRef("Quyết định số 9/QĐ-TEST", PartialDate.parse("2025-06"), "Điều 1", "")).build()).build();

    assertThatThrownBy(() -> PlanFile.write(plan))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.problems())
            .extracting(PlanProblem::rule).containsExactly("source-not-listed"))
        .hasMessageContaining("plan 'test-plan', target 't.other' cites a source the plan does not list")
        .hasMessageContaining("add it to the plan's sources");
  }

  @Test
  void aJavaBuiltPlan_writtenAndReadBack_isEqual() {
    Plan plan = TestPlans.valid().build();
    assertThat(read(PlanFile.write(plan)).plan()).isEqualTo(plan);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        argumentSet("threshold with a decimal comma", "    require: more than 10\n", "    require: more than 15,5\n",
            "require: more than 15,5", "target 'tn.ecommerce-share-2030': require 'more than 15,5': has threshold '15,5' written with a decimal comma; write it with a"
                + " decimal point and no thousands separator: '15.5'"),
        argumentSet("target without a source", "    source: plan\n    at: chỉ tiêu 1/3", "    at: chỉ tiêu 1/3",
            "  tn.ecommerce-share-2030:", "target 'tn.ecommerce-share-2030': has no source; expected source: the name"
                + " of one of the plan's sources (plan), and at: where in it"),
        argumentSet("misspelt key", "    require: more than 10\n", "    requre: more than 10\n", "requre:",
            "'requre' is not a key here; expected 'require'? the keys are indicator, require, by"),
        argumentSet("unknown unit", "    unit: billion-vnd\n    aggregation: flow\n    dimensions",
            "    unit: billion-dong\n    aggregation: flow\n    dimensions", "unit: billion-dong",
            "indicator 'tn.ecommerce-revenue': unit 'billion-dong' is neither built in nor declared under 'units';"
                + " expected one of percent, count, persons, enterprises, billion-vnd, datasets"),
        argumentSet("no aggregation", "    unit: billion-vnd\n    aggregation: flow\n    dimensions",
            "    unit: billion-vnd\n    dimensions", "  tn.ecommerce-revenue:",
            "indicator 'tn.ecommerce-revenue': has no 'aggregation'; expected aggregation: how figures combine:"
                + " flow"),
        argumentSet("a share as a stock", "    aggregation: tn.ecommerce-revenue / tn.retail-sales × 100\n"
                + "    weight: tn.retail-sales\n", "    aggregation: stock\n", "aggregation: stock",
            "indicator 'tn.ecommerce-share': is in percent but aggregates as a stock"),
        argumentSet("ratio without its scale", "tn.ecommerce-revenue / tn.retail-sales × 100",
            "tn.ecommerce-revenue / tn.retail-sales", "aggregation: tn.ecommerce-revenue",
            "aggregation 'tn.ecommerce-revenue / tn.retail-sales' has no scale; expected the ratio times its scale"),
        argumentSet("target on an undeclared indicator", "    indicator: tn.open-datasets\n",
            "    indicator: tn.open-data\n", "indicator: tn.open-data",
            "target 'tn.open-datasets-yearly': applies to indicator 'tn.open-data', which the plan does not"
                + " declare"),
        argumentSet("deadline as words", "    by: 2030\n    vi: Thương", "    by: end of 2030\n    vi: Thương",
            "by: end of 2030", "by 'end of 2030' is not a year or a day; expected a year for its end"),
        argumentSet("unknown source", "    source: plan\n    at: chỉ tiêu 2/3", "    source: report\n    at: chỉ tiêu 2/3",
            "source: report", "source 'report' is not one of the plan's sources; expected one of plan"),
        argumentSet("unknown comparison", "require: at least 5.5", "require: roughly 5.5", "require: roughly",
            "require 'roughly 5.5' does not start with a comparison; expected at least, more than"),
        argumentSet("scope on an undeclared dimension", "scope: each sector", "scope: each province",
            "scope: each province", "applies to each member of dimension 'province', which the plan does not"
                + " declare"),
        argumentSet("a key written twice", "    require: more than 10\n", "    require: more than 10\n"
                + "    require: more than 12\n", "^require: more than 12",
            "'require' is written twice in the same map"),
        argumentSet("a deadline outside the horizon", "    by: 2030\n    vi: Thương", "    by: 2031\n    vi: Thương",
            "by: 2031", "has deadline 2031-12-31 outside the plan's horizon"));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void eachMistake_isReportedAtItsLineAndColumn_withWhatToWrite(String from, String to, String at, String says) {
    assertThat(SAMPLE).contains(from);
    String yaml = SAMPLE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    List<DataProblem> problems = PlanFile.check(yaml, "plan.yaml");

    String where = locationOf(yaml, at);
    assertThat(problems).as("%s", problems).anySatisfy(p -> {
      assertThat(p.source()).isEqualTo("plan.yaml");
      assertThat(p.location()).isEqualTo(where);
      assertThat(p.message()).contains(says).contains("plan 'thainguyen-00-2026-2030'");
    });
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("plan.yaml " + where);
  }

  @Test
  void everyProblem_isReportedAtOnce() {
    String yaml = SAMPLE.replace("require: more than 10", "require: more than 10,5")
        .replace("    unit: billion-vnd\n    aggregation: flow\n    dimensions", "    unit: dong\n    dimensions")
        .replace("by: 2030\n    scope: every", "by: soon\n    scope: every");
    assertThat(PlanFile.check(yaml, "plan.yaml")).extracting(DataProblem::problem)
        .anyMatch(p -> p.contains("decimal comma")).anyMatch(p -> p.contains("unit 'dong'"))
        .anyMatch(p -> p.contains("has no 'aggregation'")).anyMatch(p -> p.contains("by 'soon'"));
  }

  @Test
  void notYaml_isOneProblemWithItsPlace() {
    List<DataProblem> problems = PlanFile.check("plan: x\n  title: [unclosed\n", "bad.yaml");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("line ");
      assertThat(p.problem()).contains("is not valid YAML");
    });
  }

  /**
   * "line L, column C", 1-based, of the value in the first occurrence of a {@code key: value} text in the YAML, of
   * the key when the text starts with {@code ^}, of an item's id when it starts with two spaces.
   */
  private static String locationOf(String yaml, String marked) {
    boolean keyItself = marked.startsWith("^");
    String text = keyItself ? marked.substring(1) : marked;
    int i = yaml.indexOf(text);
    assertThat(i).as("'%s' in the YAML", text).isNotNegative();
    String before = yaml.substring(0, i);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = i - before.lastIndexOf('\n');
    String key = keyItself ? "" : text.contains(": ") ? text.substring(0, text.indexOf(": ") + 2) : text.startsWith("  ") ? "  " : "";
    return "line " + line + ", column " + (column + key.length());
  }
}
