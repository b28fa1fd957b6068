package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Target;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import dev.chitieu.core.model.LocalizedText;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {
  static byte[] pdf(ComplianceReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writePdf(out);
    return out.toByteArray();
  }

  static String text(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc);
  }

  @Test
  void text_keepsVietnameseDiacriticsAndNamesEveryTarget() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())))) {
      String t = text(doc);
      assertThat(t).contains("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 30 tháng 6 năm 2025", "BÁO CÁO", "TM. ỦY BAN NHÂN DÂN",
          "CHỦ TỊCH", "Nơi nhận:", "Lưu: VT.", "Biểu số 01", "Vượt", "Đạt", "Chưa có số liệu",
          "Nông nghiệp thông minh", "33,80", "112/114 xã, phường, đặc khu");
      for (var ind : SampleReports.haiPhongPlan().indicators()) {
        boolean targeted = SampleReports.haiPhongPlan().targets().stream().map(Target::indicator)
            .anyMatch(ind.id()::equals);
        if (targeted) {
          assertThat(t.replaceAll("\\s+", " ")).as(ind.id().value()).contains(ind.name().vi());
        }
      }
    }
  }

  @Test
  void english_usesEnglishWordsAndNumbers() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .locale(Lang.EN)))) {
      String t = text(doc).replaceAll("\\s+", " ");
      assertThat(t).contains("SOCIALIST REPUBLIC OF VIETNAM", "Hai Phong, 30 June 2025", "Exceeded", "33.80",
          "Not yet achieved – at risk", "Recipients:", "Form 01");
      assertThat(t.replaceAll("\\s+", " ")).doesNotContain(" on for ");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  @Test
  void fonts_areEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())))) {
      int seen = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          assertThat(f.getName()).contains("LiberationSerif");
          seen++;
        }
      }
      assertThat(seen).isPositive();
    }
  }

  @Test
  void pages_areNumberedAtTheTopFromTheSecond_andTheMarginsAreDecree30s() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.bacNinhAssessment())))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      assertThat(ReportLayoutChecks.pdfProblems(doc, Lang.VI)).filteredOn(p -> p.startsWith("page ")).isEmpty();
      // the first page's text starts 30 mm from the left edge and ends at least 15 mm from the right
      List<ReportLayoutChecks.Run> first = ReportLayoutChecks.runs(doc).stream().filter(r -> r.page() == 1)
          .toList();
      float mm = 72 / 25.4f;
      assertThat(first.stream().map(ReportLayoutChecks.Run::left).min(Float::compare).orElseThrow())
          .isBetween(29 * mm, 40 * mm);
      assertThat(first.stream().map(ReportLayoutChecks.Run::right).max(Float::compare).orElseThrow())
          .isLessThanOrEqualTo(doc.getPage(0).getMediaBox().getWidth() - 15 * mm + 1);
    }
  }

  /**
   * However long the body, the signature shares its page with body text: with 0 to 24 paragraphs of shortcomings the
   * page that holds "Nơi nhận:" and the signer also holds the closing paragraph, above them.
   */
  @Test
  void signature_isNeverAloneOnAPage() throws IOException {
    for (int n = 0; n <= 24; n += 3) {
      ReportMetadata.Builder meta = ReportMetadata.builder();
      for (int i = 0; i < n; i++) {
        meta.shortcoming("Đoạn văn mẫu số " + i + " về tồn tại, hạn chế trong tổ chức thu thập số liệu của các xã, "
            + "phường, đặc khu; nội dung do đơn vị soạn thảo viết.", "Sample paragraph " + i);
      }
      try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
          .metadata(meta.build())))) {
        List<ReportLayoutChecks.Run> runs = ReportLayoutChecks.runs(doc);
        ReportLayoutChecks.Run recipients = runs.stream().filter(r -> r.text().startsWith("Nơi nhận:")).findFirst()
            .orElseThrow();
        ReportLayoutChecks.Run signer = runs.stream().filter(r -> r.text().strip().equals("CHỦ TỊCH")).findFirst()
            .orElseThrow();
        assertThat(signer.page()).as("%d paragraphs", n).isEqualTo(recipients.page());
        assertThat(runs).as("%d paragraphs: body text above the signature on page %d", n, signer.page())
            .anyMatch(r -> r.page() == signer.page() && r.bottom() < recipients.top()
                && r.text().contains("Trên đây là báo cáo"));
      }
    }
  }

  @Test
  void metadata_hasTitleAuthorLanguageAndTheAssessmentsDay() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .sample(true)))) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).startsWith("BÁO CÁO – Kết quả thực hiện Kế hoạch số 106/KH-UBND năm 2025 của Ủy"
          + " ban nhân dân thành phố Hải Phòng").endsWith("(kỳ báo cáo: 6 tháng đầu năm 2025) [SỐ LIỆU MẪU]");
      assertThat(info.getAuthor()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
      for (Calendar c : new Calendar[] {info.getCreationDate(), info.getModificationDate()}) {
        Calendar utc = (Calendar) c.clone();
        utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        assertThat(utc.get(Calendar.YEAR)).isEqualTo(2025);
        assertThat(utc.get(Calendar.MONTH)).isEqualTo(Calendar.JUNE);
        assertThat(utc.get(Calendar.DAY_OF_MONTH)).isEqualTo(30);
      }
    }
  }

  @Test
  void sampleFlag_marksEveryPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .sample(true)))) {
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        assertThat(s.getText(doc)).as("page %d", p).contains("SỐ LIỆU MẪU – SAMPLE DATA");
      }
    }
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())))) {
      assertThat(text(doc)).doesNotContain("SỐ LIỆU MẪU");
    }
  }

  @Test
  void metadataOfTheBuilder_isPrinted() throws IOException {
    ReportMetadata meta = ReportMetadata.builder().documentNumber("12/BC-SKHCN").place("Thủy Nguyên")
        .superiorBody("UBND thành phố Hải Phòng", "Hai Phong City People's Committee")
        .issuer("Sở Khoa học và Công nghệ", "Department of Science and Technology")
        .signer(new ReportMetadata.Signer(Optional.empty(), Optional.of(LocalizedText.of("KT. GIÁM ĐỐC",
            "FOR THE DIRECTOR")), LocalizedText.of("PHÓ GIÁM ĐỐC", "DEPUTY DIRECTOR"), Optional.of("Phạm Văn Trưởng")))
        .recipient("Ủy ban nhân dân thành phố (để báo cáo)", "City People's Committee").archive("VT, KHCN")
        .legalBasis("Văn bản số 1/UBND-KT ngày 02/01/2025 của UBND thành phố", "Letter No. 1/UBND-KT").build();
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .metadata(meta)))) {
      String t = text(doc).replaceAll("\\s+", " ");
      assertThat(t).contains("Số: 12/BC-SKHCN", "Thủy Nguyên, ngày 30 tháng 6 năm 2025", "UBND THÀNH PHỐ HẢI PHÒNG",
          "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Văn Trưởng",
          "- Ủy ban nhân dân thành phố (để báo cáo);", "- Lưu: VT, KHCN.");
      assertThat(t.replaceAll("\\s+", " ")).contains("Căn cứ Văn bản số 1/UBND-KT ngày 02/01/2025 của UBND thành"
          + " phố,").contains("Sở Khoa học và Công nghệ báo cáo kết quả thực hiện").contains("(Kèm theo Báo cáo số"
          + " 12/BC-SKHCN");
    }
  }
}
