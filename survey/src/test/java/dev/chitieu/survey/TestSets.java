package dev.chitieu.survey;

import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.survey.io.CriteriaFile;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Criteria sets for tests: small ones built in code with hand-computable scores, and the SAMPLE adaptation. */
public final class TestSets {
  private TestSets() {}

  /** The levels of the SAMPLE adaptation: 0 from 0, 1 from 1, 2 from 2, 3 from 3, 4 from 3.75, 5 from 4.50. */
  public static final String[] THRESHOLDS = {"0", "1", "2", "3", "3.75", "4.5"};

  private static final String[][] LEVEL_NAMES = {
    {"Chưa chuyển đổi số", "Not yet transformed"}, {"Khởi động", "Starting"}, {"Bắt đầu", "Beginning"},
    {"Hình thành", "Forming"}, {"Nâng cao", "Advanced"}, {"Dẫn dắt", "Leading"}};

  /** A choice scoring 0, 1, 2, 3, 4, 5 (codes s0 … s5), and a not-applicable option "na". */
  public static Scale.Choice zeroToFive() {
    List<AnswerOption> o = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      o.add(AnswerOption.of("s" + i, "Mức " + i, "Step " + i, String.valueOf(i)));
    }
    o.add(AnswerOption.notApplicable("na", "Không áp dụng", "Not applicable"));
    return new Scale.Choice(o);
  }

  /** A choice with the given scores, codes o0, o1 …. */
  public static Scale.Choice scores(String... scores) {
    List<AnswerOption> o = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      o.add(AnswerOption.of("o" + i, "Phương án " + i, "Option " + i, scores[i]));
    }
    return new Scale.Choice(o);
  }

  /** A percentage scored 0 below 10, 2.5 from 10 below 50, 5 from 50. */
  public static Scale.Numeric percent() {
    return new Scale.Numeric(LocalizedText.of("%", "%"), BigDecimal.ZERO, Optional.of(new BigDecimal("100")),
        List.of(new ScoreBand(BigDecimal.ZERO, Optional.of(BigDecimal.TEN), BigDecimal.ZERO),
            new ScoreBand(BigDecimal.TEN, Optional.of(new BigDecimal("50")), new BigDecimal("2.5")),
            new ScoreBand(new BigDecimal("50"), Optional.empty(), new BigDecimal("5"))));
  }

  public static Criterion criterion(String id, Scale scale, String weight) {
    return new Criterion(id, LocalizedText.of("Tiêu chí " + id, "Criterion " + id),
        Optional.of(LocalizedText.of("Câu hỏi " + id + "?", "Question " + id + "?")), Optional.of(scale),
        Optional.of(new BigDecimal(weight)), List.of());
  }

  public static Component component(String id, String weight, Criterion... criteria) {
    return new Component(id, Optional.of(LocalizedText.of("Thành phần " + id, "Component " + id)),
        Optional.of(new BigDecimal(weight)), Optional.of(List.of(criteria)), OptionalInt.empty(), List.of());
  }

  public static Pillar pillar(String id, String vi, String en, String weight, Component... components) {
    return new Pillar(id, LocalizedText.of(vi, en), Optional.of(new BigDecimal(weight)),
        Optional.of(List.of(components)), OptionalInt.empty(), List.of());
  }

  /** A builder with the six levels of {@link #THRESHOLDS}, two decimals. */
  public static CriteriaSet.Builder withLevels(String id) {
    CriteriaSet.Builder b = CriteriaSet.builder(id).title(LocalizedText.of("Bộ thử " + id, "Test set " + id));
    for (int i = 0; i < THRESHOLDS.length; i++) {
      b.level(new Level(i, LocalizedText.of(LEVEL_NAMES[i][0], LEVEL_NAMES[i][1]),
          Optional.of(new BigDecimal(THRESHOLDS[i]))));
    }
    return b;
  }

  /** One pillar, one component, four criteria scoring 0 to 5, weights 1: the total is the sum of points / 4. */
  public static CriteriaSet quarters() {
    return withLevels("quarters").pillar(pillar("p", "Trụ cột", "Pillar", "1", component("c", "1",
        criterion("k1", zeroToFive(), "1"), criterion("k2", zeroToFive(), "1"), criterion("k3", zeroToFive(), "1"),
        criterion("k4", zeroToFive(), "1")))).build();
  }

  /**
   * Two pillars: A (weight 2) = mean of a1, a2 (both 0-5); B (weight 1) = (3 × b1 + 1 × b2) / 4 with b1 a
   * percentage in bands and b2 0-5. Total = (2A + B) / 3.
   */
  public static CriteriaSet weighted() {
    return withLevels("weighted")
        .pillar(pillar("a", "Chiến lược", "Strategy", "2", component("a1c", "1",
            criterion("a1", zeroToFive(), "1"), criterion("a2", zeroToFive(), "1"))))
        .pillar(pillar("b", "Dữ liệu", "Data", "1", component("b1c", "3", criterion("b1", percent(), "1")),
            component("b2c", "1", criterion("b2", zeroToFive(), "1"))))
        .build();
  }

  /** The SAMPLE adaptation of dbi-sme-2021 in the test resources. */
  public static Path sampleFile() {
    try {
      return Path.of(TestSets.class.getResource("sample-adapted.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static CriteriaSet sample() {
    return CriteriaFile.read(sampleFile());
  }

  public static Respondent respondent(String id) {
    return new Respondent(id, RegionCode.of("07210"), "C", SizeClass.SMALL, LocalDate.of(2026, 9, 15));
  }

  /** Option indexes for the choice criteria and values for numeric ones, in criterion order. */
  public static int[] options(int... options) {
    return options;
  }
}
