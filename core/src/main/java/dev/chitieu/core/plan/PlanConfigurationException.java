package dev.chitieu.core.plan;

import dev.chitieu.core.ChitieuException;
import java.util.List;

/**
 * The installed plan providers cannot be used as they are: a provider failed to load or threw, two plans share an
 * id, or a plan is invalid. {@link #failures()} lists each one by name.
 */
public final class PlanConfigurationException extends ChitieuException {
  private static final long serialVersionUID = 1L;

  private final transient List<PlanRegistry.Failure> failures;

  /**
   * Creates the exception.
   *
   * @param failures every failure found while loading; not empty
   */
  public PlanConfigurationException(List<PlanRegistry.Failure> failures) {
    super(PlanRegistry.Failure.describe(failures));
    this.failures = List.copyOf(failures);
  }

  /** Every failure found while loading the providers. */
  public List<PlanRegistry.Failure> failures() {
    return failures;
  }
}
