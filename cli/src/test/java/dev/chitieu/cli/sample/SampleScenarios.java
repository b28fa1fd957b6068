package dev.chitieu.cli.sample;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.region.Region;
import java.time.YearMonth;
import java.util.List;

/**
 * The invented paths behind the bundled sample data, one method per plan. SAMPLE DATA: the figures are made up for
 * the demonstration and are not official; the only real figure used as an anchor is named where it is used.
 *
 * <p>The paths are chosen so that the demo, as of {@link #AS_OF}, shows every status: Hai Phong's plan ended with
 * 2025, so its targets are achieved or not achieved (one has no data); Bac Ninh's runs 2026-2030, so its targets are
 * achieved, on track, at risk or off track (one has no data).
 */
final class SampleScenarios {
  /** The last month of sample data, and the demo's as-of day is its last day (2026-09-30, "9 tháng đầu năm"). */
  static final YearMonth AS_OF = YearMonth.of(2026, 9);

  static final int FIRST_YEAR = 2021;

  static final String SOURCE = "mẫu / sample";

  /** Retail is highest around Tết (January, February) and at the end of the year. */
  private static final double[] RETAIL_SEASON = {
    1.12, 1.05, 0.93, 0.94, 0.96, 0.95, 0.96, 0.97, 0.97, 1.00, 1.03, 1.12
  };

  private SampleScenarios() {}

  /** Hai Phong, Plan 106/KH-UBND (2025); the communes of the city from 1 July 2025. */
  static List<Measurement> haiphong(List<Region> communes) {
    SampleSeries s = new SampleSeries(communes, 31_106_2025L, FIRST_YEAR, AS_OF, SOURCE);

    // GRDP (billion VND, current prices) of the merged city, and the digital economy's share of it.
    // Anchor: about 29.7 % of GRDP in 2023 (the figure given for Hai Phong when the project was set up; not found in
    // the source documents). The share misses the 35 % target at the end of 2025: NOT_ACHIEVED.
    Path grdp = Path.of(2021, 430_000, 2022, 472_000, 2023, 515_000, 2024, 568_000, 2025, 628_000, 2026, 690_000);
    double[][] grdpRows = s.yearlyFlow("hp.grdp", Breakdown.NONE, grdp);
    s.yearlyFlowShare("hp.digital-economy-value-added", Breakdown.NONE, grdpRows,
        Path.of(2021, 25.1, 2022, 27.4, 2023, 29.7, 2024, 32.2, 2025, 34.6, 2026, 36.3));

    // The five priority sectors: each sector's value added, and the digital economy's share of it. Smart
    // agriculture stays under 15 %, so "at least 15 % in each sector" is NOT_ACHIEVED and names it.
    sector(s, "ecommerce", grdp, 0.085,
        Path.of(2021, 30.2, 2022, 33.5, 2023, 36.4, 2024, 39.0, 2025, 41.3, 2026, 43.0));
    sector(s, "smart-tourism", grdp, 0.045,
        Path.of(2021, 11.0, 2022, 12.6, 2023, 14.1, 2024, 15.6, 2025, 17.2, 2026, 18.5));
    sector(s, "smart-agriculture", grdp, 0.07,
        Path.of(2021, 6.2, 2022, 7.3, 2023, 8.5, 2024, 9.9, 2025, 11.4, 2026, 12.6));
    sector(s, "smart-manufacturing", grdp, 0.34,
        Path.of(2021, 15.8, 2022, 18.0, 2023, 20.1, 2024, 22.3, 2025, 24.6, 2026, 26.2));
    sector(s, "ict", grdp, 0.03, Path.of(2021, 68.0, 2022, 70.5, 2023, 72.8, 2024, 74.9, 2025, 77.0, 2026, 78.2));

    // Retail sales and e-commerce, monthly: e-commerce passes 15 % of retail in 2025: ACHIEVED.
    double[][] retail = s.monthlyFlow("hp.retail-sales",
        Path.of(2021, 178_000, 2022, 205_000, 2023, 226_000, 2024, 249_000, 2025, 274_000, 2026, 298_000),
        RETAIL_SEASON);
    s.monthlyFlowShare("hp.ecommerce-revenue", retail,
        Path.of(2021, 7.6, 2022, 9.8, 2023, 12.0, 2024, 14.1, 2025, 16.4, 2026, 18.0));

    // People (end of year) and digital technology enterprises: 0.76 per 1,000 people at the end of 2025: ACHIEVED.
    Path people = Path.of(2020, 4_560_000, 2021, 4_585_000, 2022, 4_612_000, 2023, 4_640_000, 2024, 4_668_000,
        2025, 4_695_000, 2026, 4_722_000);
    double[][] population = s.stock("hp.population", people);
    s.stockShare("hp.digital-tech-enterprises", population,
        perThousandAsPercent(Path.of(2020, 0.46, 2021, 0.52, 2022, 0.58, 2023, 0.64, 2024, 0.70, 2025, 0.76,
            2026, 0.80)), FIRST_YEAR);

    // People aged 15+ and those with a payment account: 88.4 % at the end of 2025: ACHIEVED.
    double[][] over15 = s.stockOf("hp.population-15plus", people, 0.765);
    s.stockShare("hp.payment-account-holders-15plus", over15,
        Path.of(2020, 70.1, 2021, 74.0, 2022, 77.8, 2023, 81.6, 2024, 85.9, 2025, 88.4, 2026, 89.5), FIRST_YEAR);

    // Adults and VNeID accounts (the service started in 2022): 86.1 % at the end of 2025: ACHIEVED.
    double[][] adults = s.stockOf("hp.adult-population", people, 0.72);
    s.stockShare("hp.adults-with-vneid", adults,
        Path.of(2021, 0, 2022, 31.0, 2023, 63.5, 2024, 79.2, 2025, 86.1, 2026, 88.0), 2022);

    // No figures at all for adults with a digital signature: that target shows NO_DATA.
    return s.measurements();
  }

