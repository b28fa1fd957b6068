package dev.chitieu.bacninh;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;

/**
 * Plan No. 144/KH-UBND of the Bac Ninh Provincial People's Committee (24 November 2025): digital economy and digital
 * society, 2026-2030.
 *
 * <p>Read from the Ministry of Science and Technology's report of the plan (read in German), published on 25
 * November 2025. The report does not print the plan's number or date; they are given here as the plan is cited,
 * 144/KH-UBND of 24 November 2025. The Vietnamese texts are our rendering of the report, not quotations of the plan.
 */
final class BacNinhPlan {
  private BacNinhPlan() {}

  static final String DOCUMENT_NUMBER = "144/KH-UBND";
  static final String ISSUED = "2025-11-24";

  /** The report of the plan; the only source, it gives all ten targets. */
  static final SourceRef REPORT = new SourceRef(
      "Kế hoạch số 144/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh Bắc Ninh", PartialDate.parse(ISSUED),
      "https://mst.gov.vn/bac-ninh-trien-khai-ke-hoach-phat-trien-kinh-te-so-va-xa-hoi-so-giai-doan-2026-2030"
          + "-197251125191004363.htm",
      "");

  private static final Unit DATASETS = Unit.of("datasets", "bộ dữ liệu", "datasets");

  private static final String NO_YEAR_VI =
      " Báo cáo không nêu năm cho chỉ tiêu này; hạn là cuối kỳ kế hoạch (2030).";
  private static final String NO_YEAR_EN =
      " The report gives no year for this target; its deadline is the end of the plan's horizon (2030).";

