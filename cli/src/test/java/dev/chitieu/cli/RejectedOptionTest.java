package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rejected FILE}: every row set aside goes to the file, and a lenient import has no limit on bad rows. */
class RejectedOptionTest {
  @TempDir Path dir;

  /** One good row, then {@code bad} rows whose value is not a number (more than a lenient import keeps in memory). */
  private Path manyBadRows(int bad) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("hp.grdp,31,2025,,1000,actual,x");
    for (int i = 0; i < bad; i++) {
      lines.add("hp.grdp,31," + (1000 + i) + ",,n/a,actual,x");
    }
    return Run.csv(dir, "many-bad.csv", lines.toArray(String[]::new));
  }

  @Test
  void lenientWithoutTheOption_stopsPastTenThousandBadRows_andNamesTheOption() throws IOException {
    Path data = manyBadRows(10_001);

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", data.toString(), "--lenient",
        "--as-of", "2026-01-31");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("more rows were rejected than a lenient import keeps in memory",
        "chitieu: --rejected FILE");
  }

  @Test
  void lenientWithTheOption_goesOn_writesEveryBadRowInOrder_andPrintsOnlyTheFirst() throws IOException {
    Path data = manyBadRows(10_001);
    Path out = dir.resolve("rejected.csv");

    Run r = Run.of(Run.installed(), "assess", "--plan", "haiphong-106-2025", "--data", data.toString(), "--lenient",
        "--rejected", out.toString(), "--as-of", "2026-01-31");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("10001 of 10002 rows were set aside", "… and 9951 more rows",
        "10001 rows set aside written to / dòng bị bỏ qua đã ghi vào: " + out);
    assertThat(r.err().lines().filter(l -> l.startsWith("  - "))).hasSize(Warnings.REJECTED_SHOWN);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(10_002);
    assertThat(lines.get(0)).isEqualTo("indicator,region,period,sector,value,status,source,problems");
    assertThat(lines.get(1)).startsWith("hp.grdp,31,1000,,n/a,actual,x,\"many-bad.csv line 3, column 'value'");
    assertThat(lines.get(10_001)).startsWith("hp.grdp,31,11000,,n/a,actual,x,\"many-bad.csv line 10003, column");
  }

  @Test
  void validateWithTheOption_countsTheRowsOnlyInTheFile_asProblems() throws IOException {
    Path data = manyBadRows(10_003);
    Path out = dir.resolve("rejected.csv");

    Run r = Run.of(Run.installed(), "validate", "--plan", "haiphong-106-2025", "--data", data.toString(),
        "--rejected", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.out()).contains("10004 rows read / dòng đã đọc, 10003 unreadable",
        "… and 3 more rows set aside, each with its problems in " + out);
    assertThat(Files.readAllLines(out)).hasSize(10_004);
  }

  @Test
  void aFolderForTheFile_isAUsageError() throws IOException {
    Path data = manyBadRows(1);

    Run r = Run.of(Run.installed(), "validate", "--data", data.toString(), "--rejected", dir.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is a folder; expected a file to write the rejected rows to");
  }
}
