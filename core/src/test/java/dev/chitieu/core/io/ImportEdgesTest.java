package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.model.ValueRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of an import: comment lines, implausible and vanishing numbers, files in another encoding. */
class ImportEdgesTest {
  static final Indicator ENTERPRISES = Indicator.builder("t.enterprises").unit(Unit.ENTERPRISES)
      .aggregation(Aggregation.stock()).build();
  static final Indicator POPULATION = Indicator.builder("t.population").unit(Unit.PERSONS)
      .aggregation(Aggregation.stock()).build();
  static final Indicator SHARE = Indicator.builder("t.share").unit(Unit.PERCENT).decimals(2)
      .aggregation(Aggregation.percent(ENTERPRISES.id(), POPULATION.id())).build();
  static final Indicator BALANCE = Indicator.builder("t.balance").unit(Unit.BILLION_VND)
      .aggregation(Aggregation.flow()).range(ValueRange.unbounded()).build();
  static final Indicator RATE = Indicator.builder("t.rate").unit(Unit.of("per-1000", "/1.000 dân", "per 1,000"))
      .decimals(2).aggregation(Aggregation.ratio(ENTERPRISES.id(), POPULATION.id(), BigDecimal.valueOf(1000)))
      .range(ValueRange.between(0, 5)).build();
  static final ImportOptions PLAN =
      ImportOptions.defaults().withIndicators(List.of(ENTERPRISES, POPULATION, SHARE, BALANCE, RATE), List.of());

  static ImportResult strict(String csv, ImportOptions o) {
    return MeasurementCsv.readStrict(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "data.csv", o);
  }

  static ImportResult lenient(String csv, ImportOptions o) {
    return MeasurementCsv.readLenient(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "data.csv", o);
  }

  static List<String> problems(InvalidDataException e) {
    return e.problems().stream().map(DataProblem::message).toList();
  }

  @Nested
  class CommentLines {
    @Test
    void aHashLineThatIsNotExactlyADirective_isAComment_whateverItHolds() {
      ImportResult r = strict("# 34996 / 100000 = 34,996\n# decimal=comma is what the ministry uses\n"
          + "# separator: ;\n#\n#decimal\nindicator,region,period,value\nt.enterprises,31,2025,34.996\n", PLAN);
      assertThat(r.measurements().get(0).value()).hasValue(34.996);
      assertThat(r.measurements().get(0).period().toString()).isEqualTo("2025");
    }

    @Test
    void exactDirectives_applyWithOrWithoutSpacesAroundTheEqualsSign() {
      ImportResult r = strict("# ghi chú: số liệu mẫu\n# decimal = comma\n#separator=,\n"
          + "indicator,region,period,value\nt.enterprises,31,2025,\"1.234,5\"\n", PLAN);
      assertThat(r.measurements().get(0).value()).hasValue(1234.5);
      ImportResult both = strict("# decimal=comma separator=;\nindicator;region;period;value\n"
          + "t.enterprises;31;2025;7,5\n", PLAN);
      assertThat(both.measurements().get(0).value()).hasValue(7.5);
    }

    @Test
    void aDirectiveWithAnUnknownValue_isStillAnError_namingItsLine() {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict("# a comment\n# separator=tab\nindicator,region,period,value\n", PLAN));
      assertThat(problems(e)).containsExactly("data.csv line 2: 'separator=tab' is not a separator; expected "
          + "# separator=; or # separator=,");
    }

