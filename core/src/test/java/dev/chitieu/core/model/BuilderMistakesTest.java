package dev.chitieu.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes a plan's author makes in the builders fail at once, naming the item and saying what to write. */
class BuilderMistakesTest {
  private static final SourceRef SOURCE =
      new SourceRef("Kế hoạch số 1/KH-TEST", PartialDate.parse("2025"), "https://example.org/plan", "");

  @Test
  void indicatorWithoutAggregation_isRefused_namingItAndTheChoices() {
    assertThatThrownBy(() -> Indicator.builder("tn.ecommerce-share").name("Tỷ trọng", "Share").unit(Unit.COUNT)
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("indicator 'tn.ecommerce-share' declares no aggregation")
        .hasMessageContaining("Aggregation.flow()").hasMessageContaining("Aggregation.stock()")
        .hasMessageContaining("Aggregation.percent(numerator, denominator)");
  }

  @Test
  void percentAsFlowOrStock_isRefused_pointingToTheRatio() {
    for (Aggregation a : new Aggregation[] {Aggregation.flow(), Aggregation.stock()}) {
      assertThatThrownBy(() -> Indicator.builder("tn.share").name("Tỷ trọng", "Share").unit(Unit.PERCENT)
          .aggregation(a).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("indicator 'tn.share' is in percent but aggregates as a "
              + (a instanceof Aggregation.Flow ? "flow" : "stock"))
          .hasMessageContaining(".aggregation(Aggregation.percent(numerator, denominator))");
    }
  }

  @Test
  void percentAsRatio_andCountAsFlow_build() {
    Indicator share = Indicator.builder("tn.share").name("Tỷ trọng", "Share").unit(Unit.PERCENT)
        .aggregation(Aggregation.percent(IndicatorId.of("tn.a"), IndicatorId.of("tn.b"))).build();
    Indicator count = Indicator.builder("tn.a").name("Số", "Count").aggregation(Aggregation.flow()).build();
    assertThat(share.aggregation()).isInstanceOf(Aggregation.Ratio.class);
    assertThat(count.aggregation()).isInstanceOf(Aggregation.Flow.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "15,5|written with a decimal comma; write it with a decimal point and no thousands separator: '15.5'",
      "1.234,5|written with a decimal comma; write it with a decimal point and no thousands separator: '1234.5'",
      "15 %|which is not a number; write digits with a decimal point and no unit",
      "khoảng 15|which is not a number"})
  void badThreshold_namesTheTargetAndSaysHowToWriteIt(String threshold, String expected) {
    assertThatThrownBy(() -> Target.builder("tn.share-2030").requires(Comparison.AT_LEAST, threshold))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("target 'tn.share-2030' has threshold '" + threshold + "'")
        .hasMessageContaining(expected);
  }

  @Test
  void blankThreshold_isRefused() {
    assertThatThrownBy(() -> Target.builder("tn.x").requires(Comparison.AT_LEAST, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("target 'tn.x' has no threshold; write it as the plan does, e.g. \"15\" or \"0.7\"");
  }

  @Test
  void thresholdAsWritten_isKept() {
    assertThat(Target.parseThreshold(TargetId.of("tn.x"), "0.70")).isEqualTo(new BigDecimal("0.70"));
    assertThat(Target.parseThreshold(TargetId.of("tn.x"), "48000")).isEqualTo(new BigDecimal("48000"));
  }

  @Test
  void targetMissingParts_listsEveryOneWithTheCallThatSetsIt() {
    assertThatThrownBy(() -> Target.builder("tn.share-2030").indicator("tn.share").statement("a", "b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("target 'tn.share-2030' is missing its comparison and threshold (.requires(Comparison.AT_LEAST,"
            + " \"35\")), its deadline (.byEndOf(2030) or .deadline(LocalDate.of(2030, 12, 31))), its source"
            + " (.source(SOURCE.at(\"chỉ tiêu 1/7 (target 1 of 7)\")))");
    assertThatThrownBy(() -> Target.builder("tn.share-2030").indicator("tn.share")
        .requires(Comparison.AT_LEAST, "35").byEndOf(2030).build())
        .hasMessage("target 'tn.share-2030' is missing its source (.source(SOURCE.at(\"chỉ tiêu 1/7 (target 1 of"
            + " 7)\")))");
    assertThat(Target.builder("tn.share-2030").indicator("tn.share").requires(Comparison.AT_LEAST, "35")
        .byEndOf(2030).source(SOURCE).build().source()).isEqualTo(SOURCE);
  }
}
