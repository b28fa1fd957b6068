package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative units in force from a date, and how they nest: country, provinces, communes (and former
 * districts for older data). The hierarchy is data, not code: load it from the bundled code lists and from the plan
 * modules. Immutable and thread-safe.
 */
public final class RegionHierarchy {
  /** The day Vietnam's two-level local government took effect (Decision 19/2025/QĐ-TTg). */
  public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

  /** The code of the country root. */
  public static final RegionCode COUNTRY = RegionCode.of("VN");

  private static final String PROVINCES_2025 = "/dev/chitieu/core/regions/provinces-2025.csv";

  private final LocalDate validFrom;
  private final Map<RegionCode, Region> regions;
  private final Map<RegionCode, List<RegionCode>> children;

  private RegionHierarchy(LocalDate validFrom, Map<RegionCode, Region> regions) {
    this.validFrom = validFrom;
    this.regions = Collections.unmodifiableMap(regions);
    Map<RegionCode, List<RegionCode>> kids = new LinkedHashMap<>();
    for (Region r : regions.values()) {
      r.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(r.code()));
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = Collections.unmodifiableMap(kids);
  }

  /**
   * A hierarchy of the given units.
   *
   * @param validFrom the day the units took effect
   * @param regions the units, parents before or after children
   * @return the hierarchy
   * @throws InvalidDataException if a code repeats, a parent is missing, or a unit is not below its parent
   */
  public static RegionHierarchy of(LocalDate validFrom, Collection<Region> regions) {
    requireNonNull(validFrom, "validFrom");
    Map<RegionCode, Region> byCode = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    for (Region r : regions) {
      Region before = byCode.putIfAbsent(r.code(), r);
      if (before != null) {
        problems.add(problem(r, "appears twice (" + before.name().vi() + ", " + r.name().vi() + ")",
            "each code once"));
      }
    }
    for (Region r : byCode.values()) {
      if (r.parent().isEmpty()) {
        continue;
      }
      Region parent = byCode.get(r.parent().get());
      if (parent == null) {
        problems.add(problem(r, "has parent " + r.parent().get() + ", which is not in the hierarchy",
            "the parent's code among the units loaded"));
      } else if (!r.level().isBelow(parent.level())) {
        problems.add(problem(r, "is a " + r.level() + " under " + parent.code() + ", a " + parent.level(),
            "a unit below its parent's level"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return new RegionHierarchy(validFrom, byCode);
  }

  /** The country and its 34 provinces and centrally-run cities in force from 1 July 2025, bundled with the library. */
  public static RegionHierarchy vietnam2025() {
    List<Region> all = new ArrayList<>();
    all.add(new Region(COUNTRY, LocalizedText.of("Việt Nam", "Viet Nam"), RegionLevel.COUNTRY, "country",
        Optional.empty()));
    try (InputStream in = RegionHierarchy.class.getResourceAsStream(PROVINCES_2025)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + PROVINCES_2025 + " is missing from chitieu-core");
      }
      all.addAll(readCsv(in, PROVINCES_2025));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + PROVINCES_2025, e);
    }
    return of(REFORM_2025, all);
  }

  /**
   * Reads units from a code list in the form of the official 2025 lists: a UTF-8 CSV with the header {@code
   * code,name_vi,name_en,kind} and, for communes, {@code province_code}. Rows without {@code province_code} are
   * provinces under {@link #COUNTRY}; rows with it are communes under that province.
   *
   * @param in the CSV; not closed
   * @param source the name errors quote, e.g. the resource name
   * @return the units in file order
   * @throws InvalidDataException listing every bad row by line and column
   */
  public static List<Region> readCsv(InputStream in, String source) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Region> out = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).with(CsvParser.Feature.TRIM_SPACES).readValues(in)) {
      while (rows.hasNextValue()) {
        // where the row starts: the CSV parser puts a row's start token at the end of the line before it. (Its
        // location after the row is the next line, or still the same line when the file lacks a final line break.)
        long line = rows.getParser().currentTokenLocation().getLineNr() + 1;
        Map<String, String> row = rows.nextValue();
        String where = "line " + line;
        String code = row.getOrDefault("code", "");
        String province = row.getOrDefault("province_code", "");
        String kind = row.getOrDefault("kind", "");
        if (!RegionCode.isValid(code)) {
          problems.add(new DataProblem(source, where, "code", code, "is not a region code", "digits, e.g. 10507"));
          continue;
        }
        if (row.getOrDefault("name_vi", "").isBlank() || row.getOrDefault("name_en", "").isBlank()) {
          problems.add(new DataProblem(source, where, "name_vi/name_en", code, "lacks a name",
              "the name in Vietnamese and without diacritics"));
          continue;
        }
        boolean commune = !province.isBlank();
        if (commune && !RegionCode.isValid(province)) {
          problems.add(new DataProblem(source, where, "province_code", province, "is not a region code",
              "the 2-digit province code, e.g. 31"));
          continue;
        }
        out.add(new Region(RegionCode.of(code), LocalizedText.of(row.get("name_vi"), row.get("name_en")),
            commune ? RegionLevel.COMMUNE : RegionLevel.PROVINCE, kind,
            Optional.of(commune ? RegionCode.of(province) : COUNTRY)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read region list " + source, e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return out;
  }

  /**
   * This hierarchy with more units added, e.g. a province's communes.
   *
   * @param more the units to add
   * @return a new hierarchy
   * @throws InvalidDataException if a code repeats or a parent is missing
   */
  public RegionHierarchy with(Collection<Region> more) {
    List<Region> all = new ArrayList<>(regions.values());
    all.addAll(more);
    return of(validFrom, all);
  }

  /** The day these units took effect. */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** Every unit, parents first as loaded. */
  public Collection<Region> units() {
    return regions.values();
  }

  /** The number of units. */
  public int size() {
    return regions.size();
  }

  /** Whether the code is a unit of this hierarchy. */
  public boolean contains(RegionCode code) {
    return regions.containsKey(code);
  }

  /** The unit with the code, if any. */
  public Optional<Region> findRegion(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /**
   * The unit with the code.
   *
   * @throws InvalidDataException if there is none
   */
  public Region require(RegionCode code) {
    Region r = regions.get(code);
    if (r == null) {
      throw new InvalidDataException(List.of(new DataProblem("region hierarchy (valid from " + validFrom + ")",
          "region " + code, "", code.value(), "is not a known unit",
          "a code of the 2025 lists; is the province's plan module on the class path?")));
    }
    return r;
  }

  /** The unit directly above, if any. */
  public Optional<Region> parent(RegionCode code) {
    return findRegion(code).flatMap(Region::parent).map(regions::get);
  }

  /** The units directly below, in load order. */
  public List<Region> children(RegionCode code) {
    return children.getOrDefault(code, List.of()).stream().map(regions::get).toList();
  }

  /**
   * Every unit of a level below a unit, e.g. the communes of a province, in load order. A unit of that level asks
   * for itself.
   *
   * @param code the unit
   * @param level the level wanted
   * @return the units; empty if none
   */
  public List<Region> descendants(RegionCode code, RegionLevel level) {
    List<Region> out = new ArrayList<>();
    collect(code, level, out);
    return out;
  }

  private void collect(RegionCode code, RegionLevel level, List<Region> out) {
    Region r = regions.get(code);
    if (r == null) {
      return;
    }
    if (r.level() == level) {
      out.add(r);
      return;
    }
    for (RegionCode c : children.getOrDefault(code, List.of())) {
      collect(c, level, out);
    }
  }

  /**
   * The unit of a level above (or at) a unit, e.g. the province of a commune.
   *
   * @param code the unit
   * @param level the level wanted
   * @return the ancestor, or empty if the unit is unknown or has none at that level
   */
  public Optional<Region> ancestor(RegionCode code, RegionLevel level) {
    Region r = regions.get(code);
    while (r != null && r.level() != level) {
      r = r.parent().map(regions::get).orElse(null);
    }
    return Optional.ofNullable(r);
  }

  /** Whether {@code descendant} lies at or below {@code ancestor}. */
  public boolean isWithin(RegionCode descendant, RegionCode ancestor) {
    Region r = regions.get(descendant);
    while (r != null) {
      if (r.code().equals(ancestor)) {
        return true;
      }
      r = r.parent().map(regions::get).orElse(null);
    }
    return false;
  }

  private static DataProblem problem(Region r, String what, String expected) {
    return new DataProblem("region hierarchy", "region " + r.code(), "", r.code().value(), what, expected);
  }
}
