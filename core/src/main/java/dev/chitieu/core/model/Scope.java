package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * What a target applies to: the plan's whole region, each member of a dimension, every period of a range, or the
 * cumulative sum over a range.
 */
public sealed interface Scope {

  /** The plan's whole region at the deadline ("35 % of GRDP by end of 2025"). */
  record WholeRegion() implements Scope {}

  /**
   * Each member of a dimension must meet the target ("each industry and field at least 15 %"): the status is the
   * worst member's, and the failing members are named.
   *
   * @param dimension the dimension, declared by the plan and accepted by the indicator
   */
  record EachMember(DimensionId dimension) implements Scope {
    /** Checks the dimension is present. */
    public EachMember {
      requireNonNull(dimension, "dimension");
    }
  }

  /**
   * Every period of a kind inside a range must meet the target ("at least 5 datasets every year 2026..2030"); the
   * target fails if any period fails.
   *
   * @param range the whole range, e.g. {@code 2026-01..2030-12}
   * @param each the kind of each period: {@link PeriodKind#YEAR}, {@link PeriodKind#HALF}, {@link PeriodKind#QUARTER}
   *     or {@link PeriodKind#MONTH}
   */
  record EveryPeriod(Period range, PeriodKind each) implements Scope {
    /** Checks the range splits into whole periods of the kind. */
    public EveryPeriod {
      requireNonNull(range, "range");
      requireNonNull(each, "each");
      int size = monthsOf(each);
      if (range.firstMonthIndex() % size != 0 || range.months() % size != 0) {
        throw new InvalidValueException(
            "range " + range + " does not split into whole " + each.name().toLowerCase(java.util.Locale.ROOT)
                + " periods; expected a range that starts and ends on " + each.name().toLowerCase(java.util.Locale.ROOT)
                + " boundaries");
      }
    }

    /** The periods, in order. */
    public List<Period> periods() {
      int size = monthsOf(each);
      List<Period> out = new ArrayList<>();
      for (int i = range.firstMonthIndex(); i <= range.lastMonthIndex(); i += size) {
        out.add(Period.ofMonthIndexes(i, i + size - 1));
      }
      return out;
    }

    private static int monthsOf(PeriodKind kind) {
      return switch (kind) {
        case YEAR -> 12;
        case HALF -> 6;
        case QUARTER -> 3;
        case MONTH -> 1;
        case RANGE -> throw new InvalidValueException(
            "an 'every period' scope needs a kind of period: YEAR, HALF, QUARTER or MONTH, not RANGE");
      };
    }
  }

  /**
   * The sum over a range must meet the target ("20 open datasets in total by 2030"). Only flow indicators can be
   * summed over time.
   *
   * @param range the range summed, e.g. {@code 2026-01..2030-12}
   */
  record Cumulative(Period range) implements Scope {
    /** Checks the range is present. */
    public Cumulative {
      requireNonNull(range, "range");
    }
  }

  /** The whole region. */
  static Scope wholeRegion() {
    return new WholeRegion();
  }

  /** Each member of the dimension. */
  static Scope eachMember(String dimension) {
    return new EachMember(DimensionId.of(dimension));
  }

  /** Every year from {@code fromYear} through {@code toYear}. */
  static Scope everyYear(int fromYear, int toYear) {
    return new EveryPeriod(Period.years(fromYear, toYear), PeriodKind.YEAR);
  }

  /** The cumulative sum over the years {@code fromYear} through {@code toYear}. */
  static Scope cumulative(int fromYear, int toYear) {
    return new Cumulative(Period.years(fromYear, toYear));
  }
}
