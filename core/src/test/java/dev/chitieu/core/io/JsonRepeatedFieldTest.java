package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.model.Breakdown;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRepeatedFieldTest {
  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The messages of the problems the import of {@code json} fails with, strict or lenient. */
  private static List<String> problems(String json, boolean lenient) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> {
      if (lenient) {
        MeasurementJson.readLenient(utf8(json), "d.json", ImportOptions.defaults());
      } else {
        MeasurementJson.readStrict(utf8(json), "d.json", ImportOptions.defaults());
      }
    });
    return e.problems().stream().map(DataProblem::message).toList();
  }

  @Test
  void fieldGivenTwiceInOneObject_isAnError_notTheLastOneSilently() {
    String json = "[{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1},\n"
        + "{\"indicator\":\"t.retail\",\"region\":\"31002\",\"period\":\"2025\",\"value\":1,\"value\":2}]";
    for (boolean lenient : new boolean[] {false, true}) {
      assertThat(problems(json, lenient)).containsExactly(
          "d.json line 2, column 'value': '2' is a field given twice in one object (first '1'); expected each field "
              + "once per object");
    }
  }

  @Test
  void fieldGivenTwice_afterAnObjectInIt_isAnError() {
    String json = "[{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":{\"a\":1},"
        + "\"value\":2}]";
    assertThat(problems(json, false)).containsExactly(
        "d.json line 1, column 'value': holds an object; expected a string or a number",
        "d.json line 1, column 'value': '2' is a field given twice in one object (first ''); expected each field "
            + "once per object");
  }

  @Test
  void newDimensionGivenTwiceInItsFirstObject_isAnError() {
    String json = "{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1}\n"
        + "{\"indicator\":\"t.retail\",\"region\":\"31002\",\"period\":\"2025\",\"value\":1,\"zone\":\"n\","
        + "\"zone\":\"s\"}";
    assertThat(problems(json, false)).containsExactly(
        "d.json line 2, column 'zone': 's' is a field given twice in one object (first 'n'); expected each field "
            + "once per object");
  }

  @Test
  void dimensionMetInALaterObject_isEmptyInTheRowsWithoutIt() {
    String json = "{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1}\n"
        + "{\"zone\":\"n\",\"indicator\":\"t.retail\",\"region\":\"31002\",\"period\":\"2025\",\"value\":2}\n"
        + "{\"indicator\":\"t.retail\",\"region\":\"31003\",\"period\":\"2025\",\"value\":3,\"zone\":\"s\"}\n"
        + "{\"indicator\":\"t.retail\",\"region\":\"31004\",\"period\":\"2025\",\"value\":4}";
    ImportResult r = MeasurementJson.readStrict(utf8(json), "d.json", ImportOptions.defaults());
    assertThat(r.measurements().stream().toList()).containsExactly(
        Measurement.of("t.retail", "31001", "2025", 1),
        Measurement.of("t.retail", "31004", "2025", 4),
        Measurement.of("t.retail", "31002", "2025", 2).withBreakdown(Breakdown.of("zone", "n")),
        Measurement.of("t.retail", "31003", "2025", 3).withBreakdown(Breakdown.of("zone", "s")));
  }
}
