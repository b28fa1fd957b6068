package dev.chitieu.xlsx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the workbook importer with Jazzer. The first byte picks what the rest is: the whole file (even), or the XML
 * of the sheet inside an otherwise well-formed workbook (odd), so that the fuzzer reaches both POI's handling of
 * damaged packages and the reading of cells. Every input must end imported or as an {@link InvalidDataException}
 * whose problems say what was wrong, with every row accounted for. Seeds and crashes in {@code
 * XlsxImportFuzzTestInputs/xlsx}.
 */
class XlsxImportFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void xlsx(byte[] input) {
    int mode = input.length == 0 ? 0 : input[0] & 0xFF;
    byte[] rest = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    byte[] file = (mode & 1) == 0 ? rest : workbook(rest);
    ImportOptions options = ImportOptions.defaults().withDecimalComma((mode & 2) != 0);
    ImportResult strict = null;
    for (boolean lenient : new boolean[] {false, true}) {
      try (InputStream in = new ByteArrayInputStream(file)) {
        ImportResult r = MeasurementXlsx.read(in, "fuzz.xlsx", options, lenient);
        if (r.measurements().size() + r.rejected().size() + r.rejectedToFile() != r.rowsRead()) {
          throw new AssertionError("rows lost: " + r);
        }
        if (!lenient) {
          strict = r;
        } else if (strict != null && !strict.measurements().equals(r.measurements())) {
          throw new AssertionError("strict and lenient imports differ on an input strict accepts");
        }
      } catch (InvalidDataException e) {
        for (DataProblem p : e.problems()) {
          if (p.source().isEmpty() || p.problem().isEmpty()) {
            throw new AssertionError("a problem that does not say what: " + p.message());
          }
        }
        if (lenient && strict != null) {
          throw new AssertionError("strict import succeeded, lenient failed: " + e.getMessage());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A minimal well-formed workbook whose one sheet is the given XML. */
  static byte[] workbook(byte[] sheetXml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] part : List.of(
          new String[] {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
              + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
              + "/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application"
              + "/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
              + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
          new String[] {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
              + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
              + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>"},
          new String[] {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
              + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/>"
              + "</sheets></workbook>"},
          new String[] {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
              + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
              + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              + "Target=\"worksheets/sheet1.xml\"/></Relationships>"})) {
        zip.putNextEntry(new ZipEntry(part[0]));
        zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheetXml);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
