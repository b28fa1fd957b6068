package dev.chitieu.cli.sample;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.region.Region;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Turns province-level paths into commune-level measurements. Every commune gets a size (its share of the province's
 * people and economy) and a lead (how far ahead of the province it is in adopting digital things: wards lead,
 * remote communes lag). Province totals are spread over the communes by size, with a little noise; the numerator of
 * a share is spread by size times lead and then scaled so that the province's share is exactly the one asked for
 * (before rounding), so the demo's statuses do not depend on the noise.
 */
final class SampleSeries {
  /** Where the yearly data ends and the year-to-date window of the current year ends. */
  private final YearMonth asOf;

  private final int firstYear;
  private final List<Region> communes;
  private final double[] size;
  private final double[] lead;
  private final SplittableRandom random;
  private final String source;
  private final List<Measurement> out = new ArrayList<>();

  SampleSeries(List<Region> communes, long seed, int firstYear, YearMonth asOf, String source) {
    this.communes = List.copyOf(communes);
    this.random = new SplittableRandom(seed);
    this.firstYear = firstYear;
    this.asOf = requireNonNull(asOf, "asOf");
    this.source = requireNonNull(source, "source");
    size = new double[communes.size()];
    lead = new double[communes.size()];
    double sum = 0;
    for (int i = 0; i < size.length; i++) {
      boolean ward = communes.get(i).kind().equals("ward");
      // log-normal sizes: wards are larger on average
      size[i] = Math.exp(random.nextGaussian() * 0.45 + (ward ? 0.35 : 0));
      sum += size[i];
      lead[i] = Math.max(0.6, 1 + random.nextGaussian() * 0.08 + (ward ? 0.08 : -0.05));
    }
    for (int i = 0; i < size.length; i++) {
      size[i] /= sum;
    }
  }

  List<Measurement> measurements() {
    return List.copyOf(out);
  }

  /** The years with whole-year data: from the first year through the year before the as-of year. */
  private List<Integer> fullYears() {
    List<Integer> years = new ArrayList<>();
    for (int y = firstYear; y < asOf.getYear(); y++) {
      years.add(y);
    }
    return years;
  }

  /** The periods of a yearly series: each full year, then the current year to date. */
  private List<Period> yearlyPeriods(boolean stock) {
    List<Period> periods = new ArrayList<>();
    fullYears().forEach(y -> periods.add(Period.year(y)));
    periods.add(stock ? Period.month(asOf) : Period.yearToDate(asOf.getYear(), asOf.getMonthValue()));
    return periods;
  }

  private static MeasurementStatus statusOf(Period p, YearMonth asOf) {
    if (p.end().getYear() == asOf.getYear()) {
      return MeasurementStatus.ESTIMATE;
    }
    return p.end().getYear() == asOf.getYear() - 1 ? MeasurementStatus.PROVISIONAL : MeasurementStatus.ACTUAL;
  }

  /**
   * A flow reported once a year (and for the current year to date).
   *
   * @param indicator the indicator
   * @param breakdown the breakdown
   * @param path the province's yearly totals by year; the current year's total is for the whole year and is cut
   *     to the months so far
   * @return the commune totals of each period, for use as a share's denominator
   */
  double[][] yearlyFlow(String indicator, Breakdown breakdown, Path path) {
    List<Period> periods = yearlyPeriods(false);
    double[][] values = new double[periods.size()][];
    for (int p = 0; p < periods.size(); p++) {
      Period period = periods.get(p);
      double total = path.at(period.year()) * period.months() / 12.0;
      values[p] = spread(total, 0.03);
      emit(indicator, breakdown, period, values[p], 1);
    }
    return values;
  }

  /**
   * The numerator of a share of a yearly flow.
   *
   * @param indicator the numerator indicator
   * @param breakdown the breakdown
   * @param denominator the commune values of the denominator, from {@link #yearlyFlow}
   * @param percent the province's share in percent by year
   */
  void yearlyFlowShare(String indicator, Breakdown breakdown, double[][] denominator, Path percent) {
    List<Period> periods = yearlyPeriods(false);
    for (int p = 0; p < periods.size(); p++) {
      emit(indicator, breakdown, periods.get(p), share(denominator[p], percent.at(periods.get(p).year()) / 100), 1);
    }
  }

  /**
   * A flow reported every month, with a seasonal pattern.
   *
   * @param indicator the indicator
   * @param path the province's yearly totals
   * @param season twelve monthly weights, January first; they are normalised
   * @return the commune values of each month from January of the first year through the as-of month
   */
  double[][] monthlyFlow(String indicator, Path path, double[] season) {
    double seasonSum = 0;
    for (double s : season) {
      seasonSum += s;
    }
    List<Period> months = months();
    double[][] values = new double[months.size()][];
    for (int m = 0; m < months.size(); m++) {
      Period month = months.get(m);
      double total = path.at(month.year()) * season[month.start().getMonthValue() - 1] / seasonSum;
      values[m] = spread(total, 0.06);
      emit(indicator, Breakdown.NONE, month, values[m], 1);
    }
    return values;
  }

