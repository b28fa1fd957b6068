package dev.chitieu.haiphong;

import dev.chitieu.core.io.ResourcePlanProvider;

/**
 * Contributes Plan No. 106/KH-UBND of the Hai Phong City People's Committee (plan id {@value #PLAN_ID}, the plan file
 * {@code haiphong-106-2025.yaml}), the 114 communes, wards and special zones of Hai Phong (province code {@value
 * #REGION}) in force from 1 July 2025 (Decision 19/2025/QĐ-TTg), and the 375 former units that went into them. Found
 * through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class HaiPhongPlanProvider extends ResourcePlanProvider {
  /** The provider id. */
  public static final String ID = "haiphong";

  /** The id of Plan No. 106/KH-UBND. */
  public static final String PLAN_ID = "haiphong-106-2025";

  /** The province code of Hai Phong in the 2025 code list. */
  public static final String REGION = "31";

  /** Reads nothing; {@link java.util.ServiceLoader} calls it. */
  public HaiPhongPlanProvider() {
    super(ID, PLAN_ID + ".yaml");
  }
}
