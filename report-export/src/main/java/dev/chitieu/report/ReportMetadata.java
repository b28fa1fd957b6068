package dev.chitieu.report;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.TargetId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report builder supplies beside the data: the issuing body, number, place and date, the reporting period, the
 * legal bases, the signer, the recipients, the narrative sections and the agencies in charge of the targets. Every
 * field has a default, so {@link #defaults()} gives a complete report whose blanks are marked for the builder to
 * fill. Immutable and thread-safe. Build one with {@link #builder()}, or read a report file with {@link ReportFile}.
 *
 * <p>Texts are {@link LocalizedText}s: the Vietnamese report prints the Vietnamese text, the English report the
 * English one, and a text given in one language only is printed in both.
 *
 * @param documentNumber the number and symbol after "Số:", e.g. {@code 12/BC-UBND}; empty prints a blank to fill by
 *     hand ("Số:      /BC-UBND")
 * @param place the place in the date line ("Hải Phòng, ngày …"); empty means the assessment region's name (Hà Nội
 *     for the country)
 * @param date the date of the report; empty means the assessment's day
 * @param superiorBody the superior body printed above the issuer in regular capitals ("UBND THÀNH PHỐ HẢI PHÒNG" above
 *     "SỞ KHOA HỌC VÀ CÔNG NGHỆ"); empty for a People's Committee, whose two lines are its own name
 * @param issuer the issuing body printed top-left, e.g. "Ủy ban nhân dân thành phố Hải Phòng"; empty means the plan's
 *     authority. A line break ({@code \n}) in it is kept; otherwise the report breaks before the province name
 * @param preparer the name of the preparer who signs the workbook's form (Người lập biểu); empty leaves the line
 * @param head the name of the head of the unit who signs the workbook's form (Thủ trưởng đơn vị); empty leaves the
 *     line
 * @param reportingPeriod the reporting period; empty means the plan's horizon from its start through the month of the
 *     assessment's day, and the whole horizon once it has ended
 * @param sample whether the figures are sample data: the report then carries a visible "SỐ LIỆU MẪU / SAMPLE DATA"
 *     marking on every page and sheet
 * @param legalBases the legal bases ("căn cứ") that open the report, each one document; empty means the plan itself
 * @param signer who signs the report; empty means the chair for a People's Committee ("TM. ỦY BAN NHÂN DÂN" /
 *     "CHỦ TỊCH"), otherwise the head of the issuing body, name left to write by hand
 * @param recipients the recipients ("Nơi nhận"), without the archive line; empty means the defaults for the issuer
 * @param archive what follows "Lưu:" in the last recipient line, e.g. {@code VT, KHCN}; empty means {@code VT}
 * @param shortcomings section II's shortcomings and limitations (tồn tại, hạn chế), one paragraph each; empty leaves
 *     a marked blank
 * @param causes section II's causes (nguyên nhân); empty leaves a marked blank
 * @param tasks section III, tasks and solutions (nhiệm vụ, giải pháp); empty leaves a marked blank
 * @param recommendations section IV, recommendations (kiến nghị, đề xuất); empty leaves a marked blank
 * @param leadAgencies the agency in charge (đơn vị chủ trì) per target, overriding the plan's
 */
