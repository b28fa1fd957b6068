package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.ProgressResult;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictTest {
  static TargetResult result(Status s, String percent) {
    Evidence ev = new Evidence(Optional.empty(), Optional.empty(), RegionCode.of("31"), Optional.empty(),
        Optional.empty(), Comparison.AT_LEAST, BigDecimal.TEN, Optional.empty(),
        Optional.ofNullable(percent).map(BigDecimal::new), Optional.empty(), List.of());
    return new TargetResult(TargetId.of("t"), IndicatorId.of("i"), Optional.empty(), Optional.empty(), s, ev,
        ProgressResult.notAvailable(), LocalizedText.EMPTY, List.of());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(named("achieved above 100 %", result(Status.ACHIEVED, "108.00")), Verdict.EXCEEDED, "Vượt",
            "Exceeded"),
        Arguments.of(named("achieved at exactly 100 %", result(Status.ACHIEVED, "100.00")), Verdict.ACHIEVED, "Đạt",
            "Achieved"),
        Arguments.of(named("achieved, no percent (zero threshold)", result(Status.ACHIEVED, null)), Verdict.ACHIEVED,
            "Đạt", "Achieved"),
        Arguments.of(named("on track", result(Status.ON_TRACK, "96.57")), Verdict.NOT_ACHIEVED,
            "Chưa đạt – đúng tiến độ", "Not yet achieved – on track"),
        Arguments.of(named("at risk", result(Status.AT_RISK, "91.43")), Verdict.NOT_ACHIEVED,
            "Chưa đạt – có nguy cơ không đạt", "Not yet achieved – at risk"),
        Arguments.of(named("off track", result(Status.OFF_TRACK, "63.00")), Verdict.NOT_ACHIEVED,
            "Chưa đạt – chậm tiến độ", "Not yet achieved – off track"),
        Arguments.of(named("deadline passed, not met", result(Status.NOT_ACHIEVED, "80.00")), Verdict.NOT_ACHIEVED,
            "Chưa đạt", "Not achieved"),
        Arguments.of(named("no data", result(Status.NO_DATA, null)), Verdict.NO_DATA, "Chưa có số liệu", "No data"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verdict_mapsEveryStatus(TargetResult r, Verdict verdict, String vi, String en) {
    assertThat(Verdict.of(r)).isEqualTo(verdict);
    assertThat(Verdict.describe(r, Lang.VI)).isEqualTo(vi);
    assertThat(Verdict.describe(r, Lang.EN)).isEqualTo(en);
  }
}
