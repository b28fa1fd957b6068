package dev.chitieu.report;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.survey.score.SurveyAggregates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The compliance report of an assessment, in the official Vietnamese form: an Excel workbook, a PDF, or a user's own
 * Excel template filled in.
 *
 * <pre>{@code
 * ComplianceReport.of(assessment).locale(Lang.VI).writeXlsx(out);
 * ComplianceReport.of(assessment)
 *     .data(measurements)
 *     .metadata(ReportMetadata.builder().documentNumber("12/BC-UBND").head("Nguyễn Văn A").build())
 *     .writePdf(out);
 * }</pre>
 *
 * <p>Every date in the output comes from the assessment's day ({@link Assessment#asOf()}): the same input gives the
 * same bytes, so reports can be archived and compared.
 *
 * <p>Immutable and thread-safe: each setter returns a new report; one report can be written many times, from several
 * threads at once.
 */
public final class ComplianceReport {
  private final Assessment assessment;
  private final Lang lang;
  private final ReportMetadata metadata;
  private final Optional<MeasurementSet> data;
  private final Optional<List<RejectedRow>> rejected;
  private final int maxDataRows;
  private final Optional<RegionHierarchy> regions;
  private final Optional<SurveyInput> survey;

  /** The survey results a report prints, and the level whose share it states. */
  record SurveyInput(SurveyAggregates aggregates, int levelAtLeast) {}

  private ComplianceReport(Assessment assessment, Lang lang, ReportMetadata metadata, Optional<MeasurementSet> data,
      Optional<List<RejectedRow>> rejected, int maxDataRows) {
    this(assessment, lang, metadata, data, rejected, maxDataRows, Optional.empty(), Optional.empty());
  }

  private ComplianceReport(Assessment assessment, Lang lang, ReportMetadata metadata, Optional<MeasurementSet> data,
      Optional<List<RejectedRow>> rejected, int maxDataRows, Optional<RegionHierarchy> regions) {
    this(assessment, lang, metadata, data, rejected, maxDataRows, regions, Optional.empty());
  }

  private ComplianceReport(Assessment assessment, Lang lang, ReportMetadata metadata, Optional<MeasurementSet> data,
      Optional<List<RejectedRow>> rejected, int maxDataRows, Optional<RegionHierarchy> regions,
      Optional<SurveyInput> survey) {
    this.survey = survey;
    this.assessment = assessment;
    this.lang = lang;
    this.metadata = metadata;
    this.data = data;
    this.rejected = rejected;
    this.maxDataRows = maxDataRows;
    this.regions = regions;
  }

  /**
   * The same report naming the regions of the data sheet's rows ("Xã An Lão" beside 31001) from a hierarchy, such as
   * the one the assessment used.
   *
   * @param hierarchy the regions
   * @return the report with region names
   */
  public ComplianceReport regions(RegionHierarchy hierarchy) {
    return new ComplianceReport(assessment, lang, metadata, data, rejected, maxDataRows,
        Optional.of(requireNonNull(hierarchy, "hierarchy")), survey);
  }

  /**
   * The same report with the results of a self-assessment survey: a paragraph in section I of the document, an
   * appendix of the .docx and the PDF and a sheet of the workbook with the respondents by level per sector and per
   * commune, the share at or above {@code levelAtLeast}, the pillars' mean scores as a chart, and the weakest pillars
   * and criteria. A survey of a sample criteria set is marked sample wherever it appears.
   *
   * @param aggregates the survey's results, e.g. {@code SurveyAggregates.of(scores, hierarchy, enterprises)}
   * @param levelAtLeast the level whose share the report states, the one the plan (or its survey mapping) counts
   * @return the report with the survey
   * @throws IllegalArgumentException if the survey's criteria set has no such level
   */
  public ComplianceReport survey(SurveyAggregates aggregates, int levelAtLeast) {
    requireNonNull(aggregates, "aggregates");
    int levels = aggregates.set().levels().size();
    if (levelAtLeast < 0 || levelAtLeast >= levels) {
      throw new IllegalArgumentException("criteria set '" + aggregates.set().id() + "' has levels 0.." + (levels - 1)
          + ", not " + levelAtLeast);
    }
    return new ComplianceReport(assessment, lang, metadata, data, rejected, maxDataRows, regions,
        Optional.of(new SurveyInput(aggregates, levelAtLeast)));
  }

  /**
   * The report of an assessment, in Vietnamese, with {@link ReportMetadata#defaults()}, without a data sheet.
   *
   * @param assessment the assessment, with its plan and a result for every target of the plan
   * @return the report
   */
  public static ComplianceReport of(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return new ComplianceReport(assessment, Lang.VI, ReportMetadata.defaults(), Optional.empty(), Optional.empty(),
        XlsxReport.MAX_DATA_ROWS);
  }

  /**
   * The same report in another language: every label, status word, number and date.
   *
   * @param lang {@link Lang#VI} (the default) or {@link Lang#EN}
   * @return the report in that language
   */
  public ComplianceReport locale(Lang lang) {
    return new ComplianceReport(assessment, requireNonNull(lang, "lang"), metadata, data, rejected, maxDataRows,
        regions, survey);
  }

