package dev.chitieu.vietnam;

import dev.chitieu.core.model.Plan;
import dev.chitieu.core.spi.PlanProvider;
import java.util.List;

/**
 * Contributes the national plans for the whole country (region {@value #REGION}): the targets of Decision No.
 * 411/QĐ-TTg (plan id {@value #PLAN_ID}), of Decision No. 749/QĐ-TTg ({@value #PROGRAMME_PLAN_ID}) and of the 2024
 * plan of the National Committee for Digital Transformation ({@value #COMMITTEE_2024_PLAN_ID}). It adds no regions:
 * the country and its provinces come with chitieu-core. Found through {@link java.util.ServiceLoader}; stateless and
 * thread-safe.
 */
public final class VietnamPlanProvider implements PlanProvider {
  /** The provider id. */
  public static final String ID = "vietnam";

  /** The id of the plan of Decision No. 411/QĐ-TTg. */
  public static final String PLAN_ID = "vietnam-411-2022";

  /** The id of the plan of Decision No. 749/QĐ-TTg, the national digital transformation programme. */
  public static final String PROGRAMME_PLAN_ID = ProgrammePlan.PLAN_ID;

  /** The id of the 2024 plan of activities of the National Committee for Digital Transformation (58/QĐ-UBQGCĐS). */
  public static final String COMMITTEE_2024_PLAN_ID = CommitteePlan2024.PLAN_ID;

  /** The region of the national plans: the country. */
  public static final String REGION = "VN";

  /** Does nothing; {@link java.util.ServiceLoader} calls it. */
  public VietnamPlanProvider() {}

  /** {@return {@value #ID}} */
  @Override
  public String id() {
    return ID;
  }

  /** {@return the three national plans, built anew on each call (they are immutable and cheap)} */
  @Override
  public List<Plan> plans() {
    return List.of(VietnamPlan.plan(), ProgrammePlan.plan(), CommitteePlan2024.plan());
  }
}
