package dev.chitieu.benchmarks;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated SAMPLE measurements for the benchmarks: invented figures, never official. The shape follows a national
 * data set: the 34 provinces of 2025 with 3,300 invented communes under them, 20 sectors, 120 months (2016-2025), and
 * 50 measured indicators: 20 flows (10 by sector), 15 stocks and 15 ratios given by numerator and denominator (8 flow
 * ratios by sector, 7 stock ratios). The 30 base indicators the ratios are declared over carry no rows. Rows are an
 * exact uniform sample without replacement of every (indicator, sector, commune, month) key, listed in that order.
 * Values are whole numbers, so sums are exact in any order and every implementation must agree to the last bit.
 */
public final class SampleData {
  public static final int COMMUNES = 3300;
  public static final int SECTORS = 20;
  public static final int MONTHS = 120;
  public static final int FIRST_YEAR = 2016;
  public static final int YEARS = MONTHS / 12;
  public static final int MEASURED = 50;
  public static final double SCALE = 100;

  /** How a measured indicator aggregates. */
  public enum Kind {
    FLOW,
    STOCK,
    /** A ratio of two flows. */
    RATIO,
    /** A ratio of two stocks. */
    STOCK_RATIO
  }

  public final Kind[] kind = new Kind[MEASURED];
  public final boolean[] bySector = new boolean[MEASURED];
  public final String[] indicatorIds = new String[MEASURED];
  /** Every indicator the rollup needs: the 50 measured ones and the 30 parts of the ratios. */
  public final List<Indicator> indicators = new ArrayList<>();
  public final RegionHierarchy hierarchy;
  public final String[] provinceCodes;
  public final String[] communeCodes = new String[COMMUNES];
  public final int[] provinceOfCommune = new int[COMMUNES];
  public final String[] sectorCodes = new String[SECTORS + 1];

  public final int size;
  /** Measured indicator 0..49. */
  public final int[] indicator;
  /** 0 for no breakdown, 1..20 for a sector. */
  public final int[] member;
  public final int[] commune;
  /** Month 0..119 from January 2016. */
  public final int[] month;
  /** The value of flows and stocks; 0 for ratios. */
  public final double[] value;
  /** The numerator of ratios; 0 for the others. */
  public final double[] numerator;
  /** The denominator of ratios; 0 for the others. */
  public final double[] denominator;

  private SampleData(int rows, long seed) {
    for (int i = 0; i < MEASURED; i++) {
      kind[i] = i < 20 ? Kind.FLOW : i < 35 ? Kind.STOCK : i < 43 ? Kind.RATIO : Kind.STOCK_RATIO;
      bySector[i] = i < 10 || (i >= 35 && i < 43);
      indicatorIds[i] = String.format("sample.%s-%02d", kind[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), i);
    }
    for (int i = 0; i < MEASURED; i++) {
      Indicator.Builder b = Indicator.builder(indicatorIds[i]).name("Chỉ tiêu mẫu " + i, "Sample indicator " + i);
      if (bySector[i]) {
        b.dimension("sector");
      }
      if (kind[i] == Kind.RATIO || kind[i] == Kind.STOCK_RATIO) {
        boolean flow = kind[i] == Kind.RATIO;
        Aggregation part = flow ? Aggregation.flow() : Aggregation.stock();
        Indicator.Builder num = Indicator.builder(indicatorIds[i] + ".num").aggregation(part);
        Indicator.Builder den = Indicator.builder(indicatorIds[i] + ".den").aggregation(part);
        if (bySector[i]) {
          num.dimension("sector");
          den.dimension("sector");
        }
        indicators.add(num.build());
        indicators.add(den.build());
        b.aggregation(Aggregation.ratio(IndicatorId.of(indicatorIds[i] + ".num"),
            IndicatorId.of(indicatorIds[i] + ".den"), BigDecimal.valueOf(SCALE)));
      } else {
        b.aggregation(kind[i] == Kind.FLOW ? Aggregation.flow() : Aggregation.stock());
      }
      indicators.add(b.build());
    }
    sectorCodes[0] = "";
    for (int s = 1; s <= SECTORS; s++) {
      sectorCodes[s] = String.format("sector-%02d", s);
    }
    RegionHierarchy national = RegionHierarchy.vietnam2025();
    List<Region> provinces = national.children(RegionHierarchy.COUNTRY);
    provinceCodes = provinces.stream().map(r -> r.code().value()).toArray(String[]::new);
    List<Region> communes = new ArrayList<>();
    int c = 0;
    for (int p = 0; p < provinces.size(); p++) {
      int n = COMMUNES / provinces.size() + (p < COMMUNES % provinces.size() ? 1 : 0);
      for (int k = 0; k < n; k++, c++) {
        communeCodes[c] = String.format("%s%03d", provinceCodes[p], k + 1);
        provinceOfCommune[c] = p;
        communes.add(Region.of(communeCodes[c], "Xã mẫu " + communeCodes[c], "Sample commune " + communeCodes[c],
            RegionLevel.COMMUNE, "commune", provinceCodes[p]));
      }
    }
    hierarchy = national.with(communes);

    long keys = 0;
    for (int i = 0; i < MEASURED; i++) {
      keys += (bySector[i] ? SECTORS + 1 : 1) * (long) COMMUNES * MONTHS;
    }
    if (rows > keys) {
      throw new IllegalArgumentException("at most " + keys + " sample rows, asked " + rows);
    }
    size = rows;
    indicator = new int[rows];
    member = new int[rows];
    commune = new int[rows];
    month = new int[rows];
    value = new double[rows];
    numerator = new double[rows];
    denominator = new double[rows];
    SplittableRandom r = new SplittableRandom(seed);
    // Knuth's selection sampling: each key in order, taken with probability (still needed) / (still left)
    long left = keys;
    int taken = 0;
    for (int i = 0; i < MEASURED && taken < rows; i++) {
      int members = bySector[i] ? SECTORS + 1 : 1;
      for (int m = 0; m < members && taken < rows; m++) {
        for (int co = 0; co < COMMUNES && taken < rows; co++) {
          for (int mo = 0; mo < MONTHS; mo++, left--) {
            if (r.nextLong(left) < rows - taken) {
              indicator[taken] = i;
              member[taken] = m;
              commune[taken] = co;
              month[taken] = mo;
              if (kind[i] == Kind.RATIO || kind[i] == Kind.STOCK_RATIO) {
                numerator[taken] = r.nextInt(0, 500);
                denominator[taken] = r.nextInt(500, 1000);
              } else {
                value[taken] = r.nextInt(1, 1000);
              }
              taken++;
            }
          }
        }
      }
    }
  }

