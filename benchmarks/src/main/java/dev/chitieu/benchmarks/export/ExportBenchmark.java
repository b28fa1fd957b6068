package dev.chitieu.benchmarks.export;

import dev.chitieu.benchmarks.ForkFlags;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.report.ComplianceReport;
import dev.chitieu.fixtures.SampleReports;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the compliance report of the SAMPLE Hai Phong and Bac Ninh assessments with a data sheet of SAMPLE
 * measurements, against FastExcel writing the same data sheet (same eleven columns, same number formats) as the
 * baseline. Every fork runs in a 512 MB heap; the peak heap of each trial is printed at its end.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExportBenchmark}. Results: docs/benchmarks.md, section
 * "Report export".
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE}, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ExportBenchmark {

  /** The SAMPLE assessments and their data. */
  @State(Scope.Benchmark)
  public static class Reports {
    /** Rows of the data sheet. */
    @Param({"1000000"})
    public int rows;

    MeasurementSet data;
    Assessment haiPhong;
    Assessment bacNinh;
    Map<IndicatorId, String> names;
    Map<IndicatorId, Integer> decimals;

    /** Builds the sample data once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      data = SampleReports.haiPhongData(rows, 42);
      haiPhong = SampleReports.haiPhongAssessment();
      bacNinh = SampleReports.bacNinhAssessment();
      names = new HashMap<>();
      decimals = new HashMap<>();
      for (Indicator i : haiPhong.plan().indicators()) {
        names.put(i.id(), i.name().vi());
        decimals.put(i.id(), i.decimals());
      }
      resetPeaks();
    }

    /** Prints the peak heap the trial used. */
    @TearDown(Level.Trial)
    public void peak() {
      long peak = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          peak += p.getPeakUsage().getUsed();
        }
      }
      System.out.printf("%n[peak heap: %,d MB of %,d MB max, %,d data rows]%n", peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20, data.size());
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  /** Counts the bytes written and drops them: the benchmark measures the writer, not the disk. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** The Hai Phong workbook with the data sheet: the summary sheets are small, the data sheet dominates. */
  @Benchmark
  public long workbookWithDataSheet(Reports r) {
    Counting out = new Counting();
    ComplianceReport.of(r.haiPhong).locale(Lang.VI).sample(true).data(r.data).writeXlsx(out);
    return out.bytes;
  }

  /** Baseline: FastExcel writes the same data sheet (eleven columns, header, number formats by indicator). */
  @Benchmark
  public long fastExcelDataSheet(Reports r) throws IOException {
    return fastExcel(r, -1);
  }

  /** Baseline at the deflate level the report uses (fastest), for a like-for-like comparison. */
  @Benchmark
  public long fastExcelDataSheetFastestDeflate(Reports r) throws IOException {
    return fastExcel(r, java.util.zip.Deflater.BEST_SPEED);
  }

  private static long fastExcel(Reports r, int level) throws IOException {
    Counting out = new Counting();
    Workbook wb = new Workbook(out, "chitieu", "1.0");
    if (level >= 0) {
      wb.setCompressionLevel(level);
    }
    Worksheet ws = wb.newWorksheet("Dữ liệu");
    String[] cols = {"STT", "Mã chỉ tiêu", "Chỉ tiêu", "Mã địa bàn", "Kỳ", "Phân tổ", "Giá trị", "Tử số",
        "Mẫu số", "Tình trạng", "Nguồn"};
    for (int c = 0; c < cols.length; c++) {
      ws.value(0, c, cols[c]);
      ws.style(0, c).bold().set();
    }
    String[] status = new String[MeasurementStatus.values().length];
    for (MeasurementStatus s : MeasurementStatus.values()) {
      status[s.ordinal()] = s.label().vi();
    }
    Map<Period, String> periods = new HashMap<>();
    String[] formats = new String[10];
    for (int d = 0; d < formats.length; d++) {
      formats[d] = "[$-42A]" + (d == 0 ? "#,##0" : "#,##0." + "0".repeat(d));
    }
    int n = r.data.size();
    for (int i = 0; i < n; i++) {
      Measurement m = r.data.get(i);
      int row = i + 1;
      ws.value(row, 0, i + 1);
      ws.value(row, 1, m.indicator().value());
      ws.value(row, 2, r.names.getOrDefault(m.indicator(), ""));
      ws.value(row, 3, m.region().value());
      ws.value(row, 4, periods.computeIfAbsent(m.period(), Period::toString));
      if (!m.breakdown().isNone()) {
        ws.value(row, 5, m.breakdown().toString());
      }
      if (m.value().isPresent()) {
        ws.value(row, 6, m.value().getAsDouble());
        ws.style(row, 6).format(formats[r.decimals.getOrDefault(m.indicator(), 2)]).set();
      }
      if (m.numerator().isPresent()) {
        ws.value(row, 7, m.numerator().getAsDouble());
        ws.value(row, 8, m.denominator().getAsDouble());
      }
      ws.value(row, 9, status[m.status().ordinal()]);
      if (!m.source().isEmpty()) {
        ws.value(row, 10, m.source());
      }
      if ((i & 0x3FF) == 0x3FF) {
        ws.flush();
      }
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, n, cols.length - 1);
    wb.finish();
    return out.bytes;
  }

  /**
   * The whole report of both plans: the workbook (Hai Phong with the data sheet, Bac Ninh without) and the PDF of
   * each, on two threads as a server with two cores would.
   */
  @Benchmark
  public long wholeReportBothPlans(Reports r) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> parts = List.of(
          pool.submit(() -> {
            Counting out = new Counting();
            ComplianceReport.of(r.haiPhong).sample(true).data(r.data).writeXlsx(out);
            return out.bytes;
          }),
          pool.submit(() -> {
            Counting out = new Counting();
            ComplianceReport hp = ComplianceReport.of(r.haiPhong).sample(true);
            ComplianceReport bn = ComplianceReport.of(r.bacNinh).sample(true);
            hp.writePdf(out);
            bn.writePdf(out);
            bn.writeXlsx(out);
            return out.bytes;
          }));
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
