package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.io.PlanFile;
import dev.chitieu.core.plan.PlanRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a plan file's author uses: plan check, --plan-file, regions. */
class PlanFileCommandTest {
  @TempDir Path dir;

  /** Hải Phòng's installed plan, written as a file under another id and prefix (a SAMPLE plan of the test). */
  private Path planFile(String edit) throws IOException {
    String text = PlanFile.write(PlanRegistry.loadInstalled().plan("haiphong-106-2025"))
        .replace("plan: haiphong-106-2025", "plan: haiphong-sample-2025").replace("hp.", "hps.");
    Path file = dir.resolve("haiphong-sample-2025.yaml");
    Files.writeString(file, edit.isEmpty() ? text : text.replaceFirst(edit.split("=>")[0], edit.split("=>")[1]));
    return file;
  }

  @Test
  void planCheck_validFile_saysWhatItHolds() throws IOException {
    Run r = Run.of(Run.installed(), "plan", "check", planFile("").toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("plan 'haiphong-sample-2025' is valid / kế hoạch hợp lệ: 17 indicators / chỉ số,"
        + " 7 targets / chỉ tiêu, id prefix 'hps.'");
  }

  @Test
  void planCheck_everyProblem_withLineColumnAndFix() throws IOException {
    Path file = planFile("require: at least 35=>require: at least 35,5");
    String text = Files.readString(file).replace("    aggregation: stock\n", "    aggregaton: stock\n");
    Files.writeString(file, text);

    Run r = Run.of(Run.installed(), "plan", "check", file.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + " line \\d+, column 14:"
            + " plan 'haiphong-sample-2025', target 'hps.digital-economy-share-2025': require 'at least 35,5': has"
            + " threshold '35,5' written with a decimal comma; write it with a decimal point and no thousands"
            + " separator: '35.5'")
        .containsPattern("line \\d+, column 5: plan 'haiphong-sample-2025', indicator '[a-z0-9.-]+': 'aggregaton'"
            + " is not a key here; expected 'aggregation'\\?")
        .contains("problems in " + file + " / lỗi trong tệp kế hoạch");
  }

  @Test
  void assess_withAPlanFile_runsThePlanNotInstalled() throws IOException {
    Path data = Run.sample(dir, "haiphong-106-2025");
    Files.writeString(data, Files.readString(data).replace("hp.", "hps."));

    Run r = Run.of(Run.installed(), "assess", "--plan-file", planFile("").toString(), "--data", data.toString(),
        "--as-of", "2026-09-30");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("haiphong-sample-2025").contains("hps.ecommerce-share-2025");
  }

  @Test
  void validate_withABrokenPlanFile_listsItsProblems() throws IOException {
    Path data = Run.sample(dir, "haiphong-106-2025");

    Run r = Run.of(Run.installed(), "validate", "--plan-file", planFile("by: 2025=>by: soon").toString(),
        "--data", data.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("by 'soon' is not a year or a day");
  }

  @Test
  void regions_ofAPlan_listsItsUnitsWithCodes() {
    Run r = Run.of(Run.installed(), "regions", "--plan", "haiphong-106-2025");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("10507").contains("Thành Đông").contains("Thanh Dong")
        .contains("114 units under / đơn vị thuộc Hải Phòng (31)");
  }
}
