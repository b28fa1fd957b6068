package dev.chitieu.vietnam;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;

/**
 * Contributes the digital-economy targets of Decision No. 411/QĐ-TTg (plan id {@value #PLAN_ID}) for the whole
 * country (region {@value #REGION}). It adds no regions: the country and its provinces come with chitieu-core. Found
 * through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class VietnamPlanProvider implements PlanProvider {
  /** The provider id. */
  public static final String ID = "vietnam";

  /** The id of the plan of Decision No. 411/QĐ-TTg. */
  public static final String PLAN_ID = "vietnam-411-2022";

  /** The region of the national plan: the country. */
  public static final String REGION = "VN";

  /** Does nothing; {@link java.util.ServiceLoader} calls it. */
  public VietnamPlanProvider() {}

  /** {@return {@value #ID}} */
  @Override
  public String id() {
    return ID;
  }

  /** {@return the plan of Decision No. 411/QĐ-TTg, built anew on each call (it is immutable and cheap)} */
  @Override
  public List<Plan> plans() {
    return List.of(VietnamPlan.plan());
  }
}
