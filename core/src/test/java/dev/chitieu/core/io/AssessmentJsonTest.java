package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  private static final SourceRef SAMPLE =
      new SourceRef("Kế hoạch mẫu (dữ liệu thử)", PartialDate.parse("2025-01"), "sample plan for tests", "");

  /** A sample plan with a strict "over 0.7" target and a per-sector target; the figures are invented. */
  private static Assessment sample() {
    Indicator rate = Indicator.builder("t.rate").name("Doanh nghiệp trên 1.000 dân", "Enterprises per 1,000")
        .unit(Unit.of("per-1000", "DN/1.000 dân", "per 1,000 people")).decimals(2)
        .aggregation(Aggregation.stock()).build();
    Indicator share = Indicator.builder("t.share").name("Tỷ trọng", "Share").unit(Unit.of("rate", "%", "%"))
        .range(dev.chitieu.core.model.ValueRange.between(0, 100)).decimals(2)
        .aggregation(Aggregation.stock()).dimension("sector").build();
    Plan plan = Plan.builder("t.json").title("Kế hoạch mẫu", "Sample plan").authority("UBND (mẫu)", "PC (sample)")
        .region("31").document("1/KH-MAU", "2025-01").horizon(Period.years(2024, 2025)).source(SAMPLE)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "Công nghệ thông tin", "ICT"), Member.of("tourism", "Du lịch", "Tourism"))))
        .indicator(rate).indicator(share)
        .target(Target.builder("t.over").indicator("t.rate").requires(Comparison.MORE_THAN, "0.7").byEndOf(2025)
            .statement("Trên 0,7", "Over 0.7").source(SAMPLE).build())
        .target(Target.builder("t.each").indicator("t.share").requires(Comparison.AT_LEAST, "15").byEndOf(2025)
            .scope(Scope.eachMember("sector")).statement("Mỗi ngành 15%", "Each sector 15 %").source(SAMPLE).build())
        .build();
    MeasurementSet data = MeasurementSet.of(List.of(
        Measurement.of("t.rate", "31", "2024", 0.6),
        Measurement.of("t.rate", "31", "2025-H1", 0.7000000000000001).withStatus(MeasurementStatus.PROVISIONAL),
        Measurement.of("t.share", "31", "2024", 14).withBreakdown(Breakdown.of("sector", "ict")),
        Measurement.of("t.share", "31", "2024", 12.5).withBreakdown(Breakdown.of("sector", "tourism")),
        Measurement.of("t.share", "31", "2025-H1", 16).withBreakdown(Breakdown.of("sector", "ict")),
        Measurement.of("t.share", "31", "2025-H1", 12).withBreakdown(Breakdown.of("sector", "tourism"))));
    return Assessor.withDefaults().assess(plan, data, LocalDate.of(2025, 7, 10));
  }

  @Test
  void write_listsEveryResultWithTheFieldsTheCommandLinePrints() throws Exception {
    JsonNode root = new ObjectMapper().readTree(AssessmentJson.write(sample()));

    assertThat(root.get("plan").asText()).isEqualTo("t.json");
    assertThat(root.get("region").get("code").asText()).isEqualTo("31");
    assertThat(root.get("region").get("name").get("vi").asText()).isEqualTo("Hải Phòng");
    assertThat(root.get("asOf").asText()).isEqualTo("2025-07-10");
    JsonNode over = root.get("results").get(0);
    assertThat(over.get("target").asText()).isEqualTo("t.over");
    assertThat(over.get("indicator").asText()).isEqualTo("t.rate");
    assertThat(over.get("member").isNull()).isTrue();
    assertThat(over.get("period").isNull()).isTrue();
    assertThat(over.get("status").asText()).isEqualTo("ON_TRACK");
    assertThat(over.get("statusLabel").get("vi").asText()).isEqualTo("Đúng tiến độ");
    assertThat(over.get("value").decimalValue()).isEqualByComparingTo("0.70");
    assertThat(over.get("valuePeriod").asText()).isEqualTo("2025-H1");
    assertThat(over.get("measurementStatus").asText()).isEqualTo("provisional");
    assertThat(over.get("coverage").get("reporting").asInt()).isEqualTo(1);
    assertThat(over.get("comparison").asText()).isEqualTo("MORE_THAN");
    assertThat(over.get("comparisonSymbol").asText()).isEqualTo(">");
    assertThat(over.get("threshold").decimalValue()).isEqualByComparingTo("0.7");
    assertThat(over.get("deadline").asText()).isEqualTo("2025-12-31");
    assertThat(over.get("projection").get("method").asText()).isEqualTo("LINEAR_TREND");
    assertThat(over.get("projection").get("value").decimalValue()).isEqualByComparingTo("0.80");
    assertThat(over.get("projection").get("at").asText()).isEqualTo("2025-12-31");
    // H1 2025 against the end of 2024 (no figure for H1 2024 to compare with the same period)
    assertThat(over.get("changes")).hasSize(1);
    assertThat(over.get("changes").get(0).get("basis").asText()).isEqualTo("END_OF_LAST_YEAR");
    assertThat(over.get("changes").get(0).get("period").asText()).isEqualTo("2024");
    assertThat(over.get("changes").get(0).get("previous").decimalValue()).isEqualByComparingTo("0.60");
    assertThat(over.get("changes").get(0).get("difference").decimalValue()).isEqualByComparingTo("0.10");
    assertThat(over.get("changes").get(0).get("ratio").decimalValue()).isEqualByComparingTo("116.67");
    assertThat(over.get("progress").get("category").asText()).isEqualTo("SUBSTANTIAL_PROGRESS");
    assertThat(over.get("progress").get("baseYear").asInt()).isEqualTo(2024);
    assertThat(over.get("progress").get("latestValue").asDouble()).isEqualTo(0.7);
    assertThat(over.get("explanation").get("en").asText()).startsWith("On track: 0.70 per 1,000 people in H1 2025");
    assertThat(over.get("parts")).isEmpty();

    JsonNode each = root.get("results").get(1);
    assertThat(each.get("status").asText()).isEqualTo("OFF_TRACK");
    assertThat(each.get("parts")).hasSize(2);
    assertThat(each.get("parts").get(1).get("member").asText()).isEqualTo("tourism");
    assertThat(each.get("parts").get(1).get("status").asText()).isEqualTo("OFF_TRACK");
    assertThat(each.get("parts").get(0).get("parts")).isEmpty();
  }

  @Test
  void write_keepsTheScaleOfDecimals() {
    String json = AssessmentJson.write(sample());

    assertThat(json).contains("\"value\" : 0.70,", "\"threshold\" : 0.7,", "\"gap\" : 0.00,");
  }

  @Test
  void write_toAStream_isUtf8AndLeavesTheStreamOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AssessmentJson.write(sample(), out);
    out.write('\n');

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.write(sample()) + "\n");
  }
}
