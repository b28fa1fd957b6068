package dev.chitieu.core.plan;

import dev.chitieu.core.ChitieuException;
import dev.chitieu.core.model.PlanId;
import java.util.List;

/** A plan id was asked for that no installed provider contributes. The message lists the installed plans. */
public final class UnknownPlanException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final String planId;

  /**
   * Creates the exception.
   *
   * @param planId the id that was asked for
   * @param installed the ids of the plans that are installed
   */
  public UnknownPlanException(String planId, List<PlanId> installed) {
    super(
        "No plan '"
            + planId
            + "' is installed / không có kế hoạch '"
            + planId
            + "'. Installed plans: "
            + (installed.isEmpty() ? "none" : installed)
            + ". Is the plan's module (e.g. chitieu-indicators-<province>) on the class path?");
    this.planId = planId;
  }

  /** The id that was asked for. */
  public String planId() {
    return planId;
  }
}