  static Plan plan() {
    return Plan.builder(BacNinhPlanProvider.PLAN_ID)
        .title("Kế hoạch phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030",
            "Plan for developing the digital economy and digital society, 2026-2030")
        .authority("Ủy ban nhân dân tỉnh Bắc Ninh", "Bac Ninh Provincial People's Committee")
        .region(BacNinhPlanProvider.REGION)
        .document(DOCUMENT_NUMBER, ISSUED)
        .horizon(Period.years(2026, 2030))
        .source(REPORT)
        // 1. digital economy share of GRDP
        .indicator(base("bn.digital-economy-value-added", Unit.BILLION_VND, Aggregation.flow(),
            "Giá trị tăng thêm của kinh tế số", "Value added of the digital economy",
            "Báo cáo không nêu cách đo; tính cùng loại giá với GRDP (giá hiện hành).",
            "The report does not say how it is measured; use the same prices as GRDP (current prices)."))
        .indicator(base("bn.grdp", Unit.BILLION_VND, Aggregation.flow(),
            "Tổng sản phẩm trên địa bàn (GRDP)", "Gross regional domestic product (GRDP)", "", ""))
        .indicator(share("bn.digital-economy-share", "bn.digital-economy-value-added", "bn.grdp",
            "Tỷ trọng kinh tế số trong GRDP", "Digital economy share of GRDP",
            "Giá trị tăng thêm của kinh tế số / GRDP × 100.", "Digital economy value added / GRDP × 100."))
        // 2, 3. open datasets: one flow indicator, a yearly and a cumulative target
        .indicator(Indicator.builder("bn.open-datasets")
            .name("Số bộ dữ liệu mở chất lượng cao được công bố", "High-quality open datasets published")
            .unit(DATASETS).decimals(0).aggregation(Aggregation.flow())
            .notes("Số bộ dữ liệu công bố trong kỳ (cộng dồn theo thời gian). Báo cáo nêu 'ít nhất 5 bộ dữ liệu mở"
                    + " chất lượng cao mỗi năm' và 'tổng cộng 20 bộ dữ liệu mở đến năm 2030'; 5 bộ mỗi năm trong"
                    + " 2026-2030 đã là 25, nên hai chỉ tiêu có thể đếm khác nhau (ví dụ chỉ tiêu năm chỉ đếm bộ"
                    + " 'chất lượng cao'); báo cáo không nói rõ. Cả hai được ghi đúng như nêu, trên cùng một chỉ số.",
                "Datasets published in the period (summed over time). The report says 'at least five high-quality"
                    + " open datasets every year' and 'a total of 20 open datasets by 2030'; five a year over"
                    + " 2026-2030 already make 25, so the two targets may count differently (e.g. the yearly one only"
                    + " 'high-quality' ones); the report does not say. Both are encoded as stated, on one indicator.")
            .build())
        // 4. SMEs applying digital technologies
        .indicator(base("bn.smes", Unit.ENTERPRISES, Aggregation.stock(),
            "Số doanh nghiệp nhỏ và vừa", "Small and medium-sized enterprises", "", ""))
        .indicator(base("bn.smes-applying-digital-technology", Unit.ENTERPRISES, Aggregation.stock(),
            "Số doanh nghiệp nhỏ và vừa ứng dụng công nghệ số", "SMEs applying digital technologies",
            "Báo cáo không nêu thế nào là 'ứng dụng công nghệ số'.",
            "The report does not say what counts as applying digital technologies."))
        .indicator(share("bn.sme-digital-adoption-share", "bn.smes-applying-digital-technology", "bn.smes",
            "Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số", "Share of SMEs applying digital technologies",
            "Số doanh nghiệp nhỏ và vừa ứng dụng công nghệ số / số doanh nghiệp nhỏ và vừa × 100." + NO_YEAR_VI,
            "SMEs applying digital technologies / SMEs × 100." + NO_YEAR_EN))
        // 5. enterprises with innovation activities
        .indicator(base("bn.enterprises", Unit.ENTERPRISES, Aggregation.stock(),
            "Số doanh nghiệp đang hoạt động", "Enterprises in operation", "", ""))
        .indicator(base("bn.enterprises-with-innovation", Unit.ENTERPRISES, Aggregation.stock(),
            "Số doanh nghiệp có hoạt động đổi mới sáng tạo", "Enterprises with innovation activities",
            "Báo cáo không định nghĩa 'hoạt động đổi mới sáng tạo'.",
            "The report does not define 'innovation activities'."))
        .indicator(share("bn.innovating-enterprise-share", "bn.enterprises-with-innovation", "bn.enterprises",
            "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "Share of enterprises with innovation activities",
            "Số doanh nghiệp có hoạt động đổi mới sáng tạo / số doanh nghiệp × 100." + NO_YEAR_VI,
            "Enterprises with innovation activities / enterprises × 100." + NO_YEAR_EN))
        // 6, 7. broadband and 5G coverage
        .indicator(base("bn.population", Unit.PERSONS, Aggregation.stock(), "Dân số", "Population",
            "Báo cáo không nói dân số trung bình hay cuối kỳ; dùng cùng một cách cho mọi kỳ.",
            "The report does not say whether average or end-of-period population; use one of them throughout."))
        .indicator(base("bn.population-with-gigabit-access", Unit.PERSONS, Aggregation.stock(),
            "Dân số được tiếp cận băng rộng cố định tốc độ 1 Gb/s",
            "Population with access to 1 Gbit/s fixed broadband",
            "Người sống nơi có thể đăng ký băng rộng cố định 1 Gb/s (vùng phủ), không phải số thuê bao; báo cáo"
                + " không nói rõ.",
            "Persons living where 1 Gbit/s fixed broadband can be ordered (coverage), not subscribers; the report"
                + " does not say which."))
        .indicator(share("bn.gigabit-broadband-coverage", "bn.population-with-gigabit-access", "bn.population",
            "Tỷ lệ dân số được tiếp cận băng rộng cố định tốc độ 1 Gb/s",
            "Share of the population with access to 1 Gbit/s fixed broadband",
            "Dân số được tiếp cận băng rộng cố định 1 Gb/s / dân số × 100.",
            "Population with access to 1 Gbit/s fixed broadband / population × 100."))
        .indicator(base("bn.population-covered-5g", Unit.PERSONS, Aggregation.stock(),
            "Dân số được phủ sóng 5G", "Population covered by 5G", "", ""))
        .indicator(share("bn.5g-coverage", "bn.population-covered-5g", "bn.population",
            "Tỷ lệ dân số được phủ sóng 5G", "Share of the population covered by 5G",
            "Dân số được phủ sóng 5G / dân số × 100.", "Population covered by 5G / population × 100."))
        // 8. internet users protected online
        .indicator(base("bn.internet-users", Unit.PERSONS, Aggregation.stock(),
            "Số người sử dụng Internet", "Internet users", "", ""))
        .indicator(base("bn.internet-users-protected", Unit.PERSONS, Aggregation.stock(),
            "Số người sử dụng Internet được bảo vệ ở mức cơ bản", "Internet users basically protected online",
            "Báo cáo không định nghĩa 'được bảo vệ ở mức cơ bản' (ví dụ có phần mềm hay dịch vụ bảo vệ).",
            "The report does not define 'basically protected' (e.g. covered by a protection software or"
                + " service)."))
        .indicator(share("bn.protected-internet-user-share", "bn.internet-users-protected", "bn.internet-users",
            "Tỷ lệ người sử dụng Internet được bảo vệ ở mức cơ bản",
            "Share of internet users basically protected online",
            "Số người sử dụng Internet được bảo vệ ở mức cơ bản / số người sử dụng Internet × 100.",
            "Internet users basically protected / internet users × 100."))
        // 9. VNeID
        .indicator(base("bn.persons-with-vneid", Unit.PERSONS, Aggregation.stock(),
            "Số người có tài khoản định danh điện tử VNeID", "Persons with a VNeID electronic identification"
                + " account", "", ""))
        .indicator(share("bn.vneid-share", "bn.persons-with-vneid", "bn.population",
            "Tỷ lệ dân số có tài khoản định danh điện tử VNeID",
            "Share of the population with a VNeID electronic identification account",
            "Số người có tài khoản VNeID / toàn bộ dân số × 100, như báo cáo nêu ('dân số', không phải 'người"
                + " trưởng thành').",
            "Persons with a VNeID account / the whole population × 100, as the report states it ('population',"
                + " not 'adults')."))
        // 10. transaction accounts
        .indicator(base("bn.population-15plus", Unit.PERSONS, Aggregation.stock(),
            "Dân số từ 15 tuổi trở lên", "Population aged 15 and over", "", ""))
        .indicator(base("bn.transaction-account-holders-15plus", Unit.PERSONS, Aggregation.stock(),
            "Số người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép",
            "Persons aged 15 and over with a transaction account at a bank or licensed organisation",
            "Mỗi người tính một lần dù có nhiều tài khoản.", "A person with several accounts counts once."))
        .indicator(share("bn.transaction-account-share", "bn.transaction-account-holders-15plus",
            "bn.population-15plus",
            "Tỷ lệ người từ 15 tuổi trở lên có tài khoản giao dịch",
            "Share of persons aged 15 and over with a transaction account",
            "Số người từ 15 tuổi trở lên có tài khoản giao dịch / dân số từ 15 tuổi trở lên × 100.",
            "Persons aged 15 and over with a transaction account / population aged 15 and over × 100."))
        .target(target("bn.digital-economy-share-2030", "bn.digital-economy-share", "45", Scope.wholeRegion(), 1,
            "Đến năm 2030, kinh tế số chiếm 45% GRDP", "By 2030, the digital economy accounts for 45 % of GRDP"))
        .target(target("bn.open-datasets-yearly-2026-2030", "bn.open-datasets", "5", Scope.everyYear(2026, 2030),
            2, "Mỗi năm có ít nhất 5 bộ dữ liệu mở chất lượng cao",
            "At least five high-quality open datasets every year"))
        .target(target("bn.open-datasets-total-2026-2030", "bn.open-datasets", "20", Scope.cumulative(2026, 2030),
            3, "Đến năm 2030 có tổng cộng 20 bộ dữ liệu mở", "A total of 20 open datasets by 2030"))
        .target(target("bn.sme-digital-adoption-share-2030", "bn.sme-digital-adoption-share", "60",
            Scope.wholeRegion(), 4, "60% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số",
            "60 % of small and medium-sized enterprises apply digital technologies"))
        .target(target("bn.innovating-enterprise-share-2030", "bn.innovating-enterprise-share", "40",
            Scope.wholeRegion(), 5, "40% doanh nghiệp có hoạt động đổi mới sáng tạo",
            "40 % of enterprises have innovation activities"))
        .target(target("bn.gigabit-broadband-coverage-2030", "bn.gigabit-broadband-coverage", "100",
            Scope.wholeRegion(), 6, "100% dân số được tiếp cận băng rộng cố định tốc độ 1 Gb/s",
            "100 % of the population have access to 1 Gbit/s fixed broadband"))
        .target(target("bn.5g-coverage-2030", "bn.5g-coverage", "100", Scope.wholeRegion(), 7,
            "100% dân số được phủ sóng 5G", "100 % of the population are covered by 5G"))
        .target(target("bn.protected-internet-user-share-2030", "bn.protected-internet-user-share", "80",
            Scope.wholeRegion(), 8, "80% người sử dụng Internet được bảo vệ ở mức cơ bản khi tham gia môi trường mạng",
            "80 % of internet users are basically protected online"))
        .target(target("bn.vneid-share-2030", "bn.vneid-share", "80", Scope.wholeRegion(), 9,
            "80% dân số có tài khoản định danh điện tử VNeID",
            "80 % of the population have a VNeID electronic identification account"))
        .target(target("bn.transaction-account-share-2030", "bn.transaction-account-share", "95",
            Scope.wholeRegion(), 10,
            "95% người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép",
            "95 % of persons aged 15 and over have a transaction account at a bank or licensed organisation"))
        .build();
  }

