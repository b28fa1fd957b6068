package dev.chitieu.vietnam;

import dev.chitieu.core.io.ResourcePlanProvider;

/**
 * Contributes the national plans for the whole country (region {@value #REGION}): the targets of Decision No.
 * 411/QĐ-TTg (plan id {@value #PLAN_ID}), of Decision No. 749/QĐ-TTg ({@value #PROGRAMME_PLAN_ID}) and of the 2024
 * plan of the National Committee for Digital Transformation ({@value #COMMITTEE_2024_PLAN_ID}), each a plan file named
 * by its id. It adds no regions: the country and its provinces come with chitieu-core. Found through {@link
 * java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class VietnamPlanProvider extends ResourcePlanProvider {
  /** The provider id. */
  public static final String ID = "vietnam";

  /** The id of the plan of Decision No. 411/QĐ-TTg. */
  public static final String PLAN_ID = "vietnam-411-2022";

  /** The id of the plan of Decision No. 749/QĐ-TTg, the national digital transformation programme. */
  public static final String PROGRAMME_PLAN_ID = "vietnam-749-2020";

  /** The id of the 2024 plan of activities of the National Committee for Digital Transformation (58/QĐ-UBQGCĐS). */
  public static final String COMMITTEE_2024_PLAN_ID = "vietnam-58-2024";

  /** The region of the national plans: the country. */
  public static final String REGION = "VN";

  /** Reads nothing; {@link java.util.ServiceLoader} calls it. */
  public VietnamPlanProvider() {
    super(ID, PLAN_ID + ".yaml", PROGRAMME_PLAN_ID + ".yaml", COMMITTEE_2024_PLAN_ID + ".yaml");
  }
}
