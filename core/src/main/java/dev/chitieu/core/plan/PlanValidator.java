package dev.chitieu.core.plan;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a plan against the rules every plan must keep, and reports every broken rule at once, each as a {@link
 * PlanProblem} whose message names the plan, the item, what is wrong and what would be right.
 *
 * <p>Rules, by code:
 *
 * <ul>
 *   <li>{@code blank-text}: a title, authority, name or statement lacks its Vietnamese or English text;
 *   <li>{@code blank-document}: the document number, or a source's document or article, is blank;
 *   <li>{@code duplicate-id}: two indicators, targets, dimensions or members of a dimension share an id;
 *   <li>{@code undeclared-indicator}: a target applies to an indicator the plan does not declare;
 *   <li>{@code undeclared-dimension}: an indicator or scope names a dimension the plan does not declare;
 *   <li>{@code empty-dimension}: a dimension has no members;
 *   <li>{@code breakdown-not-accepted}: a target applies to each member of a dimension its indicator does not accept;
 *   <li>{@code deadline-outside-horizon}: a deadline lies outside the plan's horizon;
 *   <li>{@code scope-outside-horizon}: an "every period" or "cumulative" range lies outside the horizon or ends after
 *       the deadline;
 *   <li>{@code ratio-parts}: a ratio's numerator, denominator or weight is not a declared base quantity (flow or
 *       stock), or the numerator is the denominator;
 *   <li>{@code percent-needs-ratio}: an indicator in percent aggregates as a flow or a stock instead of a ratio of
 *       two base quantities (which would add up or carry the communes' percentages);
 *   <li>{@code cumulative-needs-flow}: a cumulative target on an indicator that is not a flow;
 *   <li>{@code threshold-precision}: a threshold has more decimals than its indicator reports;
 *   <li>{@code threshold-outside-range}: a threshold lies outside the values its indicator can take ({@link
 *       Indicator#range()}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanValidator {
  private PlanValidator() {}

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @return every problem found, in plan order; empty when the plan is valid
   */
  public static List<PlanProblem> validate(Plan plan) {
    return new Run(plan).check();
  }

  /**
   * Checks a plan and throws if it breaks any rule.
   *
   * @param plan the plan
   * @return the same plan, valid
   * @throws InvalidPlanException listing every problem
   */
  public static Plan requireValid(Plan plan) {
    List<PlanProblem> problems = validate(plan);
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    return plan;
  }

  private static final class Run {
    private final Plan plan;
    private final List<PlanProblem> problems = new ArrayList<>();

    Run(Plan plan) {
      this.plan = plan;
    }

    List<PlanProblem> check() {
      String self = "plan '" + plan.id() + "'";
      text(self, "title", plan.title());
      text(self, "issuing authority", plan.authority());
      if (plan.documentNumber().isBlank()) {
        add(self, "blank-document", "has no document number; write it as issued, e.g. '106/KH-UBND'");
      }
      plan.sources().forEach(s -> source(self, s));

      Map<DimensionId, Dimension> dims = unique(plan.dimensions(), Dimension::id, "dimension");
      for (Dimension d : plan.dimensions()) {
        String item = "dimension '" + d.id() + "'";
        text(item, "name", d.name());
        if (d.members().isEmpty()) {
          add(item, "empty-dimension", "has no members; list the members a target or a data row may name");
        }
        unique(d.members(), Member::code, "member of " + item);
        d.members().forEach(m -> text(item + ", member '" + m.code() + "'", "name", m.name()));
      }

      Map<IndicatorId, Indicator> indicators = unique(plan.indicators(), Indicator::id, "indicator");
      for (Indicator i : plan.indicators()) {
        String item = "indicator '" + i.id() + "'";
        text(item, "name", i.name());
        text(item, "unit label", i.unit().label());
        if (!i.notes().isBlank()) {
          text(item, "notes", i.notes());
        }
        for (DimensionId d : i.dimensions()) {
          if (!dims.containsKey(d)) {
            add(item, "undeclared-dimension",
                "accepts dimension '" + d + "', which the plan does not declare; declared: " + dims.keySet()
                    + "; declare it with Plan.Builder.dimension(...) or remove it");
          }
        }
        if (Unit.PERCENT.id().equals(i.unit().id()) && i.aggregation().isBase()) {
          add(item, "percent-needs-ratio", "is in percent but aggregates as a " + kind(i.aggregation())
              + ", which would add up or carry the communes' percentages; a share is a ratio of two base"
              + " quantities: declare both as indicators and aggregate it as their ratio × 100");
        }
        if (i.aggregation() instanceof Aggregation.Ratio r) {
          ratioPart(item, "numerator", r.numerator(), i, indicators);
          ratioPart(item, "denominator", r.denominator(), i, indicators);
          r.weight().ifPresent(w -> ratioPart(item, "weight", w, i, indicators));
          if (r.numerator().equals(r.denominator())) {
            add(item, "ratio-parts", "divides '" + r.numerator() + "' by itself; use two different base quantities");
          }
        }
      }

      unique(plan.targets(), Target::id, "target");
      for (Target t : plan.targets()) {
        target(t, indicators, dims);
      }
      return List.copyOf(problems);
    }

    private void target(Target t, Map<IndicatorId, Indicator> indicators, Map<DimensionId, Dimension> dims) {
      String item = "target '" + t.id() + "'";
      text(item, "statement", t.statement());
      source(item, t.source());
      Period horizon = plan.horizon();
      if (!horizon.contains(t.deadline())) {
        add(item, "deadline-outside-horizon",
            "has deadline " + t.deadline() + " outside the plan's horizon " + horizon + " (" + horizon.startDate()
                + " to " + horizon.endDate() + "); use a deadline inside it, e.g. " + horizon.endDate());
      }
      Indicator indicator = indicators.get(t.indicator());
      if (indicator == null) {
        add(item, "undeclared-indicator",
            "applies to indicator '" + t.indicator() + "', which the plan does not declare; declared: "
                + indicators.keySet());
      } else {
        int needed = Precision.decimalsNeeded(t.threshold());
        if (needed > indicator.decimals()) {
          add(item, "threshold-precision",
              "has threshold " + t.threshold().toPlainString() + " with " + needed + " decimals, but indicator '"
                  + indicator.id() + "' reports " + indicator.decimals() + "; write the threshold with at most "
                  + indicator.decimals() + " decimals or raise the indicator's reporting decimals");
        }
        if (!indicator.range().contains(t.threshold().doubleValue())) {
          add(item, "threshold-outside-range",
              "has threshold " + t.threshold().toPlainString() + ", outside the values indicator '" + indicator.id()
                  + "' can take (" + indicator.range() + "); correct the threshold, or declare the indicator's "
                  + "range with Indicator.Builder.range(...)");
        }
      }
      switch (t.scope()) {
        case Scope.WholeRegion w -> { }
        case Scope.EachMember e -> {
          if (!dims.containsKey(e.dimension())) {
            add(item, "undeclared-dimension",
                "applies to each member of dimension '" + e.dimension() + "', which the plan does not declare;"
                    + " declared: " + dims.keySet());
          } else if (indicator != null && !indicator.accepts(e.dimension())) {
            add(item, "breakdown-not-accepted",
                "applies to each '" + e.dimension() + "', but indicator '" + indicator.id() + "' accepts "
                    + (indicator.dimensions().isEmpty() ? "no breakdown" : "only " + indicator.dimensions())
                    + "; add the dimension to the indicator or change the scope");
          }
        }
        case Scope.EveryPeriod p -> range(item, "every-period range", p.range(), t);
        case Scope.Cumulative c -> {
          range(item, "cumulative range", c.range(), t);
          if (indicator != null && !(indicator.aggregation() instanceof Aggregation.Flow)) {
            add(item, "cumulative-needs-flow",
                "sums indicator '" + indicator.id() + "' over " + c.range() + ", but it is a "
                    + kind(indicator.aggregation()) + "; only a flow can be summed over time");
          }
        }
      }
    }

    private void range(String item, String what, Period range, Target t) {
      if (!plan.horizon().contains(range)) {
        add(item, "scope-outside-horizon",
            "has " + what + " " + range + " outside the plan's horizon " + plan.horizon()
                + "; use a range inside it");
      }
      if (range.endDate().isAfter(t.deadline())) {
        add(item, "scope-outside-horizon",
            "has " + what + " " + range + " ending after its deadline " + t.deadline()
                + "; end the range by the deadline or move the deadline to " + range.endDate());
      }
    }

    private void ratioPart(
        String item, String part, IndicatorId id, Indicator ratio, Map<IndicatorId, Indicator> indicators) {
      Indicator p = indicators.get(id);
      if (p == null) {
        add(item, "ratio-parts",
            "is a ratio whose " + part + " '" + id + "' is not declared; declare '" + id
                + "' as a flow or stock indicator of the plan");
      } else if (!p.aggregation().isBase()) {
        add(item, "ratio-parts",
            "is a ratio whose " + part + " '" + id + "' is itself a ratio; use a flow or stock base quantity");
      } else if (!p.dimensions().containsAll(ratio.dimensions())) {
        add(item, "ratio-parts",
            "accepts dimensions " + ratio.dimensions() + " but its " + part + " '" + id + "' accepts only "
                + p.dimensions() + "; the parts must accept every dimension the ratio does");
      }
    }

    private void source(String item, SourceRef s) {
      if (s.document().isBlank()) {
        add(item, "blank-document", "cites a source with no document; name it, e.g. 'Kế hoạch số 106/KH-UBND'");
      }
      if (s.article().isBlank()) {
        add(item, "blank-document",
            "cites '" + s.document() + "' without the article it was read from; give its URL or citation");
      }
    }

    private void text(String item, String what, LocalizedText text) {
      if (text.vi().isBlank()) {
        add(item, "blank-text", "has no Vietnamese " + what + "; every text a person reads needs 'vi' and 'en'");
      }
      if (text.en().isBlank()) {
        add(item, "blank-text", "has no English " + what + "; every text a person reads needs 'vi' and 'en'");
      }
    }

    private <T, K> Map<K, T> unique(List<T> items, Function<T, K> key, String what) {
      Map<K, T> seen = new LinkedHashMap<>();
      Set<K> reported = new HashSet<>();
      for (T it : items) {
        K k = key.apply(it);
        if (seen.putIfAbsent(k, it) != null && reported.add(k)) {
          add(what + " '" + k + "'", "duplicate-id",
              "is declared " + items.stream().filter(x -> key.apply(x).equals(k)).count()
                  + " times; ids must be unique within a plan, rename or remove the duplicates");
        }
      }
      return seen;
    }

    private static String kind(Aggregation a) {
      return switch (a) {
        case Aggregation.Flow f -> "flow";
        case Aggregation.Stock s -> "stock";
        case Aggregation.Ratio r -> "ratio";
      };
    }

    private void add(String item, String rule, String what) {
      String where = "plan '" + plan.id() + "'";
      String message = item.equals(where) ? where + ": " + what : where + ", " + item + ": " + what;
      problems.add(new PlanProblem(plan.id().value(), item, rule, message));
    }
  }
}
