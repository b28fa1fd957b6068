package dev.chitieu.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable set of measurements with unique keys (indicator, region, period, breakdown). Safe to share between
 * threads. Build one with {@link #builder()} or read one with an importer.
 */
public final class MeasurementSet implements Iterable<Measurement> {
  private static final MeasurementSet EMPTY = new MeasurementSet(List.of());

  private final List<Measurement> rows;

  private MeasurementSet(List<Measurement> rows) {
    this.rows = rows;
  }

  /** The empty set. */
  public static MeasurementSet empty() {
    return EMPTY;
  }

  /**
   * A set of the given measurements.
   *
   * @param measurements the measurements
   * @return the set
   * @throws InvalidDataException if two share a key
   */
  public static MeasurementSet of(Collection<Measurement> measurements) {
    Builder b = builder();
    measurements.forEach(b::add);
    return b.build();
  }

  /** A builder with {@link DuplicatePolicy#ERROR}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of measurements. */
  public int size() {
    return rows.size();
  }

  /** Whether the set holds no measurement. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The measurement at a position, in the order they were added.
   *
   * @param index 0 to {@code size() - 1}
   * @return the measurement
   */
  public Measurement get(int index) {
    return rows.get(index);
  }

  /** The measurements in the order they were added. */
  public Stream<Measurement> stream() {
    return rows.stream();
  }

  @Override
  public Iterator<Measurement> iterator() {
    return rows.iterator();
  }

  /** The indicators that have at least one measurement, in first-seen order. */
  public Set<IndicatorId> indicators() {
    Set<IndicatorId> out = new LinkedHashSet<>();
    rows.forEach(m -> out.add(m.indicator()));
    return Collections.unmodifiableSet(out);
  }

  /** The measurements that pass a test, as a new set. */
  public MeasurementSet filter(Predicate<Measurement> test) {
    return new MeasurementSet(rows.stream().filter(test).toList());
  }

  /** Builds a {@link MeasurementSet}. Not thread-safe. */
  public static final class Builder {
    private final List<Measurement> rows = new ArrayList<>();
    private DuplicatePolicy policy = DuplicatePolicy.ERROR;

    private Builder() {}

    /** Sets what to do with duplicate keys. */
    public Builder duplicates(DuplicatePolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** Adds a measurement. */
    public Builder add(Measurement m) {
      rows.add(requireNonNull(m, "measurement"));
      return this;
    }

    /**
     * Builds the set.
     *
     * @throws InvalidDataException under {@link DuplicatePolicy#ERROR}, listing every duplicate key
     */
    public MeasurementSet build() {
      Map<List<Object>, Integer> first = new HashMap<>();
      List<Measurement> kept = new ArrayList<>(rows.size());
      List<DataProblem> problems = new ArrayList<>();
      for (Measurement m : rows) {
        List<Object> key = List.of(m.indicator(), m.region(), m.period(), m.breakdown());
        Integer at = first.get(key);
        if (at == null) {
          first.put(key, kept.size());
          kept.add(m);
        } else if (policy == DuplicatePolicy.ERROR) {
          problems.add(new DataProblem("measurements", "key " + key, "", "", "appears more than once",
              "one figure per indicator, region, period and breakdown, or a DuplicatePolicy"));
        } else if (policy == DuplicatePolicy.KEEP_LAST) {
          kept.set(at, m);
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidDataException(problems);
      }
      return new MeasurementSet(List.copyOf(kept));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeasurementSet s && s.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows);
  }
}