  /** The numerator of a share of a monthly flow; the share moves linearly between the yearly values. */
  void monthlyFlowShare(String indicator, double[][] denominator, Path percent) {
    List<Period> months = months();
    for (int m = 0; m < months.size(); m++) {
      Period month = months.get(m);
      emit(indicator, Breakdown.NONE, month, share(denominator[m], percent.inMonth(month.start()) / 100), 1);
    }
  }

  /**
   * A stock reported at the end of every year and at the as-of month.
   *
   * @param indicator the indicator
   * @param path the province's level at the end of each year (including the year before the first)
   * @return the commune levels of each period
   */
  double[][] stock(String indicator, Path path) {
    List<Period> periods = yearlyPeriods(true);
    double[][] values = new double[periods.size()][];
    for (int p = 0; p < periods.size(); p++) {
      values[p] = spread(path.levelAt(periods.get(p).end()), 0.01);
      emit(indicator, Breakdown.NONE, periods.get(p), values[p], 0);
    }
    return values;
  }

  /**
   * A stock that is a fixed part of a province-level path (people aged 15+ as a part of all people), spread by size.
   *
   * @return the commune levels of each period
   */
  double[][] stockOf(String indicator, Path path, double part) {
    return stock(indicator, path.times(part));
  }

  /**
   * A stock that is a share of another stock (account holders among people aged 15+).
   *
   * @param indicator the numerator indicator
   * @param denominator the commune levels of the denominator, from {@link #stock}
   * @param percent the province's share in percent at the end of each year
   * @param from the first year with data (earlier years are left out, e.g. before a service existed)
   */
  void stockShare(String indicator, double[][] denominator, Path percent, int from) {
    List<Period> periods = yearlyPeriods(true);
    for (int p = 0; p < periods.size(); p++) {
      if (periods.get(p).year() < from) {
        continue;
      }
      emit(indicator, Breakdown.NONE, periods.get(p),
          share(denominator[p], percent.levelAt(periods.get(p).end()) / 100), 0);
    }
  }

  /**
   * A small count reported once a year (open datasets): each unit of the province total goes to a commune drawn by
   * size times lead, so most communes report zero.
   */
  void yearlyCount(String indicator, Path path) {
    for (Period period : yearlyPeriods(false)) {
      int total = (int) Math.round(path.at(period.year()));
      double[] counts = new double[communes.size()];
      double[] w = new double[communes.size()];
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] = size[i] * lead[i] * lead[i];
        sum += w[i];
      }
      for (int k = 0; k < total; k++) {
        double r = random.nextDouble() * sum;
        int i = 0;
        while (i < w.length - 1 && r >= w[i]) {
          r -= w[i];
          i++;
        }
        counts[i]++;
      }
      emit(indicator, Breakdown.NONE, period, counts, 0);
    }
  }

  private List<Period> months() {
    List<Period> months = new ArrayList<>();
    for (YearMonth m = YearMonth.of(firstYear, 1); !m.isAfter(asOf); m = m.plusMonths(1)) {
      months.add(Period.month(m));
    }
    return months;
  }

  /** A total spread over the communes by size, each with relative noise; the parts add up to the total. */
  private double[] spread(double total, double noise) {
    double[] v = new double[size.length];
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = size[i] * Math.max(0.2, 1 + random.nextGaussian() * noise);
      sum += v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] / sum * total;
    }
    return v;
  }

  /**
   * The numerators of a share: each commune's share is the province's times its lead, with a little noise, kept
   * below 100 %; then all are scaled so that the province's share is exactly {@code fraction}.
   */
  private double[] share(double[] denominator, double fraction) {
    double[] num = new double[denominator.length];
    for (int round = 0; round < 20; round++) {
      double sumNum = 0;
      double sumDen = 0;
      for (int i = 0; i < num.length; i++) {
        double f = round == 0 ? fraction * lead[i] * (1 + random.nextGaussian() * 0.02) : num[i] / denominator[i];
        num[i] = Math.min(f, 0.995) * denominator[i];
        sumNum += num[i];
        sumDen += denominator[i];
      }
      double scale = fraction * sumDen / sumNum;
      if (Math.abs(scale - 1) < 1e-9) {
        break;
      }
      for (int i = 0; i < num.length; i++) {
        num[i] = Math.min(num[i] * scale, denominator[i] * (fraction >= 0.995 ? 1 : 0.995));
      }
    }
    return num;
  }

  private void emit(String indicator, Breakdown breakdown, Period period, double[] values, int decimals) {
    MeasurementStatus status = statusOf(period, asOf);
    for (int i = 0; i < values.length; i++) {
      double v = round(values[i], decimals);
      out.add(new Measurement(IndicatorId.of(indicator), communes.get(i).code(), period, breakdown,
          OptionalDouble.of(v), OptionalDouble.empty(), OptionalDouble.empty(), status, source));
    }
  }

  static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
