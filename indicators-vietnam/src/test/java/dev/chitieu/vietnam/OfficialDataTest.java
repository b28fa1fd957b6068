package dev.chitieu.vietnam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.assess.Change;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.Figure;
import dev.chitieu.core.assess.Figures;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.plan.PlanRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The official figures of the first half of 2024 bundled with the plans, read through the public API as an
 * application reads them: every derived figure source 004 states comes out at the source's precision.
 */
class OfficialDataTest {
  static final PlanRegistry REGISTRY = PlanRegistry.loadInstalled();
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final Plan STRATEGY = REGISTRY.plan(VietnamPlanProvider.PLAN_ID);
  static final Plan COMMITTEE = REGISTRY.plan(VietnamPlanProvider.COMMITTEE_2024_PLAN_ID);

  static ImportResult read(Plan plan) {
    String name = "META-INF/chitieu/official/" + plan.id() + ".csv";
    try (InputStream in = VietnamPlanProvider.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return MeasurementCsv.readStrict(in, plan.id() + ".csv",
          ImportOptions.defaults().withPlan(plan).withRegions(REGISTRY.regions()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String text(Plan plan) throws IOException {
    try (InputStream in = VietnamPlanProvider.class.getClassLoader()
        .getResourceAsStream("META-INF/chitieu/official/" + plan.id() + ".csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static BigDecimal at(BigDecimal d, int decimals) {
    return d.setScale(decimals, RoundingMode.HALF_UP);
  }

  @Test
  void enterprises_50350_are104point9PercentOfThe48000Target_andExceedIt() {
    Assessment a = Assessor.withDefaults().assess(COMMITTEE, read(COMMITTEE).measurements(), REGISTRY.regions(),
        AS_OF);
    var r = a.findResult(TargetId.of("dx2024.digital-tech-enterprises-2024")).orElseThrow();
    Evidence e = r.evidence();

    assertThat(e.value()).contains(new BigDecimal("50350"));
    assertThat(at(e.percentOfTarget().orElseThrow(), 1)).isEqualByComparingTo("104.9");
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    Change same = e.change(Change.Basis.SAME_PERIOD_LAST_YEAR).orElseThrow();
    assertThat(same.reported()).isTrue();
    assertThat(same.percentChange()).contains(new BigDecimal("8"));
    assertThat(same.period()).isEqualTo(Period.half(2023, 1));
    assertThat(same.previous()).isEmpty();
  }

  @Test
  void paymentAccounts_87point08_upBy9point67PointsOnTheEndOf2023_exceedThe2025Target() {
    Assessment a = Assessor.withDefaults().assess(STRATEGY, read(STRATEGY).measurements(), REGISTRY.regions(),
        AS_OF);
    var r = a.findResult(TargetId.of("vn.payment-account-share-2025")).orElseThrow();
    Evidence e = r.evidence();

    assertThat(e.value()).contains(new BigDecimal("87.08"));
    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(e.percentOfTarget().orElseThrow()).isGreaterThan(new BigDecimal("100"));
    Change c = e.change(Change.Basis.END_OF_LAST_YEAR).orElseThrow();
    assertThat(c.reported()).isTrue();
    assertThat(c.difference().orElseThrow()).isEqualByComparingTo("9.67");
    assertThat(c.period()).isEqualTo(Period.year(2023));
    assertThat(c.previous()).as("the source does not state the end-2023 figure").isEmpty();
  }

  @Test
  void digitalEconomy_18point3PercentOfGdp_isAnEstimate_andItsValueAddedGrew22point4Percent() {
    MeasurementSet data = read(STRATEGY).measurements();
    Assessment a = Assessor.withDefaults().assess(STRATEGY, data, REGISTRY.regions(), AS_OF);
    Evidence e = a.findResult(TargetId.of("vn.digital-economy-share-2025")).orElseThrow().evidence();
    assertThat(e.value()).contains(new BigDecimal("18.30"));
    assertThat(e.status()).contains(MeasurementStatus.ESTIMATE);

    Figures figures = Figures.of(STRATEGY, data, REGISTRY.regions(), AS_OF);
    assertThat(figures.withoutTarget()).extracting(f -> f.indicator().value())
        .containsExactly("vn.digital-economy-value-added");
    Figure growth = figures.latest(IndicatorId.of("vn.digital-economy-value-added")).orElseThrow();
    assertThat(growth.value()).isEmpty();
    assertThat(growth.status()).isEqualTo(MeasurementStatus.ESTIMATE);
    assertThat(growth.period()).isEqualTo(Period.half(2024, 1));
    assertThat(growth.change(Change.Basis.SAME_PERIOD_LAST_YEAR).orElseThrow().percentChange())
        .contains(new BigDecimal("22.4"));
  }

  @Test
  void fibreAndSmartphones_risePointsComputedFromBothPeriods_2point6And3point2() {
    Figures figures = Figures.of(COMMITTEE, read(COMMITTEE).measurements(), REGISTRY.regions(), AS_OF);

    Figure fibre = figures.latest(IndicatorId.of("dx2024.fibre-household-use-share")).orElseThrow();
    assertThat(fibre.value()).contains(new BigDecimal("82.2"));
    Change f = fibre.change(Change.Basis.END_OF_LAST_YEAR).orElseThrow();
    assertThat(f.reported()).isFalse();
    assertThat(f.previous()).contains(new BigDecimal("79.6"));
    assertThat(at(f.difference().orElseThrow(), 1)).isEqualByComparingTo("2.6");

    Figure phones = figures.latest(IndicatorId.of("dx2024.smartphone-subscriber-share")).orElseThrow();
    assertThat(phones.value().map(v -> at(v, 0))).contains(new BigDecimal("84"));
    Change p = phones.change(Change.Basis.END_OF_LAST_YEAR).orElseThrow();
    assertThat(p.previous()).contains(new BigDecimal("80.8"));
    assertThat(at(p.difference().orElseThrow(), 1)).isEqualByComparingTo("3.2");
  }

  @Test
  void onlineDossiers_42PercentAgainst17_nationwide_ministries61Against38_localities17Against9() {
    Figures figures = Figures.of(COMMITTEE, read(COMMITTEE).measurements(), REGISTRY.regions(), AS_OF);
    IndicatorId share = IndicatorId.of("dx2024.online-dossier-share");
    String[][] expected = {{"", "42", "17", "25"}, {"ministries", "61", "38", "23"}, {"localities", "17", "9", "8"}};
    for (String[] row : expected) {
      Breakdown b = row[0].isEmpty() ? Breakdown.NONE : Breakdown.of("administration", row[0]);
      Figure f = figures.latest(share, b).orElseThrow();
      Change c = f.change(Change.Basis.END_OF_LAST_YEAR).orElseThrow();
      assertThat(f.value()).as(row[0]).contains(new BigDecimal(row[1]));
      assertThat(c.previous()).as(row[0]).contains(new BigDecimal(row[2]));
      assertThat(c.difference()).as(row[0]).contains(new BigDecimal(row[3]));
    }
  }

  @Test
  void changesCarriedAsReported_keepTheSourcesWords_pointsCountsAndPercents() {
    Figures figures = Figures.of(COMMITTEE, read(COMMITTEE).measurements(), REGISTRY.regions(), AS_OF);
    Object[][] expected = {
        {"dx2024.provinces-with-fee-policy", "63", Change.Basis.END_OF_LAST_YEAR, "14", null},
        {"dx2024.provinces-with-time-policy", "15", Change.Basis.END_OF_LAST_YEAR, "2", null},
        {"dx2024.ipv6-share", "60", Change.Basis.END_OF_LAST_YEAR, "1", null},
        {"dx2024.it-industry-revenue", "1928311", Change.Basis.SAME_PERIOD_LAST_YEAR, null, "26"},
        {"dx2024.ecommerce-platform-revenue", "97000", Change.Basis.SAME_PERIOD_LAST_YEAR, null, "80"},
        {"dx2024.data-exchange-transactions", null, Change.Basis.SAME_PERIOD_LAST_YEAR, null, "67"},
        {"dx2024.households-using-fibre", null, Change.Basis.END_OF_LAST_YEAR, "687000", null},
        {"dx2024.smartphone-subscribers", null, Change.Basis.END_OF_LAST_YEAR, "3800000", null}};
    for (Object[] row : expected) {
      String id = (String) row[0];
      Figure f = figures.latest(IndicatorId.of(id)).orElseThrow(() -> new AssertionError("no figure of " + id));
      Change c = f.change((Change.Basis) row[2]).orElseThrow(() -> new AssertionError("no change of " + id));
      assertThat(f.value().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString))
          .as(id).isEqualTo(java.util.Optional.ofNullable((String) row[1]));
      assertThat(c.reported()).as(id).isTrue();
      assertThat(c.difference().map(BigDecimal::toPlainString)).as(id)
          .isEqualTo(java.util.Optional.ofNullable((String) row[3]));
      assertThat(c.percentChange().map(BigDecimal::toPlainString)).as(id)
          .isEqualTo(java.util.Optional.ofNullable((String) row[4]));
    }
    assertThat(figures.latest(IndicatorId.of("dx2024.it-industry-revenue")).orElseThrow().status())
        .isEqualTo(MeasurementStatus.ESTIMATE);
  }

  @Test
  void everyRowIsRead_noneIsSample_andEachNamesItsSource() throws IOException {
    for (Plan plan : new Plan[] {STRATEGY, COMMITTEE}) {
      ImportResult r = read(plan);
      assertThat(r.isClean()).isTrue();
      assertThat(r.rowsRead()).isEqualTo(r.measurements().size() + r.measurements().changeOnlyRows());
      assertThat(r.measurements()).allSatisfy(m -> assertThat(m.source()).contains("Phiên họp thứ 9", "10/7/2024"));
      assertThat(r.measurements().reportedChanges()).extracting(ReportedChange::source)
          .allSatisfy(s -> assertThat(s).contains("Phiên họp thứ 9"));
      String lower = text(plan).toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("sample", "mẫu").contains("official figures / số liệu chính thức");
    }
    assertThat(read(COMMITTEE).rowsRead()).isEqualTo(21);
    assertThat(read(STRATEGY).rowsRead()).isEqualTo(3);
  }
}
