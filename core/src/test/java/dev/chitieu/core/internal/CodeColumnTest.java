package dev.chitieu.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodeColumnTest {
  @Test
  void widensAsLargerCodesCome_keepingEveryCode() {
    CodeColumn c = new CodeColumn(4);
    int[] expected = new int[100_000];
    SplittableRandom r = new SplittableRandom(3);
    int cap = 4;
    for (int i = 0; i < expected.length; i++) {
      // codes grow as a dictionary's do: below 256 first, then below 65,536, then beyond
      int bound = i < 1000 ? 256 : i < 50_000 ? 65_536 : 1 << 20;
      expected[i] = r.nextInt(bound);
      if (i == cap) {
        cap = 2 * cap;
        c.grow(cap);
      }
      c.set(i, expected[i]);
      if (i == 999) {
        assertThat(c.width()).isEqualTo(1);
      }
      if (i == 49_999) {
        assertThat(c.width()).isEqualTo(2);
      }
    }
    assertThat(c.width()).isEqualTo(4);
    for (int i = 0; i < expected.length; i++) {
      assertThat(c.get(i)).as("row %d", i).isEqualTo(expected[i]);
    }
  }

  @Test
  void pack_translatesAndOrdersTheRowsIntoTheNarrowestColumn() {
    CodeColumn c = new CodeColumn(5);
    int[] codes = {4, 0, 3, 1, 2};
    for (int i = 0; i < codes.length; i++) {
      c.set(i, codes[i]);
    }
    int[] remap = {40_000, 300, 2, 1, 0}; // old code -> new code
    int[] rows = {1, 3, 0};
    Codes narrow = c.pack(rows, 3, new int[] {4, 3, 2, 1, 0}, 5);
    assertThat(narrow.width()).isEqualTo(1);
    assertThat(new int[] {narrow.get(0), narrow.get(1), narrow.get(2)}).containsExactly(4, 3, 0);
    Codes wide = c.pack(null, 5, remap, 40_001);
    assertThat(wide.width()).isEqualTo(2);
    assertThat(new int[] {wide.get(0), wide.get(1), wide.get(2), wide.get(3), wide.get(4)})
        .containsExactly(0, 40_000, 1, 300, 2);
    Codes same = c.pack(null, 5, null, 5);
    assertThat(same.get(0)).isEqualTo(4);
    assertThat(c.pack(null, 5, new int[] {70_000, 1, 2, 3, 4}, 70_001).width()).isEqualTo(4);
  }

  @Test
  void setAll_writesABlockAtTheWidthOfItsLargestCode_keepingTheRowsBefore() {
    CodeColumn c = new CodeColumn(12);
    c.set(0, 7);
    c.setAll(1, new int[] {99, 1, 2, 255, 98}, 1, 3); // rows 1..3 = 1, 2, 255
    assertThat(c.width()).isEqualTo(1);
    c.setAll(4, new int[] {256, 3}, 0, 2);
    assertThat(c.width()).isEqualTo(2);
    c.setAll(6, new int[] {65_535, 65_536, 4}, 0, 3);
    assertThat(c.width()).isEqualTo(4);
    c.setAll(9, new int[] {5, 6}, 0, 2);
    c.setAll(11, new int[0], 0, 0);
    int[] all = new int[11];
    c.decode(0, 11, all, 0);
    assertThat(all).containsExactly(7, 1, 2, 255, 256, 3, 65_535, 65_536, 4, 5, 6);
  }

  @Test
  void setAll_refusesANegativeCode_andWritesNothing() {
    CodeColumn c = new CodeColumn(3);
    c.set(0, 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.setAll(1, new int[] {2, -1}, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(c.get(1)).isZero();
    assertThat(c.width()).isEqualTo(1);
  }
}