  private static Indicator base(String id, Unit unit, Aggregation aggregation, String vi, String en,
      String notesVi, String notesEn) {
    return Indicator.builder(id).name(vi, en).unit(unit).aggregation(aggregation).decimals(0)
        .notes(notesVi, notesEn).build();
  }

  /**
   * A percentage {@code numerator / denominator × 100}, reported with 2 decimals; values reported without their
   * parts are weighed by the denominator when rolled up.
   */
  private static Indicator share(String id, String numerator, String denominator, String vi, String en,
      String notesVi, String notesEn) {
    return Indicator.builder(id).name(vi, en).unit(Unit.PERCENT).decimals(2)
        .aggregation(Aggregation.percent(IndicatorId.of(numerator), IndicatorId.of(denominator))
            .weightedBy(IndicatorId.of(denominator)))
        .notes(notesVi, notesEn).build();
  }

  /** Every target of the plan is "at least" and due by the end of 2030. */
  private static Target target(String id, String indicator, String threshold, Scope scope, int number, String vi,
      String en) {
    return Target.builder(id).indicator(indicator).requires(Comparison.AT_LEAST, threshold).byEndOf(2030)
        .scope(scope).statement(vi, en).source(REPORT.at("chỉ tiêu " + number + "/10 (target " + number + " of 10)")).build();
  }
}
