package dev.chitieu.core.plan;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.TerritoryMapping;
import static java.util.Objects.requireNonNull;

import dev.chitieu.core.spi.PlanProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The installed plans: every {@link PlanProvider} found through {@link ServiceLoader}, each plan validated. A provider
 * that cannot be loaded or throws (an exception, or an error such as {@code NoClassDefFoundError} from a missing
 * dependency), a null among its plans, two plans with one id, or an invalid plan is reported by name in {@link
 * #failures()} and left out, without hiding the other plans; {@link #requireHealthy()} turns failures into a {@link
 * PlanConfigurationException}. Loading never throws for a broken provider.
 *
 * <p>Two providers that declare the same plan id (say an extra jar that declares the id of a bundled plan), or that
 * share a provider id, are never resolved by guessing which one is meant: neither is used, the failure names both
 * providers, their classes and the jars they came from, and {@link #plan(String)} of such an id throws a {@link
 * PlanConfigurationException} that says so instead of answering with the wrong plan or "not installed". Remove one
 * of the jars (or give one plan another id) to use the plan again. Plans whose ids share a prefix ({@link
 * Plan#idPrefix()}, {@code hp.} for Hải Phòng) are withheld the same way, all of them named: a data row's id must say
 * which plan it belongs to. Immutable and thread-safe once built.
 */
public final class PlanRegistry {
  private final List<String> providers;
  private final Map<PlanId, Plan> plans;
  private final List<Failure> failures;
  private final Map<PlanId, Failure> clashes;
  private final RegionHierarchy regions;
  private final TerritoryMapping territory;
  private final List<PlanProvider> found;
  private final List<Failure> loadFailures;

  private PlanRegistry(List<String> providers, Map<PlanId, Plan> plans, List<Failure> failures,
      Map<PlanId, Failure> clashes, RegionHierarchy regions, TerritoryMapping territory, List<PlanProvider> found,
      List<Failure> loadFailures) {
    this.found = List.copyOf(found);
    this.loadFailures = List.copyOf(loadFailures);
    this.providers = List.copyOf(providers);
    this.plans = plans;
    this.failures = List.copyOf(failures);
    this.clashes = Map.copyOf(clashes);
    this.regions = regions;
    this.territory = territory;
  }

  /**
   * Finds the providers installed on the class path or module path, through the context class loader.
   *
   * @return the registry; never throws for a broken provider, see {@link #failures()}
   */
  public static PlanRegistry loadInstalled() {
    return loadInstalled(ServiceLoader.load(PlanProvider.class));
  }

  /**
   * Finds the providers visible to a class loader.
   *
   * @param loader the class loader
   * @return the registry
   */
  public static PlanRegistry loadInstalled(ClassLoader loader) {
    return loadInstalled(ServiceLoader.load(PlanProvider.class, loader));
  }

  private static PlanRegistry loadInstalled(ServiceLoader<PlanProvider> loader) {
    List<PlanProvider> found = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Iterator<PlanProvider> it = loader.iterator();
    int broken = 0;
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (Throwable e) { // NOPMD: a provider may fail in any way; only the JVM's own failures go on up
        rethrowIfFatal(e);
        failures.add(new Failure("?", Optional.empty(),
            "a plan provider could not be loaded: " + e
                + "; check the class named in META-INF/services/" + PlanProvider.class.getName()
                + " (public, with a public no-argument constructor), that its module is on the path and that the "
                + "libraries it needs are too", Optional.of(e)));
        if (++broken == 100) {
          failures.add(new Failure("?", Optional.empty(), "stopped looking for plan providers after 100 that "
              + "could not be loaded", Optional.empty()));
          break;
        }
      }
    }
    return build(found, failures);
  }

  /**
   * A registry of the given providers, for tests and for applications that assemble plans themselves.
   *
   * @param providers the providers
   * @return the registry
   */
  public static PlanRegistry of(List<? extends PlanProvider> providers) {
    return build(List.copyOf(providers), new ArrayList<>());
  }

  private static PlanRegistry build(List<PlanProvider> found, List<Failure> failures) {
    List<Failure> loadFailures = List.copyOf(failures);
    List<PlanProvider> providers = new ArrayList<>(found);
    Map<PlanProvider, String> idOf = new java.util.IdentityHashMap<>();
    for (PlanProvider p : providers) {
      idOf.put(p, safeId(p));
    }
    providers.sort(Comparator.comparing(idOf::get));
    Map<String, Long> idCounts = providers.stream().collect(
        Collectors.groupingBy(idOf::get, Collectors.counting()));
    Map<PlanId, List<String>> owners = new HashMap<>();
    Map<PlanId, Failure> clashes = new HashMap<>();
    List<Plan> candidates = new ArrayList<>();
    List<String> candidateOwners = new ArrayList<>();
    Map<String, PlanProvider> providerOf = new HashMap<>();
    RegionHierarchy regions = RegionHierarchy.vietnam2025();
    List<String> ids = new ArrayList<>();
    Map<String, List<FormerUnit>> formerUnits = new LinkedHashMap<>();
    for (PlanProvider p : providers) {
      String id = idOf.get(p);
      ids.add(id);
      if (id.isBlank()) {
        failures.add(new Failure(p.getClass().getName(), Optional.empty(),
            "plan provider " + describe(p) + " has a blank id() (or its id() failed); return a stable id such as "
                + "'haiphong'", Optional.empty()));
        continue;
      }
      if (idCounts.get(id) > 1) {
        List<PlanProvider> same = providers.stream().filter(q -> idOf.get(q).equals(id)).toList();
        Failure f = new Failure(id, Optional.empty(),
            "plan provider id '" + id + "' is used by " + same.size() + " providers ("
                + same.stream().map(PlanRegistry::describe).collect(Collectors.joining(", "))
                + "); none of them was used: remove the jar that should not be there, or give each provider its "
                + "own id", Optional.empty());
        failures.add(f);
        for (PlanProvider q : same) {
          for (Plan plan : plansOrEmpty(q)) {
            clashes.putIfAbsent(plan.id(), f);
          }
        }
        idCounts.put(id, 0L); // report once
        continue;
      }
      if (idCounts.get(id) == 0L) {
        continue;
      }
      providerOf.put(id, p);
      List<Plan> plans;
      try {
        plans = new ArrayList<>(requireNonNull(p.plans(), "plans() returned null"));
        int at = 0;
        while (at < plans.size() && plans.get(at) != null) {
          at++;
        }
        if (at < plans.size()) {
          failures.add(new Failure(id, Optional.empty(), "plan provider '" + id + "' (" + describe(p)
              + ") returned a null among its plans() (at index " + at + "); the other plans were kept; return "
              + "only plans", Optional.empty()));
          plans.removeIf(java.util.Objects::isNull);
        }
      } catch (Throwable e) { // NOPMD: as in loadInstalled
        rethrowIfFatal(e);
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' (" + p.getClass().getName() + ") threw " + e + " from plans()",
            Optional.of(e)));
        continue;
      }
      try {
        regions = regions.with(requireNonNull(p.regions(), "regions()"));
      } catch (Throwable e) { // NOPMD: as in loadInstalled
        rethrowIfFatal(e);
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' has region data that does not fit the 2025 hierarchy: " + e.getMessage(),
            Optional.of(e)));
      }
      try {
        formerUnits.put(id, List.copyOf(requireNonNull(p.formerUnits(), "formerUnits()")));
      } catch (Throwable e) { // NOPMD: as in loadInstalled
        rethrowIfFatal(e);
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' (" + p.getClass().getName() + ") threw " + e + " from formerUnits()",
            Optional.of(e)));
      }
      for (Plan plan : plans) {
        List<PlanProblem> problems;
        try {
          problems = PlanValidator.validate(plan);
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(new Failure(id, Optional.of(plan.id()), "plan '" + plan.id() + "' from provider '" + id
              + "' could not be validated (" + e + ") and was left out", Optional.of(e)));
          continue;
        }
        if (!problems.isEmpty()) {
          InvalidPlanException e = new InvalidPlanException(problems);
          failures.add(new Failure(id, Optional.of(plan.id()),
              "plan '" + plan.id() + "' from provider '" + id + "' is invalid and was left out: " + e.getMessage(),
              Optional.of(e)));
          continue;
        }
        owners.computeIfAbsent(plan.id(), k -> new ArrayList<>()).add(id);
        candidates.add(plan);
        candidateOwners.add(id);
      }
    }
    prefixClashes(candidates, candidateOwners, owners, providerOf, failures, clashes);
    Map<PlanId, Plan> plans = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Plan plan = candidates.get(i);
      List<String> by = owners.get(plan.id());
      if (by.size() > 1) {
        if (by.get(0).equals(candidateOwners.get(i)) && !clashes.containsKey(plan.id())) {
          Failure f = new Failure(String.join(", ", by), Optional.of(plan.id()),
              "plan id '" + plan.id() + "' is contributed " + by.size() + " times, by providers "
                  + by.stream().map(o -> "'" + o + "' (" + describe(providerOf.get(o)) + ")")
                      .collect(Collectors.joining(", "))
                  + "; none of them was used: remove the jar that should not be there (an extra plan module that "
                  + "declares a bundled plan's id), or give each plan its own id", Optional.empty());
          failures.add(f);
          clashes.put(plan.id(), f);
        }
        continue;
      }
      if (!clashes.containsKey(plan.id())) {
        plans.put(plan.id(), plan);
      }
    }
    TerritoryMapping territory = territory(formerUnits, regions, failures);
    return new PlanRegistry(ids, java.util.Collections.unmodifiableMap(plans), failures, clashes, regions,
        territory, found, loadFailures);
  }

  /**
   * This registry with one more provider, e.g. the plan file an author is writing ({@code chitieu assess
   * --plan-file}). A provider of this registry that declares one of the new provider's plan ids is left out, so that
   * the new plan replaces an installed plan of the same id; every other rule (ids, prefixes, regions) applies as
   * when loading.
   *
   * @param extra the provider to add
   * @return a new registry; this one is unchanged
   */
  public PlanRegistry with(PlanProvider extra) {
    requireNonNull(extra, "extra");
    java.util.Set<PlanId> ids = new java.util.HashSet<>();
    plansOrEmpty(extra).forEach(p -> ids.add(p.id()));
    List<PlanProvider> kept = new ArrayList<>();
    for (PlanProvider p : found) {
      if (plansOrEmpty(p).stream().noneMatch(plan -> ids.contains(plan.id()))) {
        kept.add(p);
      }
    }
    kept.add(extra);
    return build(kept, new ArrayList<>(loadFailures));
  }

  /**
   * Withholds every plan whose id prefix another installed plan uses too, naming all of them: a data row's id would
   * not say which plan it belongs to. Plans already withheld for a clash of plan ids are not counted.
   */
  private static void prefixClashes(List<Plan> candidates, List<String> candidateOwners,
      Map<PlanId, List<String>> owners, Map<String, PlanProvider> providerOf, List<Failure> failures,
      Map<PlanId, Failure> clashes) {
    Map<String, List<Integer>> byPrefix = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Plan plan = candidates.get(i);
      if (owners.get(plan.id()).size() > 1 || clashes.containsKey(plan.id())) {
        continue;
      }
      int at = i;
      plan.idPrefix().ifPresent(p -> byPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(at));
    }
    for (Map.Entry<String, List<Integer>> e : byPrefix.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<Integer> at = e.getValue();
      String named = at.stream().map(i -> "'" + candidates.get(i).id() + "' of provider '" + candidateOwners.get(i)
          + "' (" + describe(providerOf.get(candidateOwners.get(i))) + ")").collect(Collectors.joining(", "));
      Failure f = new Failure(at.stream().map(candidateOwners::get).distinct().collect(Collectors.joining(", ")),
          Optional.of(candidates.get(at.get(0)).id()),
          "the id prefix '" + e.getKey() + ".' is used by " + at.size() + " plans: " + named + "; none of them was"
              + " used, since a data file's ids would not say which plan they belong to: give each plan a prefix of"
              + " its own (e.g. the province's initials), or remove the jar that should not be there",
          Optional.empty());
      failures.add(f);
      for (int i : at) {
        clashes.put(candidates.get(i).id(), f);
      }
    }
  }

  /** The plans of a provider for naming clashes, or none if it fails. */
  private static List<Plan> plansOrEmpty(PlanProvider p) {
    try {
      List<Plan> plans = p.plans();
      List<Plan> some = new ArrayList<>();
      if (plans != null) {
        for (Plan plan : plans) {
          if (plan != null) {
            some.add(plan);
          }
        }
      }
      return some;
    } catch (Throwable e) { // NOPMD: as in loadInstalled
      rethrowIfFatal(e);
      return List.of();
    }
  }

  /** A provider's class and the jar (or folder) it was loaded from, to tell two providers apart. */
  private static String describe(PlanProvider p) {
    String where;
    try {
      java.security.CodeSource cs = p.getClass().getProtectionDomain().getCodeSource();
      where = cs == null || cs.getLocation() == null ? "" : " from " + cs.getLocation();
    } catch (RuntimeException e) {
      where = "";
    }
    return p.getClass().getName() + where;
  }

  /** Lets the JVM's own failures (out of memory, internal errors) through; a provider's stack overflow is its own. */
  private static void rethrowIfFatal(Throwable e) {
    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
      throw (VirtualMachineError) e;
    }
  }

  /** Merges the providers' former units, leaving out (and reporting) a provider whose list does not fit. */
  private static TerritoryMapping territory(
      Map<String, List<FormerUnit>> byProvider, RegionHierarchy regions, List<Failure> failures) {
    List<FormerUnit> merged = new ArrayList<>();
    TerritoryMapping territory = TerritoryMapping.of(List.of(), regions);
    for (Map.Entry<String, List<FormerUnit>> e : byProvider.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      List<FormerUnit> with = new ArrayList<>(merged);
      with.addAll(e.getValue());
      try {
        territory = TerritoryMapping.of(with, regions);
        merged = with;
      } catch (RuntimeException ex) {
        failures.add(new Failure(e.getKey(), Optional.empty(),
            "plan provider '" + e.getKey() + "' has former-unit data that does not fit the " + regions.validFrom()
                + " hierarchy or the other providers' former units, and was left out of territory(): "
                + ex.getMessage(),
            Optional.of(ex)));
      }
    }
    return territory;
  }

  private static String safeId(PlanProvider p) {
    try {
      String id = p.id();
      return id == null ? "" : id;
    } catch (Throwable e) { // NOPMD: as in loadInstalled
      rethrowIfFatal(e);
      return "";
    }
  }

  /** The valid plans, by provider id, then in each provider's order. */
  public List<Plan> plans() {
    return List.copyOf(plans.values());
  }

  /** The ids of the providers found, sorted. */
  public List<String> providerIds() {
    return providers;
  }

  /** The plan with the id, if installed and valid. */
  public Optional<Plan> find(PlanId id) {
    return Optional.ofNullable(plans.get(id));
  }

  /**
   * The plan with the id.
   *
   * @param id the plan id
   * @return the plan
   * @throws UnknownPlanException listing the installed plans, if there is none with the id
   * @throws PlanConfigurationException naming the providers, if two providers declare the id (see the class comment)
   */
  public Plan plan(String id) {
    Plan p = PlanId.isValid(id) ? plans.get(PlanId.of(id)) : null;
    Failure clash = PlanId.isValid(id) ? clashes.get(PlanId.of(id)) : null;
    if (p == null && clash != null) {
      throw new PlanConfigurationException(List.of(clash));
    }
    if (p == null) {
      throw new UnknownPlanException(id, List.copyOf(plans.keySet()));
    }
    return p;
  }

  /** The country, its provinces and the regions every healthy provider adds. */
  public RegionHierarchy regions() {
    return regions;
  }

  /**
   * The former administrative units of every healthy provider and the units they went into, to convert figures keyed
   * by former codes (e.g. the communes of Hải Dương before 1 July 2025) to the units of {@link #regions()}. Declare
   * the shares of split units on it with {@link TerritoryMapping#withShares}.
   *
   * @return the merged mapping; empty when no provider ships former units
   */
  public TerritoryMapping territory() {
    return territory;
  }

  /** Everything that went wrong while loading; empty when all is well. */
  public List<Failure> failures() {
    return failures;
  }

  /** Whether nothing went wrong while loading. */
  public boolean isHealthy() {
    return failures.isEmpty();
  }

  /**
   * This registry, if nothing went wrong while loading.
   *
   * @return this
   * @throws PlanConfigurationException listing every failure
   */
  public PlanRegistry requireHealthy() {
    if (!failures.isEmpty()) {
      throw new PlanConfigurationException(failures);
    }
    return this;
  }

  /**
   * One thing that went wrong while loading plans.
   *
   * @param provider the provider id (or ids, or class name) at fault
   * @param plan the plan at fault, if one
   * @param message what went wrong and how to fix it
   * @param cause the exception behind it, if any
   */
  public record Failure(String provider, Optional<PlanId> plan, String message, Optional<Throwable> cause) {
    /** Checks nothing is null. */
    public Failure {
      requireNonNull(provider, "provider");
      requireNonNull(plan, "plan");
      requireNonNull(message, "message");
      requireNonNull(cause, "cause");
    }

    static String describe(List<Failure> failures) {
      return failures.size() + " problem" + (failures.size() == 1 ? "" : "s")
          + " with the installed plans / lỗi cấu hình kế hoạch:\n"
          + failures.stream().map(f -> "  - " + f.message()).collect(Collectors.joining("\n"));
    }
  }
}