  /**
   * Generates the sample.
   *
   * @param rows how many measurements
   * @param seed the random seed
   * @return the sample
   */
  public static SampleData generate(int rows, long seed) {
    return new SampleData(rows, seed);
  }

  /** A format a set is written in, e.g. {@code MeasurementCsv::write} or {@code MeasurementJson::write}. */
  @FunctionalInterface
  public interface Format {
    /** Writes the set to the stream, which the caller closes. */
    void write(MeasurementSet set, OutputStream out);
  }

  /**
   * Writes the sample that every import benchmark reads ({@code rows} rows, seed 42) to a file, in a format.
   *
   * @param rows how many measurements
   * @param file where to write, replaced
   * @param format how
   * @return the file
   * @throws IOException if the file cannot be written
   */
  public static Path write(int rows, Path file, Format format) throws IOException {
    MeasurementSet set = generate(rows, 42).toMeasurementSet();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      format.write(set, out);
    }
    return file;
  }

  /** The sample as a measurement set, through the builder's fast adders. */
  public MeasurementSet toMeasurementSet() {
    IndicatorId[] ids = new IndicatorId[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      ids[i] = IndicatorId.of(indicatorIds[i]);
    }
    RegionCode[] regions = new RegionCode[COMMUNES];
    for (int c = 0; c < COMMUNES; c++) {
      regions[c] = RegionCode.of(communeCodes[c]);
    }
    Breakdown[] breakdowns = new Breakdown[SECTORS + 1];
    breakdowns[0] = Breakdown.NONE;
    for (int s = 1; s <= SECTORS; s++) {
      breakdowns[s] = Breakdown.of("sector", sectorCodes[s]);
    }
    Period[] months = new Period[MONTHS];
    for (int m = 0; m < MONTHS; m++) {
      months[m] = Period.month(FIRST_YEAR + m / 12, m % 12 + 1);
    }
    MeasurementSet.Builder b = MeasurementSet.builder();
    for (int row = 0; row < size; row++) {
      int i = indicator[row];
      if (kind[i] == Kind.RATIO || kind[i] == Kind.STOCK_RATIO) {
        b.addParts(ids[i], regions[commune[row]], months[month[row]], breakdowns[member[row]], numerator[row],
            denominator[row]);
      } else {
        b.add(ids[i], regions[commune[row]], months[month[row]], breakdowns[member[row]], value[row]);
      }
    }
    return b.build();
  }

  /**
   * The sample as a list of records, the form a user would hold rows in.
   *
   * @param freshStrings whether every row gets its own strings, as a file reader makes them, rather than shared ones
   * @return the records
   */
  public List<Row> toRows(boolean freshStrings) {
    List<Row> out = new ArrayList<>(size);
    for (int row = 0; row < size; row++) {
      String ind = indicatorIds[indicator[row]];
      String reg = communeCodes[commune[row]];
      String sec = sectorCodes[member[row]];
      if (freshStrings) {
        ind = new String(ind.toCharArray());
        reg = new String(reg.toCharArray());
        sec = new String(sec.toCharArray());
      }
      out.add(new Row(ind, reg, FIRST_YEAR + month[row] / 12, month[row] % 12 + 1, sec, value[row], numerator[row],
          denominator[row]));
    }
    return out;
  }

  /**
   * One measurement as a plain record.
   *
   * @param indicator the indicator id
   * @param region the commune code
   * @param year the year
   * @param month the month 1..12
   * @param sector the sector code, empty for none
   * @param value the value (flows and stocks)
   * @param numerator the numerator (ratios)
   * @param denominator the denominator (ratios)
   */
  public record Row(String indicator, String region, int year, int month, String sector, double value,
      double numerator, double denominator) {}
}
