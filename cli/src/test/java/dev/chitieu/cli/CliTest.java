package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class CliTest {
  private final Context context = Run.context(new TestPlans.Provider());

  @Test
  void noCommand_printsUsageAndFailsAsUsage() {
    Run r = Run.of(context);

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing command").contains("plans");
  }

  @Test
  void unknownCommand_suggestsTheClosestOne() {
    Run r = Run.of(context, "plns");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unmatched argument").contains("plans");
  }

  @Test
  void planWithoutItsSubcommand_failsAsUsage_namingCheck() {
    Run r = Run.of(context, "plan");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing command / thiếu lệnh: check");
  }

  @Test
  void unknownOption_failsAsUsage() {
    Run r = Run.of(context, "plans", "--colour");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void help_printsEveryCommandAndTheExitCodes() {
    Run r = Run.of(context, "--help");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("plans", "Exit codes", "chitieu demo --out reports");
  }

  @Test
  void version_printsTheName() {
    Run r = Run.of(context, "--version");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("chitieu ");
  }

  @Test
  void failure_missingFile_namesTheFileAndIsAConfigurationError() {
    StringWriter err = new StringWriter();
    int code = Cli.failure(new UncheckedIOException(new NoSuchFileException("data/hp.csv")), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).isEqualTo("chitieu: file not found / không tìm thấy tệp: data/hp.csv\n");
  }

  @Test
  void failure_otherIo_isAConfigurationError() {
    StringWriter err = new StringWriter();
    int code = Cli.failure(new IOException("disk full"), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).contains("disk full");
  }

  @Test
  void failure_outOfMemoryWhileImporting_saysHowToRaiseTheHeap_andIsAnEnvironmentError() {
    StringWriter err = new StringWriter();
    int code = Cli.failure(new dev.chitieu.core.data.InsufficientMemoryException("big.csv", "line 9, after 8 rows",
        512L << 20, new OutOfMemoryError("Java heap space")), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err.toString()).isEqualTo("chitieu: big.csv: out of memory at line 9, after 8 rows / hết bộ nhớ khi "
        + "đọc dữ liệu: the Java heap holds at most 512 MB; raise it with the JVM option -Xmx (e.g. -Xmx2g), or "
        + "import a smaller file\n  for this command / với lệnh chitieu: CHITIEU_JAVA_OPTS=-Xmx2g ./chitieu …\n");
  }

  @Test
  void failure_bug_printsTheTraceAndAsksForAReport() {
    StringWriter err = new StringWriter();
    int code = Cli.failure(new IllegalStateException("boom"), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString()).contains("unexpected error", "java.lang.IllegalStateException: boom",
        "at dev.chitieu.cli.CliTest", "This is a bug");
  }

  @Test
  void textTable_countsVietnameseLettersAsOneColumnEach() {
    String decomposed = "Ha\u0309i Pho\u0300ng"; // the marks as separate code points
    assertThat(TextTable.width("Hải Phòng")).isEqualTo(9);
    assertThat(TextTable.width(decomposed)).isEqualTo(9);
    String table = new TextTable("a", ">b").row("Hải Phòng", "1").row("x", "100").render();
    assertThat(table).isEqualTo("a            b\n---------  ---\nHải Phòng    1\nx          100\n");
  }

  @Test
  void textTable_clip_cutsWithAnEllipsis() {
    assertThat(TextTable.clip("Kinh tế số chiếm 35% GRDP", 10)).isEqualTo("Kinh tế s…");
    assertThat(TextTable.clip("ngắn", 10)).isEqualTo("ngắn");
  }
}
