package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.MeasurementCsv;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every target of every installed plan, judged the day before its deadline, on the deadline day and the day after
 * (and each period of an "every year" target around the last day of that period), on invented sample data made to
 * meet some targets and miss others near their thresholds. On the deadline day a target is final: achieved or not
 * achieved, exactly as the day after; the day before it is not yet "not achieved".
 */
class DeadlineDayTableTest {
  private static final Set<Status> FINAL = Set.of(Status.ACHIEVED, Status.NOT_ACHIEVED);
  private static final Set<Status> OPEN = Set.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
      Status.NOT_YET_ACHIEVED);

  /** One judged part: a target, or one member or period of it, with the day its value is due. */
  private record Row(String plan, String part, LocalDate due, Status before, Status on, Status after, String onValue,
      String afterValue) {
    @Override
    public String toString() {
      return String.format("%-22s %-58s %s  %-12s %-12s %-12s %s", plan, part, due, before, on, after, onValue);
    }
  }

  @Test
  void everyInstalledPlan_isFinalOnItsDeadlineDay_andNotTheDayBefore() {
    List<Row> table = new ArrayList<>();
    int judged = 0;
    for (Plan plan : Run.INSTALLED.plans()) {
      for (Target t : plan.targets()) {
        judged += t.scope() instanceof Scope.EachMember e
            ? plan.findDimension(e.dimension()).orElseThrow().members().size() : dues(t).size();
      }
      MeasurementSet data = sample(plan);
      Set<LocalDate> dues = new TreeSet<>();
      for (Target t : plan.targets()) {
        dues.addAll(dues(t));
      }
      for (LocalDate due : dues) {
        Map<String, TargetResult> before = parts(plan, data, due.minusDays(1));
        Map<String, TargetResult> on = parts(plan, data, due);
        Map<String, TargetResult> after = parts(plan, data, due.plusDays(1));
        for (Target t : plan.targets()) {
          for (String key : on.keySet()) {
            if (key.startsWith(t.id() + " ") && dueOf(t, key).equals(due)) {
              table.add(new Row(plan.id().value(), key, due, before.get(key).status(), on.get(key).status(),
                  after.get(key).status(), String.valueOf(on.get(key).evidence().value().orElse(null)),
                  String.valueOf(after.get(key).evidence().value().orElse(null))));
            }
          }
        }
      }
    }
    String shown = "plan / part / due / day before / deadline day / day after / value\n"
        + String.join("\n", table.stream().map(Row::toString).toList());
    assertThat(table).as(shown).hasSize(judged);
    assertThat(Run.INSTALLED.plans()).hasSizeGreaterThanOrEqualTo(3);
    for (Row r : table) {
      assertThat(r.on()).as("deadline day\n" + shown).isIn(FINAL);
      assertThat(r.after()).as("day after\n" + shown).isEqualTo(r.on());
      assertThat(r.afterValue()).as("value\n" + shown).isEqualTo(r.onValue());
      assertThat(r.before()).as("day before\n" + shown).isIn(OPEN);
      // every target here wants more: a total or a level that meets it the day before meets it on the day
      assertThat(r.before() == Status.ACHIEVED).as("achieved\n" + shown).isEqualTo(r.on() == Status.ACHIEVED);
    }
    assertThat(table).extracting(Row::on).as(shown).contains(Status.ACHIEVED, Status.NOT_ACHIEVED);
    assertThat(table).extracting(Row::before).as(shown).containsAnyOf(Status.AT_RISK, Status.OFF_TRACK);
  }

  @Test
  void theReadmeExample_aYearEndReportOnPlan106_judgesEveryTargetAsFinal(@TempDir java.nio.file.Path dir)
      throws Exception {
    Plan plan = Run.INSTALLED.plan("haiphong-106-2025");
    byte[] csv = SampleData.of(PlanId.of("haiphong-106-2025")).orElseThrow();
    MeasurementSet data = MeasurementCsv.readStrict(new ByteArrayInputStream(csv), "haiphong-106-2025.csv",
        ImportOptions.defaults().withPlan(plan).withRegions(Run.INSTALLED.regions())).measurements();

    Assessment yearEnd = Assessor.withDefaults().assess(plan, data, Run.INSTALLED.regions(), LocalDate.of(2025, 12,
        31));

    assertThat(yearEnd.flattened()).extracting(TargetResult::status)
        .allMatch(s -> s == Status.ACHIEVED || s == Status.NOT_ACHIEVED || s == Status.NO_DATA)
        .contains(Status.NOT_ACHIEVED);
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data",
        Run.sample(dir, "haiphong-106-2025").toString(),
        "--as-of", "2025-12-31", "--lang", "en");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Not achieved").doesNotContain("At risk", "On track", "Off track");
  }

  /** Every judged part of an assessment by a key: target id, then member or period ("" for the whole target). */
  private static Map<String, TargetResult> parts(Plan plan, MeasurementSet data, LocalDate asOf) {
    Map<String, TargetResult> out = new LinkedHashMap<>();
    for (TargetResult r : Assessor.withDefaults().assess(plan, data, Run.INSTALLED.regions(), asOf).results()) {
      if (r.parts().isEmpty()) {
        out.put(r.target() + " ", r);
      }
      for (TargetResult p : r.parts()) {
        out.put(r.target() + " " + p.member().orElse(p.period().map(Period::toString).orElse("")), p);
      }
    }
    return out;
  }

  private static List<LocalDate> dues(Target t) {
    return switch (t.scope()) {
      case Scope.EveryPeriod p -> p.periods().stream().map(Period::endDate).toList();
      case Scope.Cumulative c -> List.of(c.range().endDate());
      default -> List.of(t.deadline());
    };
  }

  private static LocalDate dueOf(Target t, String key) {
    if (t.scope() instanceof Scope.EveryPeriod) {
      return Period.parse(key.substring(key.indexOf(' ') + 1)).endDate();
    }
    return dues(t).getFirst();
  }

  // ------------------------------------------------------------------------------------------- sample data

  /**
   * Invented yearly figures for the plan's region, from three years before the horizon to the last deadline: each
   * target's figures rise towards a deadline-year value 8 % above its threshold (targets and members in even places)
   * or 7 % below it (odd places); the parts of a ratio are a denominator of 10,000 and the numerator that gives it.
   */
  private static MeasurementSet sample(Plan plan) {
    int first = plan.horizon().start().getYear() - 3;
    int last = plan.targets().stream().mapToInt(t -> t.deadline().getYear()).max().orElseThrow();
    Map<List<Object>, Double> rows = new LinkedHashMap<>();
    int place = 0;
    for (Target t : plan.targets()) {
      Indicator indicator = plan.requireIndicator(t.indicator());
      List<Breakdown> breakdowns = new ArrayList<>();
      if (t.scope() instanceof Scope.EachMember e) {
        Dimension d = plan.findDimension(e.dimension()).orElseThrow();
        for (Member m : d.members()) {
          breakdowns.add(Breakdown.of(d.id().value(), m.code()));
        }
      } else {
        breakdowns.add(Breakdown.NONE);
      }
      for (Breakdown b : breakdowns) {
        double factor = place++ % 2 == 0 ? 1.08 : 0.93;
        for (int y = first; y <= last; y++) {
          double ramp = factor * (0.8 + 0.2 * Math.min(1, (y - first) / (double) (t.deadline().getYear() - first)));
          double threshold = t.threshold().doubleValue();
          switch (indicator.aggregation()) {
            case Aggregation.Ratio r -> {
              rows.putIfAbsent(List.of(r.denominator(), b, y), 10_000.0);
              double share = 10_000.0 * threshold / r.scale().doubleValue() * ramp;
              rows.putIfAbsent(List.of(r.numerator(), b, y), indicator.unit().equals(Unit.PERCENT)
                  ? Math.min(10_000.0, share) : share);
            }
            case Aggregation.Flow f -> rows.putIfAbsent(List.of(indicator.id(), b, y),
                t.scope() instanceof Scope.Cumulative c ? threshold / c.range().years().size() * ramp
                    : threshold * ramp);
            case Aggregation.Stock s -> rows.putIfAbsent(List.of(indicator.id(), b, y), threshold * ramp);
          }
        }
      }
    }
    List<Measurement> out = new ArrayList<>();
    rows.forEach((k, v) -> out.add(new Measurement((IndicatorId) k.get(0), plan.region(),
        Period.year((Integer) k.get(2)), (Breakdown) k.get(1), java.util.OptionalDouble.of(
            new BigDecimal(v).round(MathContext.DECIMAL64).doubleValue()), java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.empty(), dev.chitieu.core.data.MeasurementStatus.ACTUAL, "sample (invented)")));
    return MeasurementSet.of(out);
  }
}
