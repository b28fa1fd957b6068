package dev.chitieu.core.region;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An administrative unit: the country, a province or city, a former district, or a commune, ward or special zone.
 * Immutable and thread-safe.
 *
 * @param code the official code
 * @param name the name without the type word, in both languages ({@code Hải Phòng} / {@code Hai Phong})
 * @param level the level
 * @param kind the type as the code list gives it: {@code city}, {@code province}, {@code ward}, {@code commune},
 *     {@code special_zone}, {@code country}
 * @param parent the code of the unit directly above; empty only for the country
 */
public record Region(
    RegionCode code, LocalizedText name, RegionLevel level, String kind, Optional<RegionCode> parent) {

  /** Checks that nothing is null and that only the country lacks a parent. */
  public Region {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(kind, "kind");
    requireNonNull(parent, "parent");
    if (parent.isEmpty() != (level == RegionLevel.COUNTRY)) {
      throw new InvalidValueException(
          "region " + code + ": only the country has no parent; a " + level + " needs the code of the unit above it");
    }
  }

  /**
   * A region with a parent.
   *
   * @param code the code
   * @param vi the Vietnamese name
   * @param en the English name
   * @param level the level
   * @param kind the type word, e.g. {@code ward}
   * @param parent the parent's code
   * @return the region
   */
  public static Region of(String code, String vi, String en, RegionLevel level, String kind, String parent) {
    return new Region(
        RegionCode.of(code), LocalizedText.of(vi, en), level, kind, Optional.of(RegionCode.of(parent)));
  }

  /** The official name with its type word, e.g. "Thành phố Hải Phòng" / "Hai Phong City", "Phường Hải Dương". */
  public LocalizedText officialName() {
    return switch (kind) {
      case "city" -> LocalizedText.of("Thành phố " + name.vi(), name.en() + " City");
      case "province" -> LocalizedText.of("Tỉnh " + name.vi(), name.en() + " Province");
      case "ward" -> LocalizedText.of("Phường " + name.vi(), name.en() + " Ward");
      case "commune" -> LocalizedText.of("Xã " + name.vi(), name.en() + " Commune");
      case "special_zone" -> LocalizedText.of("Đặc khu " + name.vi(), name.en() + " Special Zone");
      default -> name;
    };
  }
}
