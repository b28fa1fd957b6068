package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.fixtures.SampleReports;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the SAMPLE reports to {@code target/sample-reports/} for a person to look at; {@code
 * scripts/render-reports.sh} turns them into pictures.
 */
class SampleReportFilesTest {
  static final Path DIR = Path.of("target", "sample-reports");

  @Test
  void sampleReports_areWrittenForReview() throws IOException {
    Files.createDirectories(DIR);
    write("haiphong-vi", SampleReports.haiPhongAssessment(), Lang.VI);
    write("haiphong-en", SampleReports.haiPhongAssessment(), Lang.EN);
    write("bacninh-vi", SampleReports.bacNinhAssessment(), Lang.VI);
    try (var stream = Files.list(DIR)) {
      assertThat(stream.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".xlsx")).count())
          .isGreaterThanOrEqualTo(6);
    }
  }

  private static void write(String name, Assessment a, Lang lang) throws IOException {
    ComplianceReport r = ComplianceReport.of(a).locale(lang)
        .metadata(ReportMetadata.builder().preparer("Nguyễn Thị Mẫu")
            .head("Trần Văn Mẫu").sample(true).build())
        .data(SampleReports.haiPhongData(500, 7))
        .rejected(SampleReports.rejectedRows());
    try (OutputStream out = Files.newOutputStream(DIR.resolve(name + ".xlsx"))) {
      r.writeXlsx(out);
    }
    try (OutputStream out = Files.newOutputStream(DIR.resolve(name + ".pdf"))) {
      r.writePdf(out);
    }
    assertThat(Files.size(DIR.resolve(name + ".pdf"))).isGreaterThan(10_000);
  }
}
