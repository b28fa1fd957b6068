package dev.chitieu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.survey.io.CriteriaFile;
import dev.chitieu.survey.score.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaFileTest {
  private static CriteriaSet read(String yaml) {
    return CriteriaFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "set.yaml");
  }

  private static InvalidCriteriaSetException fails(String yaml) {
    return assertThrows(InvalidCriteriaSetException.class, () -> read(yaml));
  }

  @Nested
  class NationalSet {
    private final CriteriaSet dbi = CriteriaFile.bundled("dbi-sme-2021");

    @Test
    void bundled_holdsWhatTheSourcesState() {
      assertThat(CriteriaFile.bundledIds()).containsExactly("dbi-sme-2021");
      assertThat(dbi.sample()).isFalse();
      assertThat(dbi.pillars()).extracting(p -> p.name().vi()).containsExactly("Trải nghiệm số cho khách hàng",
          "Chiến lược", "Hạ tầng và công nghệ số", "Vận hành", "Chuyển đổi số văn hóa doanh nghiệp",
          "Dữ liệu và tài sản thông tin");
      assertThat(dbi.levels()).extracting(l -> l.name().vi()).containsExactly("Chưa chuyển đổi số", "Khởi động",
          "Bắt đầu", "Hình thành", "Nâng cao", "Dẫn dắt");
      assertThat(dbi.criteria()).hasSize(9);
      assertThat(dbi.criteria().get(0).name().vi()).isEqualTo("Tần suất cập nhật website của doanh nghiệp");
      assertThat(dbi.sources()).containsKeys("dbi-sme", "qd1970", "qd2158", "qd1567");
      assertThat(dbi.sources().get("qd1970").issued()).isEqualTo("2021-12-13");
    }

    @Test
    void bundled_marksEveryPartTheSourcesLeaveOut() {
      assertThat(dbi.isComplete()).isFalse();
      assertThat(dbi.notStated()).contains("the set: what the level is read from (levelBasis: total or lowestPillar)",
          "level 0: from (its threshold)", "level 5: from (its threshold)", "pillar 'strategy': weight",
          "pillar 'strategy': components", "component 'customer-experience-2': name",
          "component 'customer-experience-2': criteria", "criterion 'website-update-frequency': question",
          "criterion 'website-update-frequency': answers and their scores",
          "criterion 'website-update-frequency': weight");
      // 1 basis + 6 thresholds + 6 pillar weights + 5 pillars' components + 2 components × (weight) + 1 name
      // + 1 criteria list + 9 criteria × 3
      assertThat(dbi.notStated()).hasSize(1 + 6 + 6 + 5 + 2 + 1 + 1 + 27);
    }

    @Test
    void scorer_refusesTheNationalSet_namingWhatIsNotStated() {
      InvalidCriteriaSetException e = assertThrows(InvalidCriteriaSetException.class, () -> Scorer.of(dbi));
      assertThat(e.getMessage()).contains("cannot score responses: its sources do not state 49 parts it needs;"
          + " adapt the set in a file of your own ('extends: dbi-sme-2021')",
          "not stated / chưa nêu: pillar 'data': weight");
    }
  }

  @Nested
  class Adaptation {
    @Test
    void sample_extendsTheNationalSet_andIsComplete() {
      CriteriaSet s = TestSets.sample();
      assertThat(s.id()).isEqualTo("bacninh-sme-2026-sample");
      assertThat(s.sample()).isTrue();
      assertThat(s.notStated()).isEmpty();
      assertThat(s.levels()).extracting(l -> l.from().orElseThrow()).containsExactly(new BigDecimal("0"),
          new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("3.75"), new BigDecimal("4.5"));
      // the national names stay, the adaptation's parts are added
      assertThat(s.levels().get(2).name().vi()).isEqualTo("Bắt đầu");
      assertThat(s.criteria()).hasSize(23);
      assertThat(s.criteria().get(0).name().vi()).isEqualTo("Tần suất cập nhật website của doanh nghiệp");
      assertThat(s.sources()).containsKeys("dbi-sme", "sample");
      assertThat(s.notes()).hasSize(4);
      assertThat(s.cites()).extracting(Citation::source).contains("dbi-sme", "sample");
    }

    @Test
    void extends_aFileBesideIt(@TempDir Path dir) throws IOException {
      Files.copy(TestSets.sampleFile(), dir.resolve("base.yaml"));
      Files.writeString(dir.resolve("mine.yaml"), """
          id: mine
          extends: base.yaml
          title: {vi: Bộ của tỉnh, en: The province's set}
          decimals: 1
          levels:
            - {level: 4, from: 3.8}
          """);
      CriteriaSet s = CriteriaFile.read(dir.resolve("mine.yaml"));
      assertThat(s.id()).isEqualTo("mine");
      assertThat(s.sample()).as("a set built on a SAMPLE set is sample").isTrue();
      assertThat(s.decimals()).isEqualTo(1);
      assertThat(s.level(4).from()).contains(new BigDecimal("3.8"));
      assertThat(s.criteria()).hasSize(23);
    }

    @Test
    void extends_unknownSet_isLocated() {
      InvalidCriteriaSetException e = fails("id: x\nextends: dbi-sme-1999\n");
      assertThat(e.problems()).containsExactly("set.yaml line 2, column 10: 'extends: dbi-sme-1999' names no"
          + " bundled set; the bundled sets are dbi-sme-2021, or name a file ending in .yaml");
    }
  }

  @Nested
  class Errors {
    private static final String LEVELS = """
        levels:
          - {level: 0, name: {vi: Chưa, en: Not yet}, from: 0}
          - {level: 1, name: {vi: Có, en: Yes}, from: 1}
        """;

    @Test
    void everyProblem_isReportedAtOnce_withLineAndColumn() {
      InvalidCriteriaSetException e = fails("""
          id: t
          title: {vi: Thử, en: Test}
          colour: blue
          levels:
            - {level: 0, name: {vi: Chưa, en: Not yet}, from: zero}
            - {level: 1, name: {vi: Có, en: Yes}, from: 1}
          pillars:
            - id: p
              name: {vi: Trụ cột, en: Pillar}
              weight: -1
              components:
                - id: c
                  name: {vi: Thành phần, en: Component}
                  criteria:
                    - id: k
                      name: {vi: Tiêu chí, en: Criterion}
                      question: {vi: 'Hỏi?'}
                      answers:
                        - {code: a, label: {vi: A, en: A}, score: 1}
                        - {code: b, label: {vi: B, en: B}}
          """);
      assertThat(e.problems()).containsExactly(
          "set.yaml line 3, column 1: unknown key 'colour'; the keys here are id, title, sample, extends, sources,"
              + " decimals, levelBasis, levels, pillars, notes, cite",
          "set.yaml line 5, column 53: 'from' is 'zero'; write a number with a decimal point, e.g. 2.5",
          "set.yaml line 17, column 23: 'question' needs both vi and en",
          "set.yaml line 20, column 17: answer b has no 'score'; write its points, or notApplicable: true",
          "set.yaml line 8, column 5: pillar 'p' has weight -1; a weight must be > 0");
    }

    @Test
    void rulesOfTheSet_areLocatedOnThePartThatBreaksThem() {
      InvalidCriteriaSetException e = fails("""
          id: t
          title: {vi: Thử, en: Test}
          levels:
            - {level: 0, name: {vi: Chưa, en: Not yet}, from: 2}
            - {level: 1, name: {vi: Có, en: Yes}, from: 1}
          pillars:
            - id: p
              name: {vi: Trụ cột, en: Pillar}
              cite: nowhere
              components:
                - id: p
                  name: {vi: Thành phần, en: Component}
                  criteria:
                    - id: date
                      name: {vi: Ngày, en: Date}
                      question: {vi: 'Hỏi?', en: 'Ask?'}
                      answers:
                        - {code: a, label: {vi: A, en: A}, score: 1}
                        - {code: A, label: {vi: B, en: B}, score: 2}
          """);
      assertThat(e.problems()).containsExactly(
          "set.yaml line 18, column 15: answer code 'A' appears twice; codes must be unique (compared ignoring case)");
      InvalidCriteriaSetException second = fails("""
          id: t
          title: {vi: Thử, en: Test}
          levels:
            - {level: 0, name: {vi: Chưa, en: Not yet}, from: 2}
            - {level: 1, name: {vi: Có, en: Yes}, from: 1}
          pillars:
            - id: p
              name: {vi: Trụ cột, en: Pillar}
              cite: nowhere
              components:
                - id: p
                  name: {vi: Thành phần, en: Component}
                  criteria:
                    - id: date
                      name: {vi: Ngày, en: Date}
                      question: {vi: 'Hỏi?', en: 'Ask?'}
                      answers:
                        - {code: a, label: {vi: A, en: A}, score: 1}
                        - {code: b, label: {vi: B, en: B}, score: 2}
          """);
      assertThat(second.problems()).containsExactly(
          "set.yaml line 5, column 47: level 1 starts at 1, not above the level before it (2); thresholds must"
              + " increase",
          "set.yaml line 9, column 11: cites source 'nowhere', which the set does not declare; the sources are none",
          "set.yaml line 11, column 13: component id 'p' is already taken by a pillar; ids must be unique in a set"
              + " (they name the response columns)",
          "set.yaml line 14, column 17: criterion id 'date' is already taken by a respondent column; ids must be"
              + " unique in a set (they name the response columns)");
    }

    @Test
    void notYaml_isLocated() {
      InvalidCriteriaSetException e = fails("id: [unclosed\n" + LEVELS);
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0)).startsWith("set.yaml line ").contains("the file must be YAML (or JSON)");
    }

    @Test
    void duplicateKey_isLocated() {
      InvalidCriteriaSetException e = fails("id: t\nid: u\n");
      assertThat(e.problems()).contains("set.yaml line 2, column 1: key 'id' appears twice in the same mapping"
          + " (first at line 1); write it once");
    }
  }
}
