package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: reports can be archived and compared. */
class DeterminismTest {
  private static ComplianceReport report(Lang lang) {
    return ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang).sample(true)
        .data(SampleReports.haiPhongData(400, 3)).rejected(SampleReports.rejectedRows());
  }

  private static byte[] xlsx(ComplianceReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writeXlsx(out);
    return out.toByteArray();
  }

  private static byte[] pdf(ComplianceReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writePdf(out);
    return out.toByteArray();
  }

  @Test
  void xlsx_writtenTwice_isTheSameBytes() throws InterruptedException {
    byte[] a = xlsx(report(Lang.VI));
    Thread.sleep(2100); // past the 2-second resolution of zip times, so a clock would show
    byte[] b = xlsx(report(Lang.VI));
    assertThat(b).isEqualTo(a);
  }

  @Test
  void xlsx_inAnotherTimeZone_isTheSameBytes() {
    byte[] a = xlsx(report(Lang.EN));
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(xlsx(report(Lang.EN))).isEqualTo(a);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void xlsx_zipEntries_carryTheAssessmentsDay() throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx(report(Lang.VI))))) {
      int n = 0;
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2025, 6, 30, 12, 0));
        n++;
      }
      assertThat(n).isGreaterThan(10);
    }
  }

  @Test
  void pdf_writtenTwice_isTheSameBytes() throws InterruptedException {
    byte[] a = pdf(report(Lang.VI));
    Thread.sleep(1100);
    byte[] b = pdf(report(Lang.VI));
    assertThat(b).isEqualTo(a);
    assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/CreationDate(D:20250630000000Z)");
  }

  @Test
  void differentAssessments_giveDifferentFileIds() {
    String a = tail(pdf(report(Lang.VI)));
    String b = tail(pdf(ComplianceReport.of(SampleReports.bacNinhAssessment())));
    assertThat(a).contains("/ID [<");
    assertThat(a.substring(a.indexOf("/ID ["))).isNotEqualTo(b.substring(b.indexOf("/ID [")));
  }

  private static String tail(byte[] pdf) {
    return new String(pdf, pdf.length - 400, 400, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
