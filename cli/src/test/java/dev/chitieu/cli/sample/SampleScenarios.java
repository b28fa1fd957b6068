package dev.chitieu.cli.sample;

import dev.chitieu.core.Breakdown;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.Region;
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

  static final String SOURCE = "sample";

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
    sector(s, "ecommerce", grdp, 0.085, Path.of(2021, 30.2, 2022, 33.5, 2023, 36.4, 2024, 39.0, 2025, 41.3, 2026, 43.0));
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

  private static void sector(SampleSeries s, String member, Path grdp, double partOfGrdp, Path digitalShare) {
    Breakdown b = Breakdown.of("sector", member);
    double[][] valueAdded = s.yearlyFlow("hp.grdp", b, grdp.times(partOfGrdp));
    s.yearlyFlowShare("hp.digital-economy-value-added", b, valueAdded, digitalShare);
  }

  /** A rate per 1,000 written as the percent that {@link SampleSeries#stockShare} takes. */
  private static Path perThousandAsPercent(Path perThousand) {
    return perThousand.times(0.1);
  }
}