public record ReportMetadata(
    Optional<String> documentNumber,
    Optional<String> place,
    Optional<LocalDate> date,
    Optional<LocalizedText> superiorBody,
    Optional<LocalizedText> issuer,
    Optional<String> preparer,
    Optional<String> head,
    Optional<Period> reportingPeriod,
    boolean sample,
    List<LocalizedText> legalBases,
    Optional<Signer> signer,
    List<LocalizedText> recipients,
    Optional<String> archive,
    List<LocalizedText> shortcomings,
    List<LocalizedText> causes,
    List<LocalizedText> tasks,
    List<LocalizedText> recommendations,
    Map<TargetId, LocalizedText> leadAgencies) {

  private static final ReportMetadata DEFAULTS = builder().build();

  /** Checks that nothing is null, drops blank texts and copies the lists. */
  public ReportMetadata {
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(place, "place");
    requireNonNull(date, "date");
    requireNonNull(superiorBody, "superiorBody");
    requireNonNull(issuer, "issuer");
    requireNonNull(preparer, "preparer");
    requireNonNull(head, "head");
    requireNonNull(reportingPeriod, "reportingPeriod");
    requireNonNull(signer, "signer");
    requireNonNull(archive, "archive");
    documentNumber = documentNumber.filter(s -> !s.isBlank()).map(String::strip);
    place = place.filter(s -> !s.isBlank()).map(String::strip);
    superiorBody = superiorBody.filter(t -> !t.isBlank());
    issuer = issuer.filter(t -> !t.isBlank());
    preparer = preparer.filter(s -> !s.isBlank()).map(String::strip);
    head = head.filter(s -> !s.isBlank()).map(String::strip);
    archive = archive.filter(s -> !s.isBlank()).map(String::strip);
    legalBases = texts(legalBases, "legalBases");
    recipients = texts(recipients, "recipients");
    shortcomings = texts(shortcomings, "shortcomings");
    causes = texts(causes, "causes");
    tasks = texts(tasks, "tasks");
    recommendations = texts(recommendations, "recommendations");
    Map<TargetId, LocalizedText> agencies = new LinkedHashMap<>();
    requireNonNull(leadAgencies, "leadAgencies").forEach((k, v) -> {
      if (!requireNonNull(v, "leadAgencies of " + k).isBlank()) {
        agencies.put(requireNonNull(k, "leadAgencies key"), v);
      }
    });
    leadAgencies = java.util.Collections.unmodifiableMap(agencies);
  }

  private static List<LocalizedText> texts(List<LocalizedText> in, String name) {
    return requireNonNull(in, name).stream().map(t -> requireNonNull(t, name)).filter(t -> !t.isBlank()).toList();
  }

  /**
   * Who signs the report, as Decree 30/2020/NĐ-CP prints it: the capacity line ("TM. ỦY BAN NHÂN DÂN"), the line of
   * the one signed for when a deputy signs ("KT. CHỦ TỊCH"), the signer's title ("PHÓ CHỦ TỊCH") and name.
   *
   * @param capacity the capacity line, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"; empty when the head signs in their
   *     own name
   * @param deputyFor the line of the one signed for when a deputy signs, e.g. "KT. CHỦ TỊCH"; empty otherwise
   * @param title the signer's title, e.g. "PHÓ CHỦ TỊCH", "CHỦ TỊCH"
   * @param name the signer's full name; empty leaves the space to write it by hand
   */
  public record Signer(Optional<LocalizedText> capacity, Optional<LocalizedText> deputyFor, LocalizedText title,
      Optional<String> name) {
    /** The chair signing for the People's Committee, name left to write by hand. */
    public static final Signer CHAIR = new Signer(Optional.of(LocalizedText.of("TM. ỦY BAN NHÂN DÂN",
        "ON BEHALF OF THE PEOPLE'S COMMITTEE")), Optional.empty(), LocalizedText.of("CHỦ TỊCH", "CHAIR"),
        Optional.empty());

    /** Checks that nothing is null and drops blank texts. */
    public Signer {
      requireNonNull(capacity, "capacity");
      requireNonNull(deputyFor, "deputyFor");
      requireNonNull(title, "title");
      requireNonNull(name, "name");
      capacity = capacity.filter(t -> !t.isBlank());
      deputyFor = deputyFor.filter(t -> !t.isBlank());
      name = name.filter(s -> !s.isBlank()).map(String::strip);
    }
  }

  /** No number, default place, date, period and signer, blanks to fill, not sample data. */
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
    b.date = date.orElse(null);
    b.superiorBody = superiorBody.orElse(null);
    b.issuer = issuer.orElse(null);
    b.preparer = preparer.orElse(null);
    b.head = head.orElse(null);
    b.reportingPeriod = reportingPeriod.orElse(null);
    b.sample = sample;
    b.legalBases.addAll(legalBases);
    b.signer = signer.orElse(null);
    b.recipients.addAll(recipients);
    b.archive = archive.orElse(null);
    b.shortcomings.addAll(shortcomings);
    b.causes.addAll(causes);
    b.tasks.addAll(tasks);
    b.recommendations.addAll(recommendations);
    b.leadAgencies.putAll(leadAgencies);
    return b;
  }

  /** Builds a {@link ReportMetadata}. Not thread-safe. */
  public static final class Builder {
    private String documentNumber;
    private String place;
    private LocalDate date;
    private LocalizedText superiorBody;
    private LocalizedText issuer;
    private String preparer;
    private String head;
    private Period reportingPeriod;
    private boolean sample;
    private final List<LocalizedText> legalBases = new ArrayList<>();
    private Signer signer;
    private final List<LocalizedText> recipients = new ArrayList<>();
    private String archive;
    private final List<LocalizedText> shortcomings = new ArrayList<>();
    private final List<LocalizedText> causes = new ArrayList<>();
    private final List<LocalizedText> tasks = new ArrayList<>();
    private final List<LocalizedText> recommendations = new ArrayList<>();
    private final Map<TargetId, LocalizedText> leadAgencies = new LinkedHashMap<>();

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

    /** Sets the date of the report (by default the assessment's day). */
    public Builder date(LocalDate date) {
      this.date = requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the superior body printed above the issuer.
     *
     * @param vi e.g. {@code UBND thành phố Hải Phòng}
     * @param en e.g. {@code Hai Phong City People's Committee}
     * @return this builder
     */
    public Builder superiorBody(String vi, String en) {
      this.superiorBody = LocalizedText.of(vi, en);
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

    /** Sets the preparer's name (Người lập biểu), printed under the workbook's form. */
    public Builder preparer(String name) {
      this.preparer = requireNonNull(name, "name");
      return this;
    }

    /** Sets the name of the head of the unit (Thủ trưởng đơn vị), printed under the workbook's form. */
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

    /** Adds a legal basis ("Căn cứ Kế hoạch số 106/KH-UBND ngày … của …"), without "Căn cứ". */
    public Builder legalBasis(String vi, String en) {
      legalBases.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Sets who signs. */
    public Builder signer(Signer signer) {
      this.signer = requireNonNull(signer, "signer");
      return this;
    }

    /** Adds a recipient ("Bộ Khoa học và Công nghệ (để báo cáo)"), without the leading dash and final semicolon. */
    public Builder recipient(String vi, String en) {
      recipients.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Sets what follows "Lưu:" in the last recipient line, e.g. {@code VT, KHCN}. */
    public Builder archive(String archive) {
      this.archive = requireNonNull(archive, "archive");
      return this;
    }

    /** Adds a paragraph to section II's shortcomings and limitations. */
    public Builder shortcoming(String vi, String en) {
      shortcomings.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Adds a paragraph to section II's causes. */
    public Builder cause(String vi, String en) {
      causes.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Adds a paragraph to section III, tasks and solutions. */
    public Builder task(String vi, String en) {
      tasks.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Adds a paragraph to section IV, recommendations. */
    public Builder recommendation(String vi, String en) {
      recommendations.add(LocalizedText.of(vi, en));
      return this;
    }

    /** Sets the agency in charge of a target (đơn vị chủ trì), overriding the plan's. */
    public Builder leadAgency(String target, String vi, String en) {
      leadAgencies.put(TargetId.of(target), LocalizedText.of(vi, en));
      return this;
    }

    /** Builds the metadata. */
    public ReportMetadata build() {
      return new ReportMetadata(
          Optional.ofNullable(documentNumber),
          Optional.ofNullable(place),
          Optional.ofNullable(date),
          Optional.ofNullable(superiorBody),
          Optional.ofNullable(issuer),
          Optional.ofNullable(preparer),
          Optional.ofNullable(head),
          Optional.ofNullable(reportingPeriod),
          sample,
          legalBases,
          Optional.ofNullable(signer),
          recipients,
          Optional.ofNullable(archive),
          shortcomings,
          causes,
          tasks,
          recommendations,
          leadAgencies);
    }
  }
}
