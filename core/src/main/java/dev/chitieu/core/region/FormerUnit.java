package dev.chitieu.core.region;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An administrative unit that no longer exists, and the unit or units that took its territory: e.g. a commune of the
 * former Hải Dương province, which went into a ward of Hải Phòng on 1 July 2025. Older data is keyed by such codes;
 * {@link TerritoryMapping} converts it to the units in force. Immutable and thread-safe.
 *
 * @param code the former official code (5 digits for a commune, 3 for a district)
 * @param name the former official name with its type word, e.g. "Phường Trần Phú" / "Tran Phu Ward"
 * @param level the former level: {@link RegionLevel#COMMUNE}, or {@link RegionLevel#DISTRICT} for a district that
 *     had no communes (Bạch Long Vĩ)
 * @param district the former district it lay in, e.g. "Thành phố Hải Dương" / "Hai Duong City"
 * @param province the former province it lay in, e.g. "Tỉnh Hải Dương" / "Hai Duong Province"
 * @param validUntil the last day the code was in force, e.g. 2025-06-30
 * @param successors the codes of the units in force after {@code validUntil} that took its territory, at least one,
 *     each once; more than one means the unit was split
 */
public record FormerUnit(
    RegionCode code,
    LocalizedText name,
    RegionLevel level,
    LocalizedText district,
    LocalizedText province,
    LocalDate validUntil,
    List<RegionCode> successors) {

  /** Checks that nothing is null, that the unit is below a country, and that the successors are there, each once. */
  public FormerUnit {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(district, "district");
    requireNonNull(province, "province");
    requireNonNull(validUntil, "validUntil");
    successors = List.copyOf(successors);
    if (level == RegionLevel.COUNTRY) {
      throw new InvalidValueException("former unit " + code + " cannot be a country; give its level"
          + " (commune, district or province)");
    }
    if (successors.isEmpty()) {
      throw new InvalidValueException("former unit " + code + " (" + name.vi() + ") has no successor; give the"
          + " code of the unit or units that took its territory");
    }
    Set<RegionCode> seen = new HashSet<>();
    for (RegionCode s : successors) {
      if (!seen.add(s)) {
        throw new InvalidValueException("former unit " + code + " (" + name.vi() + ") lists successor " + s
            + " twice; list each unit it went into once");
      }
    }
  }

  /**
   * A former commune that went wholly or partly into the given units, with its English names derived from the
   * Vietnamese ones (type word translated, diacritics removed).
   *
   * @param code the former code
   * @param nameVi the former official name with its type word, e.g. "Xã An Thượng"
   * @param districtVi the former district, e.g. "Thành phố Hải Dương"
   * @param provinceVi the former province, e.g. "Tỉnh Hải Dương"
   * @param validUntil the last day the code was in force
   * @param successors the codes of the units that took its territory
   * @return the unit
   */
  public static FormerUnit commune(String code, String nameVi, String districtVi, String provinceVi,
      LocalDate validUntil, List<String> successors) {
    return new FormerUnit(RegionCode.of(code), VietnameseNames.withEnglish(nameVi), RegionLevel.COMMUNE,
        VietnameseNames.withEnglish(districtVi), VietnameseNames.withEnglish(provinceVi), validUntil,
        successors.stream().map(RegionCode::of).toList());
  }

  /** Whether the unit was split between more than one successor (a split needs declared shares to convert). */
  public boolean isSplit() {
    return successors.size() > 1;
  }

  /** {@code 10528 (Phường Trần Phú, Thành phố Hải Dương, Tỉnh Hải Dương)}, as messages name it. */
  public String describe() {
    StringBuilder b = new StringBuilder(code.value()).append(" (").append(name.vi());
    if (!district.vi().isBlank() && !district.vi().equals(name.vi())) {
      b.append(", ").append(district.vi());
    }
    if (!province.vi().isBlank()) {
      b.append(", ").append(province.vi());
    }
    return b.append(')').toString();
  }
}
