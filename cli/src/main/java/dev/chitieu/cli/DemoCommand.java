package dev.chitieu.cli;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.report.ComplianceReport;
import dev.chitieu.report.ReportMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chitieu demo}: assesses every installed plan on its bundled sample data and writes its reports in Vietnamese
 * and English, all marked as sample data.
 */
@Command(
    name = "demo",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Runs the demo on bundled SAMPLE data (invented, not official): a status table and Excel and PDF reports",
      "in Vietnamese and English for every installed plan, as of 2026-09-30.",
      "Chạy thử trên số liệu mẫu: bảng trạng thái và báo cáo Excel, PDF tiếng Việt và tiếng Anh."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (created)")
  private Path outDir;

  @Option(names = "--lang", paramLabel = "vi,en", hideParamSyntax = true, split = ",", defaultValue = "vi,en",
      converter = LangOption.Converter.class,
      description = "language(s) of the reports (default vi,en); the tables print in the first")
  private List<Lang> langs;

  @Option(names = "--format", paramLabel = "docx,pdf,xlsx", hideParamSyntax = true, split = ",",
      defaultValue = "docx,pdf,xlsx", description = "kinds of file: docx, pdf, xlsx, or several (all three by default)")
  private List<ReportFiles.Kind> kinds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context context = parent.context();
    PlanRegistry registry = context.registry();
    boolean broken = Warnings.registryFailures(registry, err);
    if (registry.plans().isEmpty()) {
      throw new CliException(ExitCodes.CONFIG, "no plan is installed, so there is nothing to demonstrate / chưa cài"
          + " đặt kế hoạch nào. Put a plan module (chitieu-indicators-*) on the class path.");
    }
    ProgressMeter meter = new ProgressMeter(err, context.progress());
    Path dir = ReportFiles.folder(outDir);
    Path dataDir = ReportFiles.folder(dir.resolve("data"));
    List<Lang> languages = List.copyOf(new LinkedHashSet<>(langs));
    out.println("SAMPLE DATA / SỐ LIỆU MẪU: invented for demonstration, not official figures / số liệu giả lập để"
        + " minh họa, không phải số liệu chính thức.");
    out.println();
    List<Path> written = new ArrayList<>();
    List<String> tryIt = new ArrayList<>();
    // the SAMPLE survey of Bắc Ninh's SMEs: its files beside the sample data, its results in the plan it maps into
    Path surveyFolder = SurveyCommand.sampleFiles(dataDir);
    for (Plan plan : registry.plans()) {
      Optional<byte[]> sample = SampleData.of(plan.id());
      if (sample.isEmpty()) {
        out.println(plan.id() + ": no sample data is bundled for this plan; skipped / không có số liệu mẫu.");
        out.println();
        continue;
      }
      String fileName = SampleData.fileName(plan.id());
      Path copy = dataDir.resolve(fileName);
      try {
        Files.write(copy, sample.get());
        meter.step("reading " + fileName);
        ImportResult imported = MeasurementCsv.readStrict(new ByteArrayInputStream(sample.get()), fileName,
            Assessing.importOptions(context, plan));
        meter.done();
        MeasurementSet data = imported.measurements();
        Optional<SampleSurvey.Result> survey = SampleSurvey.of(surveyFolder, plan, data, registry.regions());
        if (survey.isPresent()) {
          MeasurementSet.Builder all = MeasurementSet.builder();
          data.forEach(all::add);
          survey.get().measurements().forEach(all::add);
          data = all.build();
          out.println(plan.id() + ": the SAMPLE survey of " + survey.get().aggregates().total().respondents()
              + " SMEs feeds its target / khảo sát MẪU " + survey.get().aggregates().total().respondents()
              + " DNNVV, tính vào chỉ tiêu: " + context.launcher() + " survey score --sample --plan " + plan.id()
              + " --data " + copy + " --as-of " + SampleData.AS_OF + " --out " + dir.resolve("survey"));
        }
        Assessment assessment = Assessing.assess(context, plan, data, SampleData.AS_OF, meter);
        out.print(AssessmentTable.render(assessment, languages.get(0)));
        out.println();
        ComplianceReport report = ComplianceReport.of(assessment).sample(true).data(data)
            .regions(registry.regions());
        if (survey.isPresent()) {
          report = report.survey(survey.get().aggregates(), survey.get().levelAtLeast());
        }
        written.addAll(ReportFiles.write(report, dir, plan.id() + "-sample", languages, EnumSet.copyOf(kinds),
            Optional.empty(), meter));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + copy, e);
      }
      tryIt.add(context.launcher() + " assess --plan " + plan.id() + " --data " + copy + " --as-of "
          + SampleData.AS_OF);
    }
    out.println("Reports written / báo cáo đã lập (sample data / số liệu mẫu):");
    written.forEach(f -> out.println("  " + f));
    out.println("Sample data files / tệp số liệu mẫu: " + dataDir);
    official(registry, languages, dir, dataDir, out, meter, tryIt);
    if (!tryIt.isEmpty()) {
      out.println("Try / thử: " + tryIt.get(0));
    }
    return broken ? ExitCodes.CONFIG : ExitCodes.OK;
  }

  /**
   * The reports on the official figures the plan modules bundle (the national results of the first half of 2024),
   * beside the sample reports and never marked sample: each assessed as of the last day of the period it reports.
   */
  private void official(PlanRegistry registry, List<Lang> languages, Path dir, Path dataDir, PrintWriter out,
      ProgressMeter meter, List<String> tryIt) {
    Context context = parent.context();
    List<Path> written = new ArrayList<>();
    for (Plan plan : registry.plans()) {
      Optional<byte[]> official = OfficialData.of(plan.id());
      if (official.isEmpty()) {
        continue;
      }
      if (written.isEmpty()) {
        out.println();
        out.println("OFFICIAL DATA / SỐ LIỆU CHÍNH THỨC: figures as published by their sources, not sample / số liệu"
            + " do cơ quan nhà nước công bố, không phải số liệu mẫu.");
        out.println();
      }
      String fileName = plan.id() + ".csv";
      try {
        meter.step("reading " + fileName);
        ImportResult imported = MeasurementCsv.readStrict(new ByteArrayInputStream(official.get()), fileName,
            Assessing.importOptions(context, plan));
        meter.done();
        Period period = OfficialData.period(imported.measurements());
        String base = plan.id() + "-" + period.toString().replace("..", "_");
        Path copy = dataDir.resolve(base + ".csv");
        Files.write(copy, official.get());
        Path meta = dataDir.resolve(base + ".yaml");
        Files.writeString(meta, "# The report file of the demo's report on the official figures: the period it reports.\n"
            + "reportingPeriod: \"" + period + "\"\n");
        Assessment assessment = Assessing.assess(context, plan, imported.measurements(), OfficialData.asOf(period),
            meter);
        out.print(AssessmentTable.render(assessment, languages.get(0)));
        out.println();
        ComplianceReport report = ComplianceReport.of(assessment).sample(false).data(imported.measurements())
            .regions(registry.regions()).metadata(ReportMetadata.builder().reportingPeriod(period).build());
        written.addAll(ReportFiles.write(report, dir, base, languages, EnumSet.copyOf(kinds), Optional.empty(),
            meter));
        tryIt.add(context.launcher() + " report --plan " + plan.id() + " --data " + copy + " --as-of "
            + OfficialData.asOf(period) + " --meta " + meta + " --out " + dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the official figures of " + plan.id() + " into " + dataDir, e);
      }
    }
    if (!written.isEmpty()) {
      out.println("Reports written / báo cáo đã lập (official data / số liệu chính thức):");
      written.forEach(f -> out.println("  " + f));
    }
  }
}
