package dev.chitieu.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "87.08      | 87,08        | 87.08",
      "50350      | 50.350       | 50,350",
      "1928311    | 1.928.311    | 1,928,311",
      "0.70       | 0,70         | 0.70",
      "-2.50      | -2,50        | -2.50",
      "-1234.5    | -1.234,5     | -1,234.5",
      "100        | 100          | 100",
      "0          | 0            | 0"})
  void number_keepsTheScaleAndUsesEachLanguagesSeparators(String value, String vi, String en) {
    assertThat(Texts.number(new BigDecimal(value), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.number(new BigDecimal(value), Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024             | năm 2024                        | 2024",
      "2024-H1          | 6 tháng đầu năm 2024            | H1 2024",
      "2024-H2          | 6 tháng cuối năm 2024           | H2 2024",
      "2025-Q3          | quý III/2025                    | Q3 2025",
      "2025-07          | tháng 7/2025                    | July 2025",
      "2025-01..2025-09 | 9 tháng đầu năm 2025            | the first 9 months of 2025",
      "2026-01..2030-12 | giai đoạn 2026–2030             | 2026–2030",
      "2024-07..2025-06 | từ tháng 7/2024 đến tháng 6/2025 | July 2024 to June 2025"})
  void period_asAReportWritesIt(String period, String vi, String en) {
    assertThat(Texts.period(Period.parse(period), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.period(Period.parse(period), Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024             | năm 2024                     | in 2024",
      "2024-H1          | trong 6 tháng đầu năm 2024   | in H1 2024",
      "2024-07..2025-06 | từ tháng 7/2024 đến tháng 6/2025 | from July 2024 to June 2025",
      "2026-01..2028-12 | trong giai đoạn 2026–2028 | in 2026–2028"})
  void inPeriod_addsThePreposition(String period, String vi, String en) {
    assertThat(Texts.inPeriod(Period.parse(period), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.inPeriod(Period.parse(period), Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2025-12-31 | 31/12/2025 | 31 December 2025", "2024-06-05 | 05/06/2024 | 5 June 2024"})
  void date_asAReportWritesIt(String day, String vi, String en) {
    assertThat(Texts.date(LocalDate.parse(day), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.date(LocalDate.parse(day), Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"87.08 | 87,08 % | 87.08 %"})
  void quantity_appendsTheUnit(String value, String vi, String en) {
    assertThat(Texts.quantity(new BigDecimal(value), Unit.PERCENT, Lang.VI)).isEqualTo(vi);
    assertThat(Texts.quantity(new BigDecimal(value), Unit.PERCENT, Lang.EN)).isEqualTo(en);
  }
}
