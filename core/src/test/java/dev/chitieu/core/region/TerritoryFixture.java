package dev.chitieu.core.region;

import dev.chitieu.core.plan.TestPlans;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Unit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An excerpt of the official mapping of 1 July 2025 (eight of its rows, seven former units) and the five Hải Phòng
 * wards they went into, with a plan that has a flow, a stock, a ratio without weight and a ratio weighed by its
 * denominator. In the excerpt 10507 Thành Đông is formed from 10510 and 10519 only (the full list has four).
 */
public final class TerritoryFixture {
  private TerritoryFixture() {}

  public static final String CSV = """
      old_code,old_name_vi,old_district_vi,old_province_vi,new_code
      10510,Phường Bình Hàn,Thành phố Hải Dương,Tỉnh Hải Dương,10507
      10519,Phường Nguyễn Trãi,Thành phố Hải Dương,Tỉnh Hải Dương,10507
      10525,Phường Trần Hưng Đạo,Thành phố Hải Dương,Tỉnh Hải Dương,10525
      10528,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,10532
      10528,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,10537
      10531,Phường Thanh Bình,Thành phố Hải Dương,Tỉnh Hải Dương,10532
      10537,Phường Hải Tân,Thành phố Hải Dương,Tỉnh Hải Dương,10537
      318,Huyện Bạch Long Vĩ,Huyện Bạch Long Vĩ,Thành phố Hải Phòng,11948
      """;

  public static final List<Region> WARDS = List.of(
      Region.of("10507", "Thành Đông", "Thanh Dong", RegionLevel.COMMUNE, "ward", "31"),
      Region.of("10525", "Hải Dương", "Hai Duong", RegionLevel.COMMUNE, "ward", "31"),
      Region.of("10532", "Lê Thanh Nghị", "Le Thanh Nghi", RegionLevel.COMMUNE, "ward", "31"),
      Region.of("10537", "Tân Hưng", "Tan Hung", RegionLevel.COMMUNE, "ward", "31"),
      Region.of("11948", "Bạch Long Vĩ", "Bach Long Vi", RegionLevel.COMMUNE, "special_zone", "31"));

  public static List<FormerUnit> units() {
    return TerritoryMapping.readCsv(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "excerpt.csv");
  }

  public static RegionHierarchy hierarchy() {
    return RegionHierarchy.vietnam2025().with(WARDS);
  }

  public static TerritoryMapping mapping() {
    return TerritoryMapping.of(units(), hierarchy());
  }

  /** The test plan with a stock, a ratio of stocks weighed by its denominator, and the unweighted flow ratio. */
  public static Plan plan() {
    return TestPlans.valid()
        .indicator(Indicator.builder("t.population").name("Dân số", "Population").unit(Unit.PERSONS)
            .aggregation(Aggregation.stock()).build())
        .indicator(Indicator.builder("t.accounts").name("Số người có tài khoản", "Account holders")
            .unit(Unit.PERSONS).aggregation(Aggregation.stock()).build())
        .indicator(Indicator.builder("t.account-share").name("Tỷ lệ có tài khoản", "Account share")
            .unit(Unit.PERCENT).decimals(2)
            .aggregation(Aggregation.percent(IndicatorId.of("t.accounts"), IndicatorId.of("t.population"))
                .weightedBy(IndicatorId.of("t.population")))
            .build())
        .build();
  }
}
