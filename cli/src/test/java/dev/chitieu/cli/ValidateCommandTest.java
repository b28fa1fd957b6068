package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validate_cleanSample_exitsZeroAndSummarisesThePlan() throws IOException {
    Path file = Run.sample(dir, "haiphong-106-2025");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString(), "--plan", "haiphong-106-2025");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("27930 rows read", "0 unreadable", "OK: no problems")
        .contains("haiphong-106-2025: 27930 rows, 114 regions, 2021-01 to 2026-09, data for 15 of 17 indicators")
        .contains("no data / chưa có số liệu: hp.adults-with-digital-signature, hp.digital-signature-share");
  }

  @Test
  void validate_againstEveryPlan_acceptsRowsOfAnyInstalledPlan() throws IOException {
    Path file = Run.sample(dir, "bacninh-144-2026-2030");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("bacninh-144-2026-2030: 7920 rows, 99 regions")
        .contains("haiphong-106-2025: no rows for this plan");
  }

  @Test
  void validate_anotherPlansData_saysTheIndicatorsAreNotDeclared() throws IOException {
    Path file = Run.csv(dir, "bn.csv", "bn.grdp,24,2025,,1000,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString(), "--plan", "haiphong-106-2025");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains("1 problem / lỗi:")
        .contains("  - bn.csv line 2, column 'indicator': 'bn.grdp' is not an indicator of the plan; expected one of "
            + "hp.digital-economy-value-added, hp.grdp");
  }

  @Test
  void validate_badRows_listsEveryProblemWithItsLineAndColumn() throws IOException {
    Path file = Run.csv(dir, "bad.csv",
        "hp.grdp,31,2025-13,,1000,actual,x",
        "hp.grdp,99999,2025,,1000,actual,x",
        "hp.grdp,10507,2025,,lots,actual,x",
        "hp.grdp,10507,2024,farming,10,actual,x",
        "hp.retail-sales,10507,2024,ict,10,actual,x",
        "hp.retail-sales,10507,2024,,120,actual,x",
        "hp.retail-sales,10507,2024-03,,10,actual,x",
        "hp.population,10507,2024,,100,guessed,x",
        "bn.grdp,31,2025,,1000,actual,x",
        "hp.grdp,10507,2023,,1000,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    String f = "  - bad.csv";
    assertThat(r.out()).contains("10 rows read / dòng đã đọc, 6 unreadable")
        .contains(f + " line 2, column 'period': '2025-13' is not a period")
        .contains(f + " line 3, column 'region': '99999' is not a unit of the region hierarchy")
        .contains(f + " line 4, column 'value': 'lots' is not a number")
        .contains(f + " line 5, column 'sector': 'farming' is not a member of sector; expected one of ecommerce, ")
        .contains(f + " line 6, column 'sector': 'ict' gives a sector to 'hp.retail-sales', which has no breakdown "
            + "by sector")
        .contains(f + " line 9, column 'status': 'guessed' is not a status; expected actual, provisional or "
            + "estimate")
        .contains(f + " line 8, column 'period': '2024-03' overlaps 2024 (line 7) for the same flow "
            + "'hp.retail-sales', region 10507, so it would be counted twice; expected periods that do not overlap")
        .contains(f + " line 10, column 'region': '31' lies outside the region of plan 'bacninh-144-2026-2030' (24, "
            + "Bắc Ninh), so the assessment does not use it; expected a unit within Bắc Ninh")
        .contains("8 problems / lỗi:")
        .doesNotContain("OK: no problems");
  }

  @Test
  void validate_memberOfAnotherPlansDimension_isAProblemOfItsOwnPlan() throws IOException {
    Path file = Run.csv(dir, "member.csv", "hp.grdp,10507,2024,services,10,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains("member.csv line 2, column 'sector': 'services' is not a member of 'sector' in plan "
        + "'haiphong-106-2025'; expected one of [ecommerce, smart-tourism");
  }

  @Test
  void validate_unknownIndicator_namesItsLine() throws IOException {
    Path file = Run.csv(dir, "typo.csv", "hp.grdp,10507,2024,,10,actual,x", "hp.gdrp,10507,2024,,10,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains(file.getFileName() + " line 3, column 'indicator': 'hp.gdrp' is not an indicator");
  }

  @Test
  void validate_stockTwiceInOneMonth_isAProblem() throws IOException {
    Path file = Run.csv(dir, "stock.csv", "hp.population,10507,2024,,100,actual,x",
        "hp.population,10507,2024-Q4,,101,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains("stock.csv line 3, column 'period': '2024-Q4' ends in the same month as 2024 (line 2) "
        + "for the same stock 'hp.population', region 10507: two levels for 2024-12; expected one level per month");
  }

  @Test
  void validate_bareRatioOfThePlansOwnRegion_isUsedAsItIs_likeAssessUsesIt() throws IOException {
    Path file = Run.csv(dir, "ratio.csv", "a.share,31,2025,,30.5,actual,x");

    Run v = Run.of(Run.context(new TestPlans.Provider()), "validate", "--data", file.toString());
    Run a = Run.of(Run.context(new TestPlans.Provider()), "assess", "--data", file.toString(), "--plan",
        "alpha-1-2025", "--as-of", "2025-12-31", "--lang", "en");

    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.OK);
    assertThat(a.code()).as(a.toString()).isEqualTo(ExitCodes.OK);
    assertThat(a.out()).contains("30.50 %");
  }

  @Test
  void validate_bareRatioOfACommuneWithoutItsWeight_cannotBeRolledUp() throws IOException {
    Path file = Run.csv(dir, "ratio.csv", "hp.retail-sales,10507,2025,,1000,actual,x",
        "hp.ecommerce-share,10525,2025,,16.4,actual,x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString(), "--plan", "haiphong-106-2025");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains("1 problem / lỗi:", "  - ratio.csv line 3, column 'value': '16.4' gives the ratio "
        + "'hp.ecommerce-share' as a bare value for 10525, and its weight 'hp.retail-sales' has no row for 10525 in "
        + "2025 to weigh it by; expected a row of 'hp.retail-sales' for 10525 in 2025, or the ratio's numerator and "
        + "denominator");
  }

  @Test
  void validate_missingFile_namesItAndFailsAsConfiguration() {
    Run r = Run.of(Run.installed(), "validate", "--data", dir.resolve("nope.csv").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("file not found / không tìm thấy tệp: " + dir.resolve("nope.csv"));
  }

  @Test
  void validate_unknownKindOfFile_failsAsUsage() throws IOException {
    Path file = dir.resolve("data.txt");
    java.nio.file.Files.writeString(file, "x");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown kind of file; expected .csv, .json or .xlsx");
  }

  @Test
  void validate_withoutData_failsAsUsage() {
    Run r = Run.of(Run.installed(), "validate");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required option: '--data=FILE'");
  }

  @Test
  void validate_unknownPlan_listsTheInstalledOnes() throws IOException {
    Path file = Run.sample(dir, "haiphong-106-2025");

    Run r = Run.of(Run.installed(), "validate", "--data", file.toString(), "--plan", "hanoi-2025");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("No plan 'hanoi-2025' is installed")
        .contains("[bacninh-144-2026-2030, haiphong-106-2025, vietnam-411-2022, vietnam-749-2020,"
            + " vietnam-58-2024]");
  }
}
