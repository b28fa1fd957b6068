package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

/**
 * The unit an indicator is reported in, as printed in the "Đơn vị tính" column of a report.
 *
 * @param id a stable id, e.g. {@code percent}
 * @param label the printed label in both languages, e.g. {@code %} or {@code DN/1.000 dân} / {@code per 1,000 people}
 */
public record Unit(String id, LocalizedText label) {
  /** Percent, 0 to 100 (a share of 35 % is the number 35). */
  public static final Unit PERCENT = new Unit("percent", LocalizedText.of("%", "%"));

  /** A plain count of things (datasets, enterprises, people). */
  public static final Unit COUNT = new Unit("count", LocalizedText.of("số lượng", "count"));

  /** Persons. */
  public static final Unit PERSONS = new Unit("persons", LocalizedText.of("người", "persons"));

  /** Enterprises. */
  public static final Unit ENTERPRISES = new Unit("enterprises", LocalizedText.of("doanh nghiệp", "enterprises"));

  /** Billion đồng (tỷ đồng), the usual unit of revenue and GRDP. */
  public static final Unit BILLION_VND = new Unit("billion-vnd", LocalizedText.of("tỷ đồng", "billion VND"));

  /** Checks that no part is null or blank. */
  public Unit {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    if (id.isBlank()) {
      throw new InvalidValueException("a unit needs an id, e.g. 'percent'");
    }
  }

  /**
   * Creates a unit.
   *
   * @param id the stable id
   * @param vi the Vietnamese label
   * @param en the English label
   * @return the unit
   */
  public static Unit of(String id, String vi, String en) {
    return new Unit(id, LocalizedText.of(vi, en));
  }
}