  /**
   * Bac Ninh, Plan 144/KH-UBND (2026-2030); the communes of the province from 1 July 2025. Its horizon starts in
   * 2026, so the years 2021-2025 are the baseline the projections start from.
   */
  static List<Measurement> bacninh(List<Region> communes) {
    SampleSeries s = new SampleSeries(communes, 24_144_2030L, FIRST_YEAR, AS_OF, SOURCE);

    // Digital economy share of GRDP: rising about 2.3 points a year, short of 45 % by 2030 by a little: AT_RISK.
    double[][] grdp = s.yearlyFlow("bn.grdp", Breakdown.NONE,
        Path.of(2021, 330_000, 2022, 362_000, 2023, 392_000, 2024, 440_000, 2025, 495_000, 2026, 552_000));
    s.yearlyFlowShare("bn.digital-economy-value-added", Breakdown.NONE, grdp,
        Path.of(2021, 21.0, 2022, 23.3, 2023, 25.5, 2024, 27.8, 2025, 30.0, 2026, 32.4));

    // Open datasets published each year (2026: January to September): 6 so far in 2026, on the way to 20 by 2030.
    s.yearlyCount("bn.open-datasets", Path.of(2021, 1, 2022, 2, 2023, 2, 2024, 3, 2025, 4, 2026, 6));

    // SMEs applying digital technologies: far too slow for 60 % by 2030: OFF_TRACK.
    double[][] smes = s.stock("bn.smes",
        Path.of(2020, 21_000, 2021, 22_300, 2022, 23_600, 2023, 25_000, 2024, 26_500, 2025, 28_000, 2026, 29_500));
    s.stockShare("bn.smes-applying-digital-technology", smes,
        Path.of(2020, 18.0, 2021, 22.0, 2022, 25.0, 2023, 28.0, 2024, 31.0, 2025, 33.5, 2026, 35.5), FIRST_YEAR);

    // Enterprises with innovation activities: about 3 points a year, reaching 40 % before 2030: ON_TRACK.
    double[][] enterprises = s.stock("bn.enterprises",
        Path.of(2020, 26_000, 2021, 27_600, 2022, 29_300, 2023, 31_000, 2024, 32_700, 2025, 34_400, 2026, 36_000));
    s.stockShare("bn.enterprises-with-innovation", enterprises,
        Path.of(2020, 14.0, 2021, 16.5, 2022, 19.5, 2023, 22.5, 2024, 25.5, 2025, 28.5, 2026, 30.8), FIRST_YEAR);

    // Gigabit fixed broadband and 5G (5G from 2024): both on the way to 100 %: ON_TRACK.
    Path people = Path.of(2020, 3_480_000, 2021, 3_512_000, 2022, 3_545_000, 2023, 3_578_000, 2024, 3_612_000,
        2025, 3_646_000, 2026, 3_680_000);
    double[][] population = s.stock("bn.population", people);
    s.stockShare("bn.population-with-gigabit-access", population,
        Path.of(2020, 8.0, 2021, 15.0, 2022, 26.0, 2023, 40.0, 2024, 55.0, 2025, 70.0, 2026, 81.0), FIRST_YEAR);
    s.stockShare("bn.population-covered-5g", population,
        Path.of(2023, 0, 2024, 18.0, 2025, 52.0, 2026, 74.0), 2024);

    // Internet users are counted, but nobody measures who is protected online yet: NO_DATA.
    s.stockOf("bn.internet-users", people, 0.79);

    // VNeID accounts among the whole population: already above 80 %: ACHIEVED.
    s.stockShare("bn.persons-with-vneid", population,
        Path.of(2021, 0, 2022, 25.0, 2023, 55.0, 2024, 71.0, 2025, 81.5, 2026, 84.0), 2022);

    // Transaction accounts among people aged 15+: 89.6 % now, on the way to 95 %: ON_TRACK.
    double[][] over15 = s.stockOf("bn.population-15plus", people, 0.77);
    s.stockShare("bn.transaction-account-holders-15plus", over15,
        Path.of(2020, 68.0, 2021, 72.0, 2022, 76.0, 2023, 80.0, 2024, 84.5, 2025, 87.5, 2026, 89.6), FIRST_YEAR);
    return s.measurements();
  }