  /**
   * The same report in the language of a locale.
   *
   * @param locale a Vietnamese or English locale
   * @return the report in that language
   * @throws IllegalArgumentException if the locale is neither Vietnamese nor English
   */
  public ComplianceReport locale(Locale locale) {
    return locale(Lang.parse(requireNonNull(locale, "locale").toLanguageTag()));
  }

  /**
   * The same report with a data sheet listing every measurement of the set, with its source and status.
   *
   * @param measurements the measurements the assessment used
   * @return the report with the data sheet
   */
  public ComplianceReport data(MeasurementSet measurements) {
    return new ComplianceReport(assessment, lang, metadata, Optional.of(requireNonNull(measurements,
        "measurements")), rejected, maxDataRows, regions, survey);
  }

  /**
   * The same report with a sheet of the input rows an import set aside, each with its reasons: the bad rows of a
   * lenient import, and the rows a {@code KEEP_FIRST} / {@code KEEP_LAST} duplicates policy did not use. An empty
   * list gives a sheet that says no row was rejected.
   *
   * @param rows the rejected rows
   * @return the report with the rejected-rows sheet
   */
  public ComplianceReport rejected(List<RejectedRow> rows) {
    return new ComplianceReport(assessment, lang, metadata, data, Optional.of(List.copyOf(requireNonNull(rows,
        "rows"))), maxDataRows, regions, survey);
  }

  /**
   * The same report with other metadata: document number, place, signers, reporting period, sample marking.
   *
   * @param metadata the metadata
   * @return the report with it
   */
  public ComplianceReport metadata(ReportMetadata metadata) {
    return new ComplianceReport(assessment, lang, requireNonNull(metadata, "metadata"), data, rejected,
        maxDataRows, regions, survey);
  }

  /**
   * The same report marked (or not) as sample data: "SỐ LIỆU MẪU / SAMPLE DATA" on every page and sheet.
   *
   * @param sample whether the figures are sample data
   * @return the report
   */
  public ComplianceReport sample(boolean sample) {
    return metadata(metadata.toBuilder().sample(sample).build());
  }

  /** The same report splitting the data sheet every {@code rows} rows (tests; Excel's own limit by default). */
  ComplianceReport maxDataRows(int rows) {
    if (rows < 1 || rows > XlsxReport.MAX_DATA_ROWS) {
      throw new IllegalArgumentException("rows per data sheet must be 1.." + XlsxReport.MAX_DATA_ROWS + ", was "
          + rows);
    }
    return new ComplianceReport(assessment, lang, metadata, data, rejected, rows, regions, survey);
  }

  /** The assessment reported. */
  public Assessment assessment() {
    return assessment;
  }

  /** The language. */
  public Lang lang() {
    return lang;
  }

  /** The metadata. */
  public ReportMetadata metadata() {
    return metadata;
  }

  /**
   * Writes the workbook (.xlsx): the summary sheet in the official form, a details sheet, a breakdown sheet per
   * "each" or "every period" target, a chart of percent of target, and, when given, the data and rejected-rows
   * sheets. The data sheet streams, so a million rows fit in a small heap. The stream is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws ReportException if the assessment lacks a result for a target of its plan
   */
  public void writeXlsx(OutputStream out) {
    requireNonNull(out, "out");
    try {
      new XlsxReport(model(), data, rejected, maxDataRows, regions).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the workbook of plan '" + assessment.plan().id() + "'", e);
    }
  }

  /**
   * Writes the report as an editable Word document (.docx), the form report builders edit before they sign: the
   * Decree 30/2020/NĐ-CP header, the subject, the body (legal bases; results in sentences; shortcomings, tasks and
   * recommendations from the metadata or marked blanks), recipients and signature, then the appendix form "Biểu số
   * 01" in a landscape section. The stream is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws ReportException if the assessment lacks a result for a target of its plan
   */
  public void writeDocx(OutputStream out) {
    requireNonNull(out, "out");
    try {
      new DocxReport(model()).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the document of plan '" + assessment.plan().id() + "'", e);
    }
  }

  /**
   * Writes the PDF: the same document as {@link #writeDocx} (header, subject, body, recipients and signature, the
   * appendix form in landscape), then per target a progress bar, its evidence and explanation; fonts embedded, pages
   * numbered at the top centre from page 2. The stream is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   * @throws ReportException if the assessment lacks a result for a target of its plan
   */
  public void writePdf(OutputStream out) {
    requireNonNull(out, "out");
    try {
      new PdfReport(model()).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF of plan '" + assessment.plan().id() + "'", e);
    }
  }

  /**
   * Fills a user's own workbook: every placeholder ({@code ${target:hp.ecommerce-share.value}}) in a text cell and
   * every named range of the same names gets its value; every style of the template is kept. See {@code
   * docs/reports.md} for the names.
   *
   * @param template the template (.xlsx); read fully, not closed
   * @param out where to write the filled workbook; not closed
   * @throws TemplateException listing every problem of the template (unknown placeholders, targets or fields, bad
   *     named ranges), each with its sheet and cell; nothing is written then
   * @throws UncheckedIOException if reading or writing fails
   */
  public void fillTemplate(InputStream template, OutputStream out) {
    requireNonNull(template, "template");
    requireNonNull(out, "out");
    try {
      new TemplateFiller(model()).fill(template, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not fill the template for plan '" + assessment.plan().id() + "'", e);
    }
  }

  private ReportModel model() {
    return new ReportModel(assessment, lang, metadata, data, regions, survey);
  }
}
