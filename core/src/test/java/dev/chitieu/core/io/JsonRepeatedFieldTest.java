package dev.chitieu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRepeatedFieldTest {
  static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fieldGivenTwiceInOneObject_isAnError_notTheLastOneSilently() {
    String json = "[{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1},\n"
        + "{\"indicator\":\"t.retail\",\"region\":\"31002\",\"period\":\"2025\",\"value\":1,\"value\":2}]";
    for (boolean lenient : new boolean[] {false, true}) {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> {
        if (lenient) {
          MeasurementJson.readLenient(utf8(json), "d.json", ImportOptions.defaults());
        } else {
          MeasurementJson.readStrict(utf8(json), "d.json", ImportOptions.defaults());
        }
      });
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "d.json line 2, column 'value': '2' is a field given twice in one object (first '1'); expected each field "
              + "once per object");
    }
  }
}
