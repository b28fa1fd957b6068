package dev.chitieu.vietnam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.model.Target;
import dev.chitieu.testkit.InstalledPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 2024 plan of the National Committee for Digital Transformation (Decision 58/QĐ-UBQGCĐS). */
class CommitteePlan2024Test {
  static final InstalledPlan INSTALLED = InstalledPlan.of(VietnamPlanProvider.COMMITTEE_2024_PLAN_ID);
  static final Plan PLAN = INSTALLED.plan();

  @Test
  void enterprisesTarget_is48000_byTheEndOf2024() {
    Target t = INSTALLED.target("dx2024.digital-tech-enterprises-2024");

    assertThat(t.indicator()).isEqualTo(IndicatorId.of("dx2024.digital-tech-enterprises"));
    assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(t.threshold()).isEqualByComparingTo("48000");
    assertThat(t.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(t.source().document()).contains("58/QĐ-UBQGCĐS", "19/4/2024");
    assertThat(t.source().article()).contains("vietnamplus.vn");
    assertThat(INSTALLED.indicator(t.indicator().value()).aggregation()).isInstanceOf(Aggregation.Stock.class);
  }

  @Test
  void plan_isTheCommittees2024Plan_forTheCountry() {
    assertThat(PLAN.targets()).extracting(t -> t.id().value(), t -> t.threshold().stripTrailingZeros())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dx2024.digital-tech-enterprises-2024", new BigDecimal("4.8E+4")),
            org.assertj.core.groups.Tuple.tuple("dx2024.industrial-park-digital-platform-share-2024",
                new BigDecimal("6E+1")),
            org.assertj.core.groups.Tuple.tuple("dx2024.adult-online-public-service-share-2024",
                new BigDecimal("4E+1")));
    assertThat(PLAN.documentNumber()).isEqualTo("58/QĐ-UBQGCĐS");
    assertThat(PLAN.documentDate()).isEqualTo(PartialDate.parse("2024-04-19"));
    assertThat(PLAN.horizon()).isEqualTo(Period.year(2024));
    assertThat(PLAN.region()).isEqualTo(RegionHierarchy.COUNTRY);
    assertThat(PLAN.authority().vi()).isEqualTo("Ủy ban Quốc gia về chuyển đổi số");
  }

  @Test
  void provinceCounts_sayTheyCountThe63ProvincesOfTheTime_andCannotExceedThem() {
    for (String id : new String[] {"dx2024.provinces-with-fee-policy", "dx2024.provinces-with-time-policy"}) {
      var i = INSTALLED.indicator(id);
      assertThat(i.notes().vi()).contains("63 tỉnh, thành phố", "01/7/2025");
      assertThat(i.notes().en()).contains("63 provinces", "1 July 2025");
      assertThat(i.range().contains(63)).isTrue();
      assertThat(i.range().contains(64)).isFalse();
    }
  }
}
