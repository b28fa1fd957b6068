package dev.chitieu.bacninh;

import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.TerritoryMapping;
import dev.chitieu.core.spi.PlanProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Contributes Plan No. 144/KH-UBND of the Bac Ninh Provincial People's Committee (plan id {@value #PLAN_ID}) and the
 * 99 communes and wards of Bac Ninh (province code {@value #REGION}) in force from 1 July 2025
 * (Decision 19/2025/QĐ-TTg). Found through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class BacNinhPlanProvider implements PlanProvider {
  /** The provider id. */
  public static final String ID = "bacninh";

  /** The id of Plan No. 144/KH-UBND. */
  public static final String PLAN_ID = "bacninh-144-2026-2030";

  /** The province code of Bac Ninh in the 2025 code list. */
  public static final String REGION = "24";

  private static final String COMMUNES = "bacninh-communes-2025.csv";

  private static final String FORMER_UNITS = "bacninh-former-units-2025.csv";

  /** Does nothing; {@link java.util.ServiceLoader} calls it. */
  public BacNinhPlanProvider() {}

  /** {@return {@value #ID}} */
  @Override
  public String id() {
    return ID;
  }

  /** {@return Plan No. 144/KH-UBND, built anew on each call (it is immutable and cheap)} */
  @Override
  public List<Plan> plans() {
    return List.of(BacNinhPlan.plan());
  }

  /**
   * The communes and wards of Bac Ninh from 1 July 2025, read from the bundled official code list.
   *
   * @return the 99 units, each under province {@value #REGION}
   * @throws UncheckedIOException if the bundled list cannot be read
   */
  @Override
  public List<Region> units() {
    try (InputStream in = BacNinhPlanProvider.class.getResourceAsStream(COMMUNES)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + COMMUNES + " is missing from chitieu-indicators-bacninh");
      }
      return RegionHierarchy.readCsv(in, COMMUNES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + COMMUNES, e);
    }
  }

  /**
   * The units in use until 30 June 2025 whose territory lies in Bac Ninh from 1 July 2025, each with the new unit or
   * units it went into, read from the bundled rows of the official mapping (see {@link TerritoryMapping}).
   *
   * @return the 313 former units: the communes, wards and townships of former Bac Ninh and Bac Giang;
   *     none was split
   * @throws UncheckedIOException if the bundled mapping cannot be read
   */
  @Override
  public List<FormerUnit> formerUnits() {
    try (InputStream in = BacNinhPlanProvider.class.getResourceAsStream(FORMER_UNITS)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + FORMER_UNITS + " is missing from chitieu-indicators-bacninh");
      }
      return TerritoryMapping.readCsv(in, FORMER_UNITS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + FORMER_UNITS, e);
    }
  }
}
