package dev.chitieu.report;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.LocalizedText;
import dev.chitieu.core.Period;
import java.util.Optional;

/**
 * What a report builder sets on a report beyond the assessment: the document number, the place, the signers, the
 * reporting period, and whether the figures are sample data. Immutable and thread-safe. Start from {@link #defaults()}
 * or {@link #builder()}.
 *
 * @param documentNumber the number and symbol after "Số:", e.g. {@code 12/BC-UBND}; empty prints a blank to fill by
 *     hand ("Số:      /BC-UBND")
 * @param place the place in the date line ("Hải Phòng, ngày …"); empty means the assessment region's name
 * @param issuer the issuing body printed top-left, e.g. "Ủy ban nhân dân thành phố Hải Phòng"; empty means the plan's
 *     authority. A line break ({@code \n}) in it is kept; otherwise the report breaks before the province name
 * @param preparer the name of the preparer (Người lập biểu); empty leaves the line to sign
 * @param head the name of the head of the unit (Thủ trưởng đơn vị); empty leaves the line to sign
 * @param reportingPeriod the reporting period; empty means the plan's horizon from its start through the
 *     month of the assessment's day
 * @param sample whether the figures are sample data: the report then carries a visible "SỐ LIỆU MẪU / SAMPLE DATA"
 *     marking on every page and sheet
 */
public record ReportMetadata(
    Optional<String> documentNumber,
    Optional<String> place,
    Optional<LocalizedText> issuer,
    Optional<String> preparer,
    Optional<String> head,
    Optional<Period> reportingPeriod,
    boolean sample) {

  private static final ReportMetadata DEFAULTS = builder().build();

  /** Checks that nothing is null and that texts set are not blank. */
  public ReportMetadata {
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(place, "place");
    requireNonNull(issuer, "issuer");
    requireNonNull(preparer, "preparer");
    requireNonNull(head, "head");
    requireNonNull(reportingPeriod, "reportingPeriod");
    documentNumber = documentNumber.filter(s -> !s.isBlank()).map(String::strip);
    place = place.filter(s -> !s.isBlank()).map(String::strip);
    issuer = issuer.filter(t -> !t.isBlank());
    preparer = preparer.filter(s -> !s.isBlank()).map(String::strip);
    head = head.filter(s -> !s.isBlank()).map(String::strip);
  }

  /** No number, default place and period, no names, not sample data. */
  public static ReportMetadata defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this metadata. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.documentNumber = documentNumber.orElse(null);
    b.place = place.orElse(null);
    b.issuer = issuer.orElse(null);
    b.preparer = preparer.orElse(null);
    b.head = head.orElse(null);
    b.reportingPeriod = reportingPeriod.orElse(null);
    b.sample = sample;
    return b;
  }

  /** Builds a {@link ReportMetadata}. Not thread-safe. */
  public static final class Builder {
    private String documentNumber;
    private String place;
    private LocalizedText issuer;
    private String preparer;
    private String head;
    private Period reportingPeriod;
    private boolean sample;

    private Builder() {}

    /**
     * Sets the number and symbol printed after "Số:".
     *
     * @param number e.g. {@code 12/BC-UBND}
     * @return this builder
     */
    public Builder documentNumber(String number) {
      this.documentNumber = requireNonNull(number, "number");
      return this;
    }

    /** Sets the place of the date line, e.g. {@code Hải Phòng}. */
    public Builder place(String place) {
      this.place = requireNonNull(place, "place");
      return this;
    }

    /**
     * Sets the issuing body printed top-left.
     *
     * @param vi e.g. {@code Sở Khoa học và Công nghệ\nthành phố Hải Phòng}
     * @param en e.g. {@code Hai Phong Department of Science and Technology}
     * @return this builder
     */
    public Builder issuer(String vi, String en) {
      this.issuer = LocalizedText.of(vi, en);
      return this;
    }

    /** Sets the preparer's name (Người lập biểu). */
    public Builder preparer(String name) {
      this.preparer = requireNonNull(name, "name");
      return this;
    }

    /** Sets the name of the head of the unit (Thủ trưởng đơn vị). */
    public Builder head(String name) {
      this.head = requireNonNull(name, "name");
      return this;
    }

    /** Sets the reporting period, e.g. {@code Period.half(2025, 1)}. */
    public Builder reportingPeriod(Period period) {
      this.reportingPeriod = requireNonNull(period, "period");
      return this;
    }

    /** Marks the figures as sample data (or not). */
    public Builder sample(boolean sample) {
      this.sample = sample;
      return this;
    }

    /** Builds the metadata. */
    public ReportMetadata build() {
      return new ReportMetadata(
          Optional.ofNullable(documentNumber),
          Optional.ofNullable(place),
          Optional.ofNullable(issuer),
          Optional.ofNullable(preparer),
          Optional.ofNullable(head),
          Optional.ofNullable(reportingPeriod),
          sample);
    }
  }
}
