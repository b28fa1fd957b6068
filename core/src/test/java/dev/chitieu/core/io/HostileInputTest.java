package dev.chitieu.core.io;

import static dev.chitieu.core.io.MeasurementImportTest.PLAN;
import static dev.chitieu.core.io.MeasurementImportTest.lenient;
import static dev.chitieu.core.io.MeasurementImportTest.strict;
import static dev.chitieu.core.io.MeasurementImportTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducers of hostile and mutated inputs, each a regression test: every input ends imported or as a located
 * {@link InvalidDataException}, within bounded time and memory.
 */
class HostileInputTest {
  private static final String HEADER = "indicator,region,period,value\n";

  static ImportResult json(String text, boolean lenient) {
    return lenient ? MeasurementJson.readLenient(utf8(text), "d.json", PLAN)
        : MeasurementJson.readStrict(utf8(text), "d.json", PLAN);
  }

  private static String row(int i) {
    return "{\"indicator\":\"t.retail\",\"region\":\"3100" + i + "\",\"period\":\"2025\",\"value\":" + i + "}";
  }

  @Nested
  class JsonTrailingContent {
    @Test
    void strayCloseBracketAfterTheFirstRow_isAnError_inBothModes() {
      String text = "[" + row(1) + "]\n" + row(2) + "\n" + row(3) + "]\n";
      String comma = "[" + row(1) + "],\n" + row(2) + ",\n" + row(3) + "]\n";
      for (boolean lenient : new boolean[] {false, true}) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> json(text, lenient));
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("line 2");
          assertThat(p.problem()).isEqualTo("comes after the end of the array");
        });
        InvalidDataException c = assertThrows(InvalidDataException.class, () -> json(comma, lenient));
        assertThat(c.problems()).singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("line 1");
          assertThat(p.problem()).startsWith("is not valid JSON: Unexpected character (','");
        });
      }
    }

    @Test
    void secondArray_orGarbageAfterTheArray_isAnError() {
      InvalidDataException two = assertThrows(InvalidDataException.class,
          () -> json("[" + row(1) + "]\n[" + row(2) + "]\n", true));
      assertThat(two.getMessage()).contains("d.json line 2: '[' comes after the end of the array");
      InvalidDataException garbage = assertThrows(InvalidDataException.class,
          () -> json("[" + row(1) + "]\nxyz", false));
      assertThat(garbage.getMessage()).contains("d.json line 2", "is not valid JSON");
    }

    @Test
    void arrayNotClosed_orEmptyInput_isAnError_butAnEmptyArrayIsNoRows() {
      assertThat(assertThrows(InvalidDataException.class, () -> json("[" + row(1) + ",\n" + row(2), false))
          .getMessage()).contains("d.json line 2", "is not valid JSON");
      assertThat(assertThrows(InvalidDataException.class, () -> json(" \n", true)).getMessage())
          .contains("d.json line 1: is empty; expected an array of measurement objects");
      assertThat(json("[]", false).rowsRead()).isZero();
    }

    @Test
    void allRowsOfAGoodArray_areRead() {
      ImportResult r = json("[" + row(1) + ",\n" + row(2) + ",\n" + row(3) + "]\n", false);
      assertThat(r.rowsRead()).isEqualTo(3);
      assertThat(r.measurements().size()).isEqualTo(3);
    }

    @Test
    void bytesThatLookLikeUtf32_areReadAsUtf8_andRefusedWithTheirPlace() {
      // found by the fuzzer: the JSON parser guessed UTF-32 from the first bytes and threw an I/O error
      byte[] bytes = {0, 0, 0, '[', (byte) 0xBB, (byte) 0xBE, 'e', 0x0E};
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementJson.readLenient(new ByteArrayInputStream(bytes), "d.json", PLAN));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("line 1");
        assertThat(p.problem()).startsWith("has byte 0xBB at byte offset 4");
      });
      byte[] bom = ("\uFEFF[" + row(1) + "]").getBytes(StandardCharsets.UTF_8);
      assertThat(MeasurementJson.readStrict(new ByteArrayInputStream(bom), "bom.json", PLAN).rowsRead()).isEqualTo(1);
    }

    @Test
    void parserBounds_areLocatedDataErrors_notEnvironmentFailures() {
      String deep = "[{\"indicator\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}]";
      assertThat(assertThrows(InvalidDataException.class, () -> json(deep, true)).getMessage())
          .contains("d.json line 1: is beyond the bounds of an import");
      String longNumber = "[{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":"
          + "1".repeat(5_000) + "}]";
      assertThat(assertThrows(InvalidDataException.class, () -> json(longNumber, true)).getMessage())
          .contains("is beyond the bounds of an import", "Number value length");
      String longName = "[{\"" + "n".repeat(40_000) + "\":1}]";
      assertThat(assertThrows(InvalidDataException.class, () -> json(longName, true)).getMessage())
          .contains("is beyond the bounds of an import", "length (40000) exceeds the maximum allowed (32767");
      String longString = "[{\"indicator\":\"t.retail\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1,"
          + "\"source\":\"" + "s".repeat(40_000) + "\"}]";
      assertThat(assertThrows(InvalidDataException.class, () -> json(longString, true)).getMessage())
          .contains("is beyond the bounds of an import", "String value length");
    }
  }

  @Nested
  class LongFields {
    @Test
    void indicatorIdOf4000Characters_isALocatedProblem_inEveryFormat() {
      String id = "a.".repeat(2_000) + "b";
      InvalidDataException csv = assertThrows(InvalidDataException.class,
          () -> strict(HEADER + id + ",31001,2025,1\n", PLAN));
      assertThat(csv.problems()).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("line 2");
        assertThat(p.column()).isEqualTo("indicator");
        assertThat(p.value()).startsWith("a.a.a.").endsWith("… (4,001 characters)").hasSize(500 + 20);
        assertThat(p.problem()).isEqualTo("is not an indicator of the plan");
      });
      InvalidDataException json = assertThrows(InvalidDataException.class, () -> json(
          "[{\"indicator\":\"" + id + "\",\"region\":\"31001\",\"period\":\"2025\",\"value\":1}]", false));
      assertThat(json.problems()).singleElement().extracting(DataProblem::problem)
          .isEqualTo("is not an indicator of the plan");
      // without a plan the id's form is all that is checked, in linear time and without recursion
      assertThat(strict(HEADER + id + ",31001,2025,1\n", ImportOptions.defaults()).rowsRead()).isEqualTo(1);
    }

    @Test
    void regionMemberAndHeaderNamesOf8000Characters_areLocatedProblems() {
      String code = "1-".repeat(4_000) + "1";
      assertThat(assertThrows(InvalidDataException.class,
          () -> strict(HEADER + "t.retail," + code + ",2025,1\n", PLAN.withRegions(
              dev.chitieu.core.region.RegionHierarchy.vietnam2025()))).problems())
          .singleElement().extracting(DataProblem::column).isEqualTo("region");
      String member = "x_".repeat(4_000) + "x";
      assertThat(assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value,sector\nt.revenue,31001,2025,1," + member + "\n", PLAN))
          .problems()).singleElement().extracting(DataProblem::problem).isEqualTo("is not a member of sector");
      String name = "d.".repeat(4_000) + "d";
      assertThat(assertThrows(InvalidDataException.class, () -> strict("indicator,region,period,value," + name
          + "\n", PLAN)).problems()).singleElement().extracting(DataProblem::problem)
          .isEqualTo("is not a dimension of the plan");
    }

    @Test
    void periodOfRepeated2025Dots_isRefusedInLinearTime() {
      String period = "2025..".repeat(5_000) + "2025"; // 30,004 characters, within the field bound
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> strict(HEADER + "t.retail,31001," + period + ",1\n", PLAN));
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.column()).isEqualTo("period");
          assertThat(p.problem()).isEqualTo("is not a period");
        });
        // a million characters: quadratic parsing would take hours
        String huge = "2025..".repeat(1_000_000 / 6) + "2025";
        assertThrows(dev.chitieu.core.model.InvalidPeriodException.class, () -> Period.parse(huge));
      });
    }

    @Test
    void fieldOverTheLengthBound_isABadRow_keptCutInLenientMode() {
      String source = "s".repeat(40_000);
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> strict(HEADER.replace("\n", ",source\n") + "t.retail,31001,2025,1," + source + "\n", PLAN));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("line 2");
        assertThat(p.column()).isEqualTo("source");
        assertThat(p.problem()).isEqualTo("is longer than 32,767 characters, the limit");
      });
      ImportResult r = lenient(HEADER.replace("\n", ",source\n") + "t.retail,31001,2025,1," + source
          + "\nt.retail,31002,2025,2,ok\n", PLAN);
      assertThat(r.measurements().size()).isEqualTo(1);
      assertThat(r.rejected()).singleElement().satisfies(x ->
          assertThat(x.fields().get("source")).hasSize(32_767));
    }

    @Test
    void rowsOfAMillionFields_areRejected_holdingOnlyTheBound() {
      String wide = "t.retail,31001,2025,1" + ",".repeat(1_000_000) + "\n";
      ImportResult r = lenient(HEADER + wide.repeat(3) + "t.retail,31002,2025,2\n", PLAN);
      assertThat(r.rowsRead()).isEqualTo(4);
      assertThat(r.measurements().size()).isEqualTo(1);
      assertThat(r.rejected()).hasSize(3).allSatisfy(x -> {
        assertThat(x.fields()).hasSize(1_024);
        assertThat(x.problems().get(0).problem()).isEqualTo("has more than 1,024 fields, the limit (the header has 4)");
      });
      InvalidDataException header = assertThrows(InvalidDataException.class,
          () -> strict("indicator,region,period,value" + ",x".repeat(2_000) + "\n", PLAN));
      assertThat(header.getMessage()).contains("data.csv line 1: the header has more than 1,024 columns, the limit");
    }
  }

  @Nested
  class CsvStructure {
    @Test
    void textAfterAClosingQuote_isABadRow_locatedAtItsField() {
      String csv = HEADER + "t.retail,\"31001\"x,2025,1\nt.retail,31002,2025,2\n";
      ImportResult r = lenient(csv, PLAN);
      assertThat(r.measurements().size()).isEqualTo(1);
      assertThat(r.rejected()).singleElement().satisfies(x -> {
        assertThat(x.location()).isEqualTo("line 2");
        assertThat(x.fields()).containsEntry("region", "31001x");
        assertThat(x.problems().get(0).message()).isEqualTo("data.csv line 2, column 'region': '31001x' has text "
            + "after its closing quote; expected a quoted field that ends at its closing quote (a quote inside it "
            + "written twice: \"\")");
      });
      assertThat(assertThrows(InvalidDataException.class, () -> strict(csv, PLAN)).problems()).hasSize(1);
    }

    @Test
    void quoteNeverClosed_failsTheInput_namingTheLineItOpensOn() {
      String csv = HEADER + "t.retail,31001,2025,1\nt.retail,\"31002,2025,2\nt.retail,31003,2025,3\n";
      for (boolean lenient : new boolean[] {false, true}) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> {
          ImportResult r = lenient ? lenient(csv, PLAN) : strict(csv, PLAN);
          assertThat(r).as("no result").isNull();
        });
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.location()).isEqualTo("line 3");
          assertThat(p.problem()).isEqualTo("the quote that opens field 2 here is not closed before the end of "
              + "the input (line 5), so no row after it can be read");
        });
      }
    }

    @Test
    void headerLongerThan32KCharacters_isRead() {
      StringBuilder header = new StringBuilder("indicator,region,period,value");
      for (int i = 0; i < 900; i++) {
        header.append(",dimension-with-a-long-name-number-").append(i);
      }
      assertThat(header.length()).isGreaterThan(32_768);
      ImportResult r = strict(header + "\nt.retail,31001,2025,1\n", ImportOptions.defaults());
      assertThat(r.measurements().size()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNotUtf8_areLocated() {
      byte[] good = (HEADER + "t.retail,31001,2025,1\nt.retail,").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(good, good.length + 12);
      System.arraycopy("31002,2025,1\n".getBytes(StandardCharsets.UTF_8), 0, bytes, good.length, 12);
      bytes[good.length + 2] = (byte) 0xC3; // a lead byte followed by a digit, not a continuation byte
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementCsv.readLenient(new ByteArrayInputStream(bytes), "latin.csv", PLAN));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo("line 3");
        assertThat(p.problem()).startsWith("has byte 0xC3 at byte offset 63 (byte 12 of the line)");
      });
    }

    @Test
    void crLfAndCrLineEnds_andQuotedLineBreaks_keepLineNumbers() {
      ImportResult r = lenient("indicator,region,period,value,source\r\nt.retail,31001,2025,1,\"a\r\nb\"\r"
          + "t.retail,31002,2025,x,\r\n", PLAN);
      assertThat(r.rejected()).singleElement().extracting(RejectedRow::location).isEqualTo("line 4");
      assertThat(r.measurements().get(0).source()).isEqualTo("a\r\nb");
    }
  }

  @Nested
  class MemoryBounds {
    private static String badRows(int n) {
      StringBuilder b = new StringBuilder(HEADER).append("t.retail,31000,2025,1\n");
      for (int i = 0; i < n; i++) {
        b.append("t.retail,3").append(1000 + i).append(",2025,x\n");
      }
      return b.toString();
    }

    @Test
    void lenientBeyondTheRejectedRowsKept_withoutAFile_stopsSayingSo() {
      ImportOptions o = PLAN.withLimits(ImportLimits.defaults().withRejected(5, 1_000_000));
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> lenient(badRows(10), o));
      assertThat(e.problems()).hasSize(6);
      assertThat(e.problems().get(5).message()).isEqualTo("data.csv line 8: more rows were rejected than a lenient "
          + "import keeps in memory (5 rows or 1,000,000 characters); stopped reading here, nothing was imported; "
          + "expected the rows above fixed, a file for the rejected rows to go on (ImportOptions.withRejectedRowsFile"
          + "(file); chitieu: --rejected FILE), or higher ImportLimits.withRejected(...)");
    }

    @Test
    void lenientBeyondTheRejectedRowsKept_withAFile_writesTheRestThere_andCountsThem(@TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("rest.csv");
      ImportOptions o = PLAN.withLimits(ImportLimits.defaults().withRejected(5, 1_000_000)).withRejectedRowsFile(file);
      ImportResult r = lenient(badRows(10), o);
      assertThat(r.rowsRead()).isEqualTo(11);
      assertThat(r.measurements().size()).isEqualTo(1);
      assertThat(r.rejected()).hasSize(5);
      assertThat(r.rejectedToFile()).isEqualTo(5);
      assertThat(r.rowsRejected()).isEqualTo(10);
      // the file holds every rejected row in the order read, the ones kept in memory too
      List<String> lines = Files.readAllLines(file);
      assertThat(lines).hasSize(11);
      assertThat(lines.get(0)).isEqualTo("indicator,region,period,value,problems");
      assertThat(lines.get(1)).startsWith("t.retail,31000,2025,x,\"data.csv line 3, column 'value'");
      assertThat(lines.get(6)).startsWith("t.retail,31005,2025,x,\"data.csv line 8, column 'value'");
      assertThat(lines.get(10)).startsWith("t.retail,31009,2025,x,\"data.csv line 12, column 'value'");
    }

    @Test
    void strictStopsAfterTheProblemBound_sayingThatItStopped() {
      ImportOptions o = PLAN.withLimits(ImportLimits.defaults().withProblems(3));
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(badRows(10), o));
      assertThat(e.problems()).hasSize(4);
      assertThat(e.problems().get(3).message()).isEqualTo("data.csv line 6: stopped reading after the first 3 "
          + "problems; the rows after this one were not checked; expected the problems above fixed (or a higher "
          + "ImportLimits.problems)");
    }

    @Test
    void duplicatesBeyondTheBound_areCountedNotListed() {
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 0; i < 20; i++) {
        csv.append("t.retail,3").append(1000 + i).append(",2025,1\n").append("t.retail,3").append(1000 + i)
            .append(",2025,2\n");
      }
      ImportOptions o = PLAN.withLimits(ImportLimits.defaults().withProblems(5));
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> strict(csv.toString(), o));
      assertThat(e.problems()).hasSize(6);
      assertThat(e.problems().get(5).problem()).isEqualTo("and 15 more keys are given more than once (only the "
          + "first 5 are listed)");
      ImportResult r = lenient(csv.toString(), PLAN);
      assertThat(r.rejected()).hasSize(40);
      assertThat(r.rowsRead()).isEqualTo(40);
      assertThat(r.rejected().get(1).problems().get(0).problem()).isEqualTo("lines 2 and 3 have the same key "
          + "(t.retail, 31000, 2025); neither was kept");
    }

    @Test
    void outOfMemoryWhileImporting_isReportedWithTheHeapAndHowToRaiseIt() {
      byte[] rows = (HEADER + "t.retail,31001,2025,1\nt.retail,31002,2025,1\n").getBytes(StandardCharsets.UTF_8);
      InputStream exhausting = new InputStream() {
        private int at;

        @Override
        public int read() {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (at == rows.length) {
            throw new OutOfMemoryError("Java heap space");
          }
          int n = 1;
          while (at + n < rows.length && rows[at + n - 1] != '\n' && n < len) {
            n++;
          }
          System.arraycopy(rows, at, b, off, n);
          at += n;
          return n;
        }
      };
      InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class,
          () -> MeasurementCsv.readStrict(exhausting, "big.csv", PLAN));
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      assertThat(e.getMessage()).isEqualTo("big.csv: out of memory at line 3, after 2 rows / hết bộ nhớ khi đọc dữ "
          + "liệu: the Java heap holds at most " + mb + " MB; raise it with the JVM option -Xmx (e.g. -Xmx"
          + e.suggestedHeap() + "), or import a smaller file");
      assertThat(e.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
      assertThat(e.getCause()).isInstanceOf(OutOfMemoryError.class);
    }
  }

  @Test
  void importResult_refusesCountsThatDoNotAddUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ImportResult(MeasurementSet.of(List.of()), List.of(), 3));
    assertThat(e.getMessage()).isEqualTo("an import must account for every row it read: 0 imported + 0 rejected + 0 "
        + "rejected to a file != 3 read");
  }
}
