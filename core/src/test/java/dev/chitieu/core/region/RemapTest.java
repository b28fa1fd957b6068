package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemapTest {
  static final Plan PLAN = TerritoryFixture.plan();
  static final RegionCode TRAN_PHU = RegionCode.of("10528");
  static final RegionCode LE_THANH_NGHI = RegionCode.of("10532");
  static final RegionCode TAN_HUNG = RegionCode.of("10537");
  static final TerritoryMapping MAPPING = TerritoryFixture.mapping();
  static final TerritoryMapping SHARED =
      MAPPING.withShares(TRAN_PHU, Map.of(LE_THANH_NGHI, 0.25, TAN_HUNG, 0.75));

  static MeasurementSet set(Measurement... rows) {
    return MeasurementSet.of(List.of(rows));
  }

  static Measurement find(MeasurementSet s, String indicator, String region, String period) {
    return s.stream().filter(m -> m.indicator().value().equals(indicator) && m.region().value().equals(region)
        && m.period().toString().equals(period)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + indicator + " " + region + " " + period + " in " + s.stream()
            .toList()));
  }

  @Nested
  class Moves {
    @Test
    void wholeMove_ofASoleFormerUnit_keepsTheFigure() {
      Measurement revenue = Measurement.of("t.revenue", "10525", "2024", 120.5)
          .withStatus(MeasurementStatus.PROVISIONAL).withSource("Cục Thống kê Hải Dương");
      Measurement share = Measurement.of("t.share", "10525", "2024", 7.5);

      RemapResult r = MAPPING.remap(set(revenue, share), PLAN);

      assertThat(r.measurements().stream().toList()).containsExactly(
          new Measurement(revenue.indicator(), RegionCode.of("10525"), revenue.period(), Breakdown.NONE,
              OptionalDouble.of(120.5), OptionalDouble.empty(), OptionalDouble.empty(), MeasurementStatus.PROVISIONAL,
              "Cục Thống kê Hải Dương"),
          Measurement.of("t.share", "10525", "2024", 7.5));
      assertThat(r.isComplete()).isTrue();
      assertThat(r.rowsConverted()).isEqualTo(2);
    }

    @Test
    void formerDistrict_goesWholeIntoItsSpecialZone() {
      RemapResult r = MAPPING.remap(set(Measurement.of("t.population", "318", "2024", 912)), PLAN);
      assertThat(r.measurements().stream().toList())
          .containsExactly(Measurement.of("t.population", "11948", "2024", 912));
    }

    @Test
    void merge_addsFlowsAndStocks_andARatiosParts_perPeriodAndBreakdown() {
      Breakdown ict = Breakdown.of("sector", "ict");
      RemapResult r = MAPPING.remap(set(
          Measurement.of("t.revenue", "10510", "2024", 100).withSource("A"),
          Measurement.of("t.revenue", "10519", "2024", 50).withSource("B").withStatus(MeasurementStatus.ESTIMATE),
          Measurement.of("t.revenue", "10510", "2024", 30).withBreakdown(ict),
          Measurement.of("t.revenue", "10519", "2024", 5).withBreakdown(ict),
          Measurement.of("t.population", "10510", "2024-Q4", 9000),
          Measurement.of("t.population", "10519", "2024-Q4", 11000),
          Measurement.of("t.population", "10510", "2024-Q3", 8900),
          Measurement.of("t.population", "10519", "2024-Q3", 10900),
          Measurement.ofParts("t.share", "10510", "2024", 3, 60),
          Measurement.ofParts("t.share", "10519", "2024", 1, 40)), PLAN);

      MeasurementSet out = r.measurements();
      assertThat(out.size()).isEqualTo(5);
      Measurement revenue = find(out, "t.revenue", "10507", "2024");
      assertThat(revenue.value()).hasValue(150);
      assertThat(revenue.status()).isEqualTo(MeasurementStatus.ESTIMATE);
      assertThat(revenue.source()).isEqualTo("A; B");
      assertThat(out.stream().filter(m -> m.breakdown().equals(ict)).toList())
          .containsExactly(Measurement.of("t.revenue", "10507", "2024", 35).withBreakdown(ict));
      assertThat(find(out, "t.population", "10507", "2024-Q4").value()).hasValue(20000);
      assertThat(find(out, "t.population", "10507", "2024-Q3").value()).hasValue(19800);
      Measurement share = find(out, "t.share", "10507", "2024");
      assertThat(share.numerator()).hasValue(4);
      assertThat(share.denominator()).hasValue(100);
      assertThat(share.value()).isEmpty();
      assertThat(r.territory().convertedUnits()).isEqualTo(2);
    }

    @Test
    void valueOnlyRatios_mergedWithoutAWeight_areRefused() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(set(
          Measurement.of("t.share", "10510", "2024", 5),
          Measurement.ofParts("t.share", "10519", "2024", 1, 40)), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements rows 1, 2, column 'value': figures of ratio 't.share' for 2024 of former units 10510, 10519"
              + " all go into 10507 (Phường Thành Đông), and 10510 give only a value; ratios cannot be added or"
              + " averaged; expected numerator and denominator on every row, or a weight declared for the ratio"
              + " (Aggregation.Ratio.weightedBy) with its figures for the same former units and periods");
    }

    @Test
    void valueOnlyRatios_withADeclaredWeight_areWeighedByItsFigures() {
      RemapResult r = MAPPING.remap(set(
          Measurement.of("t.account-share", "10510", "2024", 80),
          Measurement.ofParts("t.account-share", "10519", "2024", 900, 1000),
          Measurement.of("t.population", "10510", "2024", 3000),
          Measurement.of("t.population", "10519", "2024", 1000)), PLAN);

      Measurement share = find(r.measurements(), "t.account-share", "10507", "2024");
      assertThat(share.value().getAsDouble()).isCloseTo((80 * 3000 + 90 * 1000) / 4000.0, within(1e-9));
      assertThat(share.hasParts()).isFalse();
    }

    @Test
    void valueOnlyRatio_withoutTheWeightsFigure_namesTheMissingRow() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(set(
          Measurement.of("t.account-share", "10510", "2024", 80),
          Measurement.of("t.account-share", "10519", "2024", 90),
          Measurement.of("t.population", "10510", "2024", 3000)), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements row 2, column 'value': figures of ratio 't.account-share' for 2024 of former units 10510,"
              + " 10519 all go into 10507 (Phường Thành Đông), and 10510, 10519 give only a value; they are weighed"
              + " by 't.population', which has no value for former unit 10519 in 2024; expected a figure of"
              + " 't.population' for 10519 in 2024, or numerator and denominator on every row");
    }
  }

  @Nested
  class Splits {
    @Test
    void split_dividesBaseQuantitiesAndParts_byTheDeclaredShares() {
      RemapResult r = SHARED.remap(set(
          Measurement.of("t.revenue", "10528", "2024", 200),
          Measurement.of("t.revenue", "10531", "2024", 10),
          Measurement.of("t.revenue", "10537", "2024", 20),
          Measurement.ofParts("t.share", "10528", "2024", 8, 100),
          Measurement.ofParts("t.share", "10531", "2024", 2, 50),
          Measurement.ofParts("t.share", "10537", "2024", 1, 25)), PLAN);

      MeasurementSet out = r.measurements();
      assertThat(find(out, "t.revenue", "10532", "2024").value()).hasValue(200 * 0.25 + 10);
      assertThat(find(out, "t.revenue", "10537", "2024").value()).hasValue(200 * 0.75 + 20);
      Measurement leThanhNghi = find(out, "t.share", "10532", "2024");
      assertThat(leThanhNghi.numerator()).hasValue(8 * 0.25 + 2);
      assertThat(leThanhNghi.denominator()).hasValue(100 * 0.25 + 50);
      assertThat(r.territory().apportionedUnits()).containsExactly(TRAN_PHU);
      assertThat(r.territory().convertedUnits()).isEqualTo(3);
      assertThat(r.isComplete()).isTrue();
    }

    @Test
    void splitPieceAlone_keepsARatiosValue_andIsPartial() {
      RemapResult r = SHARED.remap(set(Measurement.of("t.share", "10528", "2024", 8.0)), PLAN);

      assertThat(r.measurements().isEmpty()).isTrue();
      assertThat(r.partial()).extracting(p -> p.figure().region().value(), p -> p.figure().value().getAsDouble())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("10532", 8.0),
              org.assertj.core.groups.Tuple.tuple("10537", 8.0));
      assertThat(r.partial().get(0).message()).isEqualTo("figure of 't.share' for 10532 2024 covers former units"
          + " 10528 but not 10531, which also went into 10532");
    }

    @Test
    void splitWithoutShares_namesTheUnit_itsNewUnits_andHowToDeclare() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(set(
          Measurement.of("t.revenue", "10528", "2024", 200),
          Measurement.of("t.revenue", "10531", "2024", 10),
          Measurement.of("t.revenue", "10528", "2023", 190)), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements rows 1, 2, column 'region': '10528' is former unit 10528 (Phường Trần Phú, Thành phố Hải"
              + " Dương, Tỉnh Hải Dương), which was split between 10532 (Phường Lê Thanh Nghị) and 10537 (Phường Tân"
              + " Hưng); no shares are declared, so its 2 rows cannot be divided; expected the part of it each new"
              + " unit took (e.g. of its population), summing to 1: mapping.withShares(RegionCode.of(\"10528\"),"
              + " Map.of(RegionCode.of(\"10532\"), a, RegionCode.of(\"10537\"), b)) with a + b = 1");
    }
  }

  @Nested
  class Rows {
    @Test
    void unknownFormerCode_isNamed_withItsRows() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(set(
          Measurement.of("t.revenue", "10510", "2024", 1),
          Measurement.of("t.revenue", "10999", "2024", 1),
          Measurement.of("t.revenue", "10999", "2023", 1),
          Measurement.of("t.revenue", "10507", "2024-Q1", 1)), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements row 1, column 'region': '10507' is not a former unit of the territory mapping (7 known),"
              + " so 1 row of periods ending by 2025-06-30 cannot be converted; it is Phường Thành Đông, a unit in"
              + " force from 2025-07-01: for figures already on the new units, pass remap a test that leaves these"
              + " rows out; expected a code in use until 2025-06-30 that an installed plan module maps, or these"
              + " rows left out of the remap (MeasurementSet.filter)",

          "measurements rows 3, 4, column 'region': '10999' is not a former unit of the territory mapping (7"
              + " known), so 2 rows of periods ending by 2025-06-30 cannot be converted; expected a code in use"
              + " until 2025-06-30 that an installed plan module maps, or these rows left out of the remap"
              + " (MeasurementSet.filter)");
    }

    @Test
    void laterPeriods_areKept_andAFormerCodeInThem_isRefused() {
      Measurement after = Measurement.of("t.revenue", "10507", "2025-H2", 80);
      Measurement year = Measurement.of("t.revenue", "10507", "2025", 150);
      RemapResult r = MAPPING.remap(set(after, Measurement.of("t.revenue", "10510", "2025-H1", 40),
          Measurement.of("t.revenue", "10519", "2025-H1", 2), year), PLAN);
      // a set holds its rows in key order: indicator, breakdown, region, then period (2025-H1 < 2025 < 2025-H2)
      assertThat(r.measurements().stream().toList()).containsExactly(
          Measurement.of("t.revenue", "10507", "2025-H1", 42), year, after);
      assertThat(r.rowsKept()).isEqualTo(2);

      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MAPPING.remap(set(Measurement.of("t.revenue", "10510", "2025-Q3", 1)), PLAN));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements row 1, column 'region': '10510' is former unit 10510 (Phường Bình Hàn, Thành phố Hải"
              + " Dương, Tỉnh Hải Dương), no longer in force after 2025-06-30, but 1 row of later periods use it;"
              + " expected the code of the unit it went into: 10507 (Phường Thành Đông)");
    }

    @Test
    void callersTest_choosesTheRowsToConvert() {
      Measurement recalculated = Measurement.of("t.revenue", "10507", "2024", 150);
      RemapResult r = MAPPING.remap(set(recalculated, Measurement.of("t.revenue", "10525", "2024", 9)), PLAN,
          m -> !m.region().equals(RegionCode.of("10507")));
      assertThat(r.measurements().stream().toList())
          .containsExactly(recalculated, Measurement.of("t.revenue", "10525", "2024", 9));
    }

    @Test
    void undeclaredIndicator_andBaseWithoutValue_areNamed() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(set(
          Measurement.of("x.other", "10510", "2024", 1),
          Measurement.ofParts("t.revenue", "10525", "2024", 1, 2)), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements row 2, column 'indicator': 'x.other' is not declared by plan 'test-plan', so how its 1 row"
              + " add up is unknown; expected an indicator of the plan, or a remap with the plan that declares it",
          "measurements row 1, column 'value': is empty on a figure of flow 't.revenue' (only numerator and"
              + " denominator given); expected the value of the quantity; numerator and denominator belong to ratio"
              + " indicators");
    }

    @Test
    void partialNewUnit_isLeftOutOfTheSet_andListed() {
      RemapResult r = MAPPING.remap(set(Measurement.of("t.revenue", "10510", "2024", 100),
          Measurement.of("t.revenue", "10525", "2024", 7)), PLAN);

      assertThat(r.measurements().stream().toList()).containsExactly(Measurement.of("t.revenue", "10525", "2024",
          7));
      assertThat(r.partial()).singleElement().satisfies(p -> {
        assertThat(p.figure()).isEqualTo(Measurement.of("t.revenue", "10507", "2024", 100));
        assertThat(p.reported()).containsExactly(RegionCode.of("10510"));
        assertThat(p.missing()).containsExactly(RegionCode.of("10519"));
      });
      assertThat(r.rowsRead()).isEqualTo(2);
    }

    @Test
    void emptySet_givesAnEmptyResult() {
      RemapResult r = MAPPING.remap(MeasurementSet.empty(), PLAN);
      assertThat(r.measurements().isEmpty()).isTrue();
      assertThat(r.territory().provinces()).isEmpty();
      assertThat(r.territory().text().en()).isEqualTo("Figures on the administrative units in force from 1 July"
          + " 2025.");
    }

    @Test
    void territoryNote_ofAConvertedSeries_statesTerritoryAndConversion() {
      RemapResult r = SHARED.remap(set(
          Measurement.of("t.revenue", "10528", "2024", 200),
          Measurement.of("t.revenue", "10531", "2024", 10),
          Measurement.of("t.revenue", "10537", "2024", 20),
          Measurement.of("t.revenue", "10537", "2025-Q3", 20)), PLAN);

      assertThat(r.territory().text().en()).isEqualTo("Figures on the territory of Hai Phong City as of 1 July 2025"
          + " (former Hai Phong City and Hai Duong Province). Figures for periods up to 30 June 2025 were converted"
          + " from 3 former units to the new units, 1 split unit by declared shares.");
    }
  }

  /**
   * Seeded random series over the whole excerpt: converting loses and invents nothing. Every flow and stock total,
   * and every ratio's numerator and denominator totals, are the same before and after, and every row is accounted
   * for.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2025L, 20250701L})
  void remap_conservesTotals_forRandomSeriesAndShares(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double a = 0.05 + rnd.nextDouble() * 0.9;
    TerritoryMapping m = MAPPING.withShares(TRAN_PHU, Map.of(LE_THANH_NGHI, a, TAN_HUNG, 1 - a));
    List<Measurement> rows = new ArrayList<>();
    Map<String, Double> before = new HashMap<>();
    for (FormerUnit u : m.formerUnits()) {
      for (String period : List.of("2023", "2024", "2025-H1")) {
        double revenue = Math.round(rnd.nextDouble() * 1e6) / 100.0;
        double population = 1 + rnd.nextInt(50_000);
        double holders = rnd.nextInt((int) population);
        rows.add(Measurement.of("t.revenue", u.code().value(), period, revenue));
        rows.add(Measurement.of("t.population", u.code().value(), period, population));
        rows.add(Measurement.ofParts("t.account-share", u.code().value(), period, holders, population));
        before.merge("revenue " + period, revenue, Double::sum);
        before.merge("population " + period, population, Double::sum);
        before.merge("holders " + period, holders, Double::sum);
      }
    }
    java.util.Collections.shuffle(rows, new java.util.Random(seed));
    RemapResult r = m.remap(MeasurementSet.of(rows), PLAN);

    assertThat(r.isComplete()).as("seed %d", seed).isTrue();
    assertThat(r.rowsRead()).as("seed %d", seed).isEqualTo(rows.size());
    assertThat(r.measurements().size()).as("seed %d", seed).isEqualTo(5 * 3 * 3);
    Map<String, Double> after = new HashMap<>();
    for (Measurement x : r.measurements()) {
      String p = " " + x.period();
      switch (x.indicator().value()) {
        case "t.revenue" -> after.merge("revenue" + p, x.value().getAsDouble(), Double::sum);
        case "t.population" -> after.merge("population" + p, x.value().getAsDouble(), Double::sum);
        default -> after.merge("holders" + p, x.numerator().getAsDouble(), Double::sum);
      }
    }
    assertThat(after.keySet()).as("seed %d", seed).isEqualTo(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as("seed %d, %s", seed, k).isCloseTo(v, within(1e-6 * (1
        + Math.abs(v)))));
    assertThat(Stream.of("10507", "10525", "10532", "10537", "11948")).as("seed %d", seed).allSatisfy(code ->
        assertThat(r.measurements().stream().filter(x -> x.region().value().equals(code)).count()).isEqualTo(9));
  }
}
