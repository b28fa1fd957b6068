package dev.chitieu.core.spi;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import java.util.List;

/**
 * Contributes plans (and the regions they cover) to the library. A plan module implements it and registers it twice:
 * in {@code module-info.java} ({@code provides dev.chitieu.core.spi.PlanProvider with ...}) and in {@code
 * META-INF/services/dev.chitieu.core.spi.PlanProvider}. {@link dev.chitieu.core.plan.PlanRegistry#loadInstalled()} finds
 * it through {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are {@code public final}, have a public no-argument constructor that does no I/O, and are
 * thread-safe. {@code docs/adding-a-plan.md} walks through writing one.
 */
public interface PlanProvider {
  /**
   * A stable, unique id of this provider, e.g. {@code haiphong}. Failures are reported under it.
   *
   * @return the id; never blank
   */
  String id();

  /**
   * The plans this provider contributes. Called once per registry; may read bundled resources.
   *
   * @return the plans; never null, may be empty
   */
  List<Plan> plans();

  /**
   * The administrative units this provider adds to the bundled country and provinces, typically its province's
   * communes (see {@link dev.chitieu.core.region.RegionHierarchy#readCsv}).
   *
   * @return the units; never null, empty by default
   */
  default List<Region> units() {
    return List.of();
  }

  /**
   * The administrative units that the units of {@link #units()} replaced, each with the unit or units it went into,
   * so that figures keyed by former codes can be converted (see {@link dev.chitieu.core.region.TerritoryMapping}). A
   * province module returns the former communes whose territory lies in its province, typically read with {@link
   * dev.chitieu.core.region.TerritoryMapping#readCsv}. Every successor must be a unit of the hierarchy;
   * {@link dev.chitieu.core.plan.PlanRegistry#territory()} merges the lists of all healthy providers and reports a
   * provider whose list does not fit.
   *
   * @return the former units, each code once; never null, empty by default
   */
  default List<FormerUnit> formerUnits() {
    return List.of();
  }
}
