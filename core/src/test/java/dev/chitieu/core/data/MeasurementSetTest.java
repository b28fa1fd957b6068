package dev.chitieu.core.data;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasurementSetTest {
  private static final Comparator<Measurement> KEY_ORDER = Comparator.comparing(Measurement::indicator)
      .thenComparing(Measurement::breakdown).thenComparing(Measurement::region).thenComparing(Measurement::period);

  static Measurement random(SplittableRandom r, int regions, int indicators) {
    IndicatorId ind = IndicatorId.of("i" + r.nextInt(indicators));
    RegionCode reg = RegionCode.of(Integer.toString(10_000 + r.nextInt(regions)));
    int year = 2020 + r.nextInt(3);
    Period per = switch (r.nextInt(4)) {
      case 0 -> Period.year(year);
      case 1 -> Period.quarter(year, 1 + r.nextInt(4));
      case 2 -> Period.yearToDate(year, 1 + r.nextInt(12));
      default -> Period.month(year, 1 + r.nextInt(12));
    };
    Breakdown bd = r.nextBoolean() ? Breakdown.NONE : Breakdown.of("sector", "s" + r.nextInt(5));
    MeasurementStatus st = MeasurementStatus.values()[r.nextInt(3)];
    String source = r.nextInt(4) == 0 ? "survey " + r.nextInt(3) : "";
    boolean parts = r.nextBoolean();
    OptionalDouble v = !parts || r.nextBoolean() ? OptionalDouble.of(r.nextInt(1000) / 4.0) : OptionalDouble.empty();
    OptionalDouble n = parts ? OptionalDouble.of(r.nextDouble() * 10) : OptionalDouble.empty();
    OptionalDouble d = parts ? OptionalDouble.of(r.nextDouble() * 100) : OptionalDouble.empty();
    return new Measurement(ind, reg, per, bd, v, n, d, st, source);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void build_keepsEveryMeasurementInKeyOrder(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int regions = seed % 2 == 0 ? 20 : 700; // one- and two-byte region columns
    List<Measurement> input = new ArrayList<>();
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      Measurement m = random(r, regions, 1 + r.nextInt(6));
      if (keys.add(List.of(m.indicator(), m.region(), m.period(), m.breakdown()))) {
        input.add(m);
      }
    }
    MeasurementSet set = MeasurementSet.of(input);
    List<Measurement> expected = input.stream().sorted(KEY_ORDER).toList();
    assertThat(set.size()).as("seed %d", seed).isEqualTo(expected.size());
    assertThat(set.stream().toList()).as("seed %d", seed).isEqualTo(expected);
    List<Measurement> shuffled = new ArrayList<>(input);
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(MeasurementSet.of(shuffled)).as("seed %d", seed).isEqualTo(set).hasSameHashCodeAs(set);
    assertThat(set.indicators()).as("seed %d", seed)
        .containsExactlyElementsOf(expected.stream().map(Measurement::indicator).distinct().toList());
  }

  @Test
  void emptySet_hasNothing() {
    assertThat(MeasurementSet.empty().size()).isZero();
    assertThat(MeasurementSet.empty().isEmpty()).isTrue();
    assertThat(MeasurementSet.empty().iterator().hasNext()).isFalse();
    assertThat(MeasurementSet.builder().build()).isEqualTo(MeasurementSet.empty());
    assertThrows(IndexOutOfBoundsException.class, () -> MeasurementSet.empty().get(0));
  }

  @Test
  void fastAdders_equalMeasurementObjects() {
    IndicatorId a = IndicatorId.of("a");
    RegionCode r = RegionCode.of("31");
    MeasurementSet fast = MeasurementSet.builder().add(a, r, Period.parse("2025-01"), Breakdown.NONE, 2.5)
        .addParts(a, r, Period.parse("2025-02"), Breakdown.of("sector", "ict"), 1, 4).build();
    MeasurementSet slow = MeasurementSet.of(List.of(Measurement.of("a", "31", "2025-01", 2.5),
        Measurement.ofParts("a", "31", "2025-02", 1, 4).withBreakdown(Breakdown.of("sector", "ict"))));
    assertThat(fast).isEqualTo(slow);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MeasurementSet.builder().add(a, r, Period.parse("2025-01"), Breakdown.NONE, Double.NaN));
    assertThat(e.getMessage()).contains("holds NaN; expected a finite number");
  }

  @Test
  void filter_keepsThePassingMeasurements() {
    MeasurementSet set = MeasurementSet.of(List.of(Measurement.of("a", "31", "2025", 1),
        Measurement.of("b", "31", "2025", 2), Measurement.of("a", "27", "2025", 3)));
    MeasurementSet a = set.filter(m -> m.indicator().value().equals("a"));
    assertThat(a.stream().map(m -> m.region().value()).collect(Collectors.toList())).containsExactly("27", "31");
    assertThat(a.indicators()).containsExactly(IndicatorId.of("a"));
  }

  @Nested
  class Duplicates {
    private final Measurement first = Measurement.of("a", "31", "2025", 1);
    private final Measurement second = Measurement.of("a", "31", "2025", 2);
    private final Measurement other = Measurement.of("a", "27", "2025", 3);

    @Test
    void error_listsEveryDuplicateWithWhereBothRowsAre() {
      MeasurementSet.Builder b = MeasurementSet.builder().add(first, "a.csv", "line", 2).add(other, "a.csv", "line", 3)
          .add(second, "b.csv", "line", 7);
      InvalidDataException e = assertThrows(InvalidDataException.class, b::build);
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).message()).isEqualTo("b.csv line 7: a.csv line 2 and b.csv line 7 have the "
          + "same key (a, 31, 2025); expected one figure per indicator, region, period and breakdown; or choose to "
          + "keep the first or the last of them (keep-first or keep-last)");
    }

    @Test
    void error_withoutOrigins_namesTheMeasurementsByPosition() {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementSet.of(List.of(first, other, second)));
      assertThat(e.getMessage()).contains("measurement #3: measurements #1 and #3 have the same key (a, 31, 2025)");
    }

    @Test
    void keepFirst_keepsTheFirstAndReportsTheRest() {
      MeasurementSet.Builder b = MeasurementSet.builder().duplicates(DuplicatePolicy.KEEP_FIRST).add(first)
          .add(second).add(other);
      assertThat(b.build()).isEqualTo(MeasurementSet.of(List.of(first, other)));
      assertThat(b.dropped()).extracting(MeasurementSet.DroppedRow::measurement).containsExactly(second);
      assertThat(b.dropped().get(0).problem().message()).isEqualTo("measurements measurement #2: measurements #1 "
          + "and #2 have the same key (a, 31, 2025); measurement #1, the first of them, was kept");
    }

    @Test
    void keepLast_keepsTheLastAndReportsTheRest() {
      MeasurementSet.Builder b = MeasurementSet.builder().duplicates(DuplicatePolicy.KEEP_LAST).add(first)
          .add(second).add(other);
      assertThat(b.build()).isEqualTo(MeasurementSet.of(List.of(second, other)));
      assertThat(b.dropped()).extracting(MeasurementSet.DroppedRow::measurement).containsExactly(first);
    }

    @Test
    void dropAll_dropsEveryCopyAndReportsEach() {
      MeasurementSet.Builder b = MeasurementSet.builder().duplicates(DuplicatePolicy.DROP_ALL).add(first)
          .add(second).add(other);
      assertThat(b.build()).isEqualTo(MeasurementSet.of(List.of(other)));
      assertThat(b.dropped()).extracting(MeasurementSet.DroppedRow::measurement).containsExactly(first, second);
      assertThat(b.dropped()).extracting(d -> d.problem().message()).containsExactly(
          "measurements measurement #1: measurements #1 and #2 have the same key (a, 31, 2025); neither was kept; "
              + "expected one figure per indicator, region, period and breakdown",
          "measurements measurement #2: measurements #1 and #2 have the same key (a, 31, 2025); neither was kept; "
              + "expected one figure per indicator, region, period and breakdown");
    }
  }
}
