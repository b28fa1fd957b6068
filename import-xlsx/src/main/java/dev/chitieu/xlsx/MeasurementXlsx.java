package dev.chitieu.xlsx;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.RowImporter;
import dev.chitieu.core.io.SpreadsheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
import org.xml.sax.SAXParseException;
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
   * @param sheet the sheet's name, or null for the sheet named {@code data} or {@code measurements}, else the first
   * @param options the options
   * @param lenient whether bad rows are returned rather than failing the import
   * @return the measurements and, in lenient mode, the rejected rows
   * @throws InvalidDataException in strict mode listing every problem, or if the file is not a workbook that can be
   *     read (empty, encrypted, an old .xls, damaged, a zip bomb), or if the sheet does not exist
   */
  public static ImportResult read(Path file, String sheet, ImportOptions options, boolean lenient) {
    requireNonNull(file, "file");
    return read(file, file.getFileName().toString(), sheet, options, lenient);
  }

  /**
   * Reads a workbook from a stream. The stream is copied to a temporary file first (deleted afterwards), so that the
   * workbook is read with the same bounded memory and the same checks as a file.
   *
   * @param in the workbook; not closed
   * @param source the name problems quote
   * @param options the options
   * @param lenient whether bad rows are returned rather than failing the import
   * @return the measurements and, in lenient mode, the rejected rows
   * @throws InvalidDataException in strict mode listing every problem, or if the bytes are not a workbook that can
   *     be read
   */
  public static ImportResult read(InputStream in, String source, ImportOptions options, boolean lenient) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    Path tmp = null;
    try {
      tmp = Files.createTempFile("chitieu-import-", ".xlsx");
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return read(tmp, source, null, options, lenient);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to a temporary file", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          tmp.toFile().deleteOnExit();
        }
      }
    }
  }

  private static ImportResult read(Path file, String source, String sheet, ImportOptions options, boolean lenient) {
    requireNonNull(options, "options");
    try {
      refuseWhatIsNotAWorkbook(file, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    RowImporter[] rows = {null};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      return read(pkg, source, sheet, options, lenient, rows);
    } catch (InvalidDataException | InsufficientMemoryException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw rows[0] != null ? rows[0].outOfMemory(e) : new InsufficientMemoryException(source, "the start",
          Runtime.getRuntime().maxMemory(), e);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw zipBomb(file, source);
      }
      if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      throw damaged(source, e);
    } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
      throw notAWorkbook(source, "is not an Excel workbook");
    } catch (OpenXML4JException e) {
      throw damaged(source, e);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // POI's own failures on a damaged or hostile package (POIXMLException, IllegalStateException, …), and a
      // decompressor its zip library reaches for and does not find (NoClassDefFoundError)
      throw damaged(source, e);
    } finally {
      if (rows[0] != null) {
        rows[0].close();
      }
    }
  }

  /** Says what the file is when it is no .xlsx: empty, encrypted, an old .xls, or something else. */
  private static void refuseWhatIsNotAWorkbook(Path file, String source) throws IOException {
    if (Files.size(file) == 0) {
      throw notAWorkbook(source, "is empty (0 bytes)");
    }
    FileMagic magic;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic == FileMagic.OOXML) {
      refuseUnknownCompression(file, source);
      return;
    }
    if (magic == FileMagic.OLE2) {
      boolean encrypted;
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        encrypted = fs.getRoot().hasEntry("EncryptionInfo");
      } catch (IOException | RuntimeException e) {
        encrypted = false;
      }
      if (encrypted) {
        throw new InvalidDataException(List.of(new DataProblem(source, "", "", "",
            "is a workbook encrypted with a password, which cannot be read",
            "the workbook saved without a password (Excel: File > Info > Protect Workbook > Encrypt with Password, "
                + "clear the password), as .xlsx")));
      }
      throw notAWorkbook(source, "is an Excel 97-2003 workbook (.xls) or another OLE2 document, not an .xlsx");
    }
    throw notAWorkbook(source, "is not an Excel workbook (" + magic + ")");
  }

  /**
   * Refuses a part compressed otherwise than Excel does (stored or deflated): the zip library would reach for a
   * decompressor that is not there (zstd, bzip2…) and fail with a class-loading error.
   */
  private static void refuseUnknownCompression(Path file, String source) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
          throw new InvalidDataException(List.of(new DataProblem(source, "part " + e.getName(), "", "",
              "is compressed with zip method " + e.getMethod() + ", which Excel and LibreOffice do not use",
              "a workbook as Excel or LibreOffice saves it (parts stored or deflated)")));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidDataException d) {
        throw d;
      }
      if (String.valueOf(e.getMessage()).contains("compression method")) {
        // the JDK refuses such a zip as it opens it: "invalid CEN header (unsupported compression method: 93)"
        throw new InvalidDataException(List.of(new DataProblem(source, "", "", "", "has a part compressed with a "
            + "zip method that Excel and LibreOffice do not use (" + e.getMessage() + ")",
            "a workbook as Excel or LibreOffice saves it (parts stored or deflated)")));
      }
      // a zip the JDK cannot list: POI reports it below, with its own words
    }
  }

  private static InvalidDataException notAWorkbook(String source, String what) {
    return new InvalidDataException(List.of(new DataProblem(source, "", "", "", what,
        "an .xlsx file (Excel 2007 or later; save older .xls files as .xlsx)")));
  }

  private static InvalidDataException damaged(String source, Throwable e) {
    return new InvalidDataException(List.of(new DataProblem(source, "", "", "",
        "cannot be read as a workbook, it is damaged or not an .xlsx: " + e.getClass().getSimpleName() + ": "
            + e.getMessage(), "an .xlsx file saved by Excel or LibreOffice")));
  }

  /**
   * Explains a refused zip bomb with the real ratio of the entry that expands most: inflated here with a counter,
   * never more than 256 MB of it.
   */
  private static InvalidDataException zipBomb(Path file, String source) {
    String worst = "";
    long worstPacked = 1;
    long worstExpanded = 0;
    boolean more = false;
    long cap = 256L << 20;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long expanded = 0;
        try (InputStream in = zip.getInputStream(e)) {
          byte[] buf = new byte[1 << 16];
          int n;
          while ((n = in.read(buf)) > 0 && expanded <= cap) {
            expanded += n;
          }
        }
        long packed = Math.max(1, e.getCompressedSize());
        if ((double) expanded / packed > (double) worstExpanded / worstPacked) {
          worst = e.getName();
          worstPacked = packed;
          worstExpanded = expanded;
          more = expanded > cap;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the refusal stands; only its numbers are missing
    }
    String ratio = String.format(java.util.Locale.ROOT, "1:%,d", worstExpanded / worstPacked);
    return new InvalidDataException(List.of(new DataProblem(source, worst.isEmpty() ? "" : "part " + worst, "", "",
        "expands from " + String.format(java.util.Locale.ROOT, "%,d", worstPacked) + " bytes to "
            + (more ? "more than " : "") + String.format(java.util.Locale.ROOT, "%,d", worstExpanded) + " bytes ("
            + (more ? "more than " : "") + ratio + "), more than the 1:" + Math.round(1 / ZipSecureFile
                .getMinInflateRatio()) + " that is read, to refuse zip bombs (small files that expand to fill the "
            + "memory or the disk)", "a workbook as Excel or LibreOffice saves it; a genuine workbook compresses that "
            + "well only if cells repeat one text for millions of characters: shorten them (a cell holds at most "
            + "32,767 characters)")));
  }

  private static ImportResult read(OPCPackage pkg, String source, String wanted, ImportOptions options,
      boolean lenient, RowImporter[] started) throws IOException, OpenXML4JException {
    requireNonNull(source, "source");
    try {
      XSSFReader reader = new XSSFReader(pkg);
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
      InputStream sheetStream = sheets.next();
      PackagePart sheetPart = sheets.getSheetPart();
      // every other part the reader uses is checked against its CRC before use; the sheet while it is read
      for (PackagePart part : pkg.getParts()) {
        if (part != sheetPart && !part.getPartName().getName().startsWith("/xl/worksheets/")) {
          checkCrc(part, source);
        }
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
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

        @Override
        public String decimalCommaHint() {
          // a workbook has no line to declare decimal commas on
          return "a number cell, or text with a decimal point (a program using the library can read text with "
              + "decimal commas with ImportOptions.withDecimalComma(true))";
        }
      }, lenient);
      started[0] = rows;
      SheetHandler handler = new SheetHandler(source, sheetName, strings, rows, options.decimalComma(),
          options.limits());
      try (CheckedInputStream sheet = new CheckedInputStream(sheetStream, new CRC32())) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
          // the parser closes its stream at the end; the rest of the sheet is still to be read for the checksum
          parser.parse(new InputSource(new java.io.FilterInputStream(sheet) {
            @Override
            public void close() {}
          }));
        } catch (SAXParseException e) {
          throw new InvalidDataException(List.of(new DataProblem(source, "sheet '" + sheetName + "' (its XML, line "
              + e.getLineNumber() + ", column " + e.getColumnNumber() + ")", "", "", "cannot be read: "
              + e.getMessage(), "a sheet as Excel or LibreOffice saves it (no document type declarations)")));
        }
        sheet.transferTo(OutputStream.nullOutputStream());
        verify(sheetPart, sheet.getChecksum().getValue(), source);
      }
      if (handler.header) {
        // an empty sheet is most often the wrong sheet or a file saved too early: never zero rows without a word
        throw new InvalidDataException(List.of(new DataProblem(source, "sheet '" + sheetName + "'", "", "",
            "is empty: it has no header row", "a header row with the columns " + ImportOptions.COLUMNS
                + " (and one per breakdown dimension), then one measurement per row; the sheets are " + names)));
      }
      return rows.finish();
    } catch (SAXException | ParserConfigurationException e) {
      throw new InvalidDataException(List.of(new DataProblem(source, "", "", "",
          "cannot be read as a workbook: " + e.getMessage(), "an .xlsx file saved by Excel or LibreOffice")));
    }
  }

  /** Reads a part through and compares its bytes with the CRC its zip entry declares. */
  private static void checkCrc(PackagePart part, String source) throws IOException {
    if (!(part instanceof ZipPackagePart)) {
      return;
    }
    try (CheckedInputStream in = new CheckedInputStream(part.getInputStream(), new CRC32())) {
      in.transferTo(OutputStream.nullOutputStream());
      verify(part, in.getChecksum().getValue(), source);
    }
  }

  private static void verify(PackagePart part, long crc, String source) {
    if (part instanceof ZipPackagePart z && z.getZipArchive() != null && z.getZipArchive().getCrc() != -1
        && z.getZipArchive().getCrc() != crc) {
      throw new InvalidDataException(List.of(new DataProblem(source, "part " + part.getPartName().getName(), "",
          "", String.format(java.util.Locale.ROOT, "fails its checksum (CRC %08x, the zip says %08x): the file was "
              + "damaged or changed after it was saved, so none of it is read", crc, z.getZipArchive().getCrc()),
          "the workbook as Excel or LibreOffice saved it (copy it again, or save it again)")));
    }
  }

  private static boolean isPreferred(String name) {
    return name.equalsIgnoreCase("data") || name.equalsIgnoreCase("measurements");
  }

  /**
   * Turns the sheet's XML into rows of text fields, one call to the importer per row. Every attribute is checked
   * before use: a cell reference that is not one, a cell given twice or out of order, a shared-string index the
   * workbook does not have or a row number that is not one makes the row bad (located), never an exception. A cell's
   * text is kept to the field bound, a row to the bound on fields.
   */
  private static final class SheetHandler extends DefaultHandler {
    private static final int MAX_COLUMN = 16_383; // XFD, Excel's last column

    private final String source;
    private final String sheetName;
    private final ReadOnlySharedStringsTable strings;
    private final RowImporter rows;
    private final boolean decimalComma;
    private final int maxChars;
    private final int maxFields;
    private final List<String> values = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean header = true;
    private long rowNumber;
    private int column;
    private String type;
    private boolean inValue;
    private int badColumn;
    private String badProblem;
    private String badExpected;

    SheetHandler(String source, String sheetName, ReadOnlySharedStringsTable strings, RowImporter rows,
        boolean decimalComma, dev.chitieu.core.io.ImportLimits limits) {
      this.source = source;
      this.sheetName = sheetName;
      this.strings = strings;
      this.rows = rows;
      this.decimalComma = decimalComma;
      this.maxChars = limits.fieldLength() + 1;
      this.maxFields = limits.fieldsPerRow() + 1;
    }

    private void bad(int col, String problem, String expected) {
      if (badProblem == null) {
        badColumn = col;
        badProblem = problem;
        badExpected = expected;
      }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "row" -> {
          values.clear();
          badProblem = null;
          String r = atts.getValue("r");
          long next = rowNumber + 1;
          if (r != null) {
            long n = parseRowNumber(r);
            if (n <= 0) {
              bad(-1, "has the row number '" + shown(r) + "', which is not one", "rows numbered 1 to 1,048,576");
            } else {
              next = n;
            }
          }
          rowNumber = next;
        }
        case "c" -> {
          String ref = atts.getValue("r");
          int col = values.size();
          if (ref != null) {
            int parsed = parseColumn(ref);
            if (parsed < 0) {
              bad(-1, "has a cell reference '" + shown(ref) + "' that is not one", "cell references A1 to XFD1048576");
            } else if (parsed < values.size()) {
              bad(parsed, "has cell " + shown(ref) + " twice, or out of order", "each cell once, left to right");
            } else {
              col = parsed;
            }
          }
          column = col;
          type = atts.getValue("t");
          text.setLength(0);
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue && text.length() < maxChars) {
        text.append(ch, start, Math.min(length, maxChars - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          if (column >= maxFields) {
            return; // beyond the bound on fields: the importer rejects the row, which holds one more than the bound
          }
          while (values.size() < column) {
            values.add("");
          }
          if (values.size() == column) {
            values.add(value());
          }
        }
        case "row" -> {
          if (header) {
            if (badProblem == null && values.stream().allMatch(String::isBlank)) {
              return;
            }
            if (badProblem != null) {
              throw new InvalidDataException(List.of(new DataProblem(source, "sheet '" + sheetName + "' row "
                  + rowNumber, "", "", "the header row " + badProblem, badExpected)));
            }
            rows.header(values, rowNumber);
            header = false;
          } else if (badProblem != null) {
            rows.badRow(values, rowNumber, badColumn, badProblem, badExpected);
          } else {
            rows.row(values, rowNumber);
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
          plain = raw.length() > 400 ? raw : new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          return raw;
        }
        return decimalComma ? plain.replace('.', ',') : plain;
      }
      return switch (type) {
        case "s" -> sharedString(raw.trim());
        case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
        default -> raw; // str, inlineStr, e
      };
    }

    private String sharedString(String index) {
      int count = strings.getUniqueCount();
      int i = -1;
      if (!index.isEmpty() && index.length() <= 10 && index.chars().allMatch(c -> c >= '0' && c <= '9')) {
        long l = Long.parseLong(index);
        i = l < count ? (int) l : -1;
      }
      if (i < 0) {
        bad(column, "refers to shared string '" + shown(index) + "', which the workbook does not have (it has "
            + count + ")", "a workbook as Excel or LibreOffice saves it");
        return "";
      }
      String s = strings.getItemAt(i).getString();
      return s == null ? "" : s.length() > maxChars ? s.substring(0, maxChars) : s;
    }

    /** The 0-based column of a cell reference such as {@code D12}, or -1 if it is not one (or beyond XFD). */
    static int parseColumn(String ref) {
      int i = 0;
      int col = 0;
      while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
        col = col * 26 + (ref.charAt(i) - 'A' + 1);
        if (col > MAX_COLUMN + 1) {
          return -1;
        }
        i++;
      }
      if (i == 0 || i == ref.length()) {
        return -1;
      }
      return parseRowNumber(ref.substring(i)) > 0 ? col - 1 : -1;
    }

    /** A row number 1 to 1,048,576, or -1. */
    static long parseRowNumber(String r) {
      if (r.isEmpty() || r.length() > 7) {
        return -1;
      }
      long n = 0;
      for (int i = 0; i < r.length(); i++) {
        char c = r.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n >= 1 && n <= 1_048_576 ? n : -1;
    }

    private static String shown(String s) {
      return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
  }

  /**
   * Writes measurements to a workbook with one sheet, {@code data}, streaming rows to disk as it goes (SXSSF), so
   * that a million rows fit in a small heap. Text is written as string cells, never formulas; a source that starts
   * like a formula ({@code = + - @}, see {@link SpreadsheetText}) is also quote-prefixed. {@link #readStrict(Path, ImportOptions)} reads it back to an equal set.
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
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
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
          Cell c = row.createCell(7);
          c.setCellValue(m.source());
          if (SpreadsheetText.isFormulaLike(m.source())) {
            c.setCellStyle(quoted); // a string cell already; quote-prefixed so that editing it keeps it text
          }
        }
        int c = 8;
        for (DimensionId d : dims) {
          Optional<String> member = m.breakdown().findMember(d);
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
