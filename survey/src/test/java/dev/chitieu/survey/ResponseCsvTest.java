package dev.chitieu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.survey.io.DuplicateRule;
import dev.chitieu.survey.io.ResponseCsv;
import dev.chitieu.survey.io.ResponseImport;
import dev.chitieu.survey.io.ResponseOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResponseCsvTest {
  private static final CriteriaSet SET = TestSets.weighted();
  private static final String HEADER = "respondent,commune,sector,size,date,a1,a2,b1,b2\n";

  private static ResponseImport read(String csv, ResponseOptions options, boolean lenient) {
    return ResponseCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv", SET, options,
        lenient);
  }

  private static ResponseImport strict(String csv) {
    return read(csv, ResponseOptions.defaults(), false);
  }

  private static ResponseImport lenient(String csv) {
    return read(csv, ResponseOptions.defaults(), true);
  }

  @Test
  void read_takesCodesLabelsAndNumbers_inAnyColumnOrder() {
    ResponseImport r = strict("""
        # SAMPLE / MẪU
        b2,a2,a1,b1,date,size,sector,commune,respondent
        s1,Mức 2,step 4,25,2026-09-15,nhỏ,C,07210,0100000001
        na,s0,s5,"12.5",15/09/2026,Medium,,07228,0100000002
        """);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.isClean()).isTrue();
    Responses s = r.responses();
    assertThat(s.respondent(0)).isEqualTo(new Respondent("0100000001", RegionCode.of("07210"), "C", SizeClass.SMALL,
        LocalDate.of(2026, 9, 15)));
    assertThat(s.choice(0, 0)).isEqualTo(4);
    assertThat(s.choice(0, 1)).isEqualTo(2);
    assertThat(s.number(1, 2)).isEqualTo(12.5);
    assertThat(s.choice(1, 3)).as("the not-applicable option").isEqualTo(6);
    assertThat(s.sizeClass(1)).isEqualTo(SizeClass.MEDIUM);
  }

  @Test
  void strict_reportsEveryProblem_withLineColumnAndWhatWouldBeRight() {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(HEADER + """
        r1,07210,C,small,2026-09-15,s1,s2,30,s3
        ,07#210,C,tiny,2026-13-01,s9,,101,s3
        "r3
        multi-line",07210,C,small,2026-09-15,s1,s2,abc,s3
        r4,07210,C,small,2026-09-15,s1,s2,30
        """));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "r.csv line 3, column 'respondent': is blank; expected the respondent's id, e.g. its enterprise code",
        "r.csv line 3, column 'commune': '07#210' is not a region code; expected the code of the commune or ward,"
            + " e.g. 07210",
        "r.csv line 3, column 'size': 'tiny' is not a size class; expected micro, small, medium or large (siêu nhỏ,"
            + " nhỏ, vừa, lớn)",
        "r.csv line 3, column 'date': '2026-13-01' is not a date; expected YYYY-MM-DD or DD/MM/YYYY, e.g."
            + " 2026-09-15 or 15/09/2026",
        "r.csv line 3, column 'a1': 's9' is not one of the answers; expected one of s0 (Mức 0), s1 (Mức 1), s2"
            + " (Mức 2), s3 (Mức 3), s4 (Mức 4), s5 (Mức 5), na (Không áp dụng)",
        "r.csv line 3, column 'a2': is not answered; expected one of s0 (Mức 0), s1 (Mức 1), s2 (Mức 2), s3 (Mức 3),"
            + " s4 (Mức 4), s5 (Mức 5), na (Không áp dụng)",
        "r.csv line 3, column 'b1': '101' is out of range; expected a number from 0 to 100 (%)",
        "r.csv line 4, column 'b1': 'abc' is not a number; expected a number from 0 to 100 (%)",
        "r.csv line 6: has 8 fields, the header 9; expected one field per column of the header, quoted with \" where"
            + " a field holds a separator");
  }

  @Test
  void lenient_acceptsGoodRows_andReturnsEveryBadOne_noRowLost() {
    ResponseImport r = lenient(HEADER + """
        r1,07210,C,small,2026-09-15,s1,s2,30,s3
        r2,07210,C,small,2026-09-15,s9,s2,30,s3

        r3,07210,C,small,2026-09-15,s1,s2,30,s3
        """);
    assertThat(r.rowsRead()).isEqualTo(3);
    assertThat(r.responses().size()).isEqualTo(2);
    assertThat(r.rejected()).hasSize(1);
    RejectedRow bad = r.rejected().get(0);
    assertThat(bad.location()).isEqualTo("line 3");
    assertThat(bad.fields()).containsEntry("a1", "s9").containsEntry("respondent", "r2");
  }

  @Test
  void header_withUnknownOrMissingColumns_failsBothModes() {
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> lenient("respondent,commune,sector,size,date,a1,a2,b1,b3\n"));
    assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
        "r.csv line 1: 'b3' is not a column of criteria set 'weighted'; expected the columns respondent, commune,"
            + " sector, size, date, a1, a2, b1, b2",
        "r.csv line 1: 'b2' is missing from the header; expected every column of the set: respondent, commune,"
            + " sector, size, date, a1, a2, b1, b2");
  }

  @Test
  void communes_areCheckedAgainstTheHierarchy_whenGiven() {
    RegionHierarchy regions = RegionHierarchy.vietnam2025().with(List.of(
        Region.of("07210", "Kinh Bắc", "Kinh Bac", RegionLevel.COMMUNE, "ward", "24")));
    ResponseImport r = read(HEADER + "r1,07210,C,small,2026-09-15,s1,s2,30,s3\n"
        + "r2,99999,C,small,2026-09-15,s1,s2,30,s3\n", ResponseOptions.defaults().withRegions(regions), true);
    assertThat(r.rejected()).singleElement().extracting(x -> x.problems().get(0).message()).isEqualTo(
        "r.csv line 3, column 'commune': '99999' is not a unit of the region hierarchy; expected a commune or ward"
            + " code of the plan's province");
  }

  @Nested
  class Duplicates {
    private static final String ROWS = HEADER + """
        r1,07210,C,small,2026-09-20,s1,s1,30,s1
        r1,07210,C,small,2026-09-10,s2,s2,30,s2
        r2,07210,C,small,2026-09-15,s3,s3,30,s3
        """;

    private ResponseImport with(DuplicateRule rule, boolean lenient) {
      return read(ROWS, ResponseOptions.defaults().withDuplicates(rule), lenient);
    }

    @Test
    void error_isAProblemInStrictMode_namingBothRows() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> with(DuplicateRule.ERROR, false));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly("r.csv line 3, column 'respondent':"
          + " 'r1' repeats the respondent of r.csv line 2; expected each respondent once, or a duplicate rule"
          + " (keep-first,"
          + " keep-last, keep-latest, drop-all)");
    }

    @Test
    void error_inLenientMode_setsEveryCopyAside() {
      ResponseImport r = with(DuplicateRule.ERROR, true);
      assertThat(r.responses().size()).isEqualTo(1);
      assertThat(r.rejected()).extracting(RejectedRow::location).containsExactly("line 2", "line 3");
    }

    @Test
    void keepFirst_keepLast_keepLatest_dropAll() {
      ResponseImport first = with(DuplicateRule.KEEP_FIRST, false);
      assertThat(first.responses().choice(0, 0)).isEqualTo(1);
      assertThat(first.rejected()).singleElement().extracting(RejectedRow::location).isEqualTo("line 3");

      ResponseImport last = with(DuplicateRule.KEEP_LAST, false);
      assertThat(last.responses().choice(0, 0)).isEqualTo(2);
      assertThat(last.rejected()).singleElement().satisfies(x -> {
        assertThat(x.location()).isEqualTo("line 2");
        assertThat(x.problems().get(0).message()).isEqualTo("r.csv line 2, column 'respondent': 'r1' is answered"
            + " again on r.csv line 3, which is kept (duplicate rule keep-last)");
      });

      ResponseImport latest = with(DuplicateRule.KEEP_LATEST, false);
      assertThat(latest.responses().choice(0, 0)).as("the row of 20 September").isEqualTo(1);
      assertThat(latest.rejected()).singleElement().extracting(RejectedRow::location).isEqualTo("line 3");

      ResponseImport none = with(DuplicateRule.DROP_ALL, false);
      assertThat(none.responses().size()).isEqualTo(1);
      assertThat(none.responses().id(0)).isEqualTo("r2");
      assertThat(none.rowsRead()).isEqualTo(3);
    }
  }

  @Test
  void decimalComma_isReadWhenDeclared() {
    ResponseImport r = read(HEADER.replace(',', ';') + "r1;07210;C;small;2026-09-15;s1;s2;12,5;s3\n",
        ResponseOptions.defaults().withDecimalComma(true), false);
    assertThat(r.responses().number(0, 2)).isEqualTo(12.5);
  }

  @Test
  void notUtf8_isAProblemOfTheWholeFile() {
    byte[] bytes = (HEADER + "r1,07210,C,small,2026-09-15,s1,s2,30,s3\n").getBytes(StandardCharsets.ISO_8859_1);
    bytes[bytes.length - 3] = (byte) 0xE9;
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> ResponseCsv.read(
        new ByteArrayInputStream(bytes), "r.csv", SET, ResponseOptions.defaults(), true));
    assertThat(e.problems().get(0).message()).startsWith("r.csv line ").contains("holds bytes that are not UTF-8");
  }

  @Test
  void write_thenRead_givesTheSameResponses() {
    ResponseImport r = strict(HEADER + "r1,07210,\"C, D\",small,2026-09-15,s1,na,12.5,s3\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResponseCsv.write(r.responses(), out);
    ResponseImport again = strict(out.toString(StandardCharsets.UTF_8));
    assertThat(again.responses().respondent(0)).isEqualTo(r.responses().respondent(0));
    for (int k = 0; k < 4; k++) {
      assertThat(again.responses().answerText(0, k)).isEqualTo(r.responses().answerText(0, k));
    }
  }
}
