package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.report.ReportLayoutChecks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo end to end: what a newcomer runs first. */
class DemoCommandTest {
  private static final List<String> PLANS =
      List.of("bacninh-144-2026-2030", "haiphong-106-2025", "vietnam-411-2022");

  @TempDir static Path out;
  private static Run demo;

  @BeforeAll
  static void runTheDemo() {
    demo = Run.of(Run.installed(), "demo", "--out", out.toString());
  }

  @Test
  void demo_succeedsAndSaysItIsSampleData() {
    assertThat(demo.code()).as(demo.toString()).isEqualTo(ExitCodes.OK);
    assertThat(demo.err()).isEmpty();
    assertThat(demo.out()).startsWith("SAMPLE DATA / SỐ LIỆU MẪU: invented for demonstration, not official figures");
  }

  @Test
  void demo_printsAStatusTablePerPlanShowingEveryStatus() {
    for (String plan : PLANS) {
      assertThat(demo.out()).contains(plan + " — ").contains("Đánh giá đến ngày / Assessed as of 2026-09-30");
    }
    assertThat(demo.out()).contains("Đạt / Achieved: 4; Chưa đạt / Not achieved: 2; Chưa có số liệu / No data: 1")
        .contains("Có nguy cơ không đạt", "Chậm tiến độ", "Đúng tiến độ");
  }

  @Test
  void demo_writesWorkbookAndPdfInBothLanguagesForEveryPlanAndListsThem() {
    for (String plan : PLANS) {
      for (String file : List.of("-sample-vi.xlsx", "-sample-vi.pdf", "-sample-en.xlsx", "-sample-en.pdf")) {
        Path p = out.resolve(plan + file);
        assertThat(p).isRegularFile();
        assertThat(demo.out()).contains("  " + p + "\n");
      }
    }
    assertThat(demo.out()).contains("Sample data files / tệp số liệu mẫu: " + out.resolve("data"));
  }

  @Test
  void demo_writesTheNationalReportOnTheOfficialFiguresOf2024H1_neverMarkedSample() throws IOException {
    assertThat(demo.out()).contains("OFFICIAL DATA / SỐ LIỆU CHÍNH THỨC", "Assessed as of 2024-06-30");
    for (String plan : List.of("vietnam-411-2022", "vietnam-58-2024")) {
      for (String lang : List.of("vi", "en")) {
        for (String kind : List.of(".xlsx", ".pdf", ".docx")) {
          Path p = out.resolve(plan + "-2024-H1-" + lang + kind);
          assertThat(p).isRegularFile();
          assertThat(demo.out()).contains("  " + p + "\n");
        }
        assertThat(ReportChecks.pdfText(out.resolve(plan + "-2024-H1-" + lang + ".pdf")))
            .doesNotContain("SỐ LIỆU MẪU", "SAMPLE DATA");
        assertThat(ReportChecks.xlsxText(out.resolve(plan + "-2024-H1-" + lang + ".xlsx")))
            .doesNotContain("SỐ LIỆU MẪU", "SAMPLE DATA");
      }
      assertThat(out.resolve("data").resolve(plan + "-2024-H1.csv")).isRegularFile();
    }
    String committee = ReportChecks.pdfText(out.resolve("vietnam-58-2024-2024-H1-vi.pdf")).replaceAll("\\s+", " ");
    // the committee issues its own plan (ban hành); the Prime Minister approves a strategy (phê duyệt)
    assertThat(committee).contains("Quyết định số 58/QĐ-UBQGCĐS ngày 19/04/2024 của Ủy ban Quốc gia về chuyển đổi số"
        + " ban hành Kế hoạch hoạt động").doesNotContain("phê duyệt");
    assertThat(committee).contains("6 tháng đầu năm 2024", "50.350 doanh nghiệp, bằng 104,90 % mục tiêu",
        "tăng 8 % so với cùng kỳ năm trước (theo số liệu báo cáo); vượt mục tiêu",
        "đạt 42 %, tăng 25 điểm phần trăm so với cuối năm 2023 (17 %)",
        "đạt 82,2 %, tăng 2,6 điểm phần trăm so với cuối năm 2023 (79,6 %)",
        "đạt 84,0 %, tăng 3,2 điểm phần trăm so với cuối năm 2023 (80,8 %)",
        "đạt 63 tỉnh, thành phố, tăng 14 tỉnh, thành phố so với cuối năm 2023 (theo số liệu báo cáo)",
        "tăng 67 % so với cùng kỳ năm trước (theo số liệu báo cáo)");
    String strategy = ReportChecks.pdfText(out.resolve("vietnam-411-2022-2024-H1-vi.pdf")).replaceAll("\\s+", " ");
    assertThat(strategy).contains("Quyết định số 411/QĐ-TTg ngày 31/03/2022 của Thủ tướng Chính phủ phê duyệt");
    assertThat(strategy).contains("đạt 87,08 %, bằng 108,85 % mục tiêu, tăng 9,67 điểm phần trăm so với cuối năm 2023"
        + " (theo số liệu báo cáo); vượt mục tiêu", "18,30 % (số liệu ước tính)",
        "Giá trị tăng thêm của kinh tế số: 6 tháng đầu năm 2024 (số liệu ước tính) tăng 22,4 % so với cùng kỳ");
  }

