package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Respondent;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.io.CriteriaFile;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.SurveyAggregates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The survey parts of the report, on four hand-made respondents whose figures are worked out below: a paragraph in
 * section I, the appendix of the PDF and the .docx, the workbook's sheet and its chart.
 *
 * <pre>
 *                 strategy  data (use, storage)  operations  total            level
 *   r1 07210 C    4         0.5 (0, 1)           3           7.5 / 3 = 2.50   2
 *   r2 07210 G    2         1   (1, 1)           2           5 / 3 = 1.67     1
 *   r3 07228 C    3         1   (0, 2)           4           8 / 3 = 2.67     2
 *   r4 07228 -    1         0.5 (1, 0)           2           3.5 / 3 = 1.17   1
 *   means         2.50      0.75                 2.75
 * </pre>
 *
 * Level 2 or above: 2 of 4 = 50.00 %; the weakest pillars Data (0.75) and Strategy (2.50); criteria as a share of
 * their 4 points: data use 0.50 (12.5 %), data storage 1.00 (25.0 %), the plan 2.50 (62.5 %), accounting 2.75
 * (68.8 %).
 */
class SurveyReportTest {
  private static final String SET = """
      id: test-survey
      sample: true
      title: {vi: "(MẪU) Bộ tiêu chí thử", en: "(SAMPLE) Test criteria"}
      sources:
        - {key: t, document: Số liệu thử / test data}
      cite: t
      decimals: 2
      levelBasis: total
      levels:
        - {level: 0, name: {vi: Chưa chuyển đổi số, en: Not yet transformed}, from: 0}
        - {level: 1, name: {vi: Khởi động, en: Starting}, from: 1}
        - {level: 2, name: {vi: Bắt đầu, en: Beginning}, from: 2}
        - {level: 3, name: {vi: Hình thành, en: Forming}, from: 3}
      pillars:
        - id: strategy
          name: {vi: Chiến lược, en: Strategy}
          components:
            - id: plans
              name: {vi: Kế hoạch, en: Plans}
              criteria:
                - id: dx-plan
                  name: {vi: Kế hoạch chuyển đổi số, en: Digital transformation plan}
                  question: {vi: "Mức độ?", en: "How far?"}
                  answers:
                    - {code: s0, label: {vi: Mức 0, en: Level 0}, score: 0}
                    - {code: s1, label: {vi: Mức 1, en: Level 1}, score: 1}
                    - {code: s2, label: {vi: Mức 2, en: Level 2}, score: 2}
                    - {code: s3, label: {vi: Mức 3, en: Level 3}, score: 3}
                    - {code: s4, label: {vi: Mức 4, en: Level 4}, score: 4}
        - id: data
          name: {vi: Dữ liệu, en: Data}
          components:
            - id: data-c
              name: {vi: Dữ liệu số, en: Digital data}
              criteria:
                - id: data-use
                  name: {vi: Khai thác dữ liệu, en: Use of data}
                  question: {vi: "Mức độ?", en: "How far?"}
                  answers:
                    - {code: s0, label: {vi: Mức 0, en: Level 0}, score: 0}
                    - {code: s1, label: {vi: Mức 1, en: Level 1}, score: 1}
                    - {code: s2, label: {vi: Mức 2, en: Level 2}, score: 2}
                    - {code: s3, label: {vi: Mức 3, en: Level 3}, score: 3}
                    - {code: s4, label: {vi: Mức 4, en: Level 4}, score: 4}
                - id: data-storage
                  name: {vi: Lưu trữ dữ liệu, en: Data storage}
                  question: {vi: "Mức độ?", en: "How far?"}
                  answers:
                    - {code: s0, label: {vi: Mức 0, en: Level 0}, score: 0}
                    - {code: s1, label: {vi: Mức 1, en: Level 1}, score: 1}
                    - {code: s2, label: {vi: Mức 2, en: Level 2}, score: 2}
                    - {code: s3, label: {vi: Mức 3, en: Level 3}, score: 3}
                    - {code: s4, label: {vi: Mức 4, en: Level 4}, score: 4}
        - id: operations
          name: {vi: Vận hành, en: Operations}
          components:
            - id: ops
              name: {vi: Quản trị, en: Management}
              criteria:
                - id: accounting
                  name: {vi: Kế toán trên phần mềm, en: Accounting software}
                  question: {vi: "Mức độ?", en: "How far?"}
                  answers:
                    - {code: s0, label: {vi: Mức 0, en: Level 0}, score: 0}
                    - {code: s1, label: {vi: Mức 1, en: Level 1}, score: 1}
                    - {code: s2, label: {vi: Mức 2, en: Level 2}, score: 2}
                    - {code: s3, label: {vi: Mức 3, en: Level 3}, score: 3}
                    - {code: s4, label: {vi: Mức 4, en: Level 4}, score: 4}
      """;

  private static final RegionHierarchy REGIONS = RegionHierarchy.vietnam2025().with(List.of(
      Region.of("07210", "Bắc Giang", "Bac Giang", RegionLevel.COMMUNE, "ward", "24"),
      Region.of("07228", "Đa Mai", "Da Mai", RegionLevel.COMMUNE, "ward", "24")));

  static SurveyAggregates aggregates() {
    CriteriaSet set = CriteriaFile.read(new ByteArrayInputStream(SET.getBytes(StandardCharsets.UTF_8)), "set.yaml");
    Responses.Builder b = Responses.builder(set);
    add(b, "r1", "07210", "C", 4, 0, 1, 3);
    add(b, "r2", "07210", "G", 2, 1, 1, 2);
    add(b, "r3", "07228", "C", 3, 0, 2, 4);
    add(b, "r4", "07228", "", 1, 1, 0, 2);
    return SurveyAggregates.of(Scorer.of(set).score(b.build()), REGIONS, Map.of(RegionCode.of("07210"), 40L));
  }

