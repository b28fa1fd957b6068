package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One run of {@link TerritoryMapping#remap}: converts rows keyed by former units. Not thread-safe; used once. */
final class Remapper {
  private static final String SOURCE = "measurements";

  private final TerritoryMapping mapping;
  private final Plan plan;
  private final Predicate<Measurement> former;
  private final Map<IndicatorId, Indicator> indicators = new LinkedHashMap<>();

  /** Problems grouped by cause and code, each with the 1-based positions of its rows. */
  private final Map<RegionCode, List<Integer>> unknown = new LinkedHashMap<>();
  private final Map<RegionCode, List<Integer>> unshared = new LinkedHashMap<>();
  private final Map<RegionCode, List<Integer>> stale = new LinkedHashMap<>();
  private final Map<IndicatorId, List<Integer>> undeclared = new LinkedHashMap<>();
  private final List<DataProblem> problems = new ArrayList<>();

  /** A former unit's row, or the share of it that one new unit took. */
  private record Piece(int row, Measurement m, FormerUnit from, double share) {}

  private record Key(IndicatorId indicator, RegionCode region, Period period, Breakdown breakdown) {}

  Remapper(TerritoryMapping mapping, Plan plan, Predicate<Measurement> former) {
    this.mapping = mapping;
    this.plan = plan;
    this.former = former;
    plan.indicators().forEach(i -> indicators.put(i.id(), i));
  }

  RemapResult remap(MeasurementSet set) {
    List<Measurement> kept = new ArrayList<>();
    Map<Key, List<Piece>> groups = new LinkedHashMap<>();
    Map<Key, Measurement> formerRows = new LinkedHashMap<>();
    int row = 0;
    int converted = 0;
    for (Measurement m : set) {
      row++;
      if (!former.test(m)) {
        if (mapping.contains(m.region()) && !mapping.regions().contains(m.region())) {
          stale.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(row);
        } else {
          kept.add(m);
        }
        continue;
      }
      converted++;
      Optional<FormerUnit> unit = mapping.findFormerUnit(m.region());
      if (unit.isEmpty()) {
        unknown.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(row);
        continue;
      }
      if (!indicators.containsKey(m.indicator())) {
        undeclared.computeIfAbsent(m.indicator(), k -> new ArrayList<>()).add(row);
        continue;
      }
      FormerUnit u = unit.get();
      formerRows.put(new Key(m.indicator(), m.region(), m.period(), m.breakdown()), m);
      if (!u.isSplit()) {
        add(groups, new Piece(row, m, u, 1.0), u.successors().get(0));
        continue;
      }
      Optional<Map<RegionCode, Double>> shares = mapping.shares(u.code());
      if (shares.isEmpty()) {
        unshared.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(row);
        continue;
      }
      for (RegionCode to : u.successors()) {
        add(groups, new Piece(row, m, u, shares.get().get(to)), to);
      }
    }
    reportGrouped();

    List<Measurement> complete = new ArrayList<>();
    List<RemapResult.PartialFigure> partial = new ArrayList<>();
    Set<RegionCode> convertedUnits = new TreeSet<>();
    Set<RegionCode> apportioned = new TreeSet<>();
    for (Map.Entry<Key, List<Piece>> g : groups.entrySet()) {
      Optional<Measurement> out = combine(g.getKey(), g.getValue(), formerRows);
      if (out.isEmpty()) {
        continue;
      }
      Set<RegionCode> reported = new TreeSet<>();
      for (Piece p : g.getValue()) {
        reported.add(p.from().code());
        convertedUnits.add(p.from().code());
        if (p.from().isSplit()) {
          apportioned.add(p.from().code());
        }
      }
      Set<RegionCode> missing = mapping.predecessorCodes(g.getKey().region());
      missing.removeAll(reported);
      if (missing.isEmpty()) {
        complete.add(out.get());
      } else {
        partial.add(new RemapResult.PartialFigure(out.get(), List.copyOf(reported), List.copyOf(missing)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    MeasurementSet.Builder b = MeasurementSet.builder();
    kept.forEach(b::add);
    complete.forEach(b::add);
    MeasurementSet result = b.build();

    Set<RegionCode> provinceCodes = new TreeSet<>();
    for (Measurement m : result) {
      province(m.region()).ifPresent(provinceCodes::add);
    }
    partial.forEach(p -> province(p.figure().region()).ifPresent(provinceCodes::add));
    List<Region> provinces = provinceCodes.stream().map(c -> mapping.regions().require(c)).toList();
    TerritoryNote note = mapping.note(provinces, convertedUnits.size(), List.copyOf(apportioned));
    return new RemapResult(result, partial, note, row, kept.size(), converted);
  }

  private Optional<RegionCode> province(RegionCode code) {
    return mapping.regions().ancestor(code, RegionLevel.PROVINCE).map(Region::code);
  }

  private static void add(Map<Key, List<Piece>> groups, Piece p, RegionCode to) {
    Measurement m = p.m();
    groups.computeIfAbsent(new Key(m.indicator(), to, m.period(), m.breakdown()), k -> new ArrayList<>()).add(p);
  }

  /** The figure of one new unit from its pieces, or empty after recording why it cannot be made. */
  private Optional<Measurement> combine(Key key, List<Piece> pieces, Map<Key, Measurement> formerRows) {
    Indicator indicator = indicators.get(key.indicator());
    boolean allValues = pieces.stream().allMatch(p -> p.m().value().isPresent());
    boolean allParts = pieces.stream().allMatch(p -> p.m().hasParts());
    OptionalDouble value = OptionalDouble.empty();
    OptionalDouble numerator = OptionalDouble.empty();
    OptionalDouble denominator = OptionalDouble.empty();
    if (allParts) {
      numerator = OptionalDouble.of(pieces.stream().mapToDouble(p -> p.m().numerator().getAsDouble() * p.share())
          .sum());
      denominator = OptionalDouble.of(pieces.stream()
          .mapToDouble(p -> p.m().denominator().getAsDouble() * p.share()).sum());
    }
    if (indicator.aggregation() instanceof Aggregation.Ratio ratio) {
      if (pieces.size() == 1) {
        // one former unit, whole or a share of it: dividing numerator and denominator alike keeps the ratio
        value = pieces.get(0).m().value();
      } else if (!allParts) {
        Optional<Double> weighted = weighted(key, pieces, ratio, formerRows);
        if (weighted.isEmpty()) {
          return Optional.empty();
        }
        value = OptionalDouble.of(weighted.get());
        numerator = OptionalDouble.empty();
        denominator = OptionalDouble.empty();
      }
    } else {
      if (!allValues) {
        List<Integer> rows = pieces.stream().filter(p -> p.m().value().isEmpty()).map(Piece::row).toList();
        problems.add(new DataProblem(SOURCE, rows(rows), "value", "", "is empty on a figure of "
            + kind(indicator.aggregation()) + " '" + key.indicator() + "' (only numerator and denominator given)",
            "the value of the quantity; numerator and denominator belong to ratio indicators"));
        return Optional.empty();
      }
      value = OptionalDouble.of(pieces.stream().mapToDouble(p -> p.m().value().getAsDouble() * p.share()).sum());
      if (!allParts) {
        numerator = OptionalDouble.empty();
        denominator = OptionalDouble.empty();
      }
    }
    MeasurementStatus status = MeasurementStatus.ACTUAL;
    Set<String> sources = new LinkedHashSet<>();
    for (Piece p : pieces) {
      status = status.weakest(p.m().status());
      if (!p.m().source().isBlank()) {
        sources.add(p.m().source());
      }
    }
    return Optional.of(new Measurement(key.indicator(), key.region(), key.period(), key.breakdown(), value,
        numerator, denominator, status, String.join("; ", sources)));
  }

  /** The weighted mean of a ratio's values over former units merging into one, or empty after recording why not. */
  private Optional<Double> weighted(Key key, List<Piece> pieces, Aggregation.Ratio ratio,
      Map<Key, Measurement> formerRows) {
    List<Integer> rows = pieces.stream().map(Piece::row).toList();
    String from = pieces.stream().map(p -> p.from().code().value()).collect(Collectors.joining(", "));
    String valueOnly = pieces.stream().filter(p -> !p.m().hasParts()).map(p -> p.from().code().value())
        .collect(Collectors.joining(", "));
    String what = "figures of ratio '" + key.indicator() + "' for " + key.period() + breakdown(key.breakdown())
        + " of former units " + from + " all go into " + mapping.name(key.region()) + ", and " + valueOnly
        + " give only a value";
    if (ratio.weight().isEmpty()) {
      problems.add(new DataProblem(SOURCE, rows(rows), "value", "", what + "; ratios cannot be added or averaged",
          "numerator and denominator on every row, or a weight declared for the ratio"
              + " (Aggregation.Ratio.weightedBy) with its figures for the same former units and periods"));
      return Optional.empty();
    }
    IndicatorId w = ratio.weight().get();
    double sum = 0;
    double weights = 0;
    boolean ok = true;
    for (Piece p : pieces) {
      Measurement m = p.m();
      double v;
      if (m.value().isPresent()) {
        v = m.value().getAsDouble();
      } else if (m.denominator().getAsDouble() != 0) {
        v = m.numerator().getAsDouble() / m.denominator().getAsDouble() * ratio.scale().doubleValue();
      } else {
        problems.add(new DataProblem(SOURCE, rows(List.of(p.row())), "denominator", "0", "leaves the figure of '"
            + key.indicator() + "' of former unit " + p.from().code() + " for " + key.period()
            + " without a value to weigh", "a denominator other than 0, or a value"));
        ok = false;
        continue;
      }
      Measurement weight = formerRows.get(new Key(w, p.from().code(), key.period(), key.breakdown()));
      if (weight == null || weight.value().isEmpty()) {
        problems.add(new DataProblem(SOURCE, rows(List.of(p.row())), "value", "", what + "; they are weighed by '"
            + w + "', which has no value for former unit " + p.from().code() + " in " + key.period()
            + breakdown(key.breakdown()), "a figure of '" + w + "' for " + p.from().code() + " in " + key.period()
            + ", or numerator and denominator on every row"));
        ok = false;
        continue;
      }
      double ws = weight.value().getAsDouble() * p.share();
      sum += v * ws;
      weights += ws;
    }
    if (!ok) {
      return Optional.empty();
    }
    if (weights == 0) {
      problems.add(new DataProblem(SOURCE, rows(rows), "value", "", what + "; their weights '" + w
          + "' add up to 0", "weights that add up to more than 0"));
      return Optional.empty();
    }
    return Optional.of(sum / weights);
  }

  private void reportGrouped() {
    String until = mapping.validUntil().toString();
    unknown.forEach((code, rows) -> {
      String also = mapping.regions().findRegion(code)
          .map(r -> "; it is " + r.officialName().vi() + ", a unit in force from " + mapping.regions().validFrom()
              + ": for figures already on the new units, pass remap a test that leaves these rows out")
          .orElse("");
      problems.add(new DataProblem(SOURCE, rows(rows), "region", code.value(), "is not a former unit of the"
          + " territory mapping (" + mapping.size() + " known), so " + count(rows) + " of periods ending by "
          + until + " cannot be converted" + also, "a code in use until " + until + " that an installed plan"
          + " module maps, or these rows left out of the remap (MeasurementSet.filter)"));
    });
    unshared.forEach((code, rows) -> {
      FormerUnit u = mapping.require(code);
      problems.add(new DataProblem(SOURCE, rows(rows), "region", code.value(), "is former unit " + u.describe()
          + ", which was split between " + mapping.names(u.successors()) + "; no shares are declared, so its "
          + count(rows) + " cannot be divided", "the part of it each new unit took (e.g. of its population),"
          + " summing to 1: mapping.withShares(" + call(u)));
    });
    undeclared.forEach((id, rows) -> problems.add(new DataProblem(SOURCE, rows(rows), "indicator", id.value(),
        "is not declared by plan '" + plan.id() + "', so how its " + count(rows) + " add up is unknown",
        "an indicator of the plan, or a remap with the plan that declares it")));
    stale.forEach((code, rows) -> {
      FormerUnit u = mapping.require(code);
      problems.add(new DataProblem(SOURCE, rows(rows), "region", code.value(), "is former unit " + u.describe()
          + ", no longer in force after " + until + ", but " + count(rows) + " of later periods use it",
          "the code of the unit it went into: " + (u.isSplit() ? "one of " : "") + mapping.names(u.successors())));
    });
  }

  private static String call(FormerUnit u) {
    List<String> parts = new ArrayList<>();
    char share = 'a';
    for (RegionCode to : u.successors()) {
      parts.add("RegionCode.of(\"" + to + "\"), " + share++);
    }
    StringBuilder sum = new StringBuilder();
    for (char c = 'a'; c < share; c++) {
      sum.append(sum.length() == 0 ? "" : " + ").append(c);
    }
    return "RegionCode.of(\"" + u.code() + "\"), Map.of(" + String.join(", ", parts) + ")) with " + sum + " = 1";
  }

  private static String kind(Aggregation a) {
    return a instanceof Aggregation.Flow ? "flow" : "stock";
  }

  private static String breakdown(Breakdown b) {
    return b.isNone() ? "" : " [" + b + "]";
  }

  private static String count(List<Integer> rows) {
    return rows.size() == 1 ? "1 row" : rows.size() + " rows";
  }

  /** {@code row 3}, {@code rows 3, 7, 9}, {@code rows 3, 7, 9, 10, 11 and 25 more}. */
  static String rows(List<Integer> rows) {
    if (rows.size() == 1) {
      return "row " + rows.get(0);
    }
    int shown = Math.min(rows.size(), 5);
    String head = rows.subList(0, shown).stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "rows " + head + (rows.size() > shown ? " and " + (rows.size() - shown) + " more" : "");
  }
}
