package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.DuplicatePolicy;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementImportTest {
  static final Indicator REVENUE = Indicator.builder("t.revenue").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator RETAIL = Indicator.builder("t.retail").aggregation(Aggregation.flow()).build();
  static final Indicator SHARE = Indicator.builder("t.share")
      .aggregation(Aggregation.percent(REVENUE.id(), RETAIL.id())).build();
  static final Dimension SECTOR = new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
      List.of(Member.of("ict", "CNTT", "ICT"), Member.of("tourism", "Du lịch", "Tourism")));
  static final ImportOptions PLAN = ImportOptions.defaults().withIndicators(List.of(REVENUE, RETAIL, SHARE),
      List.of(SECTOR));

  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static ImportResult strict(String csv, ImportOptions o) {
    return MeasurementCsv.readStrict(utf8(csv), "data.csv", o);
  }

  static ImportResult lenient(String csv, ImportOptions o) {
    return MeasurementCsv.readLenient(utf8(csv), "data.csv", o);
  }

  /** A random set with every kind of field: breakdowns, parts, statuses, sources, awkward numbers. */
  static MeasurementSet randomSet(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Measurement> rows = new ArrayList<>();
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      IndicatorId ind = IndicatorId.of("i" + r.nextInt(4));
      RegionCode reg = RegionCode.of("31" + String.format("%03d", r.nextInt(30)));
      Period per = r.nextBoolean() ? Period.month(2025, 1 + r.nextInt(12)) : Period.yearToDate(2024, 1 + r.nextInt(12));
      Breakdown bd = switch (r.nextInt(3)) {
        case 0 -> Breakdown.NONE;
        case 1 -> Breakdown.of("sector", "s" + r.nextInt(3));
        default -> Breakdown.parse("age=a" + r.nextInt(2) + ";sector=s" + r.nextInt(3));
      };
      if (!keys.add(List.of(ind, reg, per, bd))) {
        continue;
      }
      double v = switch (r.nextInt(4)) {
        case 0 -> r.nextInt(100_000);
        case 1 -> r.nextDouble() * 1e9;
        case 2 -> -r.nextDouble() / 1e5;
        default -> 0.1 + r.nextInt(10);
      };
      boolean parts = r.nextInt(3) == 0;
      rows.add(new Measurement(ind, reg, per, bd, parts && r.nextBoolean() ? OptionalDouble.empty()
          : OptionalDouble.of(v), parts ? OptionalDouble.of(r.nextInt(50) + 0.25) : OptionalDouble.empty(),
          parts ? OptionalDouble.of(r.nextInt(50, 100) * 1e6) : OptionalDouble.empty(),
          MeasurementStatus.values()[r.nextInt(3)],
          r.nextInt(5) == 0 ? "Cục Thống kê, \"báo cáo\"; quý " + r.nextInt(4) : ""));
    }
    return MeasurementSet.of(rows);
  }

  @Nested
  class RoundTrip {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void csv_writtenAndReadBack_isEqual(long seed) {
      MeasurementSet set = randomSet(seed);
      for (boolean comma : new boolean[] {false, true}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeasurementCsv.write(set, out, comma);
        ImportResult back = MeasurementCsv.readStrict(new ByteArrayInputStream(out.toByteArray()), "x.csv",
            ImportOptions.defaults());
        assertThat(back.measurements()).as("seed %d, decimal comma %s", seed, comma).isEqualTo(set);
        assertThat(back.rowsRead()).isEqualTo(set.size());
      }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void json_writtenAndReadBack_isEqual(long seed) {
      MeasurementSet set = randomSet(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MeasurementJson.write(set, out);
      ImportResult back = MeasurementJson.readStrict(new ByteArrayInputStream(out.toByteArray()), "x.json",
          ImportOptions.defaults());
      assertThat(back.measurements()).as("seed %d", seed).isEqualTo(set);
    }
  }

  @Nested
  class Csv {
    @Test
    void bomSemicolonsAndDeclaredDecimalCommas_areRead() {
      ImportResult r = strict("\uFEFF# decimal=comma\nindicator;region;period;value;sector\n"
          + "t.revenue;31001;2025-Q1;1.234,5;ict\nt.revenue;31002;2025-01..2025-09;7;\n", PLAN);
      assertThat(r.measurements().stream().toList()).containsExactlyInAnyOrder(
          Measurement.of("t.revenue", "31001", "2025-Q1", 1234.5).withBreakdown(Breakdown.of("sector", "ict")),
          Measurement.of("t.revenue", "31002", "2025-01..2025-09", 7));
    }

    @Test
    void decimalCommaOption_readsCommas_andQuotedFieldsKeepLineNumbers() {
      ImportResult r = strict("indicator,region,period,value,source\nt.retail,31001,2025,\"12,5\",\"a, b\nc\"\n"
          + "t.retail,31002,2025,\"1,0\",\n", PLAN.withDecimalComma(true));
      assertThat(r.measurements().get(0).value()).hasValue(12.5);
      assertThat(r.measurements().get(0).source()).isEqualTo("a, b\nc");
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value,source\nt.retail,31001,2025,1,\"a\nb\"\nt.retail,31002,2025,x,\n",
              PLAN));
      assertThat(e.problems().get(0).location()).isEqualTo("line 4");
    }

    @Test
    void strict_listsEveryProblemWithLineColumnAndExpectation_andImportsNothing() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(
          "indicator,region,period,value,numerator,denominator,status,sector\n"
              + "t.revenue,31001,2025-13,1,,,,ict\n"
              + "t.nope,31 001,2025,1,,,draft,\n"
              + "t.revenue,31001,2025,\"1,5\",,,,mining\n"
              + "t.retail,31001,2025,,1,2,,tourism\n"
              + "t.share,31001,2025,,1,,,\n", PLAN));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "data.csv line 2, column 'period': '2025-13' is not a period; expected 2025, 2025-H1, 2025-Q3, 2025-07 or "
              + "a range 2025-01..2025-09",
          "data.csv line 3, column 'indicator': 't.nope' is not an indicator of the plan; expected one of t.revenue, "
              + "t.retail, t.share",
          "data.csv line 3, column 'region': '31 001' is not a region code; expected letters and digits, e.g. 31 or "
              + "10507",
          "data.csv line 3, column 'status': 'draft' is not a status; expected actual, provisional or estimate (or "
              + "empty for actual)",
          "data.csv line 4, column 'value': '1,5' is not a number with a decimal point; expected e.g. 1234.5; a file "
              + "written with decimal commas says so on its first line: # decimal=comma",
          "data.csv line 4, column 'sector': 'mining' is not a member of sector; expected one of ict, tourism",
          "data.csv line 5, column 'numerator': '1' is given for 't.retail', a flow, which takes a value only; "
              + "expected a value; numerator and denominator belong to ratio indicators",
          "data.csv line 5, column 'sector': 'tourism' gives a sector to 't.retail', which has no breakdown by "
              + "sector; expected an empty sector cell",
          "data.csv line 6, column 'denominator': is empty while the numerator is given; expected numerator and "
              + "denominator together, or neither");
    }

    @Test
    void lenient_importsGoodRows_andReturnsBadOnesWithFieldsAndReasons() {
      ImportResult r = lenient("indicator,region,period,value\nt.retail,31001,2025,1\nt.retail,31002,2025,x\n"
          + "\nt.retail,31003,2025,3\n", PLAN);
      assertThat(r.measurements().size()).isEqualTo(2);
      assertThat(r.rowsRead()).isEqualTo(3);
      assertThat(r.rejected()).hasSize(1);
      RejectedRow bad = r.rejected().get(0);
      assertThat(bad.location()).isEqualTo("line 3");
      assertThat(bad.fields()).containsEntry("region", "31002").containsEntry("value", "x");
      assertThat(bad.problems().get(0).problem()).isEqualTo("is not a number");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MeasurementCsv.writeRejected(r.rejected(), out);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("indicator,region,period,value,problems\n"
          + "t.retail,31002,2025,x,\"data.csv line 3, column 'value': 'x' is not a number; expected e.g. 1234.5\"\n");
    }

    @Test
    void badHeader_failsInEitherMode() {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> lenient("indicator,period,Value\n", ImportOptions.defaults()));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "data.csv line 1: 'Value' is neither a measurement column nor a dimension id; expected the columns "
              + "[indicator, region, period, value, numerator, denominator, status, source] and one column per "
              + "breakdown dimension, named by its id in lower case, e.g. sector",
          "data.csv line 1, column 'region': the header has no column 'region'; expected a header with "
              + "[indicator, region, period, value, numerator, denominator, status, source]",
          "data.csv line 1, column 'value': the header has no column 'value', nor both 'numerator' and "
              + "'denominator'; expected a value column, or numerator and denominator columns for ratios");
      InvalidDataException d = assertThrows(InvalidDataException.class,
          () -> strict("# decimal=komma\nindicator,region,period,value\n", ImportOptions.defaults()));
      assertThat(d.getMessage()).contains("line 1", "'decimal=komma' is not a decimal mark");
    }
  }

  @Nested
  class Duplicates {
    private static final String CSV = "indicator,region,period,value\nt.retail,31001,2025,1\nt.retail,31002,2025,2\n"
        + "t.retail,31001,2025,3\n";

    @Test
    void strict_namesBothLines() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(CSV, PLAN));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly("data.csv line 4: lines 2 and 4 have "
          + "the same key (t.retail, 31001, 2025); expected one figure per indicator, region, period and breakdown; "
          + "or choose to keep the first or the last of them (keep-first or keep-last)");
    }

    @Test
    void lenient_rejectsEveryCopy() {
      ImportResult r = lenient(CSV, PLAN);
      assertThat(r.measurements().size()).isEqualTo(1);
      assertThat(r.rejected()).extracting(RejectedRow::location).containsExactly("line 2", "line 4");
      assertThat(r.rejected().get(0).fields()).containsEntry("value", "1");
      assertThat(r.rejected().get(0).problems()).extracting(DataProblem::message).containsExactly(
          "data.csv line 2: lines 2 and 4 have the same key (t.retail, 31001, 2025); neither was kept; expected one "
              + "figure per indicator, region, period and breakdown");
    }

    @Test
    void threeCopiesWithABreakdown_areNamedInOneSentence() {
      String csv = "indicator,region,period,sector,value\nt.revenue,31001,2025,ict,1\nt.revenue,31001,2025,ict,2\n"
          + "t.revenue,31001,2025,,9\nt.revenue,31001,2025,ict,3\n";
      assertThat(lenient(csv, PLAN).rejected()).extracting(x -> x.problems().get(0).problem()).containsOnly(
          "lines 2, 3 and 5 have the same key (t.revenue, 31001, 2025, sector=ict); none was kept");
      ImportResult first = strict(csv, PLAN.withDuplicates(DuplicatePolicy.KEEP_FIRST));
      assertThat(first.measurements().size()).isEqualTo(2);
      assertThat(first.rejected()).extracting(x -> x.location() + ": " + x.problems().get(0).problem())
          .containsExactly(
              "line 3: lines 2, 3 and 5 have the same key (t.revenue, 31001, 2025, sector=ict); line 2, the first of "
                  + "them, was kept",
              "line 5: lines 2, 3 and 5 have the same key (t.revenue, 31001, 2025, sector=ict); line 2, the first of "
                  + "them, was kept");
    }

    @Test
    void keepLast_keepsTheLaterRow_andListsTheEarlier() {
      ImportResult r = strict(CSV, PLAN.withDuplicates(DuplicatePolicy.KEEP_LAST));
      assertThat(r.measurements().get(0).value()).hasValue(3);
      assertThat(r.rejected()).singleElement().satisfies(x -> {
        assertThat(x.location()).isEqualTo("line 2");
        assertThat(x.problems().get(0).message()).isEqualTo(
            "data.csv line 2: lines 2 and 4 have the same key (t.retail, 31001, 2025); line 4, the last of them, "
                + "was kept");
      });
    }
  }

  @Nested
  class Json {
    @Test
    void ndjsonAndArrays_areRead_andProblemsHaveLines() {
      String nd = "{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1.5}\n"
          + "{\"indicator\":\"t.revenue\",\"region\":\"31001\",\"period\":\"2025\",\"value\":\"2\",\"sector\":\"ict\"}\n";
      // a field the first object lacks is a dimension all the same
      assertThat(MeasurementJson.readStrict(utf8(nd), "d.ndjson", PLAN).measurements().size()).isEqualTo(2);
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementJson.readStrict(
          utf8(nd.replace("sector", "branch")), "d.ndjson", PLAN));
      assertThat(e.getMessage()).contains("d.ndjson line 2: 'branch' is not a dimension of the plan");
      String nd2 = "{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1.5,\"sector\":null}\n"
          + "{\"indicator\":\"t.revenue\",\"region\":\"31001\",\"period\":\"2025\",\"value\":\"2\",\"sector\":\"ict\"}\n";
      ImportResult r = MeasurementJson.readStrict(utf8(nd2), "d.ndjson", PLAN);
      assertThat(r.measurements().size()).isEqualTo(2);
      ImportResult a = MeasurementJson.readLenient(utf8("[\n" + nd2.replace("}\n{", "},\n{") + "]"), "d.json", PLAN);
      assertThat(a.measurements()).isEqualTo(r.measurements());
      ImportResult bad = MeasurementJson.readLenient(utf8("[{\"indicator\":\"t.retail\",\"region\":\"31001\","
          + "\"period\":\"2025\",\"value\":1},\n{\"indicator\":\"t.retail\",\"region\":\"31002\",\"period\":\"x\","
          + "\"value\":1}]"), "d.json", PLAN);
      assertThat(bad.rejected()).singleElement().satisfies(x -> assertThat(x.problems().get(0).message())
          .isEqualTo("d.json line 2, column 'period': 'x' is not a period; expected 2025, 2025-H1, 2025-Q3, 2025-07 "
              + "or a range 2025-01..2025-09"));
      InvalidDataException broken = assertThrows(InvalidDataException.class,
          () -> MeasurementJson.readStrict(utf8("[{\"indicator\": }]"), "b.json", PLAN));
      assertThat(broken.getMessage()).contains("b.json line 1", "is not valid JSON");
    }

    @Test
    void decimalComma_readsStringsWithCommas_andJsonNumbersAsJsonWritesThem() {
      // with decimal commas 12.345 is twelve thousand when a person writes it; a JSON number is always written with a
      // decimal point, and reading it as twelve thousand would put a figure a thousand times too large in the set
      String json = "[{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2021\",\"value\":12.345},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2022\",\"value\":1.5},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2023\",\"value\":-1.5e3},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2024\",\"value\":\"1.234,5\"},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",\"value\":\"12.345\"},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2026\",\"value\":-0.0},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2027\",\"value\":2E-2}]";
      ImportOptions comma = ImportOptions.defaults().withDecimalComma(true);
      for (boolean fast : new boolean[] {true, false}) {
        MeasurementSet s = MeasurementJson.read(utf8(json), "d.json", comma, false, fast).measurements();
        assertThat(s.size()).isEqualTo(7);
        double[] values = new double[7];
        for (int i = 0; i < 7; i++) {
          values[i] = s.get(i).value().getAsDouble();
        }
        assertThat(values).containsExactly(12.345, 1.5, -1500, 1234.5, 12345, -0.0, 0.02);
        assertThat(Double.doubleToRawLongBits(values[5])).isEqualTo(Double.doubleToRawLongBits(-0.0));
      }
      // a number past the buffer of an object's fields is read the same (the buffer holds 3 bytes a character)
      String big = "[{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",\"source\":\""
          + "\u1EC7".repeat(21_842) + "\",\"value\":12.345},\n"
          + "{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2024\",\"value\":0e500}]";
      for (boolean fast : new boolean[] {true, false}) {
        MeasurementSet s = MeasurementJson.read(utf8(big), "d.json", comma, false, fast).measurements();
        assertThat(s.get(0).value().getAsDouble()).isEqualTo(0.0);
        assertThat(s.get(1).value().getAsDouble()).isEqualTo(12.345);
      }
      // without decimal commas, a string with one is refused with a hint a JSON file can follow (it has no first
      // line to declare them on, as a CSV file does)
      InvalidDataException noComma = assertThrows(InvalidDataException.class, () -> MeasurementJson.readStrict(
          utf8("[{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",\"value\":\"1,5\"}]"), "d.json",
          ImportOptions.defaults()));
      assertThat(noComma.problems()).extracting(DataProblem::message).containsExactly("d.json line 1, column "
          + "'value': '1,5' is not a number with a decimal point; expected e.g. 1234.5; a JSON number or a string "
          + "with a decimal point (a program using the library can read strings with decimal commas with "
          + "ImportOptions.withDecimalComma(true))");
      // a number whose exponent makes it longer than any figure is left as it is, and refused as not a figure
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MeasurementJson.readStrict(
          utf8("[{\"indicator\":\"x.a\",\"region\":\"31\",\"period\":\"2025\",\"value\":1e999}]"), "d.json",
          comma));
      assertThat(e.getMessage()).contains("d.json line 1, column 'value': '1e999'");
    }
  }
}
