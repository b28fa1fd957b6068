package dev.chitieu.examples;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.report.ComplianceReport;
import dev.chitieu.report.ReportFile;
import dev.chitieu.report.ReportMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The README's example of embedding chitieu: find the installed plans, import a data file, assess a plan as of a day
 * and write its report as a Word document, a PDF and a workbook. The build compiles it and a test runs it.
 *
 * <pre>
 * java -cp … dev.chitieu.examples.EmbeddingExample haiphong-2025.csv out [bao-cao.yaml]
 * </pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example.
   *
   * @param args the data file (CSV), the folder to write into, and optionally a report file (YAML)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    ReportMetadata meta = args.length > 2 ? ReportFile.read(Path.of(args[2])) : ReportMetadata.defaults();

    // README: begin
    PlanRegistry registry = PlanRegistry.loadInstalled().requireHealthy();   // plan modules found by ServiceLoader
    Plan plan = registry.plan("haiphong-106-2025");
    RegionHierarchy regions = registry.regions();                            // 34 provinces + the modules' communes

    ImportResult data = MeasurementCsv.readStrict(csv,
        ImportOptions.defaults().withPlan(plan).withRegions(regions));       // every bad row: file, line, column
    Assessment assessment = Assessor.withDefaults()
        .assess(plan, data.measurements(), regions, LocalDate.of(2025, 12, 31));

    ComplianceReport report = ComplianceReport.of(assessment).locale(Lang.VI).data(data.measurements())
        .metadata(meta);                                                     // number, signer, recipients, sections
    try (OutputStream docx = Files.newOutputStream(out.resolve("bao-cao.docx"));
        OutputStream pdf = Files.newOutputStream(out.resolve("bao-cao.pdf"));
        OutputStream xlsx = Files.newOutputStream(out.resolve("bao-cao.xlsx"))) {
      report.writeDocx(docx);
      report.writePdf(pdf);
      report.writeXlsx(xlsx);
    }
    // README: end
    System.out.println(assessment.results().size() + " targets assessed; reports in " + out);
  }
}
