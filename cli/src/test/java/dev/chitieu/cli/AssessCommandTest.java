package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.io.MeasurementJson;
import dev.chitieu.xlsx.MeasurementXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessCommandTest {
  @TempDir static Path dir;
  private static Path haiphong;
  private static Path bacninh;

  @BeforeAll
  static void sampleFiles() throws IOException {
    haiphong = Run.sample(dir, "haiphong-106-2025");
    bacninh = Run.sample(dir, "bacninh-144-2026-2030");
  }

  @Test
  void assess_text_printsOneRowPerTargetWithStatusAndTheCount() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--as-of", "2026-09-30");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("haiphong-106-2025 — 106/KH-UBND",
        "Assessed as of 2026-09-30, Thành phố Hải Phòng (31)");
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).matches("1 +hp\\.digital-economy-share-2025 +≥ 35 % +2025-12-31 +34,60 % +2025"
            + " +114/114 +– +Chưa đạt"))
        .anySatisfy(l -> assertThat(l).matches(" +└ Nông nghiệp thông minh +11,40 % +2025 +114/114 +– +Chưa đạt"))
        .anySatisfy(l -> assertThat(l).matches("3 +hp\\.ecommerce-share-2025 +> 15 % .* 16,40 % .* Đạt"))
        .anySatisfy(l -> assertThat(l).matches("6 +hp\\.digital-signature-share-2025 .* – +– +– +– +Chưa có số liệu"));
    assertThat(r.out()).contains("Đạt / Achieved: 4; Chưa đạt / Not achieved: 2; Chưa có số liệu / No data: 1");
  }

  @Test
  void assess_textInEnglish_usesEnglishNumbersAndWords() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "bacninh-144-2026-2030", "--data", bacninh.toString(),
        "--as-of", "2026-09-30", "--lang", "en");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Bac Ninh Province (24)");
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).matches("1 +bn\\.digital-economy-share-2030 +≥ 45 % .* 32\\.40 % +2026-01\\.\\."
            + "2026-09 +99/99 +\\d\\d\\.\\d\\d % +At risk"))
        .anySatisfy(l -> assertThat(l).contains("bn.sme-digital-adoption-share-2030").endsWith("Off track"))
        .anySatisfy(l -> assertThat(l).contains("bn.vneid-share-2030").endsWith("Achieved"))
        .anySatisfy(l -> assertThat(l).contains("bn.innovating-enterprise-share-2030").endsWith("On track"));
  }

  @Test
  void assess_json_listsEveryResultWithItsEvidence() throws IOException {
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--as-of", "2026-09-30", "--format", "json");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("plan").asText()).isEqualTo("haiphong-106-2025");
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-09-30");
    JsonNode results = doc.get("results");
    assertThat(results).hasSize(7);
    JsonNode ecommerce = results.get(2);
    assertThat(ecommerce.get("target").asText()).isEqualTo("hp.ecommerce-share-2025");
    assertThat(ecommerce.get("indicator").asText()).isEqualTo("hp.ecommerce-share");
    assertThat(ecommerce.get("status").asText()).isEqualTo("ACHIEVED");
    assertThat(ecommerce.get("value").decimalValue()).isEqualByComparingTo("16.40");
    assertThat(ecommerce.get("valuePeriod").asText()).isEqualTo("2025");
    assertThat(ecommerce.get("comparison").asText()).isEqualTo("MORE_THAN");
    assertThat(ecommerce.get("threshold").decimalValue()).isEqualByComparingTo("15");
    assertThat(ecommerce.has("projection")).isTrue();
    assertThat(ecommerce.get("progress").get("category").asText()).isNotBlank();
    JsonNode sectors = results.get(1).get("parts");
    assertThat(sectors).hasSize(5);
    assertThat(sectors.get(2).get("member").asText()).isEqualTo("smart-agriculture");
    assertThat(sectors.get(2).get("status").asText()).isEqualTo("NOT_ACHIEVED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "json"})
  void assess_workbookOrJson_readsTheSameAsCsv(String kind) throws IOException {
    MeasurementSet set = MeasurementCsv.readStrict(haiphong, ImportOptions.defaults()).measurements();
    Path file = dir.resolve("haiphong." + kind);
    try (OutputStream o = Files.newOutputStream(file)) {
      if (kind.equals("xlsx")) {
        MeasurementXlsx.write(set, o);
      } else {
        MeasurementJson.write(set, o);
      }
    }
    Run csv = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--as-of", "2026-09-30");

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", file.toString(),
        "--as-of", "2026-09-30");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(csv.out());
  }

  @Test
  void assess_withoutAsOf_usesToday() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "bacninh-144-2026-2030", "--data", bacninh.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Assessed as of " + Run.TODAY);
  }

  @Test
  void assess_badDate_failsAsUsage() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--as-of", "30/09/2026");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'30/09/2026' is not a date; expected year-month-day, e.g. 2025-12-31");
  }

  @Test
  void assess_unknownPlan_listsTheInstalledOnes() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong", "--data", haiphong.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("No plan 'haiphong' is installed / không có kế hoạch 'haiphong'. Installed plans: "
        + "[bacninh-144-2026-2030, haiphong-106-2025, vietnam-411-2022, vietnam-749-2020, vietnam-58-2024]");
  }

  @Test
  void assess_missingFile_namesIt() {
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", "no/such.csv");

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("file not found / không tìm thấy tệp: no/such.csv");
  }

  @Test
  void assess_badRow_saysWhereAndFailsAsData() throws IOException {
    Path file = Run.csv(dir, "bad-row.csv", "hp.grdp,31,2025,,1000,actual,x", "hp.grdp,31,2024,,n/a,actual,x");

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("1 problem in the data / lỗi dữ liệu:",
        "  - " + file.getFileName() + " line 3, column 'value': 'n/a' is not a number").doesNotContain(dir.toString());
  }

  @Test
  void assess_lenient_setsTheBadRowAsideAndSaysSo() throws IOException {
    Path file = Run.csv(dir, "lenient.csv", "hp.grdp,31,2025,,1000,actual,x", "hp.grdp,31,2024,,n/a,actual,x");

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", file.toString(),
        "--lenient", "--as-of", "2026-01-31");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("1 of 2 rows were set aside", "line 3, column 'value': 'n/a' is not a number");
    assertThat(r.out()).contains("Chưa có số liệu / No data: 7");
  }

  @Test
  void assess_dataThatCannotBeRolledUp_failsAsDataNamingTheRows() throws IOException {
    Path file = Run.csv(dir, "overlap.csv", "hp.retail-sales,10507,2025,,1000,actual,x",
        "hp.retail-sales,10507,2025-03,,80,actual,x", "hp.ecommerce-revenue,10507,2025,,200,actual,x");

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", file.toString(),
        "--as-of", "2026-01-31");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("hp.retail-sales").contains("10507");
  }

  @Test
  void assess_headerOnlyData_warnsThatThereAreNoRows() throws IOException {
    Path empty = Run.csv(dir, "header-only.csv");
    Files.writeString(empty, "indicator,region,period,value\n");
    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", empty.toString(),
        "--as-of", "2026-09-30");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("chitieu: warning / cảnh báo: the data has a header and no rows");
  }
}
