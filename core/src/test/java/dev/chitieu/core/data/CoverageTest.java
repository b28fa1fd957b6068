package dev.chitieu.core.data;

import dev.chitieu.core.model.RegionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final RegionCode A = RegionCode.of("31001");
  private static final RegionCode B = RegionCode.of("31002");

  @Test
  void coverage_consistentCounts_areKept() {
    Coverage c = new Coverage(1, 3, List.of(A, B));
    assertThat(c.toString()).isEqualTo("1/3");
    assertThat(c.isComplete()).isFalse();
    assertThat(Coverage.single().isComplete()).isTrue();
  }

  static Stream<Arguments> impossible() {
    return Stream.of(
        Arguments.argumentSet("more reporting than expected", 3, 2, List.of(),
            "coverage needs 0 <= reporting <= expected, was 3 of 2"),
        Arguments.argumentSet("negative reporting", -1, 2, List.of(A, B),
            "coverage needs 0 <= reporting <= expected, was -1 of 2"),
        Arguments.argumentSet("nothing expected", 0, 0, List.of(),
            "coverage needs at least 1 expected unit (a region with no units below it is its own unit), was 0 of 0"),
        Arguments.argumentSet("complete but a unit missing", 2, 2, List.of(A),
            "coverage 2 of 2 needs 0 missing units, the list names 1: [31001]"),
        Arguments.argumentSet("incomplete without the missing units", 1, 3, List.of(A),
            "coverage 1 of 3 needs 2 missing units, the list names 1: [31001]"),
        Arguments.argumentSet("a unit missing twice", 1, 3, List.of(A, A),
            "coverage 1 of 3 names a missing unit more than once: [31001, 31001]; list each unit once"));
  }

  @ParameterizedTest
  @MethodSource("impossible")
  void coverage_impossibleCounts_areRejected(int reporting, int expected, List<RegionCode> missing, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Coverage(reporting, expected, missing));
    assertThat(e).hasMessage(message);
  }
}
