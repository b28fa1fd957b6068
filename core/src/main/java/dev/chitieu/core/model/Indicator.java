package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A quantity a plan watches: its names, unit, which way it should move, how many decimals reports print, how it
 * aggregates, and which breakdown dimensions its measurements may carry. Immutable and thread-safe.
 *
 * @param id the id, unique within the plan
 * @param name the name in both languages, as printed in the "Chỉ tiêu" column
 * @param unit the unit
 * @param direction which way is better
 * @param decimals the reporting precision: values are rounded half-up to this many decimals before any comparison
 * @param aggregation how measurements combine across regions and time
 * @param dimensions the breakdown dimensions measurements of this indicator may carry (declared by the plan)
 * @param notes what the source leaves vague, how the figure is defined; may be blank
 * @param range the values a figure can plausibly take; an importer rejects a figure outside it. Null means the
 *     default of the unit ({@link ValueRange#defaultFor(Unit)}: 0 to 100 for percent, at least 0 otherwise)
 */
public record Indicator(
    IndicatorId id,
    LocalizedText name,
    Unit unit,
    Direction direction,
    int decimals,
    Aggregation aggregation,
    List<DimensionId> dimensions,
    LocalizedText notes,
    ValueRange range) {

  /** Checks that nothing but the range is null and the decimals are between 0 and 9; fills in the default range. */
  public Indicator {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(direction, "direction");
    requireNonNull(aggregation, "aggregation");
    requireNonNull(notes, "notes");
    dimensions = List.copyOf(dimensions);
    range = range == null ? ValueRange.defaultFor(unit) : range;
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException(
          "indicator '" + id + "': reporting decimals must be between 0 and 9, was " + decimals);
    }
  }

  /**
   * Starts a builder.
   *
   * @param id the indicator id, e.g. {@code hp.ecommerce-share}
   * @return a builder with direction {@link Direction#INCREASE}, 0 decimals, no dimensions, the unit's default range,
   *     and no aggregation: every indicator declares its own ({@link Builder#aggregation(Aggregation)})
   */
  public static Builder builder(String id) {
    return new Builder(IndicatorId.of(id));
  }

  /** Whether measurements of this indicator may carry members of the dimension. */
  public boolean accepts(DimensionId dimension) {
    return dimensions.contains(dimension);
  }

  /** Builds an {@link Indicator}. Not thread-safe. */
  public static final class Builder {
    private final IndicatorId id;
    private LocalizedText name = LocalizedText.EMPTY;
    private Unit unit = Unit.COUNT;
    private Direction direction = Direction.INCREASE;
    private int decimals;
    private Aggregation aggregation;
    private final List<DimensionId> dimensions = new ArrayList<>();
    private LocalizedText notes = LocalizedText.EMPTY;
    private ValueRange range;

    private Builder(IndicatorId id) {
      this.id = id;
    }

    /** Sets the name in both languages. */
    public Builder name(String vi, String en) {
      this.name = LocalizedText.of(vi, en);
      return this;
    }

    /** Sets the unit. */
    public Builder unit(Unit unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    /** Sets the desired direction. */
    public Builder direction(Direction direction) {
      this.direction = requireNonNull(direction, "direction");
      return this;
    }

    /** Sets the reporting decimals. */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /** Sets how the indicator aggregates. */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = requireNonNull(aggregation, "aggregation");
      return this;
    }

    /** Accepts a breakdown dimension. */
    public Builder dimension(String dimension) {
      this.dimensions.add(DimensionId.of(dimension));
      return this;
    }

    /** Sets the notes in both languages. */
    public Builder notes(String vi, String en) {
      this.notes = LocalizedText.of(vi, en);
      return this;
    }

    /**
     * Sets the values a figure can plausibly take, widening or narrowing the unit's default (0 to 100 for percent,
     * at least 0 otherwise); e.g. {@link ValueRange#unbounded()} for a quantity that can be negative.
     */
    public Builder range(ValueRange range) {
      this.range = requireNonNull(range, "range");
      return this;
    }

    /**
     * Builds the indicator.
     *
     * @throws IllegalStateException naming the indicator and saying what to declare, if it has no aggregation or is
     *     a percentage that does not aggregate as a ratio
     */
    public Indicator build() {
      if (aggregation == null) {
        throw new IllegalStateException("indicator '" + id + "' declares no aggregation; say how its figures combine:"
            + " .aggregation(Aggregation.flow()) for an amount summed over time (revenue, datasets published),"
            + " Aggregation.stock() for a quantity whose latest value counts (population, enterprises), or"
            + " Aggregation.percent(numerator, denominator) for a share");
      }
      if (needsRatio(unit, aggregation)) {
        throw new IllegalStateException(percentMessage(id, aggregation));
      }
      return new Indicator(id, name, unit, direction, decimals, aggregation, dimensions, notes, range);
    }
  }

  /** Whether a unit and an aggregation break the rule that a percentage is a ratio of two base quantities. */
  private static boolean needsRatio(Unit unit, Aggregation aggregation) {
    return Unit.PERCENT.id().equals(unit.id()) && aggregation.isBase();
  }

  /** The message for a percentage declared as a flow or a stock. */
  private static String percentMessage(IndicatorId id, Aggregation aggregation) {
    return "indicator '" + id + "' is in percent but aggregates as a "
        + (aggregation instanceof Aggregation.Flow ? "flow" : "stock") + ", which would add up or carry the"
        + " communes' percentages; a share is a ratio of two base quantities: declare both as indicators and use"
        + " .aggregation(Aggregation.percent(numerator, denominator))";
  }
}
