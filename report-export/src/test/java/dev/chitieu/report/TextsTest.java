package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "87.08|2|87,08|87.08",
      "1234567.891|2|1.234.567,89|1,234,567.89",
      "0.145|2|0,15|0.15",
      "0.7|1|0,7|0.7",
      "-1.2|2|-1,20|-1.20",
      "35|0|35|35"})
  void number_usesTheLanguagesSeparators(String value, int decimals, String vi, String en) {
    assertThat(Texts.number(new BigDecimal(value), decimals, Lang.VI)).isEqualTo(vi);
    assertThat(Texts.number(new BigDecimal(value), decimals, Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2025})
  void number_roundTripsThroughTheVietnameseForm(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      BigDecimal v = BigDecimal.valueOf(rnd.nextLong(-10_000_000_000L, 10_000_000_000L), 2);
      String vi = Texts.number(v, 2, Lang.VI);
      BigDecimal back = new BigDecimal(vi.replace(".", "").replace(',', '.'));
      assertThat(back).as("seed %d value %s printed %s", seed, v, vi).isEqualByComparingTo(v);
    }
  }

  @Test
  void placeDate_followsDecree30LeadingZeros() {
    assertThat(Texts.placeDate("Hải Phòng", LocalDate.of(2025, 1, 5), Lang.VI))
        .isEqualTo("Hải Phòng, ngày 05 tháng 01 năm 2025");
    assertThat(Texts.placeDate("Hải Phòng", LocalDate.of(2025, 2, 28), Lang.VI))
        .isEqualTo("Hải Phòng, ngày 28 tháng 02 năm 2025");
    assertThat(Texts.placeDate("Hải Phòng", LocalDate.of(2025, 6, 30), Lang.VI))
        .isEqualTo("Hải Phòng, ngày 30 tháng 6 năm 2025");
    assertThat(Texts.placeDate("Hai Phong", LocalDate.of(2025, 6, 30), Lang.EN)).isEqualTo("Hai Phong, 30 June 2025");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025|năm 2025|the year 2025",
      "2025-H1|6 tháng đầu năm 2025|first half of 2025",
      "2025-H2|6 tháng cuối năm 2025|second half of 2025",
      "2025-Q3|quý III năm 2025|Q3 2025",
      "2025-07|tháng 7 năm 2025|July 2025",
      "2025-01..2025-09|9 tháng đầu năm 2025|first 9 months of 2025",
      "2026-01..2030-12|giai đoạn 2026–2030|2026–2030",
      "2025-03..2026-08|từ tháng 03/2025 đến tháng 08/2026|from 03/2025 to 08/2026"})
  void periodName_isHowReportsSayIt(String period, String vi, String en) {
    assertThat(Texts.periodName(Period.parse(period), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.periodName(Period.parse(period), Lang.EN)).isEqualTo(en);
  }

  @Test
  void roman_numbersGroups() {
    assertThat(Texts.roman(1)).isEqualTo("I");
    assertThat(Texts.roman(4)).isEqualTo("IV");
    assertThat(Texts.roman(9)).isEqualTo("IX");
    assertThat(Texts.roman(14)).isEqualTo("XIV");
    assertThat(Texts.roman(2025)).isEqualTo("MMXXV");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Texts.roman(0));
    assertThat(e).hasMessage("roman numerals cover 1..3999, not 0");
  }

  @Test
  void excelFormat_tagsTheLanguage() {
    assertThat(Texts.excelFormat(2, Lang.VI, "")).isEqualTo("[$-42A]#,##0.00");
    assertThat(Texts.excelFormat(0, Lang.EN, "> ")).isEqualTo("[$-409]\"> \"#,##0");
  }
}
