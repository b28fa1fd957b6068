package dev.chitieu.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDataExceptionTest {
  private static List<DataProblem> problems(int n) {
    List<DataProblem> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(new DataProblem("data.csv", "line " + (i + 1), "value", "x", "is not a number", "a number"));
    }
    return list;
  }

  @Test
  void fiftyProblems_areAllSpelledOut() {
    InvalidDataException e = new InvalidDataException(problems(50));

    assertThat(e.getMessage()).startsWith("50 problems in the data / lỗi dữ liệu:\n  - data.csv line 2")
        .endsWith("line 51, column 'value': 'x' is not a number; expected a number").doesNotContain("more");
    assertThat(e.getMessage().lines()).hasSize(51);
  }

  @Test
  void moreThanFifty_spellsOutTheFirstAndTheLast_whichSaysWhyReadingStopped() {
    List<DataProblem> list = problems(60);
    list.add(new DataProblem("data.csv", "line 62", "", "", "stopped reading here", "fewer bad rows"));
    InvalidDataException e = new InvalidDataException(list);

    List<String> lines = e.getMessage().lines().toList();
    assertThat(lines).hasSize(52);
    assertThat(lines.get(0)).isEqualTo("61 problems in the data / lỗi dữ liệu:");
    assertThat(lines.get(49)).contains("line 50,");
    assertThat(lines.get(50)).isEqualTo("  … and 11 more / và 11 lỗi khác (all in problems())");
    assertThat(lines.get(51)).isEqualTo("  - data.csv line 62: stopped reading here; expected fewer bad rows");
    assertThat(e.problems()).hasSize(61);
  }

  @Test
  void noProblem_isAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidDataException(List.of()));
  }
}
