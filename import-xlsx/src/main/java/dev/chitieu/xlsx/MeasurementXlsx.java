package dev.chitieu.xlsx;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.DataProblem;
import dev.chitieu.core.DimensionId;
import dev.chitieu.core.InvalidDataException;
import dev.chitieu.core.Measurement;
import dev.chitieu.core.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.RowImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes measurements as Excel workbooks ({@code .xlsx}). The sheet has a header row of the CSV column names
 * ({@code indicator, region, period, value, numerator, denominator, status, source} and one column per breakdown
 * dimension, see {@link RowImporter}) and one measurement per row. Problems name the sheet and cell, e.g. {@code
 * sheet 'data' cell D7}.
 *
 * <p>Reading streams the sheet's XML with SAX (POI's event model): memory grows with the measurements kept and the
 * workbook's shared strings, not with the sheet. Numeric cells are read as their stored value, whatever their display
 * format; periods are best stored as text ({@code 2025-07}), since Excel turns such text into dates. The sheet read
 * is the one named {@code data} or {@code measurements} if there is one, else the first. A sheet without a header row
 * (empty, or only blank rows) is an error in both modes; a sheet with a header and no rows reads as an empty set with
 * {@link ImportResult#rowsRead()} 0.
 *
 * <p>Thread-safe: every call is independent.
 */
public final class MeasurementXlsx {
  private MeasurementXlsx() {}

  /**
   * Reads a workbook file in strict mode.
   *
   * @param file the workbook
   * @param options the options
   * @return the measurements
   * @throws InvalidDataException listing every problem, each with its sheet and cell
   */
  public static ImportResult readStrict(Path file, ImportOptions options) {
    return read(file, null, options, false);
  }

  /**
   * Reads a workbook file in lenient mode.
   *
   * @param file the workbook
   * @param options the options
   * @return the measurements and the rejected rows
   */
  public static ImportResult readLenient(Path file, ImportOptions options) {
    return read(file, null, options, true);
  }

  /**
   * Reads one sheet of a workbook file.
   *
   * @param file the workbook
   * @param sheet the sheet's name
   * @param options the options
   * @param lenient whether bad rows are returned rather than failing the import
   * @return the measurements and, in lenient mode, the rejected rows
   * @throws InvalidDataException in strict mode listing every problem, or if the sheet does not exist
   */
  public static ImportResult read(Path file, String sheet, ImportOptions options, boolean lenient) {
    requireNonNull(file, "file");
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      return read(pkg, file.getFileName().toString(), sheet, options, lenient);
    } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
      throw notAWorkbook(file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a workbook from a stream (POI holds the zipped workbook in memory; prefer a file for large workbooks).
   *
   * @param in the workbook; not closed
   * @param source the name problems quote
   * @param options the options
   * @param lenient whether bad rows are returned rather than failing the import
   * @return the measurements and, in lenient mode, the rejected rows
   * @throws InvalidDataException in strict mode listing every problem
   */
  public static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient) {
    requireNonNull(in, "in");
    try (OPCPackage pkg = OPCPackage.open(in)) {
      return read(pkg, source, null, options, lenient);
    } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
      throw notAWorkbook(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static InvalidDataException notAWorkbook(String source) {
    return new InvalidDataException(List.of(new DataProblem(source, "", "", "", "is not an Excel workbook",
        "an .xlsx file (Excel 2007 or later; save older .xls files as .xlsx)")));
  }

  private static ImportResult read(OPCPackage pkg, String source, String wanted, ImportOptions options,
      boolean lenient) {
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      String chosen = null;
      int chosenIndex = -1;
      while (sheets.hasNext()) {
        try (InputStream s = sheets.next()) {
          String name = sheets.getSheetName();
          names.add(name);
          boolean match = wanted != null ? name.equals(wanted)
              : chosen == null || name.equalsIgnoreCase("data") || name.equalsIgnoreCase("measurements");
          if (match && (wanted != null || chosen == null || !isPreferred(chosen))) {
            chosen = name;
            chosenIndex = names.size() - 1;
          }
        }
      }
      if (chosen == null) {
        throw new InvalidDataException(List.of(new DataProblem(source, "", "", wanted == null ? "" : wanted,
            wanted == null ? "has no sheet" : "is not a sheet of the workbook", "one of " + names)));
      }
      sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      for (int i = 0; i < chosenIndex; i++) {
        sheets.next().close();
      }
      String sheetName = chosen;
      RowImporter rows = RowImporter.start(options, source, new RowImporter.Locator() {
        @Override
        public String rowWord() {
          return "sheet '" + sheetName + "' row";
        }

        @Override
        public String cell(long number, int column) {
          return "sheet '" + sheetName + "' cell " + CellReference.convertNumToColString(column) + number;
        }
      }, lenient);
      SheetHandler handler = new SheetHandler(strings, rows, options.decimalComma());
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
      }
      if (handler.header) {
        // an empty sheet is most often the wrong sheet or a file saved too early: never zero rows without a word
        throw new InvalidDataException(List.of(new DataProblem(source, "sheet '" + sheetName + "'", "", "",
            "is empty: it has no header row", "a header row with the columns " + ImportOptions.COLUMNS
                + " (and one per breakdown dimension), then one measurement per row; the sheets are " + names)));
      }
      return rows.finish();
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new InvalidDataException(List.of(new DataProblem(source, "", "", "",
          "cannot be read as a workbook: " + e.getMessage(), "an .xlsx file saved by Excel or LibreOffice")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static boolean isPreferred(String name) {
    return name.equalsIgnoreCase("data") || name.equalsIgnoreCase("measurements");
  }

  /** Turns the sheet's XML into rows of text fields, one call to the importer per row. */
  private static final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final RowImporter rows;
    private final boolean decimalComma;
    private final List<String> values = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean header = true;
    private long rowNumber;
    private int column;
    private String type;
    private boolean inValue;

    SheetHandler(ReadOnlySharedStringsTable strings, RowImporter rows, boolean decimalComma) {
      this.strings = strings;
      this.rows = rows;
      this.decimalComma = decimalComma;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "row" -> {
          values.clear();
          String r = atts.getValue("r");
          rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
        }
        case "c" -> {
          String ref = atts.getValue("r");
          column = ref != null ? new CellReference(ref).getCol() : values.size();
          type = atts.getValue("t");
          text.setLength(0);
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          while (values.size() < column) {
            values.add("");
          }
          values.add(value());
        }
        case "row" -> {
          if (header) {
            if (values.stream().allMatch(String::isBlank)) {
              return;
            }
            rows.header(values, rowNumber);
            header = false;
          } else {
            rows.row(new ArrayList<>(values), rowNumber);
          }
        }
        default -> { }
      }
    }

    private String value() {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        if (raw.isEmpty()) {
          return "";
        }
        // the stored number, whatever its display format
        String plain;
        try {
          plain = new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          return raw;
        }
        return decimalComma ? plain.replace('.', ',') : plain;
      }
      return switch (type) {
        case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
        default -> raw; // str, inlineStr, e
      };
    }
  }

  /**
   * Writes measurements to a workbook with one sheet, {@code data}, streaming rows to disk as it goes (SXSSF), so
   * that a million rows fit in a small heap. {@link #readStrict(Path, ImportOptions)} reads it back to an equal set.
   *
   * @param set the measurements
   * @param out where to write; not closed
   */
  public static void write(MeasurementSet set, OutputStream out) {
    requireNonNull(set, "set");
    requireNonNull(out, "out");
    TreeSet<DimensionId> dims = new TreeSet<>();
    for (Measurement m : set) {
      dims.addAll(m.breakdown().members().keySet());
    }
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      Sheet sheet = wb.createSheet("data");
      Row head = sheet.createRow(0);
      List<String> columns = new ArrayList<>(ImportOptions.COLUMNS);
      dims.forEach(d -> columns.add(d.value()));
      for (int i = 0; i < columns.size(); i++) {
        head.createCell(i).setCellValue(columns.get(i));
      }
      int r = 1;
      for (Measurement m : set) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(m.indicator().value());
        row.createCell(1).setCellValue(m.region().value());
        row.createCell(2).setCellValue(m.period().toString());
        number(row, 3, m.value());
        number(row, 4, m.numerator());
        number(row, 5, m.denominator());
        row.createCell(6).setCellValue(m.status().toString());
        if (!m.source().isEmpty()) {
          row.createCell(7).setCellValue(m.source());
        }
        int c = 8;
        for (DimensionId d : dims) {
          Optional<String> member = m.breakdown().member(d);
          if (member.isPresent()) {
            row.createCell(c).setCellValue(member.get());
          }
          c++;
        }
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write measurements as a workbook", e);
    } finally {
      try {
        wb.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the workbook", e);
      }
    }
  }

  private static void number(Row row, int col, OptionalDouble d) {
    if (d.isPresent()) {
      Cell c = row.createCell(col);
      c.setCellValue(d.getAsDouble());
    }
  }
}
