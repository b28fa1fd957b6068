package dev.chitieu.core.region;

/** The level of a {@link Region} in Vietnam's administrative hierarchy. */
public enum RegionLevel {
  /** The country. */
  COUNTRY,
  /** A province or centrally-run city (34 since 1 July 2025). */
  PROVINCE,
  /** A former district, for data from before 1 July 2025. */
  DISTRICT,
  /** A commune, ward or special zone. */
  COMMUNE;

  /** Whether this level lies below {@code other} (a commune is below a province). */
  public boolean isBelow(RegionLevel other) {
    return ordinal() > other.ordinal();
  }
}
