package dev.chitieu.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("2025", PeriodKind.YEAR, "2025-01", "2025-12"),
        Arguments.of("2025-H1", PeriodKind.HALF, "2025-01", "2025-06"),
        Arguments.of("2025-H2", PeriodKind.HALF, "2025-07", "2025-12"),
        Arguments.of("2025-Q3", PeriodKind.QUARTER, "2025-07", "2025-09"),
        Arguments.of("2025-07", PeriodKind.MONTH, "2025-07", "2025-07"),
        Arguments.of("2025-01..2025-09", PeriodKind.RANGE, "2025-01", "2025-09"),
        Arguments.of("2024-07..2025-06", PeriodKind.RANGE, "2024-07", "2025-06"),
        Arguments.of("2026-01..2030-12", PeriodKind.RANGE, "2026-01", "2030-12"));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void parse_printsBackTheSameText(String text, PeriodKind kind, String start, String end) {
    Period p = Period.parse(text);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.start()).isEqualTo(YearMonth.parse(start));
    assertThat(p.end()).isEqualTo(YearMonth.parse(end));
    assertThat(p.toString()).isEqualTo(text);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void range_thatIsAYear_printsAsTheYear() {
    assertThat(Period.parse("2025-01..2025-12")).isEqualTo(Period.year(2025));
    assertThat(Period.parse("2025-01..2025-12").toString()).isEqualTo("2025");
    assertThat(Period.parse("2025-04..2025-06").toString()).isEqualTo("2025-Q2");
    assertThat(Period.parse("2025-Q1..2025-Q3")).isEqualTo(Period.yearToDate(2025, 9));
  }

  @Test
  void yearToDate_isRecognised() {
    assertThat(Period.yearToDate(2025, 9).isYearToDate()).isTrue();
    assertThat(Period.year(2025).isYearToDate()).isTrue();
    assertThat(Period.parse("2025-Q3").isYearToDate()).isFalse();
    assertThat(Period.parse("2024-07..2025-06").isYearToDate()).isFalse();
  }

  @Test
  void endDate_isTheLastDayOfTheLastMonth() {
    assertThat(Period.year(2025).endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(Period.parse("2024-Q1").endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Period.parse("2024-02").endDate()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void containsAndOverlaps() {
    Period y = Period.year(2025);
    assertThat(y.contains(Period.parse("2025-Q4"))).isTrue();
    assertThat(y.contains(Period.parse("2025-12..2026-01"))).isFalse();
    assertThat(y.overlaps(Period.parse("2025-12..2026-01"))).isTrue();
    assertThat(y.overlaps(Period.parse("2026-01"))).isFalse();
    assertThat(y.contains(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(Period.parse("2024-07..2025-06").years()).containsExactly(Period.year(2024), Period.year(2025));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-13", "2025-00", "2025-H3", "2025-Q5", "2025-7", "2025/07", "2025-09..2025-01",
      "abc"})
  void parse_rejectsBadText_withTheAcceptedForms(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(InvalidPeriodException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void parse_unknownForm_listsTheAcceptedForms() {
    assertThatThrownBy(() -> Period.parse("2025/07"))
        .hasMessage("'2025/07' is not a period; expected one of 2025, 2025-H1, 2025-Q3, 2025-07 or a month range"
            + " 2025-01..2025-09");
    assertThatThrownBy(() -> Period.parse("2025-13")).hasMessage("'2025-13' has month 13; expected 01 to 12");
  }

  @Test
  void ordering_isByFirstThenLastMonth() {
    assertThat(Period.parse("2025-01").compareTo(Period.year(2025))).isNegative();
    assertThat(Period.year(2024).compareTo(Period.parse("2025-01"))).isNegative();
  }

  @Test
  void monthAndYearToDate_outOfRangeMonth_isAnInvalidPeriodSayingWhatIsExpected() {
    assertThatThrownBy(() -> Period.month(2025, 13)).isInstanceOf(InvalidPeriodException.class)
        .hasMessage("a month needs a month from 1 to 12, was 13 (in 2025)");
    assertThatThrownBy(() -> Period.yearToDate(2025, 0)).isInstanceOf(InvalidPeriodException.class)
        .hasMessage("a year to date needs a month from 1 to 12, was 0 (in 2025)");
  }
}
