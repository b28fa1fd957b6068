package dev.chitieu.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.openpdf.text.pdf.BaseFont;

/**
 * Row heights and column widths of a report workbook, from its texts. Excel and LibreOffice do not fit a row to its
 * wrapped text in a file POI writes, so a long indicator name or explanation would be cut off; the writer sizes the
 * rows itself. Texts are measured with the metrics of Liberation Serif, Times New Roman's metric twin, and wrapped
 * at spaces the way a spreadsheet wraps them. The layout test checks the workbook with the same estimate.
 */
final class XlsxFit {
  private XlsxFit() {}

  /** Points per unit of column width: the digit of Times New Roman 11, the workbook's default font, is 7 px. */
  static final double POINTS_PER_UNIT = 5.25;

  /** Space a cell keeps free left and right of its text, in points (plus a margin for rounding in renderers). */
  static final double PADDING = 8;

  /** The height of one line of text at a size, in points. */
  static double lineHeight(double size) {
    return size * 1.2;
  }

  private static final DataFormatter FORMAT = new DataFormatter();

  /** The width of a text on one line, in points. */
  static double textWidth(String text, double size, boolean bold) {
    return Metrics.font(bold).getWidthPoint(text, (float) size);
  }

  /** The lines a text takes when wrapped at spaces in a width of points; a word longer than a line is broken. */
  static int lines(String text, double widthPoints, double size, boolean bold) {
    double avail = Math.max(1, widthPoints - PADDING);
    BaseFont f = Metrics.font(bold);
    double space = f.getWidthPoint(" ", (float) size);
    int lines = 0;
    for (String para : text.split("\n", -1)) {
      int n = 1;
      double used = 0;
      for (String word : para.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        double w = f.getWidthPoint(word, (float) size);
        if (used == 0) {
          used = w;
        } else if (used + space + w <= avail) {
          used += space + w;
        } else {
          n++;
          used = w;
        }
        while (used > avail) {
          n++;
          used -= avail;
        }
      }
      lines += n;
    }
    return Math.max(1, lines);
  }

  /** The row height in points that a wrapped text needs in a width of column units. */
  static float height(String text, double widthUnits, double size, boolean bold) {
    return (float) (lines(text, widthUnits * POINTS_PER_UNIT, size, bold) * lineHeight(size) + 5);
  }

  /** The column width in units that a text needs on one line, between {@code min} and {@code max}. */
  static int width(String text, double size, boolean bold, int min, int max) {
    int w = (int) Math.ceil((textWidth(text, size, bold) + PADDING) / POINTS_PER_UNIT);
    return Math.max(min, Math.min(max, w));
  }

  /** The longest word of a text: a wrapped cell needs at least its width. */
  static String longestWord(String text, double size, boolean bold) {
    String best = "";
    double bw = -1;
    for (String w : text.split("[ \n]")) {
      double x = textWidth(w, size, bold);
      if (x > bw) {
        best = w;
        bw = x;
      }
    }
    return best;
  }

  /** A cell's text as the sheet shows it. */
  static String shown(Cell c) {
    if (c.getCellType() == CellType.STRING) {
      return c.getStringCellValue();
    }
    return c.getCellType() == CellType.NUMERIC ? FORMAT.formatCellValue(c) : "";
  }

  /** A cell's font size in points and whether it is bold. */
  static XSSFFont font(Cell c) {
    return ((XSSFCellStyle) c.getCellStyle()).getFont();
  }

  /**
   * Widens columns to their content: a column whose cells from {@code fromRow} on do not wrap gets the width of its
   * widest text, one that wraps at least the width of its longest word; never below the given widths, never above
   * {@code max}. Cells merged across columns do not count.
   *
   * @param sh the sheet
   * @param fromRow the first row of the table (the header)
   * @param widths the widths the columns have at least
   * @param max the widest a column may get
   */
  static void widenColumns(Sheet sh, int fromRow, int[] widths, int max) {
    int[] need = widths.clone();
    List<CellRangeAddress> merged = sh.getMergedRegions();
    for (Row row : sh) {
      if (row.getRowNum() < fromRow) {
        continue;
      }
      for (Cell c : row) {
        int col = c.getColumnIndex();
        if (col >= need.length || inMerged(merged, c)) {
          continue;
        }
        String text = shown(c);
        if (text.isEmpty()) {
          continue;
        }
        XSSFFont f = font(c);
        boolean wrap = c.getCellStyle().getWrapText();
        String measured = wrap ? longestWord(text, f.getFontHeightInPoints(), f.getBold()) : text;
        need[col] = Math.max(need[col], width(measured, f.getFontHeightInPoints(), f.getBold(), 0, max));
      }
    }
    for (int col = 0; col < need.length; col++) {
      sh.setColumnWidth(col, Math.min(max, need[col]) * 256);
    }
  }

  /**
   * Makes every row from {@code fromRow} on tall enough for its wrapped cells (a merged cell counts with the width of
   * all its columns); rows keep a taller height they already have.
   */
  static void fitRows(Sheet sh, int fromRow) {
    List<CellRangeAddress> merged = sh.getMergedRegions();
    for (Row row : sh) {
      if (row.getRowNum() < fromRow) {
        continue;
      }
      float need = neededHeight(sh, row, merged);
      if (need > row.getHeightInPoints()) {
        row.setHeightInPoints(need);
      }
    }
  }

  /** The height a row needs for its wrapped cells, in points; 0 when none wraps. */
  static float neededHeight(Sheet sh, Row row, List<CellRangeAddress> merged) {
    float need = 0;
    for (Cell c : row) {
      if (!c.getCellStyle().getWrapText()) {
        continue;
      }
      String text = shown(c);
      if (text.isEmpty()) {
        continue;
      }
      double units = widthUnits(sh, c, merged);
      if (units < 0) {
        continue; // inside a merged region, not its first cell
      }
      XSSFFont f = font(c);
      need = Math.max(need, height(text, units, f.getFontHeightInPoints(), f.getBold()));
    }
    return need;
  }

  /** The width in units a cell shows its text in: its column, or all columns of the merged region it starts. */
  static double widthUnits(Sheet sh, Cell c, List<CellRangeAddress> merged) {
    for (CellRangeAddress a : merged) {
      if (a.isInRange(c)) {
        if (a.getFirstRow() != c.getRowIndex() || a.getFirstColumn() != c.getColumnIndex()) {
          return -1;
        }
        double w = 0;
        for (int col = a.getFirstColumn(); col <= a.getLastColumn(); col++) {
          w += sh.getColumnWidth(col) / 256.0;
        }
        return w;
      }
    }
    return sh.getColumnWidth(c.getColumnIndex()) / 256.0;
  }

  private static boolean inMerged(List<CellRangeAddress> merged, Cell c) {
    for (CellRangeAddress a : merged) {
      if (a.isInRange(c) && a.getFirstColumn() != a.getLastColumn()) {
        return true;
      }
    }
    return false;
  }

  /** Fonts for measuring only: unembedded, loaded once, read-only, so threads may share them. */
  private static final class Metrics {
    private static final BaseFont REGULAR = PdfFonts.metrics(PdfFonts.REGULAR);
    private static final BaseFont BOLD = PdfFonts.metrics(PdfFonts.BOLD);

    static BaseFont font(boolean bold) {
      return bold ? BOLD : REGULAR;
    }
  }
}