  @Test
  void report_reproducesTheOfficialReport_fromTheFilesTheDemoWrote(@TempDir Path again) throws IOException {
    Path data = out.resolve("data").resolve("vietnam-58-2024-2024-H1.csv");
    Run r = Run.of(Run.installed(), "report", "--plan", "vietnam-58-2024", "--data", data.toString(), "--as-of",
        "2024-06-30", "--meta", out.resolve("data").resolve("vietnam-58-2024-2024-H1.yaml").toString(), "--out",
        again.toString(), "--format", "pdf");
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(ReportChecks.pdfText(again.resolve("vietnam-58-2024-2024-06-30-vi.pdf")))
        .isEqualTo(ReportChecks.pdfText(out.resolve("vietnam-58-2024-2024-H1-vi.pdf")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bacninh-144-2026-2030", "haiphong-106-2025", "vietnam-411-2022"})
  void demo_workbooksOpenAndCarryThePlanAndTheSampleMarking(String plan) throws IOException {
    String number = Run.INSTALLED.plan(plan).documentNumber();
    assertThat(ReportChecks.xlsxText(out.resolve(plan + "-sample-vi.xlsx")))
        .contains(number, "SỐ LIỆU MẪU", "Đánh giá");
    assertThat(ReportChecks.xlsxText(out.resolve(plan + "-sample-en.xlsx")))
        .contains(number, "SAMPLE DATA", "Assessment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bacninh-144-2026-2030", "haiphong-106-2025", "vietnam-411-2022"})
  void demo_pdfsOpenAndCarryThePlanAndTheSampleMarking(String plan) throws IOException {
    String number = Run.INSTALLED.plan(plan).documentNumber();
    assertThat(ReportChecks.pdfText(out.resolve(plan + "-sample-vi.pdf"))).contains(number, "SỐ LIỆU MẪU",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(ReportChecks.pdfText(out.resolve(plan + "-sample-en.pdf"))).contains(number, "SAMPLE DATA",
        "SOCIALIST REPUBLIC OF VIETNAM");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bacninh-144-2026-2030", "haiphong-106-2025", "vietnam-411-2022"})
  void demo_workbooksHaveRowsTallEnoughAndNoCutText(String plan) throws IOException {
    for (Lang lang : Lang.values()) {
      try (InputStream in = Files.newInputStream(out.resolve(plan + "-sample-" + lang.tag() + ".xlsx"));
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(ReportLayoutChecks.shortRows(wb)).as(lang.tag()).isEmpty();
        assertThat(ReportLayoutChecks.cutTexts(wb, lang)).as(lang.tag()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bacninh-144-2026-2030", "haiphong-106-2025", "vietnam-411-2022"})
  void demo_pdfsHaveNoOverlapsNothingAtTheEdgeAndAFooterOnEveryPage(String plan) throws IOException {
    for (Lang lang : Lang.values()) {
      try (PDDocument doc = Loader.loadPDF(out.resolve(plan + "-sample-" + lang.tag() + ".pdf").toFile())) {
        assertThat(ReportLayoutChecks.pdfProblems(doc, lang)).as(lang.tag()).isEmpty();
      }
    }
  }

  @Test
  void demo_nationalReport_tellsTheTwoDeadlinesOfOneIndicatorApart() throws IOException {
    assertThat(ReportChecks.pdfText(out.resolve("vietnam-411-2022-sample-vi.pdf")))
        .contains("Quyết định số 411/QĐ-TTg", "Hà Nội, ngày 30 tháng 9 năm 2026", "Chỉ tiêu chung của Việt Nam",
            "Tỷ trọng kinh tế số trong GDP (đến năm 2025)", "Tỷ trọng kinh tế số trong GDP (đến năm 2030)");
    assertThat(ReportChecks.pdfText(out.resolve("vietnam-411-2022-sample-en.pdf")))
        .contains("Decision No. 411/QĐ-TTg", "Digital economy share of GDP (by 2030)");
  }

  @Test
  void demo_copiesTheSampleDataSoThatTheOtherCommandsCanUseIt() {
    for (String plan : PLANS) {
      Path copy = out.resolve("data").resolve(plan + "-sample.csv");
      assertThat(copy).isRegularFile();
      Run validate = Run.of(Run.installed(), "validate", "--data", copy.toString(), "--plan", plan);
      assertThat(validate.code()).as(validate.toString()).isEqualTo(ExitCodes.OK);
    }
    assertThat(demo.out()).contains("Try / thử: chitieu assess --plan bacninh-144-2026-2030 --data "
        + out.resolve("data/bacninh-144-2026-2030-sample.csv") + " --as-of 2026-09-30");
  }

  @Test
  void demo_feedsBacNinhsSmeTarget_fromTheSampleSurvey_andPrintsTheSurveyInItsReports() throws IOException {
    assertThat(demo.out()).contains("bacninh-144-2026-2030: the SAMPLE survey of 594 SMEs feeds its target")
        .containsPattern("bn\\.sme-digital-adoption-share-2030 +≥ 60 % +2030-12-31 +34,01 %");
    assertThat(out.resolve("data/sample-survey").resolve(SurveyCommand.SAMPLE_RESPONSES)).isRegularFile();
    String vi = ReportChecks.pdfText(out.resolve("bacninh-144-2026-2030-sample-vi.pdf")).replaceAll("\\s+", " ");
    assertThat(vi).contains("3. Kết quả khảo sát tự đánh giá chuyển đổi số doanh nghiệp",
        "594 doanh nghiệp trả lời; 202 (34,01 %) doanh nghiệp đạt từ mức 2 (Bắt đầu) trở lên",
        "KẾT QUẢ KHẢO SÁT TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP (SỐ LIỆU MẪU)",
        "số liệu khảo sát mẫu, không phải số liệu chính thức");
    assertThat(ReportChecks.pdfText(out.resolve("haiphong-106-2025-sample-vi.pdf"))).doesNotContain("KHẢO SÁT");
    for (Lang lang : Lang.values()) {
      try (InputStream in = Files.newInputStream(out.resolve("bacninh-144-2026-2030-sample-" + lang.tag() + ".xlsx"));
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(wb.getSheet(lang == Lang.VI ? "Khảo sát" : "Survey")).as(lang.tag()).isNotNull();
      }
    }
  }

  @Test
  void demo_planWithoutSampleData_isSkippedAndSaysSo(@TempDir Path dir) throws IOException {
    Run r = Run.of(Run.context(new TestPlans.Provider()), "demo", "--out", dir.toString(), "--format", "pdf");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("alpha-1-2025: no sample data is bundled for this plan; skipped");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("data"));
    }
  }

  @Test
  void demo_noPlanInstalled_failsAsConfiguration(@TempDir Path dir) {
    Run r = Run.of(Run.context(() -> PlanRegistry.of(List.of())), "demo", "--out", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("no plan is installed, so there is nothing to demonstrate");
  }

  @Test
  void demo_outIsAFile_failsAsConfiguration(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("reports"), "x");

    Run r = Run.of(Run.installed(), "demo", "--out", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("it is a file, not a folder");
  }

  @Test
  void demo_withoutOut_failsAsUsage() {
    Run r = Run.of(Run.installed(), "demo");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required option: '--out=DIR'");
  }
}
