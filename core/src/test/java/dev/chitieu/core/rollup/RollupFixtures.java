package dev.chitieu.core.rollup;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A small hierarchy and indicators of every kind, for rollup tests. */
final class RollupFixtures {
  private RollupFixtures() {}

  static final Indicator REVENUE = Indicator.builder("t.revenue").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator RETAIL = Indicator.builder("t.retail").aggregation(Aggregation.flow()).dimension("sector")
      .build();
  static final Indicator SHARE = Indicator.builder("t.share").decimals(2)
      .aggregation(Aggregation.percent(REVENUE.id(), RETAIL.id())).dimension("sector").build();
  static final Indicator ADULTS = Indicator.builder("t.adults").aggregation(Aggregation.stock()).build();
  static final Indicator ACCOUNTS = Indicator.builder("t.accounts").aggregation(Aggregation.stock()).build();
  static final Indicator ACCOUNT_SHARE = Indicator.builder("t.account-share").decimals(2)
      .aggregation(Aggregation.percent(ACCOUNTS.id(), ADULTS.id())).build();
  static final Indicator WEIGHTED_SHARE = Indicator.builder("t.weighted-share").decimals(2)
      .aggregation(Aggregation.percent(ACCOUNTS.id(), ADULTS.id()).weightedBy(ADULTS.id())).build();
  static final Indicator PER_1000 = Indicator.builder("t.per-1000")
      .aggregation(Aggregation.ratio(REVENUE.id(), ADULTS.id(), BigDecimal.valueOf(1000))).build();

  static final List<Indicator> ALL =
      List.of(REVENUE, RETAIL, SHARE, ADULTS, ACCOUNTS, ACCOUNT_SHARE, WEIGHTED_SHARE, PER_1000);

  static final RegionCode VN = RegionHierarchy.COUNTRY;
  static final RegionCode P31 = RegionCode.of("31");
  static final RegionCode P27 = RegionCode.of("27");

  /** Country VN; provinces 31 (communes 31001..31003) and 27 (communes 27001, 27002). */
  static RegionHierarchy hierarchy() {
    List<Region> r = new ArrayList<>();
    r.add(new Region(VN, LocalizedText.of("Việt Nam", "Viet Nam"), RegionLevel.COUNTRY, "country",
        Optional.empty()));
    r.add(Region.of("31", "Hải Phòng", "Hai Phong", RegionLevel.PROVINCE, "city", "VN"));
    r.add(Region.of("27", "Bắc Ninh", "Bac Ninh", RegionLevel.PROVINCE, "province", "VN"));
    for (String c : List.of("31001", "31002", "31003")) {
      r.add(Region.of(c, "Xã " + c, "Commune " + c, RegionLevel.COMMUNE, "commune", "31"));
    }
    for (String c : List.of("27001", "27002")) {
      r.add(Region.of(c, "Xã " + c, "Commune " + c, RegionLevel.COMMUNE, "commune", "27"));
    }
    return RegionHierarchy.of(LocalDate.of(2025, 7, 1), r);
  }

  static Measurement m(Indicator i, String region, String period, double value) {
    return Measurement.of(i.id().value(), region, period, value);
  }

  static Measurement parts(Indicator i, String region, String period, double num, double den) {
    return Measurement.ofParts(i.id().value(), region, period, num, den);
  }

  static Measurement full(IndicatorId i, String region, String period, Breakdown b, OptionalDouble value,
      OptionalDouble num, OptionalDouble den, MeasurementStatus status) {
    return new Measurement(i, RegionCode.of(region), Period.parse(period), b, value, num, den, status, "");
  }
}
