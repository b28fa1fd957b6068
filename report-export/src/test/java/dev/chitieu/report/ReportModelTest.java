package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.fixtures.SampleReports;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportModelTest {
  static Stream<Arguments> periods() {
    Plan hp = SampleReports.haiPhongPlan(); // horizon 2025
    Plan bn = SampleReports.bacNinhPlan(); // horizon 2026-2030
    return Stream.of(
        argumentSet("inside a one-year horizon", hp, LocalDate.of(2025, 6, 30), "6 tháng đầu năm 2025",
            "first half of 2025"),
        // a plan whose horizon has ended reports over its horizon
        argumentSet("after a one-year horizon", hp, LocalDate.of(2026, 9, 30), "năm 2025", "the year 2025"),
        argumentSet("after a five-year horizon", bn, LocalDate.of(2031, 3, 31), "giai đoạn 2026–2030", "2026–2030"),
        argumentSet("first year of a five-year horizon", bn, LocalDate.of(2026, 9, 30), "9 tháng đầu năm 2026",
            "first 9 months of 2026"),
        argumentSet("later in a five-year horizon", bn, LocalDate.of(2027, 12, 31), "giai đoạn 2026–2027",
            "2026–2027"),
        argumentSet("before the horizon", bn, LocalDate.of(2025, 11, 30), "11 tháng đầu năm 2025",
            "first 11 months of 2025"));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void defaultPeriod_runsFromTheHorizonStartToTheAsOfMonth(Plan plan, LocalDate asOf, String vi, String en) {
    assertThat(Texts.periodName(ReportModel.defaultPeriod(plan, asOf), Lang.VI)).isEqualTo(vi);
    assertThat(Texts.periodName(ReportModel.defaultPeriod(plan, asOf), Lang.EN)).isEqualTo(en);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void documentNumber_givesTheKindAndTheIssuersSymbol(String number, String vi, String en, String symbol) {
    assertThat(ReportModel.documentKind(number, Lang.VI)).isEqualTo(vi);
    assertThat(ReportModel.documentKind(number, Lang.EN)).isEqualTo(en);
    assertThat(ReportModel.issuerSymbol(number)).isEqualTo(symbol);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        argumentSet("provincial plan", "106/KH-UBND", "Kế hoạch", "Plan", "UBND"),
        argumentSet("Prime Minister's decision", "411/QĐ-TTg", "Quyết định", "Decision", "TTg"),
        argumentSet("Party resolution", "57-NQ/TW", "Nghị quyết", "Resolution", "TW"),
        argumentSet("council resolution", "12/NQ-HĐND", "Nghị quyết", "Resolution", "HĐND"),
        argumentSet("no symbol", "7", "Kế hoạch", "Plan", "UBND"));
  }
}
