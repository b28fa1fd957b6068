package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.model.ValueRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  static final SourceRef SRC = new SourceRef("KH 1", PartialDate.parse("2025-11-24"), "https://example.org", "t1");

  static Plan plan() {
    return Plan.builder("json-plan")
        .title("Kế hoạch", "Plan").authority("UBND", "PC").region("24").document("1/KH", "2025-11-24")
        .horizon(Period.years(2026, 2030)).source(SRC)
        .dimension(new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
            List.of(Member.of("ict", "CNTT", "ICT"))))
        .indicator(Indicator.builder("j.firms").name("Doanh nghiệp", "Firms").unit(Unit.ENTERPRISES)
            .aggregation(Aggregation.stock()).build())
        .indicator(Indicator.builder("j.pop").name("Dân số", "Population").unit(Unit.PERSONS)
            .aggregation(Aggregation.stock()).notes("giữa năm", "mid-year")
            .range(ValueRange.between(new BigDecimal("0.5"), new BigDecimal("1e9"))).build())
        .indicator(Indicator.builder("j.rate").name("Mật độ", "Density").unit(Unit.of("per-1000", "DN/1.000 dân",
                "per 1,000 people")).decimals(2)
            .aggregation(Aggregation.ratio(IndicatorId.of("j.firms"), IndicatorId.of("j.pop"),
                new BigDecimal("1000")).weightedBy(IndicatorId.of("j.pop"))).build())
        .indicator(Indicator.builder("j.datasets").name("Bộ dữ liệu", "Datasets").dimension("sector")
            .aggregation(Aggregation.flow()).build())
        .target(Target.builder("j.t1").indicator("j.rate").requires(Comparison.MORE_THAN, "0.70").byEndOf(2030)
            .statement("Trên 0,7", "Over 0.7").source(SRC).build())
        .target(Target.builder("j.t2").indicator("j.datasets").requires(Comparison.AT_LEAST, "5").byEndOf(2030)
            .scope(Scope.everyYear(2026, 2030)).statement("5 mỗi năm", "5 every year").source(SRC).build())
        .target(Target.builder("j.t3").indicator("j.datasets").requires(Comparison.AT_LEAST, "20").byEndOf(2030)
            .scope(Scope.cumulative(2026, 2030)).statement("20", "20").source(SRC).build())
        .target(Target.builder("j.t4").indicator("j.datasets").requires(Comparison.AT_LEAST, "1").byEndOf(2030)
            .scope(Scope.eachMember("sector")).statement("mỗi ngành", "each sector").source(SRC).build())
        .build();
  }

  @Test
  void plan_roundTripsExactly() {
    Plan p = plan();
    String json = PlanJson.write(p);
    Plan back = PlanJson.read(json);

    assertThat(back).isEqualTo(p);
    assertThat(back.targets().get(0).threshold()).isEqualTo(new BigDecimal("0.70"));
    assertThat(PlanJson.write(back)).isEqualTo(json);
  }

  @Test
  void json_isReadableByOtherPrograms() {
    String json = PlanJson.write(plan());
    assertThat(json)
        .contains("\"id\" : \"json-plan\"")
        .contains("\"horizon\" : \"2026-01..2030-12\"")
        .contains("\"comparison\" : \"MORE_THAN\"")
        .contains("\"threshold\" : 0.70")
        .contains("\"deadline\" : \"2030-12-31\"")
        .contains("\"kind\" : \"every-period\"")
        .contains("\"kind\" : \"ratio\"");
  }

  @Test
  void theRangeOfValues_isWritten_andAPlanWithoutItReadsTheUnitsDefault() {
    String json = PlanJson.write(plan());
    assertThat(json).contains("\"range\" : {\n      \"min\" : 0.5,\n      \"max\" : 1000000000\n    }")
        .contains("\"range\" : {\n      \"min\" : 0,\n      \"max\" : null\n    }");

    Plan older = PlanJson.read(json.replaceAll(",\\s*\"range\" : \\{[^}]*\\}", ""));
    assertThat(older.indicators()).extracting(Indicator::range).containsExactly(ValueRange.nonNegative(),
        ValueRange.nonNegative(), ValueRange.nonNegative(), ValueRange.nonNegative());
  }

  @Test
  void listOfPlans_roundTrips() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.writeAll(List.of(plan(), plan()), out);
    List<Plan> back = PlanJson.readAll(new ByteArrayInputStream(out.toByteArray()), "plans.json");
    assertThat(back).containsExactly(plan(), plan());
  }

  @Test
  void badJson_saysWhere() {
    String json = PlanJson.write(plan()).replace("\"2026-01..2030-12\"", "\"2026-13\"");
    assertThatThrownBy(() -> PlanJson.read(json))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("plan JSON line ")
        .hasMessageContaining("'2026-13' is not a valid Period");
  }
}
