package dev.chitieu.core.region;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which territory a set of figures covers, as a report states it: the provinces in force from a date, the former
 * provinces that make them up, and how many former units' figures were converted to the new units. Immutable and
 * thread-safe.
 *
 * <p>{@link #text()} gives the sentence in both languages, e.g. "Figures on the territory of Hai Phong City as of 1
 * July 2025 (former Hai Phong City and Hai Duong Province). Figures for periods up to 30 June 2025 were converted
 * from 12 former units to the new units, 1 split unit by declared shares."
 *
 * @param asOf the day the territory took effect, e.g. 2025-07-01
 * @param provinces the provinces (or centrally-run cities) the figures lie in, by code
 * @param formerProvinces the provinces before {@code asOf} whose territory now lies in {@code provinces}, with their
 *     type words ("Tỉnh Hải Dương" / "Hai Duong Province"); empty when there was no change
 * @param convertedUnits how many former units' figures were converted to the new units; 0 when none was
 * @param apportionedUnits the split former units whose figures were divided by declared shares
 */
public record TerritoryNote(
    LocalDate asOf,
    List<Region> provinces,
    List<LocalizedText> formerProvinces,
    int convertedUnits,
    List<RegionCode> apportionedUnits) {

  /** Checks that nothing is null and the counts fit, and copies the lists. */
  public TerritoryNote {
    requireNonNull(asOf, "asOf");
    provinces = List.copyOf(provinces);
    formerProvinces = List.copyOf(formerProvinces);
    apportionedUnits = List.copyOf(apportionedUnits);
    if (convertedUnits < apportionedUnits.size()) {
      throw new IllegalArgumentException("a territory note counts " + convertedUnits + " converted units but "
          + apportionedUnits.size() + " apportioned ones; the apportioned units are among the converted ones");
    }
  }

  /** Whether any figure was converted from former units. */
  public boolean isConverted() {
    return convertedUnits > 0;
  }

  /**
   * The statement a report prints under its figures, in Vietnamese and English.
   *
   * @return the text; never blank
   */
  public LocalizedText text() {
    return LocalizedText.of(vi(), en());
  }

  /**
   * The statement in one language.
   *
   * @param lang the language
   * @return the text
   */
  public String text(Lang lang) {
    return lang == Lang.VI ? vi() : en();
  }

  private boolean formerDiffer() {
    List<String> now = provinces.stream().map(r -> r.officialName().vi()).toList();
    return !formerProvinces.isEmpty() && !formerProvinces.stream().map(LocalizedText::vi).toList().equals(now);
  }

  private String vi() {
    StringBuilder b = new StringBuilder();
    String day = "ngày " + String.format(Locale.ROOT, "%02d", asOf.getDayOfMonth()) + " tháng "
        + asOf.getMonthValue() + " năm " + asOf.getYear();
    if (provinces.isEmpty()) {
      b.append("Số liệu tính theo đơn vị hành chính có hiệu lực từ ").append(day).append('.');
    } else {
      b.append("Số liệu tính theo địa giới hành chính của ")
          .append(VietnameseNames.join(names(true, Lang.VI), "và")).append(" từ ").append(day);
      if (formerDiffer()) {
        b.append(" (gồm ").append(VietnameseNames.join(formerNames(Lang.VI), "và")).append(" trước khi sắp xếp)");
      }
      b.append('.');
    }
    if (convertedUnits > 0) {
      LocalDate last = asOf.minusDays(1);
      b.append(" Số liệu các kỳ đến hết ngày ").append(String.format(Locale.ROOT, "%02d", last.getDayOfMonth()))
          .append(" tháng ").append(last.getMonthValue()).append(" năm ").append(last.getYear())
          .append(" đã được quy đổi từ ").append(convertedUnits)
          .append(" đơn vị hành chính cũ sang đơn vị hành chính mới");
      if (!apportionedUnits.isEmpty()) {
        b.append(", trong đó ").append(apportionedUnits.size())
            .append(" đơn vị bị chia tách được phân bổ theo tỷ lệ đã khai báo");
      }
      b.append('.');
    }
    return b.toString();
  }

  private String en() {
    StringBuilder b = new StringBuilder();
    String day = date(asOf);
    if (provinces.isEmpty()) {
      b.append("Figures on the administrative units in force from ").append(day).append('.');
    } else {
      b.append("Figures on the territory of ").append(VietnameseNames.join(names(false, Lang.EN), "and"))
          .append(" as of ").append(day);
      if (formerDiffer()) {
        b.append(" (former ").append(VietnameseNames.join(formerNames(Lang.EN), "and")).append(')');
      }
      b.append('.');
    }
    if (convertedUnits > 0) {
      b.append(" Figures for periods up to ").append(date(asOf.minusDays(1))).append(" were converted from ")
          .append(convertedUnits).append(convertedUnits == 1 ? " former unit" : " former units")
          .append(" to the new units");
      if (!apportionedUnits.isEmpty()) {
        b.append(", ").append(apportionedUnits.size())
            .append(apportionedUnits.size() == 1 ? " split unit" : " split units").append(" by declared shares");
      }
      b.append('.');
    }
    return b.toString();
  }

  private List<String> names(boolean lowerCase, Lang lang) {
    List<String> out = new ArrayList<>();
    for (Region r : provinces) {
      String n = r.officialName().get(lang);
      out.add(lowerCase ? VietnameseNames.inSentence(n) : n);
    }
    return out;
  }

  private List<String> formerNames(Lang lang) {
    return formerProvinces.stream()
        .map(t -> lang == Lang.VI ? VietnameseNames.inSentence(t.vi()) : t.en())
        .toList();
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + d.getYear();
  }

  @Override
  public String toString() {
    return en();
  }
}
