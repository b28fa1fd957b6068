package dev.chitieu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.AssessmentJson;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.rollup.RollupPropertyData;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plan with targets of every scope (whole region, each member, every year, cumulative) on the rollup property
 * test's random data (SAMPLE, invented), assessed on Spark's figures and in one JVM: the same assessment, to the
 * printed JSON, as of a day inside the horizon (projections, running totals).
 */
class SameAssessmentTest {
  static LongStream seeds() {
    return LongStream.of(2);
  }

  static Plan plan(RollupPropertyData data) {
    Plan.Builder b = Plan.builder("p.sample").title("Kế hoạch mẫu", "Sample plan")
        .authority("Ủy ban nhân dân (mẫu)", "People's Committee (sample)").region(data.provinces().get(0).value())
        .document("1/KH-MAU", "2024-01").horizon(Period.years(2024, 2025)).source(TrapsTest.SAMPLE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "Công nghệ thông tin", "ICT"), Member.of("tourism", "Du lịch", "Tourism"))));
    List<Indicator> named = data.indicators().stream().map(i -> Indicator.builder(i.id().value())
        .name("Chỉ số mẫu " + i.id(), "Sample indicator " + i.id()).aggregation(i.aggregation()).dimension("sector")
        .build()).toList();
    named.forEach(b::indicator);
    int n = 0;
    for (Indicator i : named) {
      n++;
      Scope scope = switch (n % 4) {
        case 0 -> Scope.wholeRegion();
        case 1 -> Scope.eachMember("sector");
        case 2 -> Scope.everyYear(2024, 2025);
        default -> i.aggregation().isBase() && !(i.aggregation() instanceof dev.chitieu.core.model.Aggregation.Stock)
            ? Scope.cumulative(2024, 2025) : Scope.wholeRegion();
      };
      b.target(Target.builder("t" + n).indicator(i.id().value()).requires(Comparison.AT_LEAST, "" + (100 * n))
          .byEndOf(2025).scope(scope).statement("Chỉ tiêu mẫu " + n, "Sample target " + n).source(TrapsTest.SAMPLE)
          .build());
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void assessment_equalsTheInJvmOne(long seed) {
    RollupPropertyData data = RollupPropertyData.of(seed, false);
    Plan plan = plan(data);
    SparkRollup spark = SparkRollup.of(SparkMeasurements.of(LocalSpark.get(), data.rows()), data.regions(), plan);
    // mid-year: projections, running totals, comparisons; the final judgements at the deadline are TrapsTest's
    for (LocalDate asOf : List.of(LocalDate.of(2025, 6, 30))) {
      Assessment expected = Assessor.withDefaults().assess(plan, MeasurementSet.of(data.rows()), data.regions(),
          asOf);
      Assessment actual = spark.assess(Assessor.withDefaults(), plan, asOf);
      assertThat(AssessmentJson.write(actual)).as("seed %d as of %s", seed, asOf)
          .isEqualTo(AssessmentJson.write(expected));
      System.out.println("seed " + seed + " as of " + asOf + ": " + spark.rounds + " rounds of figures");
    }
  }
}