    @Test
    void linesBetweenHeaderAndRowsThatStartWithHash_areRowsAsBefore() {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value\n# not a comment here,31,2025,1\n", PLAN));
      assertThat(problems(e)).singleElement().asString().startsWith("data.csv line 2, column 'indicator'");
    }
  }

  @Nested
  class PlausibleValues {
    @Test
    void defaultRanges_followTheUnit() {
      assertThat(SHARE.range()).isEqualTo(ValueRange.between(0, 100));
      assertThat(ENTERPRISES.range()).isEqualTo(ValueRange.nonNegative());
      assertThat(Indicator.builder("x").unit(Unit.of("percent", "%", "%"))
          .aggregation(Aggregation.percent(ENTERPRISES.id(), POPULATION.id())).build().range().toString())
          .isEqualTo("from 0 to 100");
      assertThat(ValueRange.nonNegative().contains(-0.0)).isTrue();
      assertThat(ValueRange.between(0, 100).contains(100.00000000000001)).isFalse();
      // 0.1 is read as the double 0.1000…0555; it is the 0.1 the file wrote, inside a range that ends at 0.1
      assertThat(ValueRange.atMost(new BigDecimal("0.1")).contains(0.1)).isTrue();
      assertThat(ValueRange.atMost(new BigDecimal("0.1")).contains(Math.nextUp(0.1))).isFalse();
      assertThat(ValueRange.atLeast(new BigDecimal("0.3")).contains(0.1 + 0.2)).isTrue();
      assertThat(ValueRange.atLeast(new BigDecimal("0.3")).contains(Math.nextDown(0.3))).isFalse();
      assertThat(ValueRange.unbounded().contains(Double.NEGATIVE_INFINITY)).isTrue();
      assertThrows(IllegalArgumentException.class, () -> ValueRange.between(5, 1));
      assertThat(ValueRange.between(new BigDecimal("0.0"), new BigDecimal("1e2"))).isEqualTo(ValueRange.between(0, 100));
      assertThat(ValueRange.between(new BigDecimal("0.0"), new BigDecimal("1e2")).toString()).isEqualTo("from 0 to 100");
    }

    @Test
    void strict_aShareAbove100_andNegativeEnterprises_areLocatedErrors() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(
          "indicator,region,period,value,numerator,denominator\nt.share,31,2025,135,,\n"
              + "t.enterprises,31,2025,-40,,\nt.share,31,2025-H1,100,,\nt.share,31,2024,,1350,1000\n"
              + "t.share,31,2023,,-5,100\n", PLAN));
      assertThat(problems(e)).containsExactly(
          "data.csv line 2, column 'value': '135' lies outside the values 't.share' can take (from 0 to 100 %); "
              + "expected a figure from 0 to 100 in %; a plan declares another range on the indicator if its figures "
              + "can go beyond it",
          "data.csv line 3, column 'value': '-40' lies outside the values 't.enterprises' can take (at least 0 "
              + "enterprises); expected a figure at least 0 in enterprises; a plan declares another range on the "
              + "indicator if its figures can go beyond it",
          "data.csv line 5, column 'numerator': '1350' makes 1350 / 1000 × 100 = 135 %, outside the values 't.share' "
              + "can take (from 0 to 100); expected a numerator and a denominator whose ratio lies from 0 to 100; for "
              + "a share, a numerator not above its denominator",
          "data.csv line 6, column 'numerator': '-5' lies outside the values 't.enterprises' can take (at least 0 "
              + "enterprises); expected a figure at least 0 in enterprises; a plan declares another range on the "
              + "indicator if its figures can go beyond it",
          "data.csv line 6, column 'numerator': '-5' makes -5 / 100 × 100 = -5 %, outside the values 't.share' can "
              + "take (from 0 to 100); expected a numerator and a denominator whose ratio lies from 0 to 100; for a "
              + "share, a numerator not above its denominator");
    }

    @Test
    void lenient_anImplausibleRowIsRejected_andTheOthersKept() {
      ImportResult r = lenient("indicator,region,period,value\nt.share,31,2025,100.5\nt.share,31,2024,99.5\n"
          + "t.rate,31,2025,5.01\nt.rate,31,2024,5\nt.balance,31,2025,-12.5\n", PLAN);
      assertThat(r.measurements()).extracting(m -> m.indicator() + " " + m.period())
          .containsExactlyInAnyOrder("t.share 2024", "t.rate 2024", "t.balance 2025");
      assertThat(r.rejected()).extracting(RejectedRow::location).containsExactly("line 2", "line 4");
      assertThat(r.rejected().get(1).problems().get(0).problem())
          .isEqualTo("lies outside the values 't.rate' can take (from 0 to 5 per 1,000)");
      assertThat(r.measurements().size() + r.rejected().size()).isEqualTo(r.rowsRead());
    }

    @Test
    void withoutAPlan_onlyTheFormIsChecked() {
      assertThat(strict("indicator,region,period,value\nt.share,31,2025,135\n", ImportOptions.defaults())
          .measurements().get(0).value()).hasValue(135);
    }
  }

  @Nested
  class VanishingNumbers {
    @ParameterizedTest
    @ValueSource(strings = {"1e-400", "4.9e-324", "2e-308", "-1e-320", "0.000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "000000000000000000000000000000000000000000000000000000000000000000000001"})
    void belowTheSmallestNormalDouble_isAnError_notASilentZero(String text) {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value\nt.balance,31,2025," + text + "\n", PLAN));
      assertThat(problems(e)).containsExactly("data.csv line 2, column 'value': '" + text + "' is too small to be "
          + "kept: below 2.2250738585072014E-308 it would read as 0 or lose digits; expected 0, or the figure in the "
          + "indicator's unit; check the exponent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0e-400", "-0", "2.3e-308", "1e-300"})
    void zeroAndSmallNormalNumbers_areRead(String text) {
      assertThat(strict("indicator,region,period,value\nt.balance,31,2025," + text + "\n", PLAN).measurements()
          .get(0).value().getAsDouble()).isEqualTo(Double.parseDouble(text));
    }

    @Test
    void beyondTheLargestDouble_saysTooLarge() {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value\nt.balance,31,2025,1e400\n", PLAN));
      assertThat(problems(e)).singleElement().asString().contains("'1e400' is too large to be a figure");
    }
  }

  @Nested
  class Encoding {
    private byte[] windows1258() {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes("indicator,region,period,value,source\nt.enterprises,31,2025,1,Cục Thống kê\n"
          .getBytes(StandardCharsets.UTF_8));
      b.writeBytes("t.enterprises,31,2024,1,S".getBytes(StandardCharsets.US_ASCII));
      b.write(0xD4); // 'Ô' in Windows-1258
      b.writeBytes(" KH\n".getBytes(StandardCharsets.US_ASCII));
      return b.toByteArray();
    }

    @Test
    void aByteThatIsNotUtf8_isNamedWithItsLineAndOffset_andTheFix() {
      byte[] bytes = windows1258();
      int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00D4');
      for (boolean lenient : new boolean[] {false, true}) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> {
          ImportResult unused = lenient
              ? MeasurementCsv.readLenient(new ByteArrayInputStream(bytes), "data.csv", PLAN)
              : MeasurementCsv.readStrict(new ByteArrayInputStream(bytes), "data.csv", PLAN);
        });
        assertThat(problems(e)).containsExactly("data.csv line 3: has byte 0xD4 at byte offset " + offset
            + " (byte 26 of the line), which is not UTF-8 text: the file was saved in another encoding, e.g. "
            + "Windows-1258 or Windows-1252; expected a file saved as UTF-8: in Excel, \"Save As\" > \"CSV UTF-8 "
            + "(Comma delimited)\"; or convert it with iconv -f WINDOWS-1258 -t UTF-8 data.csv > utf8-data.csv");
      }
    }

    @Test
    void aFileEndingInsideACharacter_saysSo() {
      byte[] bytes = "indicator,region,period,value\nt.enterprises,31,2025,1\n\u1EC7".getBytes(StandardCharsets.UTF_8);
      byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementCsv.readStrict(new ByteArrayInputStream(cut), "data.csv", PLAN));
      assertThat(problems(e)).singleElement().asString().startsWith("data.csv line 3: ends in the middle of a "
          + "character that starts with byte 0xE1 at byte offset " + (cut.length - 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0xC0, 0xC1, 0xF5, 0xFF, 0x80})
    void bytesThatNeverStartACharacter_areNamed(int bad) {
      byte[] head = "indicator,region,period,value\n".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
      bytes[head.length] = (byte) bad;
      bytes[head.length + 1] = (byte) 0x80;
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementCsv.readStrict(new ByteArrayInputStream(bytes), "data.csv", PLAN));
      assertThat(problems(e)).singleElement().asString().startsWith(String.format(
          "data.csv line 2: has byte 0x%02X at byte offset %d (byte 1 of the line)", bad, head.length));
    }

    @Test
    void wellFormedUtf8OfEveryLength_passes() {
      String text = "indicator,region,period,value,source\nt.enterprises,31,2025,1,Cục Thống kê ₫ 𝄞 \u00E9\n";
      assertThat(strict(text, PLAN).measurements().get(0).source()).isEqualTo("Cục Thống kê ₫ 𝄞 \u00E9");
    }

    @Test
    void json_aByteThatIsNotUtf8_isNamedToo() {
      byte[] head = ("[{\"indicator\": \"t.enterprises\", \"region\": \"31\", \"period\": \"2025\", \"value\": 1,\n"
          + " \"source\": \"S").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
      bytes[head.length] = (byte) 0xD4;
      bytes[head.length + 1] = '"';
      bytes[head.length + 2] = '}';
      bytes[head.length + 3] = ']';
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementJson.readStrict(new ByteArrayInputStream(bytes), "data.json", PLAN));
      assertThat(problems(e)).singleElement().asString()
          .startsWith("data.json line 2: has byte 0xD4 at byte offset " + head.length);
    }
  }
}
