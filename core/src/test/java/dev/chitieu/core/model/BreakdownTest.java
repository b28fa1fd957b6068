package dev.chitieu.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BreakdownTest {
  @Test
  void parse_readsTheTextForm_sortedByDimension() {
    Breakdown b = Breakdown.parse("sector=ecommerce; age=15-plus");
    assertThat(b.toString()).isEqualTo("age=15-plus;sector=ecommerce");
    assertThat(b.findMember(DimensionId.of("sector"))).contains("ecommerce");
    assertThat(Breakdown.parse(" ")).isEqualTo(Breakdown.NONE);
  }

  @Test
  void parse_aDimensionTwice_isAnError() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Breakdown.parse("sector=a;age=15-plus;sector=b"));
    assertThat(e).hasMessage("'sector=a;age=15-plus;sector=b' gives dimension 'sector' twice ('sector=a' and "
        + "'sector=b'); a breakdown has one member per dimension, e.g. sector=a");
  }

  @Test
  void parse_theSameMemberTwice_isAnErrorToo() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Breakdown.parse("sector=a;sector=a"));
    assertThat(e).hasMessageContaining("gives dimension 'sector' twice");
  }

  @Test
  void parse_aPartWithoutEquals_isAnError() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Breakdown.parse("sector"));
    assertThat(e).hasMessage("'sector' is not a breakdown part; expected dimension=member, e.g. sector=ecommerce");
  }
}
