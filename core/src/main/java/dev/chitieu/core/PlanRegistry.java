package dev.chitieu.core;

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
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The installed plans: every {@link PlanProvider} found through {@link ServiceLoader}, each plan validated. A provider
 * that cannot be loaded or throws, two plans with one id, or an invalid plan is reported by name in {@link
 * #failures()} and left out, without hiding the other plans; {@link #requireHealthy()} turns failures into a {@link
 * PlanConfigurationException}. Immutable and thread-safe once built.
 */
public final class PlanRegistry {
  private final List<String> providers;
  private final Map<PlanId, Plan> plans;
  private final List<Failure> failures;
  private final RegionHierarchy regions;
  private final TerritoryMapping territory;

  private PlanRegistry(List<String> providers, Map<PlanId, Plan> plans, List<Failure> failures,
      RegionHierarchy regions, TerritoryMapping territory) {
    this.providers = List.copyOf(providers);
    this.plans = plans;
    this.failures = List.copyOf(failures);
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
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        failures.add(new Failure("?", Optional.empty(),
            "a plan provider could not be loaded: " + e.getMessage()
                + "; check the class named in META-INF/services/" + PlanProvider.class.getName()
                + " (public, with a public no-argument constructor) and that its module is on the path",
            Optional.of(e)));
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
    List<PlanProvider> providers = new ArrayList<>(found);
    providers.sort(Comparator.comparing(PlanRegistry::safeId));
    Map<String, Long> idCounts = providers.stream().collect(
        Collectors.groupingBy(PlanRegistry::safeId, Collectors.counting()));
    Map<PlanId, List<String>> owners = new HashMap<>();
    List<Plan> candidates = new ArrayList<>();
    List<String> candidateOwners = new ArrayList<>();
    RegionHierarchy regions = RegionHierarchy.vietnam2025();
    List<String> ids = new ArrayList<>();
    Map<String, List<FormerUnit>> formerUnits = new LinkedHashMap<>();
    for (PlanProvider p : providers) {
      String id = safeId(p);
      ids.add(id);
      if (id.isBlank()) {
        failures.add(new Failure(p.getClass().getName(), Optional.empty(),
            "plan provider " + p.getClass().getName() + " has a blank id(); return a stable id such as 'haiphong'",
            Optional.empty()));
        continue;
      }
      if (idCounts.get(id) > 1) {
        failures.add(new Failure(id, Optional.empty(),
            "plan provider id '" + id + "' is used by " + idCounts.get(id) + " providers ("
                + providers.stream().filter(q -> safeId(q).equals(id)).map(q -> q.getClass().getName()).toList()
                + "); give each provider its own id", Optional.empty()));
        idCounts.put(id, 0L); // report once
        continue;
      }
      if (idCounts.get(id) == 0L) {
        continue;
      }
      List<Plan> plans;
      try {
        plans = requireNonNull(p.plans(), "plans()");
      } catch (RuntimeException | LinkageError e) {
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' (" + p.getClass().getName() + ") threw " + e + " from plans()",
            Optional.of(e)));
        continue;
      }
      try {
        regions = regions.with(requireNonNull(p.regions(), "regions()"));
      } catch (RuntimeException e) {
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' has region data that does not fit the 2025 hierarchy: " + e.getMessage(),
            Optional.of(e)));
      }
      try {
        formerUnits.put(id, List.copyOf(requireNonNull(p.formerUnits(), "formerUnits()")));
      } catch (RuntimeException | LinkageError e) {
        failures.add(new Failure(id, Optional.empty(),
            "plan provider '" + id + "' (" + p.getClass().getName() + ") threw " + e + " from formerUnits()",
            Optional.of(e)));
      }
      for (Plan plan : plans) {
        List<PlanProblem> problems = PlanValidator.validate(plan);
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
    Map<PlanId, Plan> plans = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Plan plan = candidates.get(i);
      List<String> by = owners.get(plan.id());
      if (by.size() > 1) {
        if (by.get(0).equals(candidateOwners.get(i)) && !plans.containsKey(plan.id())) {
          failures.add(new Failure(String.join(", ", by), Optional.of(plan.id()),
              "plan id '" + plan.id() + "' is contributed " + by.size() + " times, by providers " + by
                  + "; both were left out, give each plan its own id or remove one module",
              Optional.empty()));
        }
        continue;
      }
      plans.put(plan.id(), plan);
    }
    TerritoryMapping territory = territory(formerUnits, regions, failures);
    return new PlanRegistry(ids, java.util.Collections.unmodifiableMap(plans), failures, regions, territory);
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
    } catch (RuntimeException e) {
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
   */
  public Plan plan(String id) {
    Plan p = PlanId.isValid(id) ? plans.get(PlanId.of(id)) : null;
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
