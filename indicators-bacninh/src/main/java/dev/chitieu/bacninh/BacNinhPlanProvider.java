package dev.chitieu.bacninh;

import dev.chitieu.core.io.ResourcePlanProvider;

/**
 * Contributes Plan No. 144/KH-UBND of the Bac Ninh Provincial People's Committee (plan id {@value #PLAN_ID}, the plan
 * file {@code bacninh-144-2026-2030.yaml}), the 99 communes and wards of Bac Ninh (province code {@value #REGION}) in
 * force from 1 July 2025 (Decision 19/2025/QĐ-TTg), and the former units that went into them. Found through {@link
 * java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class BacNinhPlanProvider extends ResourcePlanProvider {
  /** The provider id. */
  public static final String ID = "bacninh";

  /** The id of Plan No. 144/KH-UBND. */
  public static final String PLAN_ID = "bacninh-144-2026-2030";

  /** The province code of Bac Ninh in the 2025 code list. */
  public static final String REGION = "24";

  /** Reads nothing; {@link java.util.ServiceLoader} calls it. */
  public BacNinhPlanProvider() {
    super(ID, PLAN_ID + ".yaml");
  }
}
