package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bad row of a region list or a territory mapping is located at the line it starts on. */
class RegionCsvLineTest {
  static Stream<Arguments> files() {
    String head = "code,name_vi,name_en,kind\n";
    return Stream.of(
        Arguments.argumentSet("last row without a line break", head + "31,a,x,city\n32,,x,city", "line 3"),
        Arguments.argumentSet("last row with a line break", head + "31,a,x,city\n32,,x,city\n", "line 3"),
        Arguments.argumentSet("a row in the middle", head + "32,,x,city\n31,a,x,city\n", "line 2"),
        Arguments.argumentSet("after a quoted line break", head + "31,\"a\nb\",x,city\n32,,x,city\n", "line 4"));
  }

  @ParameterizedTest
  @MethodSource("files")
  void readCsv_badRow_isLocatedAtItsLine(String csv, String line) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> RegionHierarchy.readCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv"));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly("r.csv " + line
        + ", column 'name_vi/name_en': '32' lacks a name; expected the name in Vietnamese and without diacritics");
  }

  @Test
  void territoryReadCsv_lastRowWithOrWithoutLineBreak_isLocatedAtItsLine() {
    String head = "old_code,old_name_vi,old_district_vi,old_province_vi,new_code\n";
    String good = "10528,Phường A,Quận B,Thành phố Hải Phòng,10532\n";
    for (String csv : new String[] {head + good + "1052,Phường A,Quận B,Thành phố Hải Phòng,10532",
        head + good + "1052,Phường A,Quận B,Thành phố Hải Phòng,10532\n"}) {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> TerritoryMapping.readCsv(
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "m.csv"));
      assertThat(e.problems()).extracting(DataProblem::location).containsExactly("line 3");
    }
  }
}
