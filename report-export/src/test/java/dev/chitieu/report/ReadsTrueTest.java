package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.assess.ProgressCategory;
import dev.chitieu.core.assess.ProgressResult;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.fixtures.SampleReports;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The report's sentences and marks say one true thing: each check is one item of what a reader found misleading. */
class ReadsTrueTest {
  @Test
  void sourceLocator_inBothLanguages_isPrintedInTheReportsLanguageOnly() {
    SourceRef s = new SourceRef("Kế hoạch số 106/KH-UBND", PartialDate.parse("2025"), "https://example.org",
        "chỉ tiêu 1/7 (target 1 of 7)");
    assertThat(Texts.source(s, Lang.VI)).isEqualTo("Kế hoạch số 106/KH-UBND, chỉ tiêu 1/7");
    assertThat(Texts.source(s, Lang.EN)).isEqualTo("Kế hoạch số 106/KH-UBND, target 1 of 7");
    assertThat(Texts.source(s.at(""), Lang.VI)).isEqualTo("Kế hoạch số 106/KH-UBND");
  }

  @Test
  void bars_shareOneScaleUpToTheLargestPercent_so164And513LookDifferent() {
    assertThat(BarScale.of(List.of(Optional.of(new BigDecimal("164")), Optional.of(new BigDecimal("513")))))
        .isEqualTo(550);
    assertThat(BarScale.of(List.of(Optional.of(new BigDecimal("98.86")), Optional.empty()))).isEqualTo(150);
    assertThat(BarScale.of(List.of(Optional.of(new BigDecimal("4000"))))).isEqualTo(1000);
  }

  @Test
  void progressWord_isPrintedOnlyWhereItCannotContradictTheStatus() {
    ProgressResult moderate = new ProgressResult(ProgressCategory.MODERATE_PROGRESS, OptionalDouble.of(1),
        OptionalDouble.of(0.5), OptionalInt.of(2024), OptionalDouble.of(10), OptionalInt.of(2025),
        OptionalDouble.of(12));
    ProgressResult achieved = new ProgressResult(ProgressCategory.TARGET_ACHIEVED, OptionalDouble.of(1),
        OptionalDouble.of(0.5), OptionalInt.of(2024), OptionalDouble.of(10), OptionalInt.of(2025),
        OptionalDouble.of(12));
    assertThat(Texts.progressNote(with(Status.AT_RISK, moderate), Lang.VI)).contains("năm gốc 2024")
        .contains("tiến bộ vừa phải").doesNotContain("SDG");
    assertThat(Texts.progressNote(with(Status.AT_RISK, moderate), Lang.EN)).contains("base year 2024")
        .contains("moderate progress");
    // a final status is the judgement; a pace beside it would only confuse
    assertThat(Texts.progressNote(with(Status.NOT_ACHIEVED, moderate), Lang.VI)).isEmpty();
    assertThat(Texts.progressNote(with(Status.ACHIEVED, moderate), Lang.VI)).isEmpty();
    // "target achieved" beside a status that says it is not
    assertThat(Texts.progressNote(with(Status.ON_TRACK, achieved), Lang.VI)).isEmpty();
  }

  private static TargetResult with(Status s, ProgressResult p) {
    TargetResult r = VerdictTest.result(s, "90");
    return new TargetResult(r.target(), r.indicator(), r.member(), r.period(), s, r.evidence(), p, r.explanation(),
        List.of());
  }

  @Test
  void explanation_opensWithTheFormsWord_notAnotherOne() {
    ReportModel m = new ReportModel(SampleReports.haiPhongAssessment(), Lang.VI, ReportMetadata.defaults());
    TargetResult beaten = VerdictTest.result(Status.ACHIEVED, "109.33");
    TargetResult exceeded = new TargetResult(beaten.target(), beaten.indicator(), beaten.member(), beaten.period(),
        Status.ACHIEVED, beaten.evidence(), beaten.progress(), dev.chitieu.core.model.LocalizedText.of(
            "Đạt: 16,40 % năm 2025, đạt mục tiêu trên 15 %.", "Achieved: 16.40 % in 2025."), List.of());
    // the form prints "Vượt"; the sentence beside it must not say "Đạt"
    assertThat(m.explanation(exceeded)).isEqualTo("Vượt: 16,40 % năm 2025, đạt mục tiêu trên 15 %.");
    TargetResult exact = VerdictTest.result(Status.ACHIEVED, "100.00");
    TargetResult met = new TargetResult(exact.target(), exact.indicator(), exact.member(), exact.period(),
        Status.ACHIEVED, exact.evidence(), exact.progress(), dev.chitieu.core.model.LocalizedText.of("Đạt: 15 %.",
            "Achieved: 15 %."), List.of());
    assertThat(m.explanation(met)).isEqualTo("Đạt: 15 %.");
  }

  @Test
  void nationalReport_ofThePrimeMinister_isNotSentToThePrimeMinister() {
    var a = SampleReports.haiPhongAssessment();
    var country = new dev.chitieu.core.assess.Assessment(a.plan(), dev.chitieu.core.region.RegionHierarchy.vietnam2025()
        .require(dev.chitieu.core.region.RegionHierarchy.COUNTRY), a.asOf(), a.results());
    ReportModel pm = new ReportModel(country, Lang.VI, ReportMetadata.builder().issuer("Thủ tướng Chính phủ",
        "Prime Minister").build());
    assertThat(pm.recipientLines).noneMatch(l -> l.contains("Thủ tướng")).contains("- Lưu: VT.");
    ReportModel ministry = new ReportModel(country, Lang.VI, ReportMetadata.builder().issuer(
        "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology").build());
    assertThat(ministry.recipientLines.getFirst()).isEqualTo(
        "- Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ (để báo cáo);");
    // neither is a People's Committee: the head of the body signs, not "TM. ỦY BAN NHÂN DÂN"
    assertThat(pm.signerCapacity).isEmpty();
    assertThat(pm.signerTitle).isEqualTo("THỦ TRƯỞNG CƠ QUAN");
    assertThat(pm.place).isEqualTo("Hà Nội");
  }

  @Test
  void coverage_carriesItsUnit() {
    ReportModel m = new ReportModel(SampleReports.haiPhongAssessment(), Lang.VI, ReportMetadata.defaults());
    assertThat(m.coverageText(Optional.of(new dev.chitieu.core.data.Coverage(112, 114, java.util.stream.IntStream
        .range(0, 2).mapToObj(i -> dev.chitieu.core.model.RegionCode.of("3100" + i)).toList()))))
        .isEqualTo("112/114 xã, phường, đặc khu");
  }
}
