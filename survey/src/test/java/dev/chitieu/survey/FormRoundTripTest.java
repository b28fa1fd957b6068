package dev.chitieu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.survey.io.ResponseImport;
import dev.chitieu.survey.io.ResponseOptions;
import dev.chitieu.survey.io.SurveyForm;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate the form, fill it by program as a business would, import it, score it. */
class FormRoundTripTest {
  private static final CriteriaSet SET = TestSets.sample();
  @TempDir static Path dir;
  private static Path blank;

  @BeforeAll
  static void writeForm() throws IOException {
    blank = dir.resolve("phieu.xlsx");
    try (OutputStream out = Files.newOutputStream(blank)) {
      SurveyForm.write(SET, out);
    }
  }

  /** Fills a copy of the form: every choice with its option number {@code option}, every number with {@code value}. */
  private static Path fill(String name, String id, int option, String value, String override, String overrideWith)
      throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet(SurveyForm.FORM_SHEET);
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        XSSFRow row = s.getRow(r);
        if (row == null || row.getCell(7) == null) {
          continue;
        }
        String key = row.getCell(7).getStringCellValue();
        if (key.isEmpty()) {
          continue;
        }
        var cell = row.getCell(5);
        switch (key) {
          case "respondent" -> cell.setCellValue(id);
          case "commune" -> cell.setCellValue("07210");
          case "sector" -> cell.setCellValue("C");
          case "size" -> cell.setCellValue("Nhỏ");
          case "date" -> cell.setCellValue(LocalDate.of(2026, 9, 15));
          default -> {
            Scale scale = SET.criterion(key).orElseThrow().scale().orElseThrow();
            if (key.equals(override)) {
              cell.setCellValue(overrideWith);
            } else if (scale instanceof Scale.Choice ch) {
              cell.setCellValue(ch.options().get(Math.min(option, ch.options().size() - 1)).label().vi());
            } else {
              cell.setCellValue(Double.parseDouble(value));
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  @Test
  void form_hasDropDownsInstructionsAndAProtectedStructure() throws IOException {
    try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(SurveyForm.HELP_SHEET);
      assertThat(wb.isStructureLocked()).isTrue();
      assertThat(wb.isSheetHidden(wb.getSheetIndex(SurveyForm.LIST_SHEET))).isTrue();
      XSSFSheet form = wb.getSheet(SurveyForm.FORM_SHEET);
      assertThat(form.getProtect()).isTrue();
      List<? extends DataValidation> validations = form.getDataValidations();
      assertThat(validations).hasSize(SET.criteria().size() + 2);
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
          .isEqualTo("'Danh mục'!$A$1:$A$6"));
      XSSFSheet help = wb.getSheet(SurveyForm.HELP_SHEET);
      List<String> lines = new ArrayList<>();
      help.forEach(r -> lines.add(r.getCell(0).getStringCellValue()));
      assertThat(lines).contains("Hướng dẫn điền phiếu", "Instructions (English)");
      assertThat(lines).anyMatch(l -> l.startsWith("MẪU: bộ tiêu chí này là số liệu giả lập"));
      assertThat(lines).anyMatch(l -> l.contains("https://dbi.gov.vn/chi-tiet-bo-chi-so"));
    }
  }

  @Test
  void filledForms_areImportedAndScored() throws IOException {
    List<Path> forms = List.of(fill("a.xlsx", "0100000001", 1, "5", null, null),
        fill("b.xlsx", "0100000002", 9, "100", null, null),
        fill("c.xlsx", "0100000003", 0, "0", "cross-border-ecommerce-revenue-share",
            "Không áp dụng (không bán ra nước ngoài)"));
    ResponseImport imported = SurveyForm.readStrict(forms, SET, ResponseOptions.defaults());
    assertThat(imported.rowsRead()).isEqualTo(3);
    Responses r = imported.responses();
    assertThat(r.respondent(0)).isEqualTo(new Respondent("0100000001", dev.chitieu.core.model.RegionCode.of("07210"),
        "C", SizeClass.SMALL, LocalDate.of(2026, 9, 15)));
    Scores s = Scorer.of(SET).score(r);
    // a: frequencies 1 (×4), shares of 5 % score 2 (×3), cross-border "some" 2.5, tools "partly" 2.5: 15 / 9;
    // component 2: 2.5; pillar 1 = (15/9 + 2.5) / 2 = 2.0833; pillars 2-6: 2.5; total = (2.0833 + 12.5) / 6 = 2.43
    assertThat(s.pillar(0, 0)).contains(new BigDecimal("2.08"));
    assertThat(s.total(0)).contains(new BigDecimal("2.43"));
    assertThat(s.levelNumber(0)).hasValue(2);
    // b: every top answer
    assertThat(s.total(1)).contains(new BigDecimal("5.00"));
    assertThat(s.levelNumber(1)).hasValue(5);
    // c: every lowest answer, cross-border not applicable
    assertThat(s.total(2)).contains(new BigDecimal("0.00"));
    assertThat(s.detail(2).criteria().get(5).points()).isEmpty();
  }

  @Test
  void aWrongAnswer_isLocatedByFileSheetAndCell() throws IOException {
    Path bad = fill("bad.xlsx", "0100000009", 1, "5", "website-update-frequency", "thỉnh thoảng");
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> SurveyForm.readStrict(List.of(bad), SET, ResponseOptions.defaults()));
    assertThat(e.problems()).extracting(DataProblem::message).singleElement().asString()
        .startsWith("bad.xlsx sheet 'Phiếu' cell F")
        .contains(", column 'website-update-frequency': 'thỉnh thoảng' is not one of the answers; expected one of"
            + " never (Không bao giờ)");
    ResponseImport lenient = SurveyForm.readLenient(List.of(bad, blank), SET, ResponseOptions.defaults());
    assertThat(lenient.rowsRead()).isEqualTo(2);
    assertThat(lenient.rejected()).hasSize(2);
  }
}
