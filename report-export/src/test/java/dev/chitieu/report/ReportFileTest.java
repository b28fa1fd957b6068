package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.TargetId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFileTest {
  private static ReportMetadata read(String text) {
    return ReportFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bao-cao.yaml");
  }

  @Test
  void fullFile_setsEveryField() {
    ReportMetadata m = read("""
        number: 125/BC-UBND
        place: Hải Phòng
        date: 2026-01-15
        reportingPeriod: "2025"
        sample: false
        superiorBody: UBND thành phố Hải Phòng
        issuer: {vi: Sở Khoa học và Công nghệ, en: Department of Science and Technology}
        legalBases:
          - Kế hoạch số 106/KH-UBND năm 2025 của Ủy ban nhân dân thành phố
        signer:
          deputyFor: KT. GIÁM ĐỐC
          title: PHÓ GIÁM ĐỐC
          name: Nguyễn Văn A
        recipients:
          - Ủy ban nhân dân thành phố (để báo cáo)
          - {vi: "Các sở, ban, ngành", en: Departments}
        archive: VT, KHCN
        shortcomings: [Một số xã báo cáo chậm.]
        causes: [Nhân lực còn thiếu.]
        tasks: [Đôn đốc các xã báo cáo đúng hạn.]
        recommendations: [Đề nghị bổ sung kinh phí.]
        leadAgencies:
          hp.ecommerce-share-2025: Sở Công Thương
        form:
          preparer: Lê Thị B
          head: Trần Văn C
        """);
    assertThat(m.documentNumber()).contains("125/BC-UBND");
    assertThat(m.place()).contains("Hải Phòng");
    assertThat(m.date()).contains(LocalDate.of(2026, 1, 15));
    assertThat(m.reportingPeriod()).contains(Period.year(2025));
    assertThat(m.sample()).isFalse();
    assertThat(m.superiorBody()).contains(LocalizedText.of("UBND thành phố Hải Phòng", "UBND thành phố Hải Phòng"));
    assertThat(m.issuer()).contains(LocalizedText.of("Sở Khoa học và Công nghệ",
        "Department of Science and Technology"));
    assertThat(m.legalBases()).hasSize(1);
    assertThat(m.signer().orElseThrow().deputyFor()).contains(LocalizedText.of("KT. GIÁM ĐỐC", "KT. GIÁM ĐỐC"));
    assertThat(m.signer().orElseThrow().title().vi()).isEqualTo("PHÓ GIÁM ĐỐC");
    assertThat(m.signer().orElseThrow().name()).contains("Nguyễn Văn A");
    assertThat(m.recipients()).extracting(LocalizedText::en).containsExactly("Ủy ban nhân dân thành phố (để báo cáo)",
        "Departments");
    assertThat(m.archive()).contains("VT, KHCN");
    assertThat(m.shortcomings()).hasSize(1);
    assertThat(m.causes()).hasSize(1);
    assertThat(m.tasks()).hasSize(1);
    assertThat(m.recommendations()).hasSize(1);
    assertThat(m.leadAgencies()).containsEntry(TargetId.of("hp.ecommerce-share-2025"),
        LocalizedText.of("Sở Công Thương", "Sở Công Thương"));
    assertThat(m.preparer()).contains("Lê Thị B");
    assertThat(m.head()).contains("Trần Văn C");
  }

  @Test
  void json_isReadToo_andAnEmptyFileGivesTheDefaults() {
    assertThat(read("{\"number\": \"7/BC-UBND\", \"sample\": true}").sample()).isTrue();
    assertThat(read("")).isEqualTo(ReportMetadata.defaults());
  }

  @Test
  void everyProblem_isReportedAtOnce_withLineAndColumn() {
    ReportFileException e = assertThrows(ReportFileException.class, () -> read("""
        number: 1/BC-UBND
        dat: 2025-12-31
        date: 31/12/2025
        reportingPeriod: 2025-13
        sample: yes
        signer:
          name: Nguyễn Văn A
        recipients:
          - [a, b]
        """));
    assertThat(e.file()).isEqualTo("bao-cao.yaml");
    assertThat(e.problems()).containsExactly(
        "line 2, column 1: unknown key 'dat'; the keys are number, place, date, reportingPeriod, sample, superiorBody,"
            + " issuer, legalBases, signer, recipients, archive, shortcomings, causes, tasks, recommendations,"
            + " leadAgencies, form",
        "line 3, column 7: 'date' is '31/12/2025'; write the day as YYYY-MM-DD, e.g. 2025-12-31",
        e.problems().get(2),
        "line 5, column 9: 'sample' is 'yes'; write true or false",
        "line 9, column 5: 'recipients' must be a text, or {vi: …, en: …}, not a list",
        "line 7, column 3: 'signer' has no 'title'; write the signer's title, e.g. title: PHÓ CHỦ TỊCH");
    assertThat(e.problems().get(2)).startsWith("line 4, column 18: 'reportingPeriod' is '2025-13': ");
    assertThat(e.getMessage()).startsWith("report file bao-cao.yaml has 6 problems:\n  line 2, column 1");
  }

  @Test
  void notYaml_saysWhereAndWhatIsExpected() {
    ReportFileException e = assertThrows(ReportFileException.class, () -> read("number: [unclosed\n"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().getFirst()).startsWith("line ").endsWith("the report file must be YAML or JSON (see "
        + "docs/reports.md)");
  }

  @Test
  void builderDefaults_leaveTheSignerToTheIssuer() {
    assertThat(ReportMetadata.defaults().signer()).isEqualTo(Optional.empty());
    assertThat(ReportMetadata.defaults().recipients()).isEqualTo(List.of());
  }
}
