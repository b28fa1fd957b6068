package dev.chitieu.core.data;

import dev.chitieu.core.internal.store.CodedRows;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The builder's own columns: codes as narrow as their dictionaries allow, widened as new values come; rows added in
 * key order built without a row order; and an importer's builder handing its columns over to the set at build.
 */
class BuilderColumnsTest {
  private static final Comparator<Measurement> KEY_ORDER = Comparator.comparing(Measurement::indicator)
      .thenComparing(Measurement::breakdown).thenComparing(Measurement::region).thenComparing(Measurement::period);

  /** Distinct random measurements (statuses, sources, parts and breakdowns of every kind), in random order. */
  private static List<Measurement> distinct(long seed, int count, int regions, int indicators) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Measurement> out = new ArrayList<>();
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Measurement m = MeasurementSetTest.random(r, regions, indicators);
      if (keys.add(List.of(m.indicator(), m.region(), m.period(), m.breakdown()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static MeasurementSet build(List<Measurement> rows, boolean handOver) {
    MeasurementSet.Builder b = MeasurementSet.builder();
    for (int i = 0; i < rows.size(); i++) {
      b.add(rows.get(i), "data.csv", "line", i + 2);
    }
    if (handOver) {
      CodedRows.of(b).releaseOnBuild();
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void rowsInKeyOrder_giveTheSetOfTheSameRowsInAnyOrder(long seed) {
    List<Measurement> rows = distinct(seed, 4000, seed % 2 == 0 ? 40 : 900, 5);
    List<Measurement> sorted = rows.stream().sorted(KEY_ORDER).toList();
    MeasurementSet expected = build(rows, false);
    for (boolean handOver : new boolean[] {false, true}) {
      MeasurementSet inOrder = build(sorted, handOver);
      assertThat(inOrder.stream().toList()).as("seed %d, hand over %s", seed, handOver).isEqualTo(sorted);
      assertThat(inOrder).isEqualTo(expected).hasSameHashCodeAs(expected);
      // where each row was read, in key order
      for (int i = 0; i < inOrder.size(); i += 97) {
        assertThat(inOrder.origin(i)).hasValue(new MeasurementSet.Origin("data.csv", "line", i + 2));
      }
    }
  }

  @Test
  void codesWidenFromOneByteToTwoToFour_keepingTheCodesWrittenBefore() {
    // 70,000 indicators: the indicator codes pass 256 and then 65,536 while rows come in; 600 regions pass 256
    List<Measurement> rows = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      rows.add(Measurement.of(String.format("w%05d", i), Integer.toString(10_000 + i % 600), "2025", i));
    }
    List<Measurement> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(7));
    for (List<Measurement> in : List.of(rows, shuffled)) {
      for (boolean handOver : new boolean[] {false, true}) {
        MeasurementSet set = build(in, handOver);
        assertThat(set.size()).isEqualTo(70_000);
        assertThat(set.stream().toList()).isEqualTo(rows);
        assertThat(set.get(69_999)).isEqualTo(rows.get(69_999));
        assertThat(set.indexOf(rows.get(300))).isEqualTo(300);
      }
    }
  }

  @Test
  void aStatusFirstMetLate_isKeptAndTheRowsBeforeStayActual() {
    List<Measurement> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(Measurement.of("a", Integer.toString(10_000 + i), "2025", i));
    }
    rows.set(2999, rows.get(2999).withStatus(MeasurementStatus.ESTIMATE));
    for (boolean handOver : new boolean[] {false, true}) {
      MeasurementSet set = build(rows, handOver);
      assertThat(set.get(2999).status()).isEqualTo(MeasurementStatus.ESTIMATE);
      assertThat(set.stream().limit(2999).map(Measurement::status)).containsOnly(MeasurementStatus.ACTUAL);
    }
  }

  @Test
  void aBuilderThatHandedItsRowsOver_isSpent() {
    List<Measurement> rows = distinct(9, 500, 30, 3).stream().sorted(KEY_ORDER).toList();
    MeasurementSet.Builder b = MeasurementSet.builder();
    rows.forEach(b::add);
    CodedRows.of(b).releaseOnBuild();
    MeasurementSet set = b.build();
    assertThat(set.stream().toList()).isEqualTo(rows);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add(rows.get(0)));
    assertThat(e.getMessage()).contains("use a new builder");
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void aBuildThatDroppedDuplicates_handsItsColumnsOver_andStillGivesTheDroppedRowsAsWithout() {
    List<Measurement> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(Measurement.of("a", Integer.toString(10_000 + i), "2025", i));
    }
    rows.add(120, Measurement.of("a", "10119", "2025", -1)); // the key of the row before it, in key order
    rows.add(Measurement.of("a", "10005", "2025", -2).withStatus(MeasurementStatus.PROVISIONAL)); // out of order
    rows.add(Measurement.of("a", "10005", "2025", -3));
    rows.add(Measurement.ofParts("a", "10007", "2025", 3, 4)); // a copy with parts
    for (DuplicatePolicy policy : List.of(DuplicatePolicy.KEEP_FIRST, DuplicatePolicy.KEEP_LAST,
        DuplicatePolicy.DROP_ALL)) {
      // rows read from one input, from two, and added without where they were read
      for (int origins = 0; origins < 3; origins++) {
        MeasurementSet.Builder plain = MeasurementSet.builder().duplicates(policy);
        MeasurementSet.Builder handing = MeasurementSet.builder().duplicates(policy);
        for (int i = 0; i < rows.size(); i++) {
          for (MeasurementSet.Builder b : List.of(plain, handing)) {
            switch (origins) {
              case 0 -> b.add(rows.get(i), "data.csv", "line", i + 2);
              case 1 -> b.add(rows.get(i), i % 2 == 0 ? "a.csv" : "b.csv", "line", i + 2);
              default -> b.add(rows.get(i));
            }
          }
        }
        CodedRows.of(handing).releaseOnBuild();
        assertThat(handing.build()).as("%s, %d", policy, origins).isEqualTo(plain.build());
        assertThat(handing.dropped()).as("%s, %d", policy, origins).isEqualTo(plain.dropped()).hasSizeGreaterThan(2);
        assertThrows(IllegalStateException.class, () -> handing.add(rows.get(0))); // spent: its columns are gone
      }
    }
  }

  @Test
  void codesOfAFastRowAndOfAMeasurement_agree() {
    MeasurementSet.Builder b = MeasurementSet.builder();
    CodedRows c = CodedRows.of(b);
    int in = c.input("data.csv", "line");
    c.add(c.indicator(IndicatorId.of("a")), c.breakdown(Breakdown.NONE), c.region(RegionCode.of("31")),
        c.period(Period.parse("2025")), 2.5, Double.NaN, Double.NaN, MeasurementStatus.PROVISIONAL.ordinal(),
        c.source("survey"), in, 7);
    b.add(Measurement.of("a", "27", "2025", 1.5), "data.csv", "line", 8);
    c.releaseOnBuild();
    MeasurementSet set = b.build();
    assertThat(set.stream().toList()).containsExactly(Measurement.of("a", "27", "2025", 1.5),
        Measurement.of("a", "31", "2025", 2.5).withStatus(MeasurementStatus.PROVISIONAL).withSource("survey"));
    assertThat(set.origin(1)).hasValue(new MeasurementSet.Origin("data.csv", "line", 7));
  }

  /** Adds {@code n} rows of one indicator to a builder, each in a region of its own, numbered from {@code from}. */
  private static MeasurementSet.Builder rows(MeasurementSet.Builder b, int from, int n) {
    for (int i = from; i < from + n; i++) {
      b.add(Measurement.of("a", Integer.toString(10_000 + i), "2025", i));
    }
    return b;
  }

  @Test
  void sizeForInput_atADoubling_sizesForTheRowsTheRestPromisesOnlyWhenMoreThanTheRoom() {
    MeasurementSet.Builder b = rows(MeasurementSet.builder(), 0, 4_096);
    CodedRows c = CodedRows.of(b);
    // 4,096 rows of 50 bytes, 2,048,000 bytes left: 40,960 rows more, 2 % over
    c.sizeForInput(4_096 * 50L, 2_048_000L);
    assertThat(c.capacity()).isEqualTo(4_096 + 41_779 + 64);
    // doubled, fewer rows promised than there is room for: no change
    rows(b, 4_096, 4_096);
    c.sizeForInput(8_192 * 50L, 1_000_000L);
    assertThat(c.capacity()).isEqualTo(4_096 + 41_779 + 64);
    // doubled again, more rows promised: room for them
    rows(b, 8_192, 8_192);
    c.sizeForInput(16_384 * 50L, 4_096_000L);
    assertThat(c.capacity()).isEqualTo(16_384 + 83_558 + 64);
    assertThat(b.build().size()).isEqualTo(16_384);
  }

  @Test
  void sizeForInput_fromUnderA64thOfTheRowsPromised_makesRoomForEightTimesTheRowsMoreToTheNextDoubling() {
    MeasurementSet.Builder b = rows(MeasurementSet.builder(), 0, 4_095);
    CodedRows c = CodedRows.of(b);
    int grown = c.capacity();
    // under 4,096 rows: not yet
    c.sizeForInput(4_095 * 50L, 100_000_000L);
    assertThat(c.capacity()).isEqualTo(grown);
    // 4,096 rows of 50 bytes, 100 MB left: 2 million rows promised, over 64 times the rows read: 8 times them more
    rows(b, 4_095, 1);
    c.sizeForInput(4_096 * 50L, 100_000_000L);
    assertThat(c.capacity()).isEqualTo(4_096 + 8 * 4_096 + 64);
    // no doubling since: nothing, though more is promised than there is room for
    rows(b, 4_096, 4_095);
    c.sizeForInput(8_191 * 50L, 100_000_000L);
    assertThat(c.capacity()).isEqualTo(4_096 + 8 * 4_096 + 64);
    // doubled: 8,192 rows, 409,600 bytes, 4,096,000 left: 81,920 rows more promised, 2 % over, now in full
    rows(b, 8_191, 1);
    c.sizeForInput(8_192 * 50L, 4_096_000L);
    assertThat(c.capacity()).isEqualTo(8_192 + 83_558 + 64);
    assertThat(b.build().size()).isEqualTo(8_192);
  }

  @Test
  void anEmptyBuilderHandsOverAnEmptySet() {
    MeasurementSet.Builder b = MeasurementSet.builder();
    CodedRows.of(b).releaseOnBuild();
    assertThat(b.build()).isEqualTo(MeasurementSet.empty());
  }

  @Test
  void aBuildThatFailsOnDuplicates_leavesTheBuilderWhole() {
    MeasurementSet.Builder b = MeasurementSet.builder();
    b.add(Measurement.of("a", "31", "2025", 1), "data.csv", "line", 2);
    b.add(Measurement.of("a", "31", "2025", 2), "data.csv", "line", 3);
    CodedRows.of(b).releaseOnBuild();
    InvalidDataException e = assertThrows(InvalidDataException.class, b::build);
    assertThat(e.getMessage()).contains("lines 2 and 3 have the same key");
    assertThat(b.duplicates(DuplicatePolicy.KEEP_LAST).build().stream().toList())
        .containsExactly(Measurement.of("a", "31", "2025", 2));
  }

  /** Rows of a chunk's builder, {@code rows} of them from {@code from}, the statuses where {@code withStatus}. */
  private static CodedRows chunk(List<Measurement> rows, boolean withStatus) {
    CodedRows c = CodedRows.of(MeasurementSet.builder());
    int in = c.input("data.csv", "line");
    for (int i = 0; i < rows.size(); i++) {
      Measurement m = rows.get(i);
      c.add(c.indicator(m.indicator()), c.breakdown(m.breakdown()), c.region(m.region()), c.period(m.period()),
          m.value().orElse(Double.NaN), m.numerator().orElse(Double.NaN), m.denominator().orElse(Double.NaN),
          withStatus ? m.status().ordinal() : 0, c.source(m.source()), in, i + 1);
    }
    return c;
  }

  @Test
  void statusesComeThroughAddAll_whicheverSideHasAStatusColumn() {
    List<Measurement> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      MeasurementStatus st = i == 250 ? MeasurementStatus.PROVISIONAL : MeasurementStatus.ACTUAL;
      rows.add(Measurement.of("a", Integer.toString(10_000 + i), "2025", i).withStatus(st));
    }
    List<Measurement> first = rows.subList(0, 200);
    List<Measurement> second = rows.subList(200, 300);
    // the chunk with a non-actual status comes into a builder that has none yet, then one without into one with
    for (boolean statusFirst : new boolean[] {false, true}) {
      MeasurementSet.Builder b = MeasurementSet.builder();
      CodedRows into = CodedRows.of(b);
      int in = into.input("data.csv", "line");
      List<Measurement> a = statusFirst ? second : first;
      List<Measurement> z = statusFirst ? first : second;
      into.addAll(chunk(a, true), 0, a.size(), 0, in);
      into.addAll(chunk(z, true), 0, z.size(), 1_000, in);
      List<Measurement> expected = new ArrayList<>(a);
      expected.addAll(z);
      expected.sort(KEY_ORDER);
      into.releaseOnBuild();
      assertThat(b.build().stream().toList()).as("status first: %s", statusFirst).isEqualTo(expected);
    }
  }

