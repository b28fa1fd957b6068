package dev.chitieu.cli;

import dev.chitieu.core.Aggregation;
import dev.chitieu.core.DataProblem;
import dev.chitieu.core.Dimension;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.Indicator;
import dev.chitieu.core.IndicatorId;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.Plan;
import dev.chitieu.core.RegionHierarchy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks measurements against plans, beyond what an import checks row by row: that each indicator is declared, each
 * region is a unit of the hierarchy inside the plan's region, each breakdown is one the indicator accepts, a ratio
 * given as a bare value can be rolled up, and no two rows of a flow overlap in time (nor two rows of a stock end in
 * the same month), since a rollup refuses those.
 */
final class DataChecks {
  private DataChecks() {}

  /**
   * Every problem of the measurements against the plans.
   *
   * @param data the measurements
   * @param plans the plans the data is meant for; an indicator must be declared by one of them
   * @param regions the region hierarchy
   * @param source the file name problems quote
   * @return the problems, in data order; empty when all is well
   */
  static List<DataProblem> check(MeasurementSet data, List<Plan> plans, RegionHierarchy regions, String source) {
    Map<IndicatorId, Plan> owner = new LinkedHashMap<>();
    for (Plan p : plans) {
      p.indicators().forEach(i -> owner.putIfAbsent(i.id(), p));
    }
    List<DataProblem> problems = new ArrayList<>();
    Map<List<Object>, List<Measurement>> series = new HashMap<>();
    for (Measurement m : data) {
      String where = where(m);
      Plan plan = owner.get(m.indicator());
      if (plan == null) {
        problems.add(new DataProblem(source, where, "indicator", m.indicator().value(),
            "is not declared by " + (plans.size() == 1 ? "plan '" + plans.get(0).id() + "'" : "any installed plan"),
            "one of " + sample(owner.keySet().stream().map(IndicatorId::value).toList())));
        continue;
      }
      Indicator indicator = plan.requireIndicator(m.indicator());
      if (!regions.contains(m.region())) {
        problems.add(new DataProblem(source, where, "region", m.region().value(),
            "is not a unit of the region list valid from " + regions.validFrom(),
            "a province or commune code of the 2025 list, e.g. " + plan.region()));
      } else if (!regions.isWithin(m.region(), plan.region())) {
        problems.add(new DataProblem(source, where, "region", m.region().value(),
            "lies outside the region of plan '" + plan.id() + "' (" + plan.region() + ")",
            "a unit within " + regions.require(plan.region()).name().vi()));
      }
      for (Map.Entry<DimensionId, String> b : m.breakdown().members().entrySet()) {
        if (!indicator.accepts(b.getKey())) {
          problems.add(new DataProblem(source, where, b.getKey().value(), b.getValue(),
              "is given, but indicator '" + indicator.id() + "' has no breakdown by " + b.getKey(),
              indicator.dimensions().isEmpty() ? "an empty " + b.getKey() + " column for it"
                  : "a breakdown by " + indicator.dimensions()));
          continue;
        }
        Optional<Dimension> dim = plan.dimension(b.getKey());
        if (dim.isPresent() && dim.get().member(b.getValue()).isEmpty()) {
          problems.add(new DataProblem(source, where, b.getKey().value(), b.getValue(),
              "is not a member of '" + b.getKey() + "' in plan '" + plan.id() + "'",
              "one of " + dim.get().members().stream().map(x -> x.code()).toList()));
        }
      }
      if (indicator.aggregation() instanceof Aggregation.Ratio ratio && !m.hasParts() && ratio.weight().isEmpty()) {
        problems.add(new DataProblem(source, where, "value", "",
            "gives the ratio '" + indicator.id() + "' as a bare value, which cannot be rolled up across regions",
            "its numerator and denominator, or rows of '" + ratio.numerator() + "' and '" + ratio.denominator()
                + "'"));
      }
      series.computeIfAbsent(List.of(m.indicator(), m.region(), m.breakdown()), k -> new ArrayList<>()).add(m);
    }
    problems.addAll(overlaps(series, owner, source));
    return problems;
  }

  private static List<DataProblem> overlaps(Map<List<Object>, List<Measurement>> series,
      Map<IndicatorId, Plan> owner, String source) {
    List<DataProblem> problems = new ArrayList<>();
    for (List<Measurement> rows : series.values()) {
      Indicator indicator = owner.get(rows.get(0).indicator()).requireIndicator(rows.get(0).indicator());
      boolean stock = indicator.aggregation() instanceof Aggregation.Stock;
      if (!stock && !(indicator.aggregation() instanceof Aggregation.Flow)) {
        continue; // ratios' own rows are judged through their parts
      }
      List<Measurement> sorted = new ArrayList<>(rows);
      sorted.sort(stock ? Comparator.comparing((Measurement m) -> m.period().lastMonthIndex())
          : Comparator.comparing(Measurement::period));
      for (int i = 1; i < sorted.size(); i++) {
        Measurement a = sorted.get(i - 1);
        Measurement b = sorted.get(i);
        if (stock && a.period().lastMonthIndex() == b.period().lastMonthIndex()) {
          problems.add(new DataProblem(source, where(b), "period", b.period().toString(),
              "ends in the same month as " + a.period() + " for the same stock, region and breakdown",
              "one level per month"));
        } else if (!stock && a.period().overlaps(b.period())) {
          problems.add(new DataProblem(source, where(b), "period", b.period().toString(),
              "overlaps " + a.period() + " for the same flow, region and breakdown, so it would be counted twice",
              "periods that do not overlap, e.g. months or a year, not both"));
        }
      }
    }
    problems.sort(Comparator.comparing(DataProblem::location));
    return problems;
  }

  /** The row's key, which finds it in a data file. */
  static String where(Measurement m) {
    return "row " + m.indicator() + " / " + m.region() + " / " + m.period()
        + (m.breakdown().isNone() ? "" : " / " + m.breakdown());
  }

  private static String sample(List<String> ids) {
    return ids.size() <= 6 ? ids.toString()
        : ids.subList(0, 6).stream().collect(Collectors.joining(", ", "[", ", … (" + ids.size() + " in all)]"));
  }
}
