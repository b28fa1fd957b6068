package dev.chitieu.benchmarks;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.maxBy;
import static java.util.stream.Collectors.summingDouble;
import static java.util.stream.Collectors.teeing;

import dev.chitieu.benchmarks.SampleData.Kind;
import dev.chitieu.benchmarks.SampleData.Row;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.rollup.Rollup;
import dev.chitieu.core.rollup.RollupTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same rollup (communes to provinces, months to years, every indicator and sector) written four ways: through the
 * library, as a user would with streams, in DuckDB, and as a hand-written loop over primitive arrays. Each gives its
 * figures as a map for the agreement test; the benchmarks consume them more cheaply.
 */
public final class Baselines {
  private Baselines() {}

  /** A figure's key: indicator id, province code, year, sector code ({@code ""} for none). */
  public record Key(String indicator, String province, int year, String sector) {}

  // ---------------------------------------------------------------- the library

  /** The library's table as a map. */
  public static Map<Key, Double> toMap(RollupTable t) {
    Map<Key, Double> out = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      out.put(new Key(t.indicator(i).value(), t.region(i).value(), t.window(i).year(),
          t.breakdown(i).isNone() ? "" : t.breakdown(i).toString().substring("sector=".length())), t.value(i));
    }
    return out;
  }

  /** The library: one call. */
  public static RollupTable library(Rollup rollup, int threads) {
    return rollup.table(RegionLevel.PROVINCE, PeriodKind.YEAR, threads);
  }

  // ---------------------------------------------------------------- (a) what a user would write

  /**
   * What a user would write: {@code groupingBy} over a list of records, one pipeline per rule.
   *
   * @param rows the records
   * @param provinceOf the province code of each commune code
   * @param kindOf the rule of each indicator id
   * @return the figures
   */
  public static Map<Key, Double> streams(List<Row> rows, Map<String, String> provinceOf, Map<String, Kind> kindOf) {
    Map<Key, Double> out = new HashMap<>(rows.stream().filter(r -> kindOf.get(r.indicator()) == Kind.FLOW)
        .collect(groupingBy(r -> new Key(r.indicator(), provinceOf.get(r.region()), r.year(), r.sector()),
            summingDouble(Row::value))));
    out.putAll(rows.stream().filter(r -> kindOf.get(r.indicator()) == Kind.RATIO)
        .collect(groupingBy(r -> new Key(r.indicator(), provinceOf.get(r.region()), r.year(), r.sector()),
            teeing(summingDouble(Row::numerator), summingDouble(Row::denominator),
                (n, d) -> n / d * SampleData.SCALE))));
    // a stock: each commune's last value in the year, then the sum over the province's communes
    record CommuneYear(String indicator, String region, int year, String sector) {}
    Map<CommuneYear, Optional<Row>> last = rows.stream().filter(r -> kindOf.get(r.indicator()) == Kind.STOCK)
        .collect(groupingBy(r -> new CommuneYear(r.indicator(), r.region(), r.year(), r.sector()),
            maxBy(Comparator.comparingInt(Row::month))));
    out.putAll(last.values().stream().map(Optional::orElseThrow)
        .collect(groupingBy(r -> new Key(r.indicator(), provinceOf.get(r.region()), r.year(), r.sector()),
            summingDouble(Row::value))));
    // a ratio of stocks: each commune's last parts in the year, summed, then divided
    Map<CommuneYear, Optional<Row>> lastParts = rows.stream()
        .filter(r -> kindOf.get(r.indicator()) == Kind.STOCK_RATIO)
        .collect(groupingBy(r -> new CommuneYear(r.indicator(), r.region(), r.year(), r.sector()),
            maxBy(Comparator.comparingInt(Row::month))));
    out.putAll(lastParts.values().stream().map(Optional::orElseThrow)
        .collect(groupingBy(r -> new Key(r.indicator(), provinceOf.get(r.region()), r.year(), r.sector()),
            teeing(summingDouble(Row::numerator), summingDouble(Row::denominator),
                (n, d) -> n / d * SampleData.SCALE))));
    return out;
  }

  // ---------------------------------------------------------------- (c) the hand-written loop

  /**
   * The reference for the physical limit: one loop over primitive arrays into dense accumulators indexed by
   * (indicator, sector, province, year), and for stocks a dense (stock, commune, year) array of last months. It knows
   * the shape of the data (which indicators are stocks, that stocks have no sector) and does nothing else: no
   * coverage, no status, no checks. A figure is present when its accumulator is positive (sample values are).
   */
  public static final class HandLoop {
    private static final int PROVINCES = 34;
    private static final int CELLS = SampleData.MEASURED * (SampleData.SECTORS + 1) * PROVINCES * SampleData.YEARS;
    /** Stocks 20..34 and ratios of stocks 43..49, each by commune and year. */
    private static final int STOCK_CELLS = 22 * SampleData.COMMUNES * SampleData.YEARS;

    private final SampleData d;
    private final int[] kind;
    private final Part[] parts;

    /** Accumulators of one thread. */
    private static final class Part {
      final double[] sum = new double[CELLS];
      final double[] den = new double[CELLS];
      final int[] lastMonth = new int[STOCK_CELLS];
      final double[] lastValue = new double[STOCK_CELLS];
      final double[] lastDen = new double[STOCK_CELLS];
    }

    /**
     * Prepares the accumulators.
     *
     * @param d the sample
     * @param threads how many threads will run
     */
    public HandLoop(SampleData d, int threads) {
      this.d = d;
      this.kind = Arrays.stream(d.kind).mapToInt(Enum::ordinal).toArray();
      this.parts = new Part[threads];
      for (int i = 0; i < threads; i++) {
        parts[i] = new Part();
      }
    }

    /**
     * Runs the rollup.
     *
     * @param pool the threads (none needed for one part)
     * @return the figures' accumulators: {@code sum} (flows, stocks, ratio numerators) and {@code den}
     */
    public double[][] run(ExecutorService pool) throws Exception {
      int t = parts.length;
      if (t == 1) {
        loop(parts[0], 0, d.size);
      } else {
        Future<?>[] f = new Future<?>[t];
        for (int i = 0; i < t; i++) {
          Part p = parts[i];
          int from = (int) ((long) d.size * i / t);
          int to = (int) ((long) d.size * (i + 1) / t);
          f[i] = pool.submit(() -> loop(p, from, to));
        }
        for (Future<?> x : f) {
          x.get();
        }
      }
      Part a = parts[0];
      for (int i = 1; i < t; i++) {
        Part b = parts[i];
        for (int c = 0; c < CELLS; c++) {
          a.sum[c] += b.sum[c];
          a.den[c] += b.den[c];
        }
        for (int c = 0; c < STOCK_CELLS; c++) {
          if (b.lastMonth[c] > a.lastMonth[c]) {
            a.lastMonth[c] = b.lastMonth[c];
            a.lastValue[c] = b.lastValue[c];
            a.lastDen[c] = b.lastDen[c];
          }
        }
      }
      for (int c = 0; c < STOCK_CELLS; c++) {
        if (a.lastMonth[c] >= 0) {
          int stock = c / (SampleData.COMMUNES * SampleData.YEARS);
          int ind = stock < 15 ? 20 + stock : 43 + stock - 15;
          int commune = c / SampleData.YEARS % SampleData.COMMUNES;
          int year = c % SampleData.YEARS;
          int cell = ((ind * (SampleData.SECTORS + 1)) * PROVINCES + d.provinceOfCommune[commune])
              * SampleData.YEARS + year;
          a.sum[cell] += a.lastValue[c];
          a.den[cell] += a.lastDen[c];
        }
      }
      return new double[][] {a.sum, a.den};
    }

    private void loop(Part p, int from, int to) {
      Arrays.fill(p.sum, 0);
      Arrays.fill(p.den, 0);
      Arrays.fill(p.lastMonth, -1);
      final int[] indicator = d.indicator;
      final int[] member = d.member;
      final int[] commune = d.commune;
      final int[] month = d.month;
      final double[] value = d.value;
      final double[] num = d.numerator;
      final double[] den = d.denominator;
      final int[] province = d.provinceOfCommune;
      final double[] sum = p.sum;
      final double[] sumDen = p.den;
      final int[] lastMonth = p.lastMonth;
      final double[] lastValue = p.lastValue;
      final double[] lastDen = p.lastDen;
      for (int i = from; i < to; i++) {
        int ind = indicator[i];
        int m = month[i];
        int year = m / 12;
        switch (kind[ind]) {
          case 0 -> sum[((ind * (SampleData.SECTORS + 1) + member[i]) * PROVINCES + province[commune[i]])
              * SampleData.YEARS + year] += value[i];
          case 1 -> {
            int c = ((ind - 20) * SampleData.COMMUNES + commune[i]) * SampleData.YEARS + year;
            if (m > lastMonth[c]) {
              lastMonth[c] = m;
              lastValue[c] = value[i];
            }
          }
          case 2 -> {
            int c = ((ind * (SampleData.SECTORS + 1) + member[i]) * PROVINCES + province[commune[i]])
                * SampleData.YEARS + year;
            sum[c] += num[i];
            sumDen[c] += den[i];
          }
          default -> {
            int c = ((ind - 43 + 15) * SampleData.COMMUNES + commune[i]) * SampleData.YEARS + year;
            if (m > lastMonth[c]) {
              lastMonth[c] = m;
              lastValue[c] = num[i];
              lastDen[c] = den[i];
            }
          }
        }
      }
    }

    /** The figures of a run as a map. */
    public Map<Key, Double> toMap(double[][] acc) {
      Map<Key, Double> out = new HashMap<>();
      for (int c = 0; c < CELLS; c++) {
        if (acc[0][c] > 0 || acc[1][c] > 0) {
          int year = c % SampleData.YEARS;
          int prov = c / SampleData.YEARS % PROVINCES;
          int member = c / (SampleData.YEARS * PROVINCES) % (SampleData.SECTORS + 1);
          int ind = c / (SampleData.YEARS * PROVINCES * (SampleData.SECTORS + 1));
          double v = d.kind[ind] == Kind.RATIO || d.kind[ind] == Kind.STOCK_RATIO
              ? acc[0][c] / acc[1][c] * SampleData.SCALE : acc[0][c];
          out.put(new Key(d.indicatorIds[ind], d.provinceCodes[prov], SampleData.FIRST_YEAR + year,
              d.sectorCodes[member]), v);
        }
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- (b) DuckDB

  /**
   * DuckDB embedded, in memory, set up as someone who knows DuckDB would: codes as small integers (indicator, sector,
   * commune, its province precomputed as a column, year, month), one table per aggregation rule so that each holds
   * only the columns its rule reads, loaded through the appender before timing. Timed: one query per rule, each
   * written into a table inside DuckDB, and a checksum read back, so that JDBC's row transfer is not timed.
   */
  public static final class DuckDb implements AutoCloseable {
    /** One statement per rule; each keeps its figures in a table of (indicator, sector, province, year, v). */
    private static final String[] QUERIES = {
        // flows: sums
        """
        CREATE OR REPLACE TEMP TABLE r_flow AS
        SELECT indicator, sector, province, year, sum(value) AS v
        FROM flow GROUP BY indicator, sector, province, year""",
        // stocks: each commune's last level in the year, then the sum over the province
        """
        CREATE OR REPLACE TEMP TABLE r_stock AS
        SELECT indicator, sector, province, year, sum(v) AS v FROM (
          SELECT indicator, sector, commune, year, any_value(province) AS province, arg_max(value, month) AS v
          FROM stock GROUP BY indicator, sector, commune, year)
        GROUP BY indicator, sector, province, year""",
        // ratios of flows: summed numerators over summed denominators
        """
        CREATE OR REPLACE TEMP TABLE r_ratio AS
        SELECT indicator, sector, province, year, sum(num) / sum(den) * 100 AS v
        FROM ratio GROUP BY indicator, sector, province, year""",
        // ratios of stocks: each commune's last parts in the year, summed, then divided
        """
        CREATE OR REPLACE TEMP TABLE r_stock_ratio AS
        SELECT indicator, sector, province, year, sum(num) / sum(den) * 100 AS v FROM (
          SELECT indicator, sector, commune, year, any_value(province) AS province,
                 arg_max(num, month) AS num, arg_max(den, month) AS den
          FROM stock_ratio GROUP BY indicator, sector, commune, year)
        GROUP BY indicator, sector, province, year"""};

    private static final String CHECKSUM = "SELECT (SELECT sum(v) FROM r_flow) + (SELECT sum(v) FROM r_stock)"
        + " + (SELECT sum(v) FROM r_ratio) + (SELECT sum(v) FROM r_stock_ratio)";

    private final SampleData d;
    private final Connection conn;

    /**
     * Loads the sample.
     *
     * @param d the sample
     * @param threads DuckDB's thread count
     */
    public DuckDb(SampleData d, int threads) throws SQLException {
      this.d = d;
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = conn.createStatement()) {
        s.execute("SET threads TO " + threads);
        String key = "indicator TINYINT, sector TINYINT, commune SMALLINT, province TINYINT, year SMALLINT, "
            + "month TINYINT";
        s.execute("CREATE TABLE flow (" + key + ", value DOUBLE)");
        s.execute("CREATE TABLE stock (" + key + ", value DOUBLE)");
        s.execute("CREATE TABLE ratio (" + key + ", num DOUBLE, den DOUBLE)");
        s.execute("CREATE TABLE stock_ratio (" + key + ", num DOUBLE, den DOUBLE)");
      }
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      for (Kind k : Kind.values()) {
        String table = k.name().toLowerCase(java.util.Locale.ROOT);
        boolean parts = k == Kind.RATIO || k == Kind.STOCK_RATIO;
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
          for (int row = 0; row < d.size; row++) {
            if (d.kind[d.indicator[row]] != k) {
              continue;
            }
            a.beginRow();
            a.append((byte) d.indicator[row]);
            a.append((byte) d.member[row]);
            a.append((short) d.commune[row]);
            a.append((byte) d.provinceOfCommune[d.commune[row]]);
            a.append((short) (SampleData.FIRST_YEAR + d.month[row] / 12));
            a.append((byte) (d.month[row] % 12 + 1));
            if (parts) {
              a.append(d.numerator[row]);
              a.append(d.denominator[row]);
            } else {
              a.append(d.value[row]);
            }
            a.endRow();
          }
        }
      }
    }

    /**
     * Runs the four queries, each into a table inside DuckDB, and reads back the sum of the values. The figures stay
     * in DuckDB, as the library's stay in its table: reading some 140,000 result rows through JDBC would add about
     * 1.5 µs per row to DuckDB's time, which is the driver's cost, not the GROUP BY's.
     */
    public double run() throws SQLException {
      try (Statement s = conn.createStatement()) {
        for (String q : QUERIES) {
          s.execute(q);
        }
        try (ResultSet rs = s.executeQuery(CHECKSUM)) {
          rs.next();
          return rs.getDouble(1);
        }
      }
    }

    /** Runs the queries and returns every figure, decoded. */
    public Map<Key, Double> toMap() throws SQLException {
      run();
      Map<Key, Double> out = new HashMap<>();
      try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT * FROM r_flow UNION ALL SELECT * FROM r_stock UNION ALL SELECT * FROM r_ratio"
              + " UNION ALL SELECT * FROM r_stock_ratio")) {
        while (rs.next()) {
          out.put(new Key(d.indicatorIds[rs.getInt(1)], d.provinceCodes[rs.getInt(3)], rs.getInt(4),
              d.sectorCodes[rs.getInt(2)]), rs.getDouble(5));
        }
      }
      return out;
    }

    @Override
    public void close() throws SQLException {
      conn.close();
    }
  }
}