  private static void add(Responses.Builder b, String id, String commune, String sector, int... options) {
    b.add(new Respondent(id, RegionCode.of(commune), sector, SizeClass.SMALL, LocalDate.of(2026, 9, options[0] + 10)),
        options, new double[options.length]);
  }

  private static ComplianceReport report(Lang lang) {
    return ComplianceReport.of(SampleReports.bacNinhAssessment()).sample(true).locale(lang).regions(REGIONS)
        .survey(aggregates(), 2);
  }

  @Test
  void model_holdsTheHandComputedFigures() {
    SurveyPart s = new SurveyPart(aggregates(), 2, Lang.VI, java.util.Optional.of(REGIONS), "Phụ lục");
    assertThat(s.bySector).extracting(SurveyPart.Line::name).containsExactly("C – Công nghiệp chế biến, chế tạo",
        "G – Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác", "(không ghi ngành)", "Tổng số");
    assertThat(s.bySector.get(0).byLevel()).containsExactly(0, 0, 2, 0);
    assertThat(s.bySector.get(3).byLevel()).containsExactly(0, 2, 2, 0);
    assertThat(s.bySector.get(3).share()).contains(new java.math.BigDecimal("50.00"));
    assertThat(s.byCommune).extracting(SurveyPart.Line::name).containsExactly("Phường Bắc Giang (07210)",
        "Phường Đa Mai (07228)", "Tổng số");
    assertThat(s.byCommune.get(0).coverage()).contains(new java.math.BigDecimal("5.00"));
    assertThat(s.coverageKnown).isTrue();
    assertThat(s.pillars).extracting(p -> p.name() + " " + p.mean().orElseThrow() + (p.weak() ? " weak" : ""))
        .containsExactly("Chiến lược 2.50 weak", "Dữ liệu 0.75 weak", "Vận hành 2.75");
    assertThat(s.weakest).extracting(w -> w.criterion() + " " + w.mean() + " " + w.percent()).containsExactly(
        "Khai thác dữ liệu 0.50 12.5", "Lưu trữ dữ liệu 1.00 25.0", "Kế hoạch chuyển đổi số 2.50 62.5",
        "Kế toán trên phần mềm 2.75 68.8");
    assertThat(s.axisMax).isEqualTo(4);
  }

  @Test
  void pdf_hasTheParagraphAndTheAppendix() throws IOException {
    String text = pdfText(report(Lang.VI));
    assertThat(text).contains("3. Kết quả khảo sát tự đánh giá chuyển đổi số doanh nghiệp")
        .contains("4 doanh nghiệp trả lời; 2 (50,00 %) doanh nghiệp đạt từ mức 2 (Bắt đầu) trở lên")
        .contains("trụ cột có điểm bình quân thấp nhất: Dữ liệu (0,75 điểm), Chiến lược (2,50 điểm)")
        .contains("KẾT QUẢ KHẢO SÁT TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP (SỐ LIỆU MẪU)")
        .contains("Phường Đa Mai (07228)")
        .contains("Khai thác dữ liệu")
        .contains("12,5");
    String en = pdfText(report(Lang.EN));
    assertThat(en).contains("4 enterprises responded; 2 (50.00 %) enterprises reach level 2 (Beginning) or above")
        .contains("RESULTS OF THE ENTERPRISES' DIGITAL TRANSFORMATION SELF-ASSESSMENT (SAMPLE DATA)")
        .contains("Da Mai Ward (07228)");
  }

  @Test
  void docx_hasTheAppendix() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report(Lang.VI).writeDocx(out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      String text = x.getText();
      assertThat(text).contains("Phụ lục").contains("1. Phân bố doanh nghiệp theo mức chuyển đổi số, theo ngành")
          .contains("Dữ liệu (yếu nhất)").contains("Phường Bắc Giang (07210)").contains("50,00");
    }
  }

  @Test
  void workbook_hasTheSheetAndTheChart() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report(Lang.VI).writeXlsx(out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sh = wb.getSheet("Khảo sát");
      assertThat(sh).isNotNull();
      List<String> rows = new ArrayList<>();
      for (Row r : sh) {
        List<String> cells = new ArrayList<>();
        for (Cell c : r) {
          cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
              : c.getStringCellValue());
        }
        rows.add(String.join("|", cells).replaceAll("\\|+$", ""));
      }
      assertThat(rows).contains("|Tổng số|4.0|0.0|2.0|2.0|0.0|50.0", "1|Chiến lược (yếu nhất)|2.5",
          "2|Dữ liệu (yếu nhất)|0.75", "3|Vận hành|2.75", "1|Khai thác dữ liệu|0.5|4.0|12.5|Dữ liệu",
          "1|Phường Bắc Giang (07210)|2.0|0.0|1.0|1.0|0.0|50.0|5.0");
      XSSFDrawing drawing = sh.getDrawingPatriarch();
      assertThat(drawing.getCharts()).singleElement().satisfies(c -> {
        assertThat(c.getTitleText().getString()).isEqualTo("Điểm bình quân theo trụ cột");
        assertThat(c.getChartSeries()).singleElement().satisfies(d -> assertThat(d.getSeriesCount()).isEqualTo(1));
      });
      assertThat(sh.getHeader().getCenter()).contains("SỐ LIỆU MẪU");
    }
  }

  @Test
  void survey_levelTheSetDoesNotHave_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ComplianceReport.of(SampleReports.bacNinhAssessment()).survey(aggregates(), 4));
    assertThat(e).hasMessage("criteria set 'test-survey' has levels 0..3, not 4");
  }

  private static String pdfText(ComplianceReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.writePdf(out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
