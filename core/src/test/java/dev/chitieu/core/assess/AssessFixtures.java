package dev.chitieu.core.assess;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.model.ValueRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sample plans and data for assessment tests. All figures here are invented samples, not official data. */
final class AssessFixtures {
  private AssessFixtures() {}

  static final SourceRef SAMPLE =
      new SourceRef("Kế hoạch mẫu (dữ liệu thử)", PartialDate.parse("2025-01"), "sample plan for tests", "");

  /**
   * A level (stock) from 0 to 100 with 2 decimals, printed with a % sign: a published rate taken as it is. Its unit
   * is not {@link Unit#PERCENT}, which only a ratio of two base quantities may have.
   */
  static final Indicator LEVEL = Indicator.builder("t.level").name("Chỉ số mức", "Level")
      .unit(Unit.of("rate", "%", "%")).range(ValueRange.between(0, 100))
      .decimals(2).aggregation(Aggregation.stock()).dimension("sector").build();

  /** A count (stock) with 2 decimals, not bounded by 100. */
  static final Indicator COUNT = Indicator.builder("t.count").name("Số lượng", "Count").unit(Unit.COUNT)
      .decimals(2).aggregation(Aggregation.stock()).build();

  /** A flow counted in whole datasets. */
  static final Indicator DATASETS = Indicator.builder("t.datasets").name("Bộ dữ liệu mở", "Open datasets")
      .unit(Unit.of("datasets", "bộ dữ liệu", "datasets")).aggregation(Aggregation.flow()).build();

  static final Indicator HOLDERS = Indicator.builder("t.holders").name("Người có tài khoản", "Account holders")
      .unit(Unit.PERSONS).aggregation(Aggregation.stock()).build();
  static final Indicator ADULTS = Indicator.builder("t.adults").name("Người trưởng thành", "Adults")
      .unit(Unit.PERSONS).aggregation(Aggregation.stock()).build();
  /** A ratio of two stocks, for coverage from communes. */
  static final Indicator SHARE = Indicator.builder("t.share").name("Tỷ lệ có tài khoản", "Share with an account")
      .unit(Unit.PERCENT).decimals(2).aggregation(Aggregation.percent(HOLDERS.id(), ADULTS.id())).build();

  static final Dimension SECTOR = new Dimension(DimensionId.of("sector"), LocalizedText.of("Ngành", "Sector"),
      List.of(Member.of("ecommerce", "Thương mại điện tử", "E-commerce"),
          Member.of("tourism", "Du lịch thông minh", "Smart tourism"),
          Member.of("ict", "Công nghệ thông tin", "ICT")));

  /** A sample plan of region 31 over 2015-2030 with the given targets. */
  static Plan plan(Target... targets) {
    Plan.Builder b = Plan.builder("t.sample").title("Kế hoạch mẫu", "Sample plan")
        .authority("Ủy ban nhân dân (mẫu)", "People's Committee (sample)").region("31").document("1/KH-MAU", "2025-01")
        .horizon(Period.years(2015, 2030)).source(SAMPLE).dimension(SECTOR)
        .indicator(LEVEL).indicator(COUNT).indicator(DATASETS).indicator(HOLDERS).indicator(ADULTS).indicator(SHARE);
    for (Target t : targets) {
      b.target(t);
    }
    return b.build();
  }

  static Target target(String id, Indicator indicator, Comparison c, String threshold, int year, Scope scope) {
    return Target.builder(id).indicator(indicator.id().value()).requires(c, threshold).byEndOf(year).scope(scope)
        .statement("Chỉ tiêu mẫu " + id, "Sample target " + id).source(SAMPLE).build();
  }

  static Target target(String id, Indicator indicator, Comparison c, String threshold, int year) {
    return target(id, indicator, c, threshold, year, Scope.wholeRegion());
  }

  static Measurement m(Indicator i, String period, double value) {
    return Measurement.of(i.id().value(), "31", period, value);
  }

  static MeasurementSet data(Measurement... ms) {
    return MeasurementSet.of(List.of(ms));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** The 2025 provinces with three sample communes under Hai Phong (31). */
  static RegionHierarchy withCommunes() {
    List<Region> communes = new ArrayList<>();
    for (String c : List.of("31001", "31002", "31003")) {
      communes.add(Region.of(c, "Xã mẫu " + c.substring(3), "Sample commune " + c.substring(3),
          RegionLevel.COMMUNE, "commune", "31"));
    }
    return RegionHierarchy.vietnam2025().with(communes);
  }
}
