package dev.chitieu.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national results of the first half of 2024 against the national 2025 targets.
 *
 * <p>Figures: report of the Ministry of Information and Communications to the national online meeting on digital
 * transformation and Project 06 (H1 2024), as published by Kinh tế &amp; Đô thị,
 * https://kinhtedothi.vn/doanh-thu-cong-nghe-thong-tin-dat-gan-2-trieu-ty-dong.html: adults with a payment account
 * 87.08 % ("above the target set for 2025"); 50,350 digital technology enterprises against a target of 48,000
 * ("104.9 %"); digital economy estimated at 18.3 % of GDP. Targets: Decision 411/QĐ-TTg (31 Mar 2022), digital economy
 * 20 % of GDP by 2025; the 85 % payment-account target for 2025 as the report cites it. The test plan below holds only
 * these three targets.
 */
class NationalH1Test {
  private static final String ARTICLE = "https://kinhtedothi.vn/doanh-thu-cong-nghe-thong-tin-dat-gan-2-trieu-ty-dong.html";
  private static final SourceRef SOURCE =
      new SourceRef("Quyết định số 411/QĐ-TTg", PartialDate.parse("2022-03-31"), ARTICLE, "");
  private static final String REPORT = "Bộ TT&TT, báo cáo 6 tháng đầu năm 2024 (kinhtedothi.vn)";
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static Plan plan() {
    Indicator accounts = Indicator.builder("vn.payment-accounts").name("Số người trưởng thành có tài khoản thanh toán",
        "Adults with a payment account").unit(Unit.PERSONS).aggregation(Aggregation.stock()).build();
    Indicator adults = Indicator.builder("vn.adults").name("Số người trưởng thành", "Adults").unit(Unit.PERSONS)
        .aggregation(Aggregation.stock()).build();
    Indicator share = Indicator.builder("vn.payment-account-share")
        .name("Tỷ lệ người trưởng thành có tài khoản thanh toán", "Share of adults with a payment account")
        .unit(Unit.PERCENT).decimals(2).aggregation(Aggregation.percent(accounts.id(), adults.id())).build();
    Indicator enterprises = Indicator.builder("vn.digital-enterprises")
        .name("Số doanh nghiệp công nghệ số", "Digital technology enterprises").unit(Unit.ENTERPRISES)
        .aggregation(Aggregation.stock()).build();
    Indicator valueAdded = Indicator.builder("vn.digital-economy-value-added")
        .name("Giá trị tăng thêm của kinh tế số", "Digital economy value added").unit(Unit.BILLION_VND)
        .aggregation(Aggregation.flow()).build();
    Indicator nationalGdp = Indicator.builder("vn.gdp").name("Tổng sản phẩm trong nước", "Gross domestic product")
        .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).build();
    Indicator gdp = Indicator.builder("vn.digital-economy-gdp")
        .name("Tỷ trọng kinh tế số trong GDP", "Digital economy share of GDP").unit(Unit.PERCENT).decimals(1)
        .aggregation(Aggregation.percent(valueAdded.id(), nationalGdp.id()))
        .notes("Tỷ trọng do cơ quan thống kê công bố, không cộng dồn theo vùng",
            "A share published by the statistics office; never summed across regions").build();
    return Plan.builder("vn-test-411").title("Chỉ tiêu quốc gia (thử nghiệm)", "National targets (test)")
        .authority("Thủ tướng Chính phủ", "Prime Minister").region("VN").document("411/QĐ-TTg", "2022-03-31")
        .horizon(Period.years(2022, 2025)).source(SOURCE)
        .indicator(accounts).indicator(adults).indicator(share).indicator(enterprises).indicator(valueAdded)
        .indicator(nationalGdp).indicator(gdp)
        .target(Target.builder("vn.payment-accounts-2025").indicator(share.id().value())
            .requires(Comparison.AT_LEAST, "85").byEndOf(2025)
            .statement("85% người trưởng thành có tài khoản thanh toán", "85 % of adults with a payment account")
            .source(SOURCE).build())
        .target(Target.builder("vn.digital-enterprises-2025").indicator(enterprises.id().value())
            .requires(Comparison.AT_LEAST, "48000").byEndOf(2025)
            .statement("48.000 doanh nghiệp công nghệ số", "48,000 digital technology enterprises")
            .source(SOURCE).build())
        .target(Target.builder("vn.digital-economy-2025").indicator(gdp.id().value())
            .requires(Comparison.AT_LEAST, "20").byEndOf(2025)
            .statement("Kinh tế số chiếm 20% GDP", "Digital economy 20 % of GDP").source(SOURCE).build())
        .build();
  }

  private static MeasurementSet h1() {
    return MeasurementSet.of(List.of(
        Measurement.of("vn.payment-account-share", "VN", "2024-H1", 87.08).withSource(REPORT),
        Measurement.of("vn.digital-enterprises", "VN", "2024-H1", 50_350).withSource(REPORT),
        Measurement.of("vn.digital-economy-gdp", "VN", "2024-H1", 18.3).withStatus(MeasurementStatus.ESTIMATE)
            .withSource(REPORT)));
  }

  @Test
  void paymentAccounts_87_08AgainstAtLeast85_isAchieved() {
    TargetResult r = Assessor.withDefaults().assess(plan(), h1(), AS_OF)
        .result(TargetId.of("vn.payment-accounts-2025")).orElseThrow();

    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    Evidence e = r.evidence();
    assertThat(e.value()).contains(new BigDecimal("87.08"));
    assertThat(e.period()).contains(Period.parse("2024-H1"));
    assertThat(e.status()).contains(MeasurementStatus.ACTUAL);
    assertThat(e.gap()).contains(new BigDecimal("2.08"));
    assertThat(e.percentOfTarget()).contains(new BigDecimal("102.45"));
    assertThat(r.explanation().vi()).isEqualTo("Đạt: 87,08 % trong 6 tháng đầu năm 2024 (chính thức), đạt mục tiêu"
        + " tối thiểu 85 % đến 31/12/2025 (102,45 % mục tiêu).");
    assertThat(r.explanation().en()).isEqualTo("Achieved: 87.08 % in H1 2024 (actual), meeting the target of at"
        + " least 85 % by 31 December 2025 (102.45 % of target).");
    // One point: no growth to measure, but the met target decides the category.
    assertThat(r.progress().category()).isEqualTo(ProgressCategory.TARGET_ACHIEVED);
    assertThat(r.progress().value()).isEmpty();
  }

  @Test
  void digitalEnterprises_50350Against48000_isAchievedAt104_9Percent() {
    TargetResult r = Assessor.withDefaults().assess(plan(), h1(), AS_OF)
        .result(TargetId.of("vn.digital-enterprises-2025")).orElseThrow();

    assertThat(r.status()).isEqualTo(Status.ACHIEVED);
    assertThat(r.evidence().value()).contains(new BigDecimal("50350"));
    assertThat(r.evidence().percentOfTarget()).contains(new BigDecimal("104.90"));
    assertThat(r.evidence().gap()).contains(new BigDecimal("2350"));
    assertThat(r.explanation().vi()).contains("50.350 doanh nghiệp", "48.000 doanh nghiệp", "104,90 % mục tiêu");
    assertThat(r.explanation().en()).contains("50,350 enterprises", "48,000 enterprises", "104.90 % of target");
  }

  @Test
  void digitalEconomy_18_3EstimateAgainst20_isNotProjectedFromASinglePoint() {
    TargetResult r = Assessor.withDefaults().assess(plan(), h1(), AS_OF)
        .result(TargetId.of("vn.digital-economy-2025")).orElseThrow();

    // A single point cannot show a trend: the target is not met yet, and nothing is said of the deadline.
    assertThat(r.status()).isEqualTo(Status.NOT_YET_ACHIEVED);
    assertThat(r.evidence().projection()).isEmpty();
    assertThat(r.evidence().status()).contains(MeasurementStatus.ESTIMATE);
    assertThat(r.progress().category()).isEqualTo(ProgressCategory.NOT_AVAILABLE);
    assertThat(r.explanation().en()).isEqualTo("Not yet achieved, too few figures to project: 18.3 % in H1 2024"
        + " (estimate), not yet meeting the target of at least 20 % by 31 December 2025 (91.50 % of target); too few"
        + " figures to project to the deadline (at least two points in time are needed).");
    assertThat(r.explanation().vi()).isEqualTo("Chưa đạt, chưa đủ số liệu để dự báo: 18,3 % trong 6 tháng đầu năm"
        + " 2024 (ước tính), chưa đạt mục tiêu tối thiểu 20 % đến 31/12/2025 (91,50 % mục tiêu); chưa đủ số liệu để"
        + " dự báo đến thời hạn (cần số liệu của ít nhất hai thời điểm).");
  }

  @Test
  void assessment_speaksForTheCountry() {
    Assessment a = Assessor.withDefaults().assess(plan(), h1(), AS_OF);

    assertThat(a.region().code().value()).isEqualTo("VN");
    assertThat(a.results()).extracting(TargetResult::indicator).containsExactly(
        IndicatorId.of("vn.payment-account-share"), IndicatorId.of("vn.digital-enterprises"),
        IndicatorId.of("vn.digital-economy-gdp"));
  }
}
