package dev.chitieu.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as issued: its document, region, horizon, the indicators it watches and the targets it sets. Immutable and
 * thread-safe. Build one with {@link #builder(String)}; check it with {@link PlanValidator}.
 *
 * @param id the id, unique among installed plans, e.g. {@code haiphong-106-2025}
 * @param title the title in both languages
 * @param authority the issuing body, e.g. "Ủy ban nhân dân thành phố Hải Phòng" / "Hai Phong City People's
 *     Committee"
 * @param region the region the plan covers (a province code, or {@code VN})
 * @param documentNumber the number and symbol as issued, e.g. {@code 106/KH-UBND}
 * @param documentDate when it was issued, as precisely as the sources say
 * @param horizon the period the plan covers, e.g. {@code 2026-01..2030-12}
 * @param dimensions the breakdown dimensions it declares (e.g. its sectors)
 * @param indicators the indicators it watches, in the plan's order
 * @param targets the targets it sets, in the plan's order
 * @param sources where the plan was read from
 */
public record Plan(
    PlanId id,
    LocalizedText title,
    LocalizedText authority,
    RegionCode region,
    String documentNumber,
    PartialDate documentDate,
    Period horizon,
    List<Dimension> dimensions,
    List<Indicator> indicators,
    List<Target> targets,
    List<SourceRef> sources) {

  /** Checks that nothing is null and copies the lists. */
  public Plan {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(authority, "authority");
    requireNonNull(region, "region");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(documentDate, "documentDate");
    requireNonNull(horizon, "horizon");
    dimensions = List.copyOf(dimensions);
    indicators = List.copyOf(indicators);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /**
   * Starts a builder.
   *
   * @param id the plan id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(PlanId.of(id));
  }

  /** The indicator with the id, if the plan declares it. */
  public Optional<Indicator> indicator(IndicatorId id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The indicator with the id.
   *
   * @throws UnknownIndicatorException if the plan does not declare it; the message lists the declared ids
   */
  public Indicator requireIndicator(IndicatorId id) {
    return indicator(id)
        .orElseThrow(
            () ->
                new UnknownIndicatorException(
                    id.value(),
                    "plan '"
                        + this.id
                        + "' declares no indicator '"
                        + id
                        + "'; declared: "
                        + indicators.stream().map(Indicator::id).toList()));
  }

  /** The target with the id, if the plan sets it. */
  public Optional<Target> target(TargetId id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The prefix of the plan's indicator and target ids, without its dot ({@code hp} for {@code hp.ecommerce-share}):
   * the one most of them use, on a tie the alphabetically first. Installed plans must not share one, so that a data
   * file's ids tell the plans apart.
   *
   * @return the prefix, or empty when no id has one
   */
  public Optional<String> idPrefix() {
    Map<String, Long> counts = new HashMap<>();
    indicators.forEach(i -> countPrefix(counts, i.id().value()));
    targets.forEach(t -> countPrefix(counts, t.id().value()));
    Comparator<Map.Entry<String, Long>> byUse = Map.Entry.comparingByValue();
    Comparator<Map.Entry<String, Long>> byName = Map.Entry.comparingByKey();
    return counts.entrySet().stream().max(byUse.thenComparing(byName.reversed())).map(Map.Entry::getKey);
  }

  private static void countPrefix(Map<String, Long> counts, String id) {
    int dot = id.indexOf('.');
    if (dot > 0) {
      counts.merge(id.substring(0, dot), 1L, Long::sum);
    }
  }

  /** The dimension with the id, if the plan declares it. */
  public Optional<Dimension> dimension(DimensionId id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Builds a {@link Plan}. Not thread-safe. */
  public static final class Builder {
    private final PlanId id;
    private LocalizedText title = LocalizedText.EMPTY;
    private LocalizedText authority = LocalizedText.EMPTY;
    private RegionCode region;
    private String documentNumber = "";
    private PartialDate documentDate;
    private Period horizon;
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<SourceRef> sources = new ArrayList<>();

    private Builder(PlanId id) {
      this.id = id;
    }

    /** Sets the title. */
    public Builder title(String vi, String en) {
      this.title = LocalizedText.of(vi, en);
      return this;
    }

    /** Sets the issuing body. */
    public Builder authority(String vi, String en) {
      this.authority = LocalizedText.of(vi, en);
      return this;
    }

    /** Sets the region code. */
    public Builder region(String code) {
      this.region = RegionCode.of(code);
      return this;
    }

    /**
     * Sets the document number and date.
     *
     * @param number e.g. {@code 144/KH-UBND}
     * @param date e.g. {@code 2025-11-24}, or {@code 2025-05} when only the month is known
     * @return this builder
     */
    public Builder document(String number, String date) {
      this.documentNumber = requireNonNull(number, "number");
      this.documentDate = PartialDate.parse(date);
      return this;
    }

    /** Sets the horizon. */
    public Builder horizon(Period horizon) {
      this.horizon = requireNonNull(horizon, "horizon");
      return this;
    }

    /** Adds a dimension. */
    public Builder dimension(Dimension dimension) {
      this.dimensions.add(requireNonNull(dimension, "dimension"));
      return this;
    }

    /** Adds an indicator. */
    public Builder indicator(Indicator indicator) {
      this.indicators.add(requireNonNull(indicator, "indicator"));
      return this;
    }

    /** Adds a target. */
    public Builder target(Target target) {
      this.targets.add(requireNonNull(target, "target"));
      return this;
    }

    /** Adds a source. */
    public Builder source(SourceRef source) {
      this.sources.add(requireNonNull(source, "source"));
      return this;
    }

    /**
     * Builds the plan without validating it; {@link PlanValidator#requireValid(Plan)} checks it.
     *
     * @throws NullPointerException naming the first required part not set
     */
    public Plan build() {
      return new Plan(
          id,
          title,
          authority,
          region,
          documentNumber,
          documentDate,
          horizon,
          dimensions,
          indicators,
          targets,
          sources);
    }
  }
}
