package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressMeterTest {
  @Test
  void track_enabled_showsEachWholePercentOnceOnOneLine() throws IOException {
    StringWriter err = new StringWriter();
    ProgressMeter meter = new ProgressMeter(new PrintWriter(err), true);

    try (InputStream in = meter.track(new ByteArrayInputStream(new byte[1000]), "reading x.csv", 1000)) {
      byte[] buf = new byte[100];
      while (in.read(buf) > 0) {
        // read it all
      }
    }
    meter.done();

    assertThat(err.toString()).startsWith("\rreading x.csv 10 %\rreading x.csv 20 %")
        .contains("\rreading x.csv 100 %").endsWith("\r\033[K");
    assertThat(err.toString().split("\r").length).isEqualTo(12); // 10 updates, the clear, and the empty start
  }

  @Test
  void disabled_printsNothing() throws IOException {
    StringWriter err = new StringWriter();
    ProgressMeter meter = new ProgressMeter(new PrintWriter(err), false);

    try (InputStream in = meter.track(new ByteArrayInputStream(new byte[10]), "reading", 10)) {
      in.readAllBytes();
    }
    meter.step("writing");
    meter.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void report_onATerminal_showsWhatItWritesOnStandardErrorOnly(@TempDir Path dir) throws IOException {
    Path data = Run.sample(dir, "vietnam-411-2022");
    Context terminal = new Context(() -> Run.INSTALLED, java.time.Clock.systemUTC(), true);

    Run r = Run.of(terminal, "report", "--plan", "vietnam-411-2022", "--data", data.toString(), "--out",
        dir.resolve("out").toString(), "--as-of", "2026-09-30", "--format", "pdf");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).contains("reading vietnam-411-2022.csv…", "assessing vietnam-411-2022…",
        "writing vietnam-411-2022-2026-09-30-vi.pdf…");
    assertThat(r.out()).doesNotContain("writing", "%");
  }
}
