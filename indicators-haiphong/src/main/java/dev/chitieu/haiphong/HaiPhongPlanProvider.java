package dev.chitieu.haiphong;

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
 * Contributes Plan No. 106/KH-UBND of the Hai Phong City People's Committee (plan id {@value #PLAN_ID}) and the 114
 * communes, wards and special zones of Hai Phong (province code {@value #REGION}) in force from 1 July 2025
 * (Decision 19/2025/QĐ-TTg). Found through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class HaiPhongPlanProvider implements PlanProvider {
  /** The provider id. */
  public static final String ID = "haiphong";

  /** The id of Plan No. 106/KH-UBND. */
  public static final String PLAN_ID = "haiphong-106-2025";

  /** The province code of Hai Phong in the 2025 code list. */
  public static final String REGION = "31";

  private static final String COMMUNES = "haiphong-communes-2025.csv";

  private static final String FORMER_UNITS = "haiphong-former-units-2025.csv";

  /** Does nothing; {@link java.util.ServiceLoader} calls it. */
  public HaiPhongPlanProvider() {}

  /** {@return {@value #ID}} */
  @Override
  public String id() {
    return ID;
  }

  /** {@return Plan No. 106/KH-UBND, built anew on each call (it is immutable and cheap)} */
  @Override
  public List<Plan> plans() {
    return List.of(HaiPhongPlan.plan());
  }

  /**
   * The communes, wards and special zones of Hai Phong from 1 July 2025, read from the bundled official code list.
   *
   * @return the 114 units, each under province {@value #REGION}
   * @throws UncheckedIOException if the bundled list cannot be read
   */
  @Override
  public List<Region> units() {
    try (InputStream in = HaiPhongPlanProvider.class.getResourceAsStream(COMMUNES)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + COMMUNES + " is missing from chitieu-indicators-haiphong");
      }
      return RegionHierarchy.readCsv(in, COMMUNES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + COMMUNES, e);
    }
  }

  /**
   * The units in use until 30 June 2025 whose territory lies in Hai Phong from 1 July 2025, each with the new unit or
   * units it went into, read from the bundled rows of the official mapping (see {@link TerritoryMapping}).
   *
   * @return the 375 former units: the 374 communes, wards and townships of former Hai Phong and Hai Duong and the
   *     former district of Bach Long Vi; 71 of them were split
   * @throws UncheckedIOException if the bundled mapping cannot be read
   */
  @Override
  public List<FormerUnit> formerUnits() {
    try (InputStream in = HaiPhongPlanProvider.class.getResourceAsStream(FORMER_UNITS)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled " + FORMER_UNITS + " is missing from chitieu-indicators-haiphong");
      }
      return TerritoryMapping.readCsv(in, FORMER_UNITS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + FORMER_UNITS, e);
    }
  }
}
