package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comment lines, duplicates, implausible values and files in another encoding, through the commands. */
class DataEdgesCommandTest {
  private static final String PLAN = "haiphong-106-2025";
  private static final String HEADER = "indicator,region,period,sector,value,status,source\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aCommentLineWithAnEqualsSign_isAComment() throws IOException {
    Path f = file("comment.csv", "# 34996 / 100000 = 34,996\n# số liệu mẫu\n" + HEADER
        + "hp.ecommerce-share,31,2025,,34.996,actual,x\n");

    Run r = Run.of(Run.installed(), "validate", "--data", f.toString(), "--plan", PLAN);

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("1 rows read", "OK: no problems");
  }

  @Test
  void duplicates_areAProblemByDefault_saidInPlainWords() throws IOException {
    Path f = file("dup.csv", HEADER + "hp.grdp,10507,2025,,3490.1,actual,x\nhp.grdp,10507,2025,,3500,actual,y\n");

    Run v = Run.of(Run.installed(), "validate", "--data", f.toString(), "--plan", PLAN);
    Run a = Run.of(Run.installed(), "assess", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31");

    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.DATA);
    String sentence = "dup.csv line 2: lines 2 and 3 have the same key (hp.grdp, 10507, 2025); neither was kept";
    assertThat(v.out()).contains("  - " + sentence, "  - dup.csv line 3: lines 2 and 3 have the same key")
        .doesNotContain("''", "KEEP_", "DROP_ALL");
    assertThat(a.code()).as(a.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(a.err()).contains("dup.csv line 3: lines 2 and 3 have the same key (hp.grdp, 10507, 2025); expected "
        + "one figure per indicator, region, period and breakdown; or choose to keep the first or the last of them "
        + "(keep-first or keep-last)");
  }

  @Test
  void duplicates_keepFirstOrLast_useOneRow_andListTheOther() throws IOException {
    Path f = file("dup.csv", HEADER + "hp.grdp,10507,2025,,3490.1,actual,x\nhp.grdp,10507,2025,,3500,actual,y\n");

    Run v = Run.of(Run.installed(), "validate", "--data", f.toString(), "--plan", PLAN, "--duplicates", "keep-last");
    Run a = Run.of(Run.installed(), "assess", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31",
        "--duplicates", "keep-first", "--format", "json");

    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.OK);
    assertThat(v.out()).contains("0 unreadable", "1 row not used, as --duplicates keep-last asks",
        "dup.csv line 2: lines 2 and 3 have the same key (hp.grdp, 10507, 2025); line 3, the last of them, was kept",
        "OK: no problems");
    assertThat(a.code()).as(a.toString()).isEqualTo(ExitCodes.OK);
    assertThat(a.err()).contains("1 of 2 rows were set aside", "dup.csv line 3: lines 2 and 3 have the same key "
        + "(hp.grdp, 10507, 2025); line 2, the first of them, was kept");
  }

  @Test
  void duplicates_reportTakesThePolicyToo() throws IOException {
    Path f = file("dup.csv", HEADER + "hp.grdp,10507,2025,,3490.1,actual,x\nhp.grdp,10507,2025,,3500,actual,y\n");
    Path out = dir.resolve("out");

    Run refused = Run.of(Run.installed(), "report", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31",
        "--out", out.toString(), "--format", "xlsx");
    Run kept = Run.of(Run.installed(), "report", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31",
        "--out", out.toString(), "--format", "xlsx", "--duplicates", "keep-last");

    assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(refused.err()).contains("dup.csv line 3: lines 2 and 3 have the same key (hp.grdp, 10507, 2025)");
    assertThat(kept.code()).as(kept.toString()).isEqualTo(ExitCodes.OK);
    assertThat(kept.err()).contains("line 3, the last of them, was kept");
    assertThat(out.resolve(PLAN + "-2025-12-31-vi.xlsx")).exists();
  }

  @Test
  void duplicates_anUnknownPolicy_isAUsageError() throws IOException {
    Path f = file("dup.csv", HEADER);

    Run r = Run.of(Run.installed(), "validate", "--data", f.toString(), "--duplicates", "KEEP_FIRST");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("'KEEP_FIRST' is not a policy for duplicate rows; expected error, keep-first or "
        + "keep-last");
  }

  @Test
  void implausibleValues_areLocatedDataErrors_orSetAsideWhenLenient() throws IOException {
    Path f = file("odd.csv", HEADER + "hp.ecommerce-share,31,2025,,135,actual,x\n"
        + "hp.digital-tech-enterprises,31,2025,,-40,actual,x\nhp.grdp,31,2025,,1e-400,actual,x\n"
        + "hp.grdp,31,2024,,1000,actual,x\n");

    Run v = Run.of(Run.installed(), "validate", "--data", f.toString(), "--plan", PLAN);
    Run strict = Run.of(Run.installed(), "assess", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31");
    Run lenient = Run.of(Run.installed(), "assess", "--data", f.toString(), "--plan", PLAN, "--as-of", "2025-12-31",
        "--lenient");

    String share = "odd.csv line 2, column 'value': '135' lies outside the values 'hp.ecommerce-share' can take "
        + "(from 0 to 100 %)";
    String enterprises = "odd.csv line 3, column 'value': '-40' lies outside the values 'hp.digital-tech-enterprises'"
        + " can take (at least 0 enterprises)";
    String tiny = "odd.csv line 4, column 'value': '1e-400' is too small to be kept";
    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(v.out()).contains("3 unreadable", share, enterprises, tiny);
    assertThat(strict.code()).as(strict.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(strict.err()).contains("3 problems in the data", share, enterprises, tiny);
    assertThat(lenient.code()).as(lenient.toString()).isEqualTo(ExitCodes.OK);
    assertThat(lenient.err()).contains("3 of 4 rows were set aside", share, enterprises, tiny);
  }

  @Test
  void aFileInAnotherEncoding_namesTheLineAndByte_andTheFix() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((HEADER + "hp.grdp,31,2025,,1000,actual,C").getBytes(StandardCharsets.UTF_8));
    b.write(0xE3); // 'ă' in Windows-1258
    b.writeBytes("c\n".getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("cp1258.csv"), b.toByteArray());
    long offset = HEADER.length() + "hp.grdp,31,2025,,1000,actual,C".length();

    for (String command : new String[] {"validate", "assess"}) {
      Run r = Run.of(Run.installed(), command, "--data", f.toString(), "--plan", PLAN, "--lenient");
      if (command.equals("validate")) {
        r = Run.of(Run.installed(), command, "--data", f.toString(), "--plan", PLAN);
      }
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
      assertThat(r.err()).contains("cp1258.csv line 2: has byte 0xE3 at byte offset " + offset + " (byte 31 of the "
          + "line), which is not UTF-8 text", "iconv -f WINDOWS-1258 -t UTF-8 cp1258.csv > utf8-cp1258.csv",
          "CSV UTF-8").doesNotContain(dir.toString());
    }
  }

  @Test
  void report_theRejectedRowsSheet_namesTheDataFileWithoutItsFolder() throws Exception {
    Path f = file("lenient.csv", HEADER + "hp.grdp,31,2025,,1000,actual,x\nhp.grdp,31,2024,,n/a,actual,x\n");
    Path out = dir.resolve("out");

    Run r = Run.of(Run.installed(), "report", "--plan", PLAN, "--data", f.toString(), "--out", out.toString(),
        "--as-of", "2025-12-31", "--format", "xlsx", "--lenient");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    StringBuilder text = new StringBuilder();
    try (java.io.InputStream in = Files.newInputStream(out.resolve(PLAN + "-2025-12-31-vi.xlsx"));
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            text.append(cell.toString()).append('\n');
          }
        }
      }
    }
    assertThat(text).contains("lenient.csv line 3, column 'value': 'n/a' is not a number")
        .doesNotContain(dir.toString());
    assertThat(r.err()).doesNotContain(dir.toString() + "/lenient.csv line");
  }
}
