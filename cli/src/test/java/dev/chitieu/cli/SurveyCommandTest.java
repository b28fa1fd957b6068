package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyCommandTest {
  @TempDir Path dir;

  @Test
  void form_writesTheWorkbookAndTheCsvLayout() throws IOException {
    Run r = Run.of(Run.installed(), "survey", "form", "--sample", "--out", dir.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("bacninh-sme-2026-sample", "(MẪU / SAMPLE)", "23 criteria / tiêu chí");
    Path xlsx = dir.resolve("bacninh-sme-2026-sample-phieu.xlsx");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("Phiếu").getDataValidations()).hasSize(25);
    }
    assertThat(Files.readString(dir.resolve("bacninh-sme-2026-sample-responses.csv")))
        .startsWith("respondent,commune,sector,size,date,website-update-frequency,");
    assertThat(Files.readAllLines(dir.resolve("bacninh-sme-2026-sample-codebook.csv")).get(1))
        .isEqualTo("website-update-frequency,customer-experience,online-presence,"
            + "Doanh nghiệp cập nhật website bao lâu một lần?,How often does the enterprise update its website?,"
            + "never,Không bao giờ,Never,0");
  }

  @Test
  void form_ofTheNationalSet_saysWhatItsSourcesDoNotState() {
    Run r = Run.of(Run.installed(), "survey", "form", "--set", "dbi-sme-2021", "--out", dir.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("cannot print its form: its sources do not state 49 parts",
        "not stated / chưa nêu: level 0: from (its threshold)");
  }

  @Test
  void score_sample_judgesBacNinhsSmeTargetFromTheSurvey() throws IOException {
    Path data = Run.sample(dir, "bacninh-144-2026-2030");
    Run r = Run.of(Run.installed(), "survey", "score", "--sample", "--plan", "bacninh-144-2026-2030",
        "--data", data.toString(), "--as-of", "2026-09-30", "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Respondents / số phiếu: 594 read / đọc, 594 scored / chấm, 0 set aside / bỏ qua",
        "2            Bắt đầu / Beginning                       181                  34,01 %");
    // the SME target is judged on the survey's share (202 of 594 SMEs at level 2 or above), not on the data file's
    assertThat(r.out().lines().filter(l -> l.startsWith("4   bn.sme-digital-adoption-share-2030")).findFirst()
        .orElseThrow()).contains("34,01 %", "99/99", "Chậm tiến độ");
    List<String> measurements = Files.readAllLines(dir.resolve("out/survey-measurements.csv"));
    assertThat(measurements).hasSize(1 + 99);
    assertThat(measurements.get(1)).startsWith("bn.sme-digital-adoption-share,07210,2026-09,");
    assertThat(Files.readString(dir.resolve("out/scores.csv"))).startsWith("# SAMPLE DATA / DỮ LIỆU MẪU")
        .contains("\nMAU-0001,07210,H,medium,2026-09-19,");
  }

  @Test
  void score_badResponses_failStrict_andAreSetAsideLenient() throws IOException {
    Path set = SurveyCommand.sampleFiles(dir).resolve(SurveyCommand.SAMPLE_SET);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SurveyCommand.sampleFiles(dir)
        .resolve(SurveyCommand.SAMPLE_RESPONSES)).subList(0, 5));
    String[] fields = lines.get(3).split(",", -1);
    fields[5] = "sometimes";
    lines.set(3, String.join(",", fields));
    Path csv = dir.resolve("answers.csv");
    Files.write(csv, lines);
    Run strict = Run.of(Run.installed(), "survey", "score", "--set", set.toString(), "--responses", csv.toString(),
        "--out", dir.resolve("s").toString());
    assertThat(strict.code()).as(strict.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(strict.err()).contains("answers.csv line 4, column 'website-update-frequency': 'sometimes' is not one"
        + " of the answers");
    Run lenient = Run.of(Run.installed(), "survey", "score", "--set", set.toString(), "--responses", csv.toString(),
        "--lenient", "--out", dir.resolve("l").toString());
    assertThat(lenient.code()).as(lenient.toString()).isEqualTo(ExitCodes.OK);
    assertThat(lenient.out()).contains("3 read / đọc, 2 scored / chấm, 1 set aside / bỏ qua");
    assertThat(dir.resolve("l/rejected.csv")).exists();
  }
}
