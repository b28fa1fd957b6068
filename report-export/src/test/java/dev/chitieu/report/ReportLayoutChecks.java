package dev.chitieu.report;

import dev.chitieu.core.model.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Layout checks of report files as a reader gets them, each returning the problems it finds (empty: none). Used by
 * this module's layout tests on the SAMPLE fixtures and by the command line's tests on the demo's real plans.
 */
public final class ReportLayoutChecks {
  private ReportLayoutChecks() {}

  /** Closest any PDF text may come to the edge of the paper, in points. */
  static final float EDGE = 18;

  /** Font size from which PDF text is the watermark, which lies under the page on purpose. */
  static final float WATERMARK = 40;

  /**
   * Rows of the workbook too short for their wrapped text, under {@link XlsxFit}'s estimate.
   *
   * @param wb the workbook
   * @return "sheet row n: h pt, needs m", one per short row
   */
  public static List<String> shortRows(XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    for (XSSFSheet sh : sheets(wb)) {
      List<CellRangeAddress> merged = sh.getMergedRegions();
      for (Row row : sh) {
        float need = XlsxFit.neededHeight(sh, row, merged);
        if (row.getHeightInPoints() + 0.01f < need) {
          out.add(sh.getSheetName() + " row " + (row.getRowNum() + 1) + ": " + row.getHeightInPoints() + " pt, needs "
              + need);
        }
      }
    }
    return out;
  }

  /**
   * Texts that do not wrap and are wider than their column (from each sheet's repeated header rows on; the data and
   * rejected sheets, whose input may be of any length, aside).
   *
   * @param wb the workbook
   * @param lang its language
   * @return "sheet!cell 'text': need pt in have", one per cut text
   */
  public static List<String> cutTexts(XSSFWorkbook wb, Lang lang) {
    List<String> out = new ArrayList<>();
    for (XSSFSheet sh : sheets(wb)) {
      if (isInput(sh, lang)) {
        continue;
      }
      List<CellRangeAddress> merged = sh.getMergedRegions();
      int first = sh.getRepeatingRows() == null ? 0 : sh.getRepeatingRows().getFirstRow();
      for (Row row : sh) {
        if (row.getRowNum() < first) {
          continue; // title rows run over the empty cells to their right
        }
        for (Cell c : row) {
          String text = XlsxFit.shown(c);
          if (text.isEmpty() || c.getCellStyle().getWrapText() || merged.stream().anyMatch(m -> m.isInRange(c))) {
            continue;
          }
          XSSFFont f = XlsxFit.font(c);
          double need = XlsxFit.textWidth(text, f.getFontHeightInPoints(), f.getBold()) + XlsxFit.PADDING;
          double have = sh.getColumnWidth(c.getColumnIndex()) / 256.0 * XlsxFit.POINTS_PER_UNIT;
          if (need > have + 0.5) {
            out.add(sh.getSheetName() + "!" + c.getAddress() + " '" + text + "': " + Math.round(need) + " pt in "
                + Math.round(have));
          }
        }
      }
    }
    return out;
  }

  /** One run of PDF text on one line, as a box in points from the page's top left. */
  record Run(int page, String text, float left, float top, float right, float bottom) {
    boolean overlaps(Run o) {
      // half a point of slack: neighbouring runs on a line may touch
      return page == o.page && left < o.right - 0.5f && o.left < right - 0.5f && top < o.bottom - 0.5f
          && o.top < bottom - 0.5f;
    }
  }

  /**
   * The PDF's layout problems: runs of text that overlap, text within {@value #EDGE} pt of the paper's edge, page
   * numbers not where Decree 30/2020/NĐ-CP puts them (a bare number at the top centre of every page but the first,
   * none on the first).
   *
   * @param doc the document
   * @param lang its language
   * @return the problems
   * @throws IOException when the document cannot be read
   */
  public static List<String> pdfProblems(PDDocument doc, Lang lang) throws IOException {
    List<String> out = new ArrayList<>();
    List<Run> runs = runs(doc);
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size() && runs.get(j).page() == runs.get(i).page(); j++) {
        if (runs.get(i).overlaps(runs.get(j))) {
          out.add("overlap: " + runs.get(i) + " / " + runs.get(j));
        }
      }
    }
    for (Run r : runs) {
      PDRectangle page = doc.getPage(r.page() - 1).getMediaBox();
      if (r.left() < EDGE || r.top() < EDGE || r.right() > page.getWidth() - EDGE
          || r.bottom() > page.getHeight() - EDGE) {
        out.add("near the edge: " + r);
      }
    }
    int n = doc.getNumberOfPages();
    for (int p = 1; p <= n; p++) {
      PDRectangle page = doc.getPage(p - 1).getMediaBox();
      int number = p;
      List<Run> top = runs.stream().filter(r -> r.page() == number && r.bottom() < TOP_MARGIN
          && r.text().strip().matches("\\d+")).toList();
      if (p == 1 && !top.isEmpty()) {
        out.add("page 1 has a page number " + top + "; Decree 30 numbers pages from the second");
      }
      if (p > 1 && top.stream().noneMatch(r -> r.text().strip().equals(Integer.toString(number))
          && Math.abs((r.left() + r.right()) / 2 - page.getWidth() / 2) < page.getWidth() * 0.1f)) {
        out.add("page " + p + " lacks its number " + p + " at the top centre");
      }
    }
    return out;
  }

  /** The top margin of Decree 30 (20 mm) in points: page numbers sit in it. */
  static final float TOP_MARGIN = 20 * 72 / 25.4f;

  /** The runs of text of a PDF in page order, less the watermark. */
  static List<Run> runs(PDDocument doc) throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      /**
       * One run per stretch of glyphs: PDFBox joins the texts of neighbouring table cells (and the watermark's glyphs
       * between them) into one string, so a run ends at a watermark glyph or at a gap wider than a space.
       */
      @Override
      protected void writeString(String text, List<TextPosition> ps) {
        StringBuilder s = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition p : ps) {
          boolean watermark = p.getFontSizeInPt() >= WATERMARK || p.getDir() != 0;
          boolean gap = left < right && p.getXDirAdj() - right > Math.max(3, p.getWidthOfSpace() * 1.5f);
          if ((watermark || gap) && left < right) {
            runs.add(new Run(getCurrentPageNo(), s.toString(), left, top, right, bottom));
            s.setLength(0);
            left = Float.MAX_VALUE;
            right = -Float.MAX_VALUE;
            top = Float.MAX_VALUE;
            bottom = -Float.MAX_VALUE;
          }
          if (watermark || p.getUnicode().isBlank()) {
            s.append(p.getUnicode().isBlank() && left < right ? p.getUnicode() : "");
            continue; // the watermark, large and slanted, lies under the text on purpose
          }
          s.append(p.getUnicode());
          left = Math.min(left, p.getXDirAdj());
          right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
          top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
          bottom = Math.max(bottom, p.getYDirAdj());
        }
        if (left < right) {
          runs.add(new Run(getCurrentPageNo(), s.toString(), left, top, right, bottom));
        }
      }
    };
    s.setSortByPosition(true);
    s.getText(doc);
    return runs;
  }

  static List<XSSFSheet> sheets(XSSFWorkbook wb) {
    List<XSSFSheet> out = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      out.add(wb.getSheetAt(i));
    }
    return out;
  }

  private static boolean isInput(XSSFSheet sh, Lang lang) {
    String n = sh.getSheetName();
    return n.startsWith(lang == Lang.VI ? "Dữ liệu" : "Data")
        || n.equals(lang == Lang.VI ? "Dòng bị loại" : "Rejected rows");
  }
}
