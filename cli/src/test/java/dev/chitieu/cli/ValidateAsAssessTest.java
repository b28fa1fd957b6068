package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} runs exactly the checks {@code assess} and {@code report} run: on a file whose rows all read well,
 * the problems {@code validate} lists are the problems {@code assess} stops on, word for word, each with its file and
 * line. All figures are invented samples.
 */
class ValidateAsAssessTest {
  private static final String PLAN = "haiphong-106-2025";
  private static final String HEADER = "indicator,region,period,sector,value,numerator,denominator,status,source\n";

  @TempDir Path dir;

  static List<Arguments> files() {
    return List.of(
        Arguments.argumentSet("a flow's year and one of its months", "overlap.csv",
            "hp.retail-sales,10507,2024,,120,,,actual,x\nhp.retail-sales,10507,2024-03,,10,,,actual,x\n",
            List.of("overlap.csv line 3, column 'period': '2024-03' overlaps 2024 (line 2) for the same flow "
                + "'hp.retail-sales', region 10507, so it would be counted twice; expected periods that do not "
                + "overlap, e.g. months or a year, not both")),
        Arguments.argumentSet("two levels of a stock in one month", "stock.csv",
            "hp.population,10507,2024,,100,,,actual,x\nhp.population,10507,2024-Q4,,101,,,actual,x\n",
            List.of("stock.csv line 3, column 'period': '2024-Q4' ends in the same month as 2024 (line 2) for the "
                + "same stock 'hp.population', region 10507: two levels for 2024-12; expected one level per month")),
        Arguments.argumentSet("a commune's bare share without its weight", "weight.csv",
            "hp.retail-sales,10507,2025,,1000,,,actual,x\nhp.ecommerce-share,10525,2025,,16.4,,,actual,x\n",
            List.of("weight.csv line 3, column 'value': '16.4' gives the ratio 'hp.ecommerce-share' as a bare value "
                + "for 10525, and its weight 'hp.retail-sales' has no row for 10525 in 2025 to weigh it by; expected "
                + "a row of 'hp.retail-sales' for 10525 in 2025, or the ratio's numerator and denominator")),
        Arguments.argumentSet("parts in one row, a bare value in another", "mixed.csv",
            "hp.ecommerce-share,10507,2025-H1,,,50,400,actual,x\nhp.ecommerce-share,10507,2025,,16.4,,,actual,x\n"
                + "hp.retail-sales,10507,2025,,900,,,actual,x\n",
            List.of("mixed.csv line 3, column 'value': '16.4' gives 'hp.ecommerce-share' as a bare value while line "
                + "2 gives its numerator and denominator for 10507 in 2025; the two cannot be combined; expected "
                + "numerator and denominator in every row of a unit")),
        Arguments.argumentSet("a row of another province", "outside.csv",
            "hp.grdp,10507,2025,,1000,,,actual,x\nhp.grdp,24,2025,,1000,,,actual,x\n",
            List.of("outside.csv line 3, column 'region': '24' lies outside the region of plan 'haiphong-106-2025' "
                + "(31, Hải Phòng), so the assessment does not use it; expected a unit within Hải Phòng, or the plan "
                + "of its region")),
        Arguments.argumentSet("bare shares of parts of a year, which the rollup cannot add up", "parts.csv",
            "hp.ecommerce-share,31,2025-H1,,16,,,actual,x\nhp.ecommerce-share,31,2025-Q3,,17,,,actual,x\n",
            List.of("cannot roll up 'hp.ecommerce-share' for 31 over 2025-01..2025-09: 31 sent values without "
                + "numerator and denominator for [2025-H1, 2025-Q3], and the values of a ratio of flows cannot be "
                + "combined over time; send numerator ('hp.ecommerce-revenue') and denominator ('hp.retail-sales'), "
                + "or a figure for 2025-01..2025-09 itself (parts.csv lines 2 and 3)")));
  }

  @ParameterizedTest
  @MethodSource("files")
  void validateListsWhatAssessStopsOn(String name, String rows, List<String> expected) throws IOException {
    Path file = Files.writeString(dir.resolve(name), HEADER + rows);

    Run v = Run.of(Run.installed(), "validate", "--data", file.toString(), "--plan", PLAN);
    Run a = Run.of(Run.installed(), "assess", "--data", file.toString(), "--plan", PLAN, "--as-of", "2025-09-30");
    Run report = Run.of(Run.installed(), "report", "--data", file.toString(), "--plan", PLAN, "--as-of",
        "2025-09-30", "--out", dir.resolve("out").toString(), "--format", "xlsx");

    assertThat(v.code()).as(v.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(a.code()).as(a.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(report.code()).as(report.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(problems(v.out())).as(v.toString()).containsExactlyElementsOf(expected);
    List<String> stopped = expected.get(0).startsWith("cannot") ? List.of(a.err().strip().substring(
        "chitieu: ".length())) : problems(a.err());
    assertThat(stopped).as(a.toString()).containsExactlyElementsOf(expected);
    assertThat(report.err()).isEqualTo(a.err());
    assertThat(String.join("\n", problems(v.out())) + a.err()).doesNotContain(dir.toString());
  }

  @Test
  void lenient_rowsOutsideThePlansRegion_areCountedAndShown_andTheRestAssessed() throws IOException {
    StringBuilder rows = new StringBuilder(HEADER).append("hp.grdp,10507,2025,,1000,,,actual,x\n");
    for (String province : List.of("01", "04", "08", "11", "12", "14", "15")) {
      rows.append("hp.grdp,").append(province).append(",2025,,1000,,,actual,x\n");
    }
    Path file = Files.writeString(dir.resolve("mixed-provinces.csv"), rows.toString());

    Run r = Run.of(Run.installed(), "assess", "--data", file.toString(), "--plan", PLAN, "--as-of", "2025-12-31",
        "--lenient");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("7 rows lie outside the region of plan 'haiphong-106-2025' (31) and are not used",
        "  - mixed-provinces.csv line 3, column 'region': '01' lies outside", "mixed-provinces.csv line 7,",
        "  … and 2 more").doesNotContain("mixed-provinces.csv line 8,");
    assertThat(r.out()).contains("hp.digital-economy-share-2025");
  }

  /** The problem lines of an output, without their "  - ". */
  private static List<String> problems(String text) {
    return text.lines().filter(l -> l.startsWith("  - ")).map(l -> l.substring(4)).toList();
  }
}
