package dev.chitieu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.RejectedRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and damaged workbooks, each refused with its reason as a located {@link InvalidDataException}. */
class HostileWorkbookTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";

  @TempDir
  Path dir;

  private Path written() throws IOException {
    Path file = dir.resolve("good.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      MeasurementXlsx.write(MeasurementSet.of(List.of(Measurement.of("t.retail", "31001", "2025", 1234.5),
          Measurement.of("t.retail", "31002", "2025", 7))), out);
    }
    return file;
  }

  /** The workbook with one entry's bytes replaced, every entry stored (not compressed) unless {@code deflate}. */
  private Path rezip(Path src, String name, byte[] bytes, boolean deflate) throws IOException {
    Path out = dir.resolve("changed-" + System.nanoTime() + ".xlsx");
    try (ZipFile in = new ZipFile(src.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] data;
        try (InputStream entry = in.getInputStream(e)) {
          data = e.getName().equals(name) ? bytes : entry.readAllBytes();
        }
        ZipEntry n = new ZipEntry(e.getName());
        if (!deflate) {
          n.setMethod(ZipEntry.STORED);
          n.setSize(data.length);
          CRC32 crc = new CRC32();
          crc.update(data);
          n.setCrc(crc.getValue());
        }
        zip.putNextEntry(n);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out;
  }

  private static byte[] sheet(String rows) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\">" + cell("A1", "indicator") + cell("B1", "region") + cell("C1", "period") + cell("D1", "value")
        + "</row>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static String goodRow(int r) {
    return "<row r=\"" + r + "\">" + cell("A" + r, "t.retail") + cell("B" + r, "3100" + r) + cell("C" + r, "2025")
        + "<c r=\"D" + r + "\"><v>" + r + "</v></c></row>";
  }

  private static DataProblem refused(Path file) {
    InvalidDataException e = assertThrows(InvalidDataException.class,
        () -> MeasurementXlsx.readLenient(file, ImportOptions.defaults()));
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void emptyFile_saysItIsEmpty() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.xlsx"));
    assertThat(refused(file).message()).isEqualTo("empty.xlsx : is empty (0 bytes); expected an .xlsx file (Excel "
        + "2007 or later; save older .xls files as .xlsx)");
  }

  @Test
  void encryptedWorkbook_saysItIsEncrypted() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("mật khẩu");
      try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
        wb.createSheet("data").createRow(0).createCell(0).setCellValue("indicator");
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(refused(file).problem()).isEqualTo("is a workbook encrypted with a password, which cannot be read");
  }

  @Test
  void oldXlsOrRandomBytes_sayWhatTheyAre() throws IOException {
    Path xls = dir.resolve("old.xls");
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("data");
      wb.write(out);
    }
    assertThat(refused(xls).problem()).startsWith("is an Excel 97-2003 workbook (.xls)");
    Path junk = Files.write(dir.resolve("junk.xlsx"), "indicator,region\n".getBytes(StandardCharsets.UTF_8));
    assertThat(refused(junk).problem()).startsWith("is not an Excel workbook");
  }

  @Test
  void sheetThatFailsItsCrc_isRefused_notReadWithTheTamperedValue() throws IOException {
    byte[] xml = sheet(goodRow(2));
    Path stored = rezip(written(), SHEET, xml, false);
    assertThat(MeasurementXlsx.readStrict(stored, ImportOptions.defaults()).measurements().size()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(stored);
    byte[] value = "<v>2</v>".getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(bytes, value);
    bytes[at + 3] = '9'; // the stored sheet now says 9; its CRC still says 2
    Path tampered = Files.write(dir.resolve("tampered.xlsx"), bytes);
    DataProblem p = refused(tampered);
    assertThat(p.location()).isEqualTo("part /xl/worksheets/sheet1.xml");
    assertThat(p.problem()).startsWith("fails its checksum (CRC ").contains("none of it is read");
  }

  @Test
  void zipBomb_isRefused_withItsRealRatio() throws IOException {
    String huge = "a".repeat(20_000_000);
    Path bomb = rezip(written(), SHEET, sheet("<row r=\"2\">" + cell("A2", huge) + "</row>"), true);
    DataProblem p = refused(bomb);
    assertThat(p.location()).isEqualTo("part " + SHEET);
    assertThat(p.problem()).matches("expands from [0-9,]+ bytes to 20,000,[0-9,]+ bytes \\(1:[0-9,]+\\), more "
        + "than the 1:100 that is read, to refuse zip bombs .*");
  }

  @Test
  void doctypeAndExternalEntities_stayRefused() throws IOException {
    byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
        + cell("A1", "&x;") + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    DataProblem p = refused(rezip(written(), SHEET, xxe, true));
    assertThat(p.location()).startsWith("sheet 'data' (its XML, line 1");
    assertThat(p.problem()).startsWith("cannot be read: ").containsIgnoringCase("DOCTYPE");
  }

  @Test
  void badCellReferencesAndSharedStringIndexes_areBadRows_notExceptions() throws IOException {
    String rows = goodRow(2)
        + "<row r=\"3\"><c r=\"ZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
        + "<row r=\"4\"><c r=\"A2147483648\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
        + "<row r=\"5\">" + cell("A5", "t.retail") + "<c r=\"B5\" t=\"s\"><v>99999</v></c></row>"
        + "<row r=\"6\">" + cell("B6", "31006") + cell("A6", "t.retail") + "</row>"
        + "<row r=\"x7\">" + cell("A7", "t.retail") + "</row>"
        + goodRow(8);
    ImportResult r = MeasurementXlsx.readLenient(rezip(written(), SHEET, sheet(rows), true),
        ImportOptions.defaults());
    assertThat(r.rowsRead()).isEqualTo(7);
    assertThat(r.measurements().size()).isEqualTo(2);
    assertThat(r.rejected()).extracting(RejectedRow::location).containsExactly("sheet 'data' row 3",
        "sheet 'data' row 4", "sheet 'data' row 5", "sheet 'data' row 6", "sheet 'data' row 7");
    assertThat(r.rejected()).extracting(x -> x.problems().get(0).problem()).containsExactly(
        "has a cell reference 'ZZZZZZ3' that is not one",
        "has a cell reference 'A2147483648' that is not one",
        "refers to shared string '99999', which the workbook does not have (it has 0)",
        "has cell A6 twice, or out of order",
        "has the row number 'x7', which is not one");
  }

  @Test
  void partCompressedWithAnotherMethod_isRefused_notAClassLoadingError() throws IOException {
    // found by the fuzzer: a part marked as zstd-compressed made the zip library throw NoClassDefFoundError
    byte[] bytes = Files.readAllBytes(rezip(written(), SHEET, sheet(goodRow(2)), false));
    for (int i = 0; i + 12 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 10] = 93; // the central directory's compression method: zstd
        bytes[i + 11] = 0;
      } else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
        bytes[i + 8] = 93; // the local header's
        bytes[i + 9] = 0;
      }
    }
    DataProblem p = refused(Files.write(dir.resolve("zstd.xlsx"), bytes));
    assertThat(p.problem()).startsWith("has a part compressed with a zip method that Excel and LibreOffice do not "
        + "use (").contains("93");
  }

  @Test
  void readFromAStream_isCheckedTheSameWay() throws IOException {
    try (InputStream in = new ByteArrayInputStream(new byte[0])) {
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> MeasurementXlsx.read(in, "upload.xlsx", ImportOptions.defaults(), false));
      assertThat(e.getMessage()).contains("upload.xlsx : is empty (0 bytes)");
    }
    try (InputStream in = Files.newInputStream(written())) {
      assertThat(MeasurementXlsx.read(in, "upload.xlsx", ImportOptions.defaults(), false).rowsRead()).isEqualTo(2);
    }
  }

  @Test
  void formulaLikeSources_areWrittenAsQuotePrefixedText_andReadBackAsTheyWere() throws IOException {
    MeasurementSet set = MeasurementSet.of(List.of(
        Measurement.of("t.retail", "31001", "2025", -0.5).withSource("=HYPERLINK(\"http://example.invalid\")"),
        Measurement.of("t.retail", "31002", "2025", 1).withSource("Cục Thống kê")));
    Path file = dir.resolve("inert.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      MeasurementXlsx.write(set, out);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      var formula = wb.getSheet("data").getRow(1).getCell(7);
      assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(wb.getSheet("data").getRow(2).getCell(7).getCellStyle().getQuotePrefixed()).isFalse();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
    assertThat(MeasurementXlsx.readStrict(file, ImportOptions.defaults()).measurements()).isEqualTo(set);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
