package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {
  @Test
  void defaults_areVietnameseWithoutSampleMarking() {
    ComplianceReport r = ComplianceReport.of(SampleReports.haiPhongAssessment());
    assertThat(r.lang()).isEqualTo(Lang.VI);
    assertThat(r.metadata()).isEqualTo(ReportMetadata.defaults());
    assertThat(r.metadata().sample()).isFalse();
  }

  @Test
  void setters_returnNewReportsAndLeaveTheOriginal() {
    ComplianceReport r = ComplianceReport.of(SampleReports.haiPhongAssessment());
    ComplianceReport en = r.locale(Locale.UK).sample(true);
    assertThat(en.lang()).isEqualTo(Lang.EN);
    assertThat(en.metadata().sample()).isTrue();
    assertThat(r.lang()).isEqualTo(Lang.VI);
    assertThat(r.metadata().sample()).isFalse();
  }

  @Test
  void otherLocale_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(Locale.FRANCE));
    assertThat(e).hasMessage("unknown language 'fr-FR'; expected 'vi' or 'en'");
  }

  @Test
  void metadata_blankTextsCountAsUnset() {
    ReportMetadata m = ReportMetadata.builder().documentNumber("  ").place("").preparer(" A ").build();
    assertThat(m.documentNumber()).isEmpty();
    assertThat(m.place()).isEmpty();
    assertThat(m.preparer()).contains("A");
  }

  @Test
  void assessmentMissingATarget_isAClearError() {
    Assessment full = SampleReports.haiPhongAssessment();
    Assessment partial = new Assessment(full.plan(), full.region(), full.asOf(), full.results().subList(0, 6));
    ReportException e = assertThrows(ReportException.class,
        () -> ComplianceReport.of(partial).writeXlsx(new ByteArrayOutputStream()));
    assertThat(e).hasMessage("assessment of plan 'sample-haiphong-106-2025' has no result for target 'hp.vneid-2025';"
        + " expected one result per target of the plan, as the assessor gives");
  }

  @Test
  void maxDataRows_outsideExcelsLimit_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ComplianceReport.of(SampleReports.haiPhongAssessment()).maxDataRows(0));
    assertThat(e).hasMessage("rows per data sheet must be 1..1048575, was 0");
  }
}
