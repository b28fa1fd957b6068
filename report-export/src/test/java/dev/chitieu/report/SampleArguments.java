package dev.chitieu.report;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The SAMPLE assessments of the test fixtures as arguments of parameterized tests. */
final class SampleArguments {
  private SampleArguments() {}

  /** The Hai Phong and Bac Ninh sample assessments in each language: arguments (assessment, language) for tests. */
  static Stream<Arguments> bothPlansInBothLanguages() {
    List<Arguments> out = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      out.add(Arguments.argumentSet("Hải Phòng " + lang, SampleReports.haiPhongAssessment(), lang));
      out.add(Arguments.argumentSet("Bắc Ninh " + lang, SampleReports.bacNinhAssessment(), lang));
    }
    return out.stream();
  }
}