  /** Adds rows to coded rows by their own codes, lines from 1. */
  private static void addCoded(CodedRows c, List<Measurement> rows) {
    int in = c.input("data.csv", "line");
    for (int i = 0; i < rows.size(); i++) {
      Measurement m = rows.get(i);
      c.add(c.indicator(m.indicator()), c.breakdown(m.breakdown()), c.region(m.region()), c.period(m.period()),
          m.value().orElse(Double.NaN), m.numerator().orElse(Double.NaN), m.denominator().orElse(Double.NaN),
          m.status().ordinal(), c.source(m.source()), in, i + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void chunksSharingCodes_addedByWhatTheReceiverLearnt_giveTheSetOfTheirRows_evenPastAChunkNeverAdded(long seed) {
    List<Measurement> rows = distinct(seed, 4_000, 400, 300); // over 256 indicators: codes widen on the way
    int third = rows.size() / 3;
    List<Measurement> first = rows.subList(0, third);
    // read by the lane, never added (read past); its indicator first given there is on a row of the last chunk
    List<Measurement> skipped = new ArrayList<>(rows.subList(third, 2 * third));
    skipped.add(Measurement.of("zz.first-in-skipped", "31", "2024", 1));
    List<Measurement> last = new ArrayList<>(rows.subList(2 * third, rows.size()));
    last.add(Measurement.of("zz.first-in-skipped", "31", "2025", 2));
    CodedRows one = CodedRows.of(MeasurementSet.builder());
    addCoded(one, first);
    CodedRows.CodeValues learntOne = one.codeValues(null);
    CodedRows two = one.sharingCodes();
    addCoded(two, skipped);
    CodedRows.CodeValues learntTwo = two.codeValues(learntOne); // never learnt: its chunk is read past
    CodedRows three = two.sharingCodes();
    addCoded(three, last);
    assertThat(three.indicator(first.get(0).indicator())).isEqualTo(one.indicator(first.get(0).indicator()));
    CodedRows.CodeValues learntThree = three.codeValues(learntTwo);
    assertThat(learntTwo.size(0)).isGreaterThan(learntOne.size(0));

    MeasurementSet.Builder b = MeasurementSet.builder();
    CodedRows into = CodedRows.of(b);
    int in = into.input("data.csv", "line");
    CodedRows.Translation t = new CodedRows.Translation();
    t.learn(learntOne);
    into.addAll(one, 0, first.size(), 1, in, t);
    t.learn(learntThree); // the codes of the chunk never added come with the later copy
    into.addAll(three, 0, last.size(), 10_000, in, t);
    List<Measurement> expected = new ArrayList<>(first);
    expected.addAll(last);
    expected.sort(KEY_ORDER);
    into.releaseOnBuild();
    MeasurementSet set = b.build();
    assertThat(set.stream().toList()).isEqualTo(expected);
    for (int j = 0; j < first.size(); j++) {
      assertThat(set.origin(set.indexOf(first.get(j))).orElseThrow().line()).isEqualTo(j + 2);
    }
    for (int j = 0; j < last.size(); j++) {
      assertThat(set.origin(set.indexOf(last.get(j))).orElseThrow().line()).isEqualTo(j + 10_001);
    }
  }

  @Test
  void aBuilderSharingCodes_refusesToBuild_andACopyOfCodesUnchangedIsTheSameArrays() {
    MeasurementSet.Builder b = MeasurementSet.builder();
    CodedRows c = CodedRows.of(b);
    addCoded(c, List.of(Measurement.of("a", "31", "2025", 1)));
    CodedRows.CodeValues before = c.codeValues(null);
    CodedRows sharing = c.sharingCodes();
    addCoded(sharing, List.of(Measurement.of("a", "31", "2024", 1)));
    CodedRows.CodeValues after = sharing.codeValues(before);
    assertThat(after).isNotSameAs(before); // the period 2024 is new
    assertThat(after.size(0)).isEqualTo(1); // the indicator "a": known already
    assertThat(after.size(3)).isEqualTo(2);
    assertThat(sharing.codeValues(after)).isSameAs(after); // nothing added since
    CodedRows.Translation t = new CodedRows.Translation();
    t.learn(after);
    t.learn(before); // older: teaches nothing
    assertThat(t.value(3, 0)).isEqualTo(Period.parse("2025"));
    assertThat(t.value(3, 1)).isEqualTo(Period.parse("2024"));
    assertThat(t.map(3)[1]).isEqualTo(-1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> MeasurementSet.builderOf(sharing).build());
    assertThat(e).hasMessageContaining("not built");
    // nor the first: its dictionaries hold the period of the other's row
    assertThrows(IllegalStateException.class, b::build);
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void aChunkBuilderTakingTheArraysOfASpentOne_holdsOnlyItsOwnRows_partsAndLinesIncluded(long seed) {
    List<Measurement> rows = distinct(seed, 3_000, 400, 300); // wide codes, parts on some rows
    int half = rows.size() / 2;
    // the spent chunk is the larger: its rows, parts and lines are in the arrays the next chunk takes
    List<Measurement> first = rows.subList(0, rows.size() - half / 2);
    List<Measurement> second = new ArrayList<>(rows.subList(rows.size() - half / 2, rows.size()));
    second.add(Measurement.of("zz.plain", "31", "2025", 7)); // no parts, on a row that had parts before
    CodedRows codes = CodedRows.of(MeasurementSet.builder());
    CodedRows one = codes.sharingCodes();
    addCoded(one, first);
    MeasurementSet.Builder b = MeasurementSet.builder();
    CodedRows into = CodedRows.of(b);
    int in = into.input("data.csv", "line");
    CodedRows.Translation t = new CodedRows.Translation();
    t.learn(codes.codeValues(null));
    into.addAll(one, 0, one.size(), 1, in, t);

    CodedRows two = codes.sharingCodes(one);
    assertThat(two.size()).isZero();
    assertThat(two.capacity()).isGreaterThanOrEqualTo(first.size()); // the spent builder's arrays
    IllegalStateException spent = assertThrows(IllegalStateException.class, one::capacity);
    assertThat(spent).hasMessageContaining("handed on");
    addCoded(two, second);
    t.learn(codes.codeValues(null));
    into.addAll(two, 0, two.size(), 50_000, in, t);
    List<Measurement> expected = new ArrayList<>(rows);
    expected.add(second.get(second.size() - 1));
    expected.sort(KEY_ORDER);
    into.releaseOnBuild();
    MeasurementSet set = b.build();
    assertThat(set.stream().toList()).isEqualTo(expected);
    for (int j = 0; j < second.size(); j++) {
      assertThat(set.origin(set.indexOf(second.get(j))).orElseThrow().line()).isEqualTo(j + 50_001);
    }
    assertThat(set.get(set.indexOf(second.get(second.size() - 1))).numerator()).isEmpty();
  }

  @Test
  void onlyAnotherBuilderSharingCodesHandsItsArraysOn() {
    CodedRows codes = CodedRows.of(MeasurementSet.builder());
    CodedRows sharing = codes.sharingCodes();
    CodedRows plain = CodedRows.of(MeasurementSet.builder());
    assertThat(assertThrows(IllegalArgumentException.class, () -> codes.sharingCodes(plain)))
        .hasMessageContaining("shares its codes");
    assertThrows(IllegalArgumentException.class, () -> sharing.sharingCodes(sharing));
    assertThat(plain.size()).isZero(); // refused: still usable
  }
}
