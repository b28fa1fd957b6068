package dev.chitieu.core.assess;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.TargetId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The judgement of one target, or of one member or period of it. A target with an "each member" or "every period"
 * scope has one part per member or period, and its own status is the worst part's.
 *
 * @param target the target
 * @param indicator the target's indicator
 * @param member the member judged (the code), for a part of an "each member" target
 * @param period the period judged, for a part of an "every period" target
 * @param status the status
 * @param evidence what the status rests on
 * @param progress the SDG progress measure of the series behind it
 * @param explanation one sentence a report can print as is, in both languages
 * @param parts the per-member or per-period results; empty for other scopes and for parts themselves
 */
public record TargetResult(
    TargetId target,
    IndicatorId indicator,
    Optional<String> member,
    Optional<Period> period,
    Status status,
    Evidence evidence,
    ProgressResult progress,
    LocalizedText explanation,
    List<TargetResult> parts) {

  /** Checks that nothing is null and copies the parts. */
  public TargetResult {
    requireNonNull(target, "target");
    requireNonNull(indicator, "indicator");
    requireNonNull(member, "member");
    requireNonNull(period, "period");
    requireNonNull(status, "status");
    requireNonNull(evidence, "evidence");
    requireNonNull(progress, "progress");
    requireNonNull(explanation, "explanation");
    parts = List.copyOf(parts);
  }

  /** The parts whose status is neither achieved nor on track: the failing members or periods a report names. */
  public List<TargetResult> failingParts() {
    return parts.stream().filter(p -> p.status().severity() >= Status.AT_RISK.severity()).toList();
  }

  /** This result followed by its parts. */
  public Stream<TargetResult> flatten() {
    return Stream.concat(Stream.of(this), parts.stream());
  }
}
