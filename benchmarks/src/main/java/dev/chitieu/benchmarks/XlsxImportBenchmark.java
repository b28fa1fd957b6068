package dev.chitieu.benchmarks;

import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.xlsx.MeasurementXlsx;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Imports a workbook of SAMPLE measurements (written once before timing by {@link MeasurementXlsx#write}) in strict
 * mode, against the fastest reader here that builds nothing in the same run: POI's event model with a SAX handler
 * that counts the sheet's cells ({@link #saxCountCells}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {ForkFlags.UNSAFE, ForkFlags.NATIVE}, jvmArgsAppend = {"-Xmx2g"})
public class XlsxImportBenchmark {

  /** The sample written as a workbook. */
  @State(Scope.Benchmark)
  public static class Workbook {
    @Param({"1000000"})
    public int rows;

    public Path xlsx;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      xlsx = SampleData.write(rows, Files.createTempFile("chitieu-sample-", ".xlsx"), MeasurementXlsx::write);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(xlsx);
    }
  }

  /** The library's strict import of the workbook into a measurement set. */
  @Benchmark
  public ImportResult xlsxImport(Workbook w) {
    return MeasurementXlsx.readStrict(w.xlsx, ImportOptions.defaults());
  }

  /** Baseline: POI's event model, a SAX pass over the sheet that counts its cells and keeps nothing. */
  @Benchmark
  public long saxCountCells(Workbook w) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(w.xlsx.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      long[] cells = {0};
      try (InputStream sheet = reader.getSheetsData().next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
          @Override
          public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (localName.equals("c")) {
              cells[0]++;
            }
          }
        });
        parser.parse(new InputSource(sheet));
      }
      return cells[0];
    }
  }
}