  /**
   * Vietnam, Decision 411/QĐ-TTg: yearly figures of the 34 provinces, which add up to the country. Anchor: the
   * digital economy was estimated at 18.3 % of GDP in the first half of 2024 (Ministry of Information and
   * Communications, reported by Kinh tế & Đô thị; the national source document of this project); the sample puts
   * the whole of 2024 there.
   */
  static List<Measurement> vietnam(List<Region> provinces) {
    SampleSeries s = new SampleSeries(provinces, 704_411_2022L, FIRST_YEAR, AS_OF, SOURCE);
    Path gdp = Path.of(2021, 8_480_000, 2022, 9_510_000, 2023, 10_220_000, 2024, 11_510_000, 2025, 12_600_000,
        2026, 13_800_000);
    // 19.4 % in 2025 misses 20 % (NOT_ACHIEVED); the pace to 2030 is far from 30 % (OFF_TRACK).
    double[][] total = s.yearlyFlow("vn.gdp", Breakdown.NONE, gdp);
    s.yearlyFlowShare("vn.digital-economy-value-added", Breakdown.NONE, total,
        Path.of(2021, 14.2, 2022, 15.6, 2023, 16.9, 2024, 18.3, 2025, 19.4, 2026, 20.6));
    // Agriculture stays far below 10 %, so both "each sector" targets fail and name it.
    sector(s, "vn", "agriculture-forestry-fishery", gdp, 0.12,
        Path.of(2021, 3.1, 2022, 3.6, 2023, 4.2, 2024, 4.9, 2025, 5.6, 2026, 6.2));
    sector(s, "vn", "industry-construction", gdp, 0.38,
        Path.of(2021, 13.5, 2022, 15.0, 2023, 16.6, 2024, 18.2, 2025, 19.9, 2026, 21.3));
    sector(s, "vn", "services", gdp, 0.43,
        Path.of(2021, 16.0, 2022, 17.4, 2023, 18.9, 2024, 20.5, 2025, 22.0, 2026, 23.4));
    return s.measurements();
  }

  private static void sector(SampleSeries s, String member, Path grdp, double partOfGrdp, Path digitalShare) {
    sector(s, "hp", member, grdp, partOfGrdp, digitalShare);
  }

  private static void sector(SampleSeries s, String prefix, String member, Path product, double part,
      Path digitalShare) {
    Breakdown b = Breakdown.of("sector", member);
    double[][] valueAdded = s.yearlyFlow(prefix + (prefix.equals("vn") ? ".gdp" : ".grdp"), b, product.times(part));
    s.yearlyFlowShare(prefix + ".digital-economy-value-added", b, valueAdded, digitalShare);
  }

  /** A rate per 1,000 written as the percent that {@link SampleSeries#stockShare} takes. */
  private static Path perThousandAsPercent(Path perThousand) {
    return perThousand.times(0.1);
  }
}
