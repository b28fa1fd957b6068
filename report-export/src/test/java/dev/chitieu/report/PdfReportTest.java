package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.Lang;
import dev.chitieu.core.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
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
          "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 30 tháng 6 năm 2025", "BÁO CÁO", "NGƯỜI LẬP BIỂU",
          "THỦ TRƯỞNG ĐƠN VỊ", "Vượt", "Đạt", "Chưa có số liệu", "Nông nghiệp thông minh", "33,80", "112/114 xã");
      for (var ind : SampleReports.haiPhongPlan().indicators()) {
        boolean targeted = SampleReports.haiPhongPlan().targets().stream().map(Target::indicator)
            .anyMatch(ind.id()::equals);
        if (targeted) {
          assertThat(t.replaceAll("\\s+", " ")).as(ind.id().value()).contains(ind.name().vi());
        }
      }
      for (Target target : SampleReports.haiPhongPlan().targets()) {
        assertThat(t.replaceAll("\\s+", " ")).as(target.id().value()).contains(target.statement().vi());
      }
    }
  }

  @Test
  void english_usesEnglishWordsAndNumbers() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .locale(Lang.EN)))) {
      String t = text(doc);
      assertThat(t).contains("SOCIALIST REPUBLIC OF VIETNAM", "Hai Phong, 30 June 2025", "Exceeded", "33.80",
          "Not yet achieved – at risk");
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
  void pages_areNumberedXOfY() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.bacNinhAssessment())))) {
      int n = doc.getNumberOfPages();
      assertThat(n).isGreaterThan(1);
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= n; p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        assertThat(s.getText(doc)).contains("Trang " + p + " / " + n);
      }
    }
  }

  @Test
  void metadata_hasTitleAuthorLanguageAndTheAssessmentsDay() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .sample(true)))) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(
          "BÁO CÁO – Kết quả thực hiện các chỉ tiêu của Kế hoạch số 106/KH-UBND [SỐ LIỆU MẪU]");
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
    ReportMetadata meta = ReportMetadata.builder().documentNumber("12/BC-UBND").place("Thủy Nguyên")
        .preparer("Lê Thị Lập").head("Phạm Văn Trưởng").issuer("Sở Khoa học và Công nghệ\nthành phố Hải Phòng",
            "Department of Science and Technology").build();
    try (PDDocument doc = Loader.loadPDF(pdf(ComplianceReport.of(SampleReports.haiPhongAssessment())
        .metadata(meta)))) {
      assertThat(text(doc)).contains("Số: 12/BC-UBND", "Thủy Nguyên, ngày 30 tháng 6 năm 2025", "Lê Thị Lập",
          "Phạm Văn Trưởng", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "THÀNH PHỐ HẢI PHÒNG");
    }
  }
}
