package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How the administrative units of an earlier date became the units in force: for each former unit, the new unit or
 * units that took its territory, and for a split unit the shares the user declared. It converts figures keyed by
 * former codes to the units in force ({@link #remap}), so that a series crossing a territorial change (Hải Phòng
 * absorbing Hải Dương on 1 July 2025) can be compared with itself, and it says which territory the figures then
 * cover ({@link TerritoryNote}). Like the {@link RegionHierarchy}, the mapping is data: the plan modules ship it
 * ({@link dev.chitieu.core.spi.PlanProvider#formerUnits()}) and
 * {@link dev.chitieu.core.plan.PlanRegistry#territory()} merges it.
 *
 * <p>Conversion rules, by how the indicator aggregates:
 *
 * <ul>
 *   <li>a former unit that went whole into one new unit keeps its figures;
 *   <li>several former units that went into one new unit: flows and stocks add up (for the same period, a stock's
 *       date); a ratio's numerator and denominator each add up; a ratio given only as a value needs the ratio's
 *       declared weight ({@link dev.chitieu.core.model.Aggregation.Ratio#weightedBy}) and the weight's figures for
 *       the same former units and periods, otherwise it is an error, because percentages cannot be added or averaged;
 *   <li>a split unit's flows, stocks, numerators and denominators are divided by the shares declared with {@link
 *       #withShares}; a share applies to every quantity alike, so a ratio's value is unchanged by the division;
 *   <li>a split unit without declared shares is an error that names it, its new units and how to declare shares.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #withShares} returns a new mapping.
 */
public final class TerritoryMapping {
  /** How far declared shares may sum away from 1 (they are then scaled to sum to 1). */
  public static final double SHARE_TOLERANCE = 1e-6;

  /** The last day of the units replaced by the reform of 1 July 2025. */
  public static final LocalDate BEFORE_REFORM_2025 = RegionHierarchy.REFORM_2025.minusDays(1);

  private static final String[] COLUMNS = {
    "old_code", "old_name_vi", "old_district_vi", "old_province_vi", "new_code"
  };

  private final LocalDate validUntil;
  private final RegionHierarchy regions;
  private final Map<RegionCode, FormerUnit> units;
  private final Map<RegionCode, List<FormerUnit>> predecessors;
  private final Map<RegionCode, Map<RegionCode, Double>> shares;

  private TerritoryMapping(LocalDate validUntil, RegionHierarchy regions, Map<RegionCode, FormerUnit> units,
      Map<RegionCode, Map<RegionCode, Double>> shares) {
    this.validUntil = validUntil;
    this.regions = regions;
    this.units = Collections.unmodifiableMap(units);
    Map<RegionCode, List<FormerUnit>> pre = new LinkedHashMap<>();
    for (FormerUnit u : units.values()) {
      for (RegionCode s : u.successors()) {
        pre.computeIfAbsent(s, k -> new ArrayList<>()).add(u);
      }
    }
    pre.replaceAll((k, v) -> List.copyOf(v));
    this.predecessors = Collections.unmodifiableMap(pre);
    this.shares = Collections.unmodifiableMap(shares);
  }

  /**
   * A mapping of former units onto the units of a hierarchy.
   *
   * @param units the former units, each code once, all with the same {@link FormerUnit#validUntil()}
   * @param regions the units in force; every successor must be one of them
   * @return the mapping, with no shares declared
   * @throws InvalidDataException listing every repeated code, differing date, or successor the hierarchy lacks
   */
  public static TerritoryMapping of(Collection<FormerUnit> units, RegionHierarchy regions) {
    requireNonNull(units, "units");
    requireNonNull(regions, "regions");
    Map<RegionCode, FormerUnit> byCode = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    LocalDate until = units.isEmpty() ? BEFORE_REFORM_2025 : units.iterator().next().validUntil();
    for (FormerUnit u : units) {
      requireNonNull(u, "former unit");
      FormerUnit before = byCode.putIfAbsent(u.code(), u);
      if (before != null) {
        problems.add(problem(u, "", "appears twice (going into " + before.successors() + " and " + u.successors()
            + ")", "each former code once, with every unit it went into"));
        continue;
      }
      if (!u.validUntil().equals(until)) {
        problems.add(problem(u, "validUntil", "was in force until " + u.validUntil() + ", other units until "
            + until, "one date for every unit of a mapping (one mapping per territorial change)"));
      }
      for (RegionCode s : u.successors()) {
        if (!regions.contains(s)) {
          problems.add(problem(u, "new_code", "went into " + s + ", which is not a unit of the hierarchy in force"
              + " from " + regions.validFrom(), "the code of a unit in force; is the province's plan module on"
              + " the class path?"));
        }
      }
    }
    if (!until.isBefore(regions.validFrom())) {
      problems.add(new DataProblem("territory mapping", "validUntil", "", until.toString(),
          "is not before the day the hierarchy took effect (" + regions.validFrom() + ")",
          "former units that ended before the units they went into began"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return new TerritoryMapping(until, regions, byCode, new LinkedHashMap<>());
  }

  /**
   * Reads former units from a mapping in the form of the 2025 list: a UTF-8 CSV with the header {@code
   * old_code,old_name_vi,old_district_vi,old_province_vi,new_code} and one row per former unit and new unit it went
   * into (a split unit has several rows). Names carry their type words ("Phường Trần Phú"); English names are
   * derived. A 5-digit code is a commune, a 3-digit one a district. The units were in force until 30 June 2025.
   *
   * @param in the CSV; not closed
   * @param source the name errors quote, e.g. the resource name
   * @return one unit per former code, in the order of first appearance
   * @throws InvalidDataException listing every bad row by line and column
   */
  public static List<FormerUnit> readCsv(InputStream in, String source) {
    return readCsv(in, source, BEFORE_REFORM_2025);
  }

  /**
   * Reads former units as {@link #readCsv(InputStream, String)} does, for a change on another date.
   *
   * @param in the CSV; not closed
   * @param source the name errors quote
   * @param validUntil the last day the former codes were in force
   * @return one unit per former code, in the order of first appearance
   * @throws InvalidDataException listing every bad row by line and column
   */
  public static List<FormerUnit> readCsv(InputStream in, String source, LocalDate validUntil) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(validUntil, "validUntil");
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<String, String[]> names = new LinkedHashMap<>();
    Map<String, List<String>> successors = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).with(CsvParser.Feature.TRIM_SPACES).readValues(in)) {
      while (rows.hasNextValue()) {
        // where the row starts (see RegionHierarchy.readCsv): right even without a final line break
        long line = rows.getParser().currentTokenLocation().getLineNr() + 1;
        Map<String, String> row = rows.nextValue();
        String where = "line " + line;
        String missing = "";
        for (String c : COLUMNS) {
          if (row.getOrDefault(c, "").isBlank()) {
            missing = c;
            break;
          }
        }
        if (!missing.isEmpty()) {
          problems.add(new DataProblem(source, where, missing, "", "is empty",
              "a value in each of the columns " + String.join(",", COLUMNS)));
          continue;
        }
        String code = row.get("old_code");
        String next = row.get("new_code");
        if (!code.matches("\\d{5}|\\d{3}")) {
          problems.add(new DataProblem(source, where, "old_code", code, "is not a former commune or district code",
              "5 digits for a commune (e.g. 10528) or 3 for a district (e.g. 318)"));
          continue;
        }
        if (!RegionCode.isValid(next)) {
          problems.add(new DataProblem(source, where, "new_code", next, "is not a region code",
              "the code of a unit in force, e.g. 10532"));
          continue;
        }
        String[] n = {row.get("old_name_vi"), row.get("old_district_vi"), row.get("old_province_vi")};
        String[] before = names.putIfAbsent(code, n);
        if (before != null && !java.util.Arrays.equals(before, n)) {
          problems.add(new DataProblem(source, where, "old_name_vi", code, "names former unit " + code + " "
              + String.join(", ", n) + ", an earlier row " + String.join(", ", before),
              "the same names on every row of a former unit"));
          continue;
        }
        List<String> to = successors.computeIfAbsent(code, k -> new ArrayList<>());
        if (to.contains(next)) {
          problems.add(new DataProblem(source, where, "new_code", next, "repeats the pair " + code + " -> " + next,
              "each pair of former and new unit once"));
          continue;
        }
        to.add(next);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read territory mapping " + source, e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    List<FormerUnit> out = new ArrayList<>();
    names.forEach((code, n) -> out.add(new FormerUnit(RegionCode.of(code), VietnameseNames.withEnglish(n[0]),
        code.length() == 3 ? RegionLevel.DISTRICT : RegionLevel.COMMUNE, VietnameseNames.withEnglish(n[1]),
        VietnameseNames.withEnglish(n[2]), validUntil, successors.get(code).stream().map(RegionCode::of).toList())));
    return out;
  }

  /** The last day the former codes were in force, e.g. 2025-06-30. */
  public LocalDate validUntil() {
    return validUntil;
  }

  /** The units in force that the former units went into. */
  public RegionHierarchy regions() {
    return regions;
  }

  /** Every former unit, in load order. */
  public List<FormerUnit> formerUnits() {
    return List.copyOf(units.values());
  }

  /** The number of former units. */
  public int size() {
    return units.size();
  }

  /** Whether the mapping has no former unit. */
  public boolean isEmpty() {
    return units.isEmpty();
  }

  /** Whether the code is a former unit of this mapping. */
  public boolean contains(RegionCode code) {
    return units.containsKey(code);
  }

  /** The former unit with the code, if any. */
  public Optional<FormerUnit> findFormerUnit(RegionCode code) {
    return Optional.ofNullable(units.get(code));
  }

  /**
   * The former unit with the code.
   *
   * @param code the former code
   * @return the unit
   * @throws InvalidDataException if the mapping has none
   */
  public FormerUnit require(RegionCode code) {
    FormerUnit u = units.get(requireNonNull(code, "code"));
    if (u == null) {
      throw new InvalidDataException(List.of(new DataProblem("territory mapping (until " + validUntil + ")",
          "former unit " + code, "", code.value(), "is not a former unit of the mapping (" + units.size()
              + " known)" + (regions.contains(code) ? "; it is a unit in force from " + regions.validFrom() : ""),
          "a code in use until " + validUntil + "; is the province's plan module on the class path?")));
    }
    return u;
  }

  /**
   * Whether a former unit was split between several new units, so that its figures need declared shares.
   *
   * @param code the former code
   * @return whether it was split
   * @throws InvalidDataException if the mapping has no such former unit
   */
  public boolean isSplit(RegionCode code) {
    return require(code).isSplit();
  }

  /** The split former units, in load order. */
  public List<FormerUnit> splitUnits() {
    return units.values().stream().filter(FormerUnit::isSplit).toList();
  }

  /** The split former units for which no shares are declared yet, in load order. */
  public List<FormerUnit> splitUnitsWithoutShares() {
    return units.values().stream().filter(u -> u.isSplit() && !shares.containsKey(u.code())).toList();
  }

  /**
   * The former units that went wholly or partly into a unit in force.
   *
   * @param code the code of a unit in force
   * @return the former units, in load order; empty if none
   */
  public List<FormerUnit> predecessors(RegionCode code) {
    return predecessors.getOrDefault(requireNonNull(code, "code"), List.of());
  }

  /**
   * This mapping with the shares of a split unit declared: the part of the former unit each of its new units took
   * (e.g. of its population), used to divide its flows, stocks, numerators and denominators. Replaces shares declared
   * before for the same unit. Shares that sum to within {@link #SHARE_TOLERANCE} of 1 are scaled to sum to 1.
   *
   * @param code the split former unit
   * @param shares the share of each of its new units, each between 0 and 1; every new unit of the former unit, and
   *     no other
   * @return a new mapping
   * @throws InvalidDataException if the unit is unknown or not split, a new unit is missing or extra, a share is out
   *     of range, or the shares do not sum to 1
   */
  public TerritoryMapping withShares(RegionCode code, Map<RegionCode, Double> shares) {
    requireNonNull(code, "code");
    requireNonNull(shares, "shares");
    FormerUnit u = require(code);
    String source = "shares of former unit " + u.describe();
    List<DataProblem> problems = new ArrayList<>();
    if (!u.isSplit()) {
      problems.add(new DataProblem(source, "former unit " + code, "", code.value(), "was not split: it went whole"
          + " into " + name(u.successors().get(0)), "shares only for a split unit; this one needs none"));
      throw new InvalidDataException(problems);
    }
    double sum = 0;
    for (Map.Entry<RegionCode, Double> e : shares.entrySet()) {
      RegionCode to = requireNonNull(e.getKey(), "new unit");
      Double share = e.getValue();
      if (!u.successors().contains(to)) {
        problems.add(new DataProblem(source, "new unit " + to, "", to.value(), "is not one of the units "
            + code + " went into", "shares for " + names(u.successors()) + " only"));
      }
      if (share == null || !Double.isFinite(share) || share < 0 || share > 1) {
        problems.add(new DataProblem(source, "new unit " + to, "share", String.valueOf(share),
            "is not a share", "a number between 0 and 1, e.g. 0.25 for a quarter"));
      } else {
        sum += share;
      }
    }
    for (RegionCode to : u.successors()) {
      if (!shares.containsKey(to)) {
        problems.add(new DataProblem(source, "new unit " + to, "", to.value(), "has no share, but took part of "
            + code, "a share for each of " + names(u.successors()) + " (0 if it took none of the quantity)"));
      }
    }
    if (problems.isEmpty() && Math.abs(sum - 1) > SHARE_TOLERANCE) {
      problems.add(new DataProblem(source, "all new units", "share", String.valueOf(sum),
          "is the sum of the shares " + shares, "shares that sum to 1 (within " + SHARE_TOLERANCE
              + "): the whole of the former unit is divided"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    Map<RegionCode, Double> scaled = new LinkedHashMap<>();
    for (RegionCode to : u.successors()) {
      scaled.put(to, shares.get(to) / sum);
    }
    Map<RegionCode, Map<RegionCode, Double>> all = new LinkedHashMap<>(this.shares);
    all.put(code, Collections.unmodifiableMap(scaled));
    return new TerritoryMapping(validUntil, regions, new LinkedHashMap<>(units), all);
  }

  /**
   * The declared shares of a split unit.
   *
   * @param code the former code
   * @return the share of each new unit (summing to 1), or empty if none are declared or the unit was not split
   */
  public Optional<Map<RegionCode, Double>> shares(RegionCode code) {
    return Optional.ofNullable(shares.get(requireNonNull(code, "code")));
  }

  /**
   * Whether a period ends on or before {@link #validUntil()}, so that its figures were gathered from the former units
   * and are keyed by their codes.
   *
   * @param period the period
   * @return whether it ends before the change
   */
  public boolean predates(Period period) {
    return !period.endDate().isAfter(validUntil);
  }

  /**
   * Converts a set of measurements to the units in force: rows of periods that end by {@link #validUntil()} are
   * keyed by former units and converted by the rules above; rows of later periods are kept as they are. The plan
   * says how each indicator aggregates.
   *
   * @param measurements the measurements
   * @param plan the plan that declares their indicators
   * @return the converted figures, the partial ones, and the territory note
   * @throws InvalidDataException listing every row that cannot be converted, grouped by cause: a code that is not a
   *     former unit, a split unit without shares, an indicator the plan lacks, a ratio given as a value alone that
   *     cannot be merged, a former code used after the change
   */
  public RemapResult remap(MeasurementSet measurements, Plan plan) {
    return remap(measurements, plan, m -> predates(m.period()));
  }

  /**
   * Converts a set of measurements to the units in force, with the caller saying which rows are keyed by former
   * units: e.g. to keep figures that an office already recalculated on the new units for periods before the change.
   * The other rows are kept as they are.
   *
   * @param measurements the measurements
   * @param plan the plan that declares their indicators
   * @param keyedByFormerUnits which rows to convert
   * @return the converted figures, the partial ones, and the territory note
   * @throws InvalidDataException as {@link #remap(MeasurementSet, Plan)}
   */
  public RemapResult remap(MeasurementSet measurements, Plan plan, Predicate<Measurement> keyedByFormerUnits) {
    requireNonNull(measurements, "measurements");
    requireNonNull(plan, "plan");
    requireNonNull(keyedByFormerUnits, "keyedByFormerUnits");
    return new Remapper(this, plan, keyedByFormerUnits).remap(measurements);
  }

  /**
   * The territory note of a province with no figure converted: the province as of the day after {@link
   * #validUntil()} and the former provinces that make it up.
   *
   * @param province the code of a province in force
   * @return the note
   * @throws InvalidDataException if the code is not a unit of the hierarchy
   * @throws InvalidValueException if the unit is not a province
   */
  public TerritoryNote note(RegionCode province) {
    Region p = regions.require(requireNonNull(province, "province"));
    if (p.level() != RegionLevel.PROVINCE) {
      throw new InvalidValueException(p.code() + " (" + p.officialName().vi() + ") is a "
          + p.level().name().toLowerCase(java.util.Locale.ROOT) + "; a territory note is about a province, e.g."
          + " 31 for Hải Phòng");
    }
    return note(List.of(p), 0, List.of());
  }

  TerritoryNote note(List<Region> provinces, int converted, List<RegionCode> apportioned) {
    Set<RegionCode> codes = provinces.stream().map(Region::code).collect(Collectors.toSet());
    Map<String, LocalizedText> former = new LinkedHashMap<>();
    for (FormerUnit u : units.values()) {
      boolean inside = u.successors().stream().anyMatch(s -> regions.ancestor(s, RegionLevel.PROVINCE)
          .map(r -> codes.contains(r.code())).orElse(false));
      if (inside && !u.province().vi().isBlank()) {
        former.putIfAbsent(u.province().vi(), u.province());
      }
    }
    // a province's own former name first: "former Hải Phòng and Hải Dương"
    Set<String> now = provinces.stream().map(r -> r.officialName().vi()).collect(Collectors.toCollection(
        LinkedHashSet::new));
    List<LocalizedText> ordered = new ArrayList<>();
    now.forEach(n -> Optional.ofNullable(former.get(n)).ifPresent(ordered::add));
    former.values().stream().filter(t -> !now.contains(t.vi())).forEach(ordered::add);
    return new TerritoryNote(validUntil.plusDays(1), provinces, ordered, converted, apportioned);
  }

  String name(RegionCode code) {
    return code + regions.findRegion(code).map(r -> " (" + r.officialName().vi() + ")").orElse("");
  }

  String names(List<RegionCode> codes) {
    List<String> out = new ArrayList<>();
    codes.forEach(c -> out.add(name(c)));
    return VietnameseNames.join(out, "and");
  }

  /** The former codes of the predecessors of a unit in force, sorted. */
  Set<RegionCode> predecessorCodes(RegionCode code) {
    return predecessors(code).stream().map(FormerUnit::code).collect(Collectors.toCollection(TreeSet::new));
  }

  private static DataProblem problem(FormerUnit u, String column, String what, String expected) {
    return new DataProblem("territory mapping", "former unit " + u.code(), column, u.code().value(), what, expected);
  }

  @Override
  public String toString() {
    return "TerritoryMapping[" + units.size() + " former units until " + validUntil + ", " + splitUnits().size()
        + " split, shares for " + shares.size() + "]";
  }
}
