package dev.chitieu.cli;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.report.ComplianceReport;
import dev.chitieu.report.ReportFile;
import dev.chitieu.report.ReportMetadata;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chitieu report}: writes the official report of a plan on a data file: the editable document (.docx), the PDF
 * and the workbook, with what the builder supplies in a report file ({@code --meta}).
 */
@Command(
    name = "report",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Writes the official report of a plan on a data file (Word .docx, PDF, Excel), and fills a template.",
      "Lập báo cáo kết quả thực hiện chỉ tiêu (Word, PDF, Excel). Prints the paths of the files written."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand private ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Mixin private PlanDataOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (created)")
  private Path outDir;

  @Option(names = "--lang", paramLabel = "vi,en", hideParamSyntax = true, split = ",", defaultValue = "vi",
      converter = LangOption.Converter.class,
      description = "language(s) of the reports: vi (the default), en, or vi,en")
  private List<Lang> langs;

  @Option(names = "--format", paramLabel = "docx,pdf,xlsx", hideParamSyntax = true, split = ",",
      defaultValue = "docx,pdf,xlsx", description = "kinds of file: docx, pdf, xlsx, or several (all three by default)")
  private List<ReportFiles.Kind> kinds;

  @Option(names = "--meta", paramLabel = "FILE",
      description = "the report file (YAML or JSON): number, date, signer, recipients, sections; see docs/reports.md")
  private Path meta;

  @Option(names = "--template", paramLabel = "FILE",
      description = "also fill this Excel template (placeholders such as $${target:ID.value}, see docs/reports.md)")
  private Path template;

  @Option(names = "--number", paramLabel = "TEXT", description = "the document number after 'Số:', e.g. 12/BC-UBND")
  private String number;

  @Option(names = "--preparer", paramLabel = "NAME", description = "the preparer's name (Người lập biểu)")
  private String preparer;

  @Option(names = "--head", paramLabel = "NAME", description = "the head of the unit (Thủ trưởng đơn vị)")
  private String head;

  @Option(names = "--sample", description = "mark the reports as sample data (SỐ LIỆU MẪU / SAMPLE DATA); data that"
      + " declares itself sample is marked without it")
  private boolean sample;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Context context = input.context(parent.context());
    Plan plan = input.plan(context, err);
    if (template != null) {
      if (!Files.isRegularFile(template)) {
        throw new CliException(ExitCodes.CONFIG, "template not found / không tìm thấy mẫu: " + template);
      }
      if (!template.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        throw CliException.usage("the template " + template + " is not an Excel workbook; expected a .xlsx file");
      }
    }
    ReportMetadata given = ReportMetadata.defaults();
    if (meta != null) {
      if (!Files.isRegularFile(meta)) {
        throw new CliException(ExitCodes.CONFIG, "report file not found / không tìm thấy tệp thông tin báo cáo: "
            + meta);
      }
      given = ReportFile.read(meta);
    }
    ProgressMeter meter = new ProgressMeter(err, context.progress());
    PlanDataOptions.Assessed assessed = input.assess(context, plan, err, meter);
    ImportResult imported = assessed.imported();
    LocalDate day = assessed.day();
    Assessment assessment = assessed.assessment();

    boolean declared = SampleMarks.declared(input.dataFile(), imported.measurements());
    if (declared && !sample && !given.sample()) {
      err.println("note: the data declares itself sample data; the reports are marked SỐ LIỆU MẪU / SAMPLE DATA"
          + " / số liệu tự ghi là số liệu mẫu, báo cáo được đánh dấu là số liệu mẫu");
    }
    ReportMetadata.Builder md = given.toBuilder().sample(sample || given.sample() || declared);
    if (number != null) {
      md.documentNumber(number);
    }
    if (preparer != null) {
      md.preparer(preparer);
    }
    if (head != null) {
      md.head(head);
    }
    ComplianceReport report = ComplianceReport.of(assessment).metadata(md.build()).data(imported.measurements())
        .regions(context.registry().regions());
    if (input.lenient() || !imported.rejected().isEmpty()) {
      // strict imports set rows aside too: those a --duplicates keep-first|keep-last policy did not use
      report = report.rejected(imported.rejected());
    }
    Path dir = ReportFiles.folder(outDir);
    List<Path> files = ReportFiles.write(report, dir, plan.id() + "-" + day, List.copyOf(new LinkedHashSet<>(langs)),
        EnumSet.copyOf(kinds), Optional.ofNullable(template), meter);
    files.forEach(f -> out.println(f));
    return ExitCodes.OK;
  }
}
