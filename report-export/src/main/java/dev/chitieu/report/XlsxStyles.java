package dev.chitieu.report;

import dev.chitieu.core.model.Lang;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a report workbook, made once each and shared, in Times New Roman. */
final class XlsxStyles {
  static final String FONT = "Times New Roman";

  private final XSSFWorkbook wb;
  private final Lang lang;
  private final Map<String, XSSFCellStyle> cache = new HashMap<>();
  private final Map<String, XSSFFont> fonts = new HashMap<>();

  XlsxStyles(XSSFWorkbook wb, Lang lang) {
    this.wb = wb;
    this.lang = lang;
    XSSFFont base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 11);
    // POI's default font follows the theme's "minor" font (Calibri) and is marked a sans-serif ("swiss"), either of
    // which overrides its name where Times New Roman is missing: the data sheet printed in a sans-serif
    base.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    base.setFamily(org.apache.poi.ss.usermodel.FontFamily.ROMAN);
  }

  /** A font: size in points, bold, italic, colour RRGGBB or null. */
  XSSFFont font(int size, boolean bold, boolean italic, String rgb) {
    String key = size + "/" + bold + "/" + italic + "/" + rgb;
    return fonts.computeIfAbsent(key, k -> {
      XSSFFont f = wb.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints((short) size);
      f.setBold(bold);
      f.setItalic(italic);
      if (rgb != null) {
        f.setColor(color(rgb));
      }
      return f;
    });
  }

  private XSSFColor color(String rgb) {
    int v = Integer.parseInt(rgb, 16);
    return new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}, wb.getStylesSource()
        .getIndexedColors());
  }

  /** Free text, centred or left, with the given font. */
  XSSFCellStyle text(int size, boolean bold, boolean italic, HorizontalAlignment align, boolean wrap) {
    return cache.computeIfAbsent("text/" + size + bold + italic + align + wrap, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(size, bold, italic, null));
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(wrap);
      return s;
    });
  }

  /** The sample-data banner: bold dark red on light red, boxed. */
  XSSFCellStyle banner() {
    return cache.computeIfAbsent("banner", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(12, true, false, "C00000"));
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setFillForegroundColor(color("FCE4E4"));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      box(s, BorderStyle.MEDIUM);
      s.setTopBorderColor(color("C00000"));
      s.setBottomBorderColor(color("C00000"));
      s.setLeftBorderColor(color("C00000"));
      s.setRightBorderColor(color("C00000"));
      return s;
    });
  }

  /** A table header cell: bold, centred, wrapped, grey, boxed. */
  XSSFCellStyle header() {
    return cache.computeIfAbsent("header", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, true, false, null));
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(true);
      s.setFillForegroundColor(color("D9D9D9"));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  /** A boxed table cell with text. */
  XSSFCellStyle cell(boolean bold, boolean italic, HorizontalAlignment align, boolean wrap) {
    return cache.computeIfAbsent("cell/" + bold + italic + align + wrap, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, bold, italic, null));
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(wrap);
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  /** A boxed text cell that Excel keeps as text even when edited: for input text beginning with = + - @. */
  XSSFCellStyle quotedText() {
    return cache.computeIfAbsent("quoted", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, false, false, null));
      s.setQuotePrefixed(true);
      return s;
    });
  }

  /** Plain text in the report's font, for the data and rejected sheets. */
  XSSFCellStyle plainText() {
    return cache.computeIfAbsent("ptext", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, false, false, null));
      return s;
    });
  }

  /** Plain text that wraps, top-aligned; quoted when it is input text Excel would read as a formula. */
  XSSFCellStyle wrappedText(boolean quoted) {
    return cache.computeIfAbsent("wrapped/" + quoted, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, false, false, null));
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      s.setQuotePrefixed(quoted);
      return s;
    });
  }

  /** A boxed number cell with the language's format at a number of decimals, with an optional literal prefix. */
  XSSFCellStyle number(int decimals, String prefix, boolean bold) {
    return number(decimals, prefix, "", bold);
  }

  /** A number with a literal printed before it ({@code "≥ "}) and one after it ({@code " (đến năm 2030)"}). */
  XSSFCellStyle number(int decimals, String prefix, String suffix, boolean bold) {
    return cache.computeIfAbsent("num/" + decimals + "/" + prefix + "/" + suffix + "/" + bold, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, bold, false, null));
      s.setAlignment(HorizontalAlignment.RIGHT);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(!suffix.isEmpty());
      s.setDataFormat(wb.createDataFormat().getFormat(Texts.excelFormat(decimals, lang, prefix)
          + (suffix.isEmpty() ? "" : "\"" + suffix.replace("\"", "") + "\"")));
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  /** A plain number (no border), for the data sheet. */
  XSSFCellStyle plainNumber(int decimals) {
    return cache.computeIfAbsent("pnum/" + decimals, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, false, false, null));
      s.setDataFormat(wb.createDataFormat().getFormat(Texts.excelFormat(decimals, lang, "")));
      return s;
    });
  }

  /** A general number with the language's separators and up to nine decimals, for the data sheet's parts. */
  XSSFCellStyle plainGeneral() {
    return cache.computeIfAbsent("pgen", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, false, false, null));
      s.setDataFormat(wb.createDataFormat().getFormat((lang == Lang.VI ? "[$-42A]" : "[$-409]") + "General"));
      return s;
    });
  }

  /** A header cell of a data sheet: bold, grey, no wrap. */
  XSSFCellStyle plainHeader() {
    return cache.computeIfAbsent("pheader", k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, true, false, null));
      s.setFillForegroundColor(color("D9D9D9"));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(false); // the columns are as wide as their headers: the header row keeps one line
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  /** The verdict cell in the colours of its tone. */
  XSSFCellStyle verdict(Tone tone) {
    return cache.computeIfAbsent("verdict/" + tone, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, true, false, tone.text));
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setWrapText(true);
      s.setFillForegroundColor(color(tone.fill));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  /** A boxed group row cell: bold, light fill. */
  XSSFCellStyle group(HorizontalAlignment align) {
    return cache.computeIfAbsent("group/" + align, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(11, true, false, null));
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      s.setFillForegroundColor(color("F2F2F2"));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      box(s, BorderStyle.THIN);
      return s;
    });
  }

  private static void box(XSSFCellStyle s, BorderStyle b) {
    s.setBorderTop(b);
    s.setBorderBottom(b);
    s.setBorderLeft(b);
    s.setBorderRight(b);
  }
}
