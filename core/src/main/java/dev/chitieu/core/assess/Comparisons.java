package dev.chitieu.core.assess;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Precision;
import dev.chitieu.core.rollup.Aggregate;
import dev.chitieu.core.rollup.PlanFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes of a figure on earlier periods, for the evidence of a target and for a figure without a target alike:
 * computed from the data of both periods where it holds the earlier figure, otherwise carried as the data's source
 * reported them ({@link MeasurementSet#reportedChanges()}). Not thread-safe; one per assessment.
 */
final class Comparisons {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Plan plan;
  private final PlanFigures rollup;
  private final List<ReportedChange> reported;

  Comparisons(Plan plan, PlanFigures rollup) {
    this.plan = plan;
    this.rollup = rollup;
    this.reported = rollup.reportedChanges().stream().filter(c -> c.region().equals(plan.region())).toList();
  }

  /**
   * The figure against the same months one year earlier and, for a level read before December, against the previous
   * year's last level: each earlier figure rolled up by the indicator's rule over its own window; a change the data
   * carries as reported for the figure's key where no earlier figure is known.
   *
   * @param value the figure at reporting precision; empty when the data gives only a change
   */
  List<Change> of(Indicator indicator, Breakdown b, Period period, Optional<BigDecimal> value) {
    List<Change> out = new ArrayList<>();
    boolean flow = indicator.aggregation() instanceof Aggregation.Flow;
    if (value.isPresent()) {
      Period lastYear = Period.ofMonthIndexes(period.firstMonthIndex() - 12, period.lastMonthIndex() - 12);
      figure(indicator, b, lastYear).ifPresent(a -> out.add(computed(Change.Basis.SAME_PERIOD_LAST_YEAR, lastYear,
          a, indicator, value.get())));
      if (!flow && period.end().getMonthValue() != 12) {
        Period previousYear = Period.year(period.year() - 1);
        figure(indicator, b, previousYear).ifPresent(a -> out.add(computed(Change.Basis.END_OF_LAST_YEAR,
            previousYear, a, indicator, value.get())));
      }
    }
    for (ReportedChange c : reported) {
      if (!c.indicator().equals(indicator.id()) || !c.breakdown().equals(b) || !sameFigure(c.period(), period, flow)) {
        continue;
      }
      Change.Basis basis = c.onSamePeriodLastYear() ? Change.Basis.SAME_PERIOD_LAST_YEAR
          : Change.Basis.END_OF_LAST_YEAR;
      if (out.stream().noneMatch(x -> x.basis() == basis)) {
        out.add(reported(basis, c));
      }
    }
    out.sort(java.util.Comparator.comparing(Change::basis));
    return out;
  }

  /** A flow's figure is its window; a level's is its reading at the window's last month. */
  private static boolean sameFigure(Period given, Period figure, boolean flow) {
    return given.lastMonthIndex() == figure.lastMonthIndex()
        && (!flow || given.firstMonthIndex() == figure.firstMonthIndex());
  }

  private Optional<Aggregate> figure(Indicator indicator, Breakdown b, Period window) {
    return rollup.aggregate(indicator.id(), plan.region(), window, b);
  }

  private static Change computed(Change.Basis basis, Period period, Aggregate a, Indicator indicator,
      BigDecimal value) {
    BigDecimal previous = Precision.round(a.value(), indicator.decimals());
    Optional<BigDecimal> ratio = previous.signum() == 0 ? Optional.empty()
        : Optional.of(value.multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP));
    return Change.computed(basis, period, previous, value.subtract(previous), ratio);
  }

  private static Change reported(Change.Basis basis, ReportedChange c) {
    return switch (c.kind()) {
      case DIFFERENCE -> new Change(basis, c.comparedWith(), Optional.empty(), Optional.of(c.amount()),
          Optional.empty(), true);
      case PERCENT -> new Change(basis, c.comparedWith(), Optional.empty(), Optional.empty(),
          Optional.of(HUNDRED.add(c.amount())), true);
    };
  }
}
