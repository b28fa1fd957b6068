package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.core.io.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/** Writes the report workbook: summary in the official form, details, breakdowns, chart, data and rejected rows. */
final class XlsxReport {
  /** Data rows per sheet: Excel's 1,048,576 rows less the header. */
  static final int MAX_DATA_ROWS = 1_048_575;

  private static final int[] SUMMARY_WIDTHS = {6, 38, 10, 11, 11, 11, 13, 10, 18, 16, 16, 28};
  /** The first column under the national title. */
  private static final int NATION_FROM = 6;

  private final ReportModel m;
  private final Lang lang;
  private final Optional<MeasurementSet> data;
  private final Optional<List<RejectedRow>> rejected;
  private final int maxDataRows;
  private final Optional<RegionHierarchy> regions;

  XlsxReport(ReportModel m, Optional<MeasurementSet> data, Optional<List<RejectedRow>> rejected, int maxDataRows,
      Optional<RegionHierarchy> regions) {
    this.m = m;
    this.regions = regions;
    this.lang = m.lang;
    this.data = data;
    this.rejected = rejected;
    this.maxDataRows = maxDataRows;
  }

  /** The sheet names, in order, that {@link #write} produces. */
  static String summaryName(Lang lang) {
    return t(lang, "Báo cáo", "Report");
  }

  void write(OutputStream out) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XlsxStyles st = new XlsxStyles(wb, lang);
    summary(wb, st);
    details(wb, st);
    for (ReportModel.Row r : m.rowsWithParts()) {
      breakdown(wb, st, r);
    }
    chart(wb, st);
    if (m.survey.isPresent()) {
      survey(wb, st, m.survey.get());
    }
    properties(wb);
    FixedTimeWorkbook sx = new FixedTimeWorkbook(wb, zipTime(m.assessment.asOf()));
    sx.setShouldCalculateSheetDimensions(false);
    try {
      if (data.isPresent()) {
        dataSheets(sx, st, data.get());
      }
      if (rejected.isPresent()) {
        rejectedSheet(sx, st, rejected.get());
      }
      wb.setActiveSheet(0);
      sx.write(out);
    } finally {
      sx.close();
    }
  }

  /** Noon of the day in the JVM's zone, so that the zip's local DOS time reads that day whatever the zone. */
  static long zipTime(LocalDate day) {
    return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

  // ---------------------------------------------------------------- summary

  private void summary(XSSFWorkbook wb, XlsxStyles st) {
    XSSFSheet sh = wb.createSheet(summaryName(lang));
    for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
      sh.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
    }
    int last = SUMMARY_WIDTHS.length - 1;
    int r = 0;
    List<String> issuer = new ArrayList<>();
    m.superiorLine.ifPresent(issuer::add);
    issuer.addAll(m.issuerLines);
    int headerRows = Math.max(2, issuer.size());
    for (int i = 0; i < headerRows; i++) {
      XSSFRow row = sh.createRow(r + i);
      row.setHeightInPoints(18);
      if (i < issuer.size()) {
        boolean superior = m.superiorLine.isPresent() && i == 0;
        merged(sh, r + i, 0, 2, issuer.get(i), st.text(12, !superior, false, HorizontalAlignment.CENTER, false));
      }
      if (i == 0) {
        merged(sh, r, NATION_FROM, last, m.nation, st.text(12, true, false, HorizontalAlignment.CENTER, false));
      } else if (i == 1) {
        merged(sh, r + 1, NATION_FROM, last, m.motto, st.text(13, true, false, HorizontalAlignment.CENTER, false));
      }
    }
    r += headerRows;
    sh.createRow(r).setHeightInPoints(8);
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    // under the issuer's last line: a one-line issuer ("THỦ TƯỚNG CHÍNH PHỦ") gets its rule right under it
    line(drawing, Math.min(r, issuer.size()), 0, 3, 0.30);
    line(drawing, r, NATION_FROM, last + 1, 0.42);
    r++;
    XSSFRow numberRow = sh.createRow(r);
    numberRow.setHeightInPoints(20);
    merged(sh, r, 0, 2, m.numberLine, st.text(12, false, false, HorizontalAlignment.CENTER, false));
    merged(sh, r, NATION_FROM, last, m.dateLine, st.text(12, false, true, HorizontalAlignment.CENTER, false));
    r += 2;
    if (m.sampleBanner.isPresent()) {
      sh.createRow(r).setHeightInPoints(24);
      merged(sh, r, 1, last - 1, m.sampleBanner.get(), st.banner());
      r += 2;
    }
    sh.createRow(r).setHeightInPoints(20);
    merged(sh, r++, 0, last, m.appendixTitle, st.text(14, true, false, HorizontalAlignment.CENTER, false));
    sh.createRow(r).setHeightInPoints(19);
    merged(sh, r++, 0, last, m.subtitle + " – " + m.planTitle, st.text(12, true, false, HorizontalAlignment.CENTER,
        true));
    sh.createRow(r).setHeightInPoints(18);
    merged(sh, r++, 0, last, m.periodLine, st.text(12, false, true, HorizontalAlignment.CENTER, false));
    r++;

    int headerRow = r;
    XSSFRow h1 = sh.createRow(r++);
    XSSFRow h2 = sh.createRow(r++);
    h1.setHeightInPoints(20);
    h2.setHeightInPoints(34);
    List<ReportModel.Column> cols = m.columns;
    for (int c = 0; c < cols.size(); c++) {
      ReportModel.Column col = cols.get(c);
      if (col.group().isPresent()) {
        cell(h1, c, col.group().get(), st.header());
        cell(h2, c, col.header(), st.header());
      } else {
        cell(h1, c, col.header(), st.header());
        cell(h2, c, "", st.header());
        sh.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, c, c));
      }
    }
    for (int c = 1; c < cols.size(); c++) {
      int from = c;
      while (c < cols.size() && cols.get(c).group().isPresent() && cols.get(c).group().equals(cols.get(from)
          .group())) {
        c++;
      }
      if (c - from > 1) {
        sh.addMergedRegion(new CellRangeAddress(headerRow, headerRow, from, c - 1));
      }
    }
    XSSFRow nums = sh.createRow(r++);
    for (int c = 0; c < cols.size(); c++) {
      cell(nums, c, cols.get(c).number(), st.cell(false, true, HorizontalAlignment.CENTER, false));
    }
    sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow + 2, -1, -1));

    for (ReportModel.Group g : m.groups) {
      XSSFRow gr = sh.createRow(r);
      gr.setHeightInPoints(19);
      cell(gr, 0, g.roman(), st.group(HorizontalAlignment.CENTER));
      cell(gr, 1, g.title(), st.group(HorizontalAlignment.LEFT));
      for (int c = 2; c <= last; c++) {
        cell(gr, c, "", st.group(HorizontalAlignment.LEFT));
      }
      sh.addMergedRegion(new CellRangeAddress(r, r, 1, last));
      r++;
      for (ReportModel.Row row : g.rows()) {
        XSSFRow x = sh.createRow(r++);
        cell(x, 0, row.ordinal(), st.cell(false, false, HorizontalAlignment.CENTER, false));
        cell(x, 1, row.fullName(), st.cell(false, false, HorizontalAlignment.LEFT, true));
        cell(x, 2, row.unit(), st.cell(false, false, HorizontalAlignment.CENTER, true));
        Cell plan = x.createCell(3);
        plan.setCellValue(row.threshold().doubleValue());
        plan.setCellStyle(st.number(row.thresholdDecimals(), row.comparisonSymbol() + " ", row.planSuffix(), false));
        figures(x, row.previous(), row.value(), row.changeText(), row.changeRatio(), row.percent(), row.decimals(),
            false, st);
        cell(x, 8, row.verdict(), st.verdict(row.tone()));
        cell(x, 9, row.leadAgency(), st.cell(false, false, HorizontalAlignment.LEFT, true));
        cell(x, 10, row.dataSource(), st.cell(false, false, HorizontalAlignment.LEFT, true));
        cell(x, 11, row.notes(), st.cell(false, false, HorizontalAlignment.LEFT, true));
        for (ReportModel.Part p : row.parts()) {
          XSSFRow y = sh.createRow(r++);
          cell(y, 0, "", st.cell(false, true, HorizontalAlignment.CENTER, false));
          cell(y, 1, "- " + p.label(), st.cell(false, true, HorizontalAlignment.LEFT, true));
          cell(y, 2, "", st.cell(false, true, HorizontalAlignment.CENTER, false));
          cell(y, 3, "", st.cell(false, true, HorizontalAlignment.CENTER, false));
          figures(y, p.previous(), p.value(), p.changeText(), p.changeRatio(), p.percent(), row.decimals(), true,
              st);
          cell(y, 8, p.verdict(), st.verdict(p.tone()));
          cell(y, 9, "", st.cell(false, true, HorizontalAlignment.LEFT, false));
          cell(y, 10, "", st.cell(false, true, HorizontalAlignment.LEFT, false));
          cell(y, 11, p.notes(), st.cell(false, true, HorizontalAlignment.LEFT, true));
        }
      }
    }
    r++;
    sh.createRow(r);
    merged(sh, r, 0, last, m.legend, styleLegend(st));
    XlsxFit.fitRows(sh, 0);
    r += 2;
    signatures(sh, st, r);
    printSetup(sh, true);
  }

  /**
   * Columns 4 to 7 of the form: the same period of the previous year, the reporting period, the change on the same
   * period (a percent of it as a number; a change in points of a percentage as text) and the percent of the target.
   */
  private void figures(XSSFRow x, Optional<BigDecimal> previous, Optional<BigDecimal> value, String changeText,
      Optional<BigDecimal> changeRatio, Optional<BigDecimal> percent, int decimals, boolean part, XlsxStyles st) {
    numberOrDash(x, 4, previous, decimals, st);
    numberOrDash(x, 5, value, decimals, st);
    if (changeRatio.isPresent()) {
      numberCell(x, 6, changeRatio, 2, "", st);
    } else {
      cell(x, 6, changeText, st.cell(false, part, HorizontalAlignment.RIGHT, true));
    }
    numberOrDash(x, 7, percent, 2, st);
  }

  private static void numberOrDash(XSSFRow x, int col, Optional<BigDecimal> v, int decimals, XlsxStyles st) {
    if (v.isPresent()) {
      numberCell(x, col, v, decimals, "", st);
    } else {
      cell(x, col, "—", st.cell(false, false, HorizontalAlignment.CENTER, false));
    }
  }

  private XSSFCellStyle styleLegend(XlsxStyles st) {
    return st.text(10, false, true, HorizontalAlignment.LEFT, true);
  }

  private void signatures(XSSFSheet sh, XlsxStyles st, int r) {
    XSSFRow a = sh.createRow(r);
    a.setHeightInPoints(18);
    merged(sh, r, 0, 2, m.preparerTitle, st.text(12, true, false, HorizontalAlignment.CENTER, false));
    merged(sh, r, 8, 11, m.headTitle, st.text(12, true, false, HorizontalAlignment.CENTER, false));
    XSSFRow b = sh.createRow(r + 1);
    b.setHeightInPoints(16);
    merged(sh, r + 1, 0, 2, m.preparerHint, st.text(11, false, true, HorizontalAlignment.CENTER, false));
    merged(sh, r + 1, 8, 11, m.headHint, st.text(11, false, true, HorizontalAlignment.CENTER, false));
    for (int i = 2; i < 6; i++) {
      sh.createRow(r + i).setHeightInPoints(16);
    }
    XSSFRow n = sh.createRow(r + 6);
    n.setHeightInPoints(18);
    merged(sh, r + 6, 0, 2, m.meta.preparer().orElse(""), st.text(12, true, false, HorizontalAlignment.CENTER,
        false));
    merged(sh, r + 6, 8, 11, m.meta.head().orElse(""), st.text(12, true, false, HorizontalAlignment.CENTER, false));
  }

  /** A short horizontal line centred under columns [fromCol, toCol), covering a fraction of their width. */
  private static void line(XSSFDrawing drawing, int row, int fromCol, int toCol, double fraction) {
    long total = 0;
    for (int c = fromCol; c < toCol; c++) {
      total += Units.columnWidthToEMU(SUMMARY_WIDTHS[c] * 256);
    }
    long len = Math.round(total * fraction);
    long start = (total - len) / 2;
    int[] a = position(fromCol, start);
    int[] b = position(fromCol, start + len);
    XSSFClientAnchor anchor = new XSSFClientAnchor(a[1], Units.toEMU(2), b[1], Units.toEMU(2), a[0], row, b[0], row);
    XSSFSimpleShape shape = drawing.createSimpleShape(anchor);
    shape.setShapeType(org.apache.poi.ss.usermodel.ShapeTypes.LINE);
    shape.setLineStyleColor(0, 0, 0);
    shape.setLineWidth(0.75);
    shape.setNoFill(true);
  }

  private static int[] position(int fromCol, long emu) {
    int c = fromCol;
    long left = emu;
    while (c < SUMMARY_WIDTHS.length) {
      long w = Units.columnWidthToEMU(SUMMARY_WIDTHS[c] * 256);
      if (left < w) {
        break;
      }
      left -= w;
      c++;
    }
    return new int[] {c, (int) left};
  }

  // ---------------------------------------------------------------- details

  private void details(XSSFWorkbook wb, XlsxStyles st) {
    XSSFSheet sh = wb.createSheet(t(lang, "Thuyết minh", "Details"));
    int[] widths = {6, 28, 34, 12, 14, 11, 16, 18, 62};
    for (int c = 0; c < widths.length; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    int r = titleRows(sh, st, t(lang, "THUYẾT MINH KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU",
        "DETAILS OF EACH TARGET"), widths.length);
    List<String> cols = lang == Lang.VI
        ? List.of("STT", "Chỉ tiêu", "Mục tiêu theo kế hoạch (nguồn)", "Thực hiện", "Kỳ số liệu",
            "Tỷ lệ so với kế hoạch (%)", "Dự báo đến thời hạn", "Đánh giá", "Thuyết minh")
        : List.of("No.", "Indicator", "Target as stated (source)", "Result", "Period of figure",
            "Percent of target (%)", "Projected at deadline", "Assessment", "Explanation");
    int headerRow = r;
    XSSFRow h = sh.createRow(r++);
    h.setHeightInPoints(32);
    for (int c = 0; c < cols.size(); c++) {
      cell(h, c, cols.get(c), st.header());
    }
    for (ReportModel.Row row : m.rows) {
      Evidence ev = ReportModel.shownPart(row.result()).evidence();
      XSSFRow x = sh.createRow(r++);
      cell(x, 0, row.number(), st.cell(false, false, HorizontalAlignment.CENTER, false));
      cell(x, 1, row.fullName(), st.cell(false, false, HorizontalAlignment.LEFT, true));
      cell(x, 2, row.statement() + " (" + Texts.source(row.target().source(), lang) + ")",
          st.cell(false, false, HorizontalAlignment.LEFT, true));
      numberOrDash(x, 3, ev.value(), row.decimals(), st);
      cell(x, 4, ev.period().map(p -> Texts.periodShort(p, lang)).orElse("—"), st.cell(false, false,
          HorizontalAlignment.CENTER, false));
      numberOrDash(x, 5, ev.percentOfTarget(), 2, st);
      cell(x, 6, ev.projection().map(p -> Texts.number(p.value(), row.decimals(), lang) + " ("
          + p.method().label().get(lang) + ")").orElse("—"), st.cell(false, false, HorizontalAlignment.CENTER, true));
      cell(x, 7, row.verdict(), st.verdict(row.tone()));
      cell(x, 8, row.explanation() + Texts.progressNote(row.result(), lang), st.cell(false, false,
          HorizontalAlignment.LEFT, true));
    }
    XlsxFit.widenColumns(sh, headerRow, widths, 70);
    XlsxFit.fitRows(sh, headerRow);
    sh.createFreezePane(2, headerRow + 1);
    sh.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, cols.size() - 1));
    sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    printSetup(sh, false);
  }

  /** Title rows of a secondary sheet (with the sample banner); returns the first free row. */
  private int titleRows(XSSFSheet sh, XlsxStyles st, String title, int cols) {
    int r = 0;
    sh.createRow(r).setHeightInPoints(20);
    merged(sh, r++, 0, cols - 1, title, st.text(13, true, false, HorizontalAlignment.LEFT, false));
    sh.createRow(r).setHeightInPoints(17);
    merged(sh, r++, 0, cols - 1, m.subtitle + " – " + m.planTitle, st.text(11, false, false,
        HorizontalAlignment.LEFT, false));
    sh.createRow(r).setHeightInPoints(17);
    merged(sh, r++, 0, cols - 1, m.periodLine, st.text(11, false, true, HorizontalAlignment.LEFT, false));
    if (m.sampleBanner.isPresent()) {
      sh.createRow(r).setHeightInPoints(22);
      merged(sh, r++, 0, Math.min(cols - 1, 7), m.sampleBanner.get(), st.banner());
    }
    return r + 1;
  }

  // ---------------------------------------------------------------- breakdown

  private void breakdown(XSSFWorkbook wb, XlsxStyles st, ReportModel.Row row) {
    XSSFSheet sh = wb.createSheet(breakdownName(row));
    int[] widths = {6, 32, 13, 12, 12, 24, 12, 36, 60};
    for (int c = 0; c < widths.length; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    int r = titleRows(sh, st, Texts.upper(t(lang, "Phân tổ chỉ tiêu ", "Breakdown of target ") + row.number(), lang)
        + ": " + row.name() + " (" + row.scopeText() + ")", widths.length);
    sh.createRow(r - 1);
    List<String> cols = lang == Lang.VI
        ? List.of("STT", row.partHeader(), "Thực hiện", "Mục tiêu", "Tỷ lệ so với kế hoạch (%)", "Đánh giá",
            "Độ bao phủ", "Ghi chú", "Thuyết minh")
        : List.of("No.", row.partHeader(), "Result", "Target", "Percent of target (%)", "Assessment", "Coverage",
            "Notes", "Explanation");
    int headerRow = r;
    XSSFRow h = sh.createRow(r++);
    h.setHeightInPoints(32);
    for (int c = 0; c < cols.size(); c++) {
      cell(h, c, cols.get(c), st.header());
    }
    int i = 0;
    for (ReportModel.Part p : row.parts()) {
      XSSFRow x = sh.createRow(r++);
      cell(x, 0, Integer.toString(++i), st.cell(false, false, HorizontalAlignment.CENTER, false));
      cell(x, 1, p.label(), st.cell(false, false, HorizontalAlignment.LEFT, true));
      if (p.value().isPresent()) {
        numberCell(x, 2, p.value(), row.decimals(), "", st);
      } else {
        cell(x, 2, "—", st.cell(false, false, HorizontalAlignment.CENTER, false));
      }
      numberCell(x, 3, Optional.of(row.threshold()), row.thresholdDecimals(), row.comparisonSymbol() + " ", st);
      if (p.percent().isPresent()) {
        numberCell(x, 4, p.percent(), 2, "", st);
      } else {
        cell(x, 4, "—", st.cell(false, false, HorizontalAlignment.CENTER, false));
      }
      cell(x, 5, p.verdict(), st.verdict(p.tone()));
      cell(x, 6, p.coverage().isEmpty() ? "—" : p.coverage(), st.cell(false, false, HorizontalAlignment.CENTER,
          false));
      cell(x, 7, p.notes(), st.cell(false, false, HorizontalAlignment.LEFT, true));
      cell(x, 8, p.explanation(), st.cell(false, false, HorizontalAlignment.LEFT, true));
    }
    XSSFRow tot = sh.createRow(r++);
    cell(tot, 0, "", st.group(HorizontalAlignment.CENTER));
    cell(tot, 1, t(lang, "Chỉ tiêu chung (thành phần kém nhất)", "Target overall (worst part)"),
        st.group(HorizontalAlignment.LEFT));
    for (int c = 2; c < 5; c++) {
      cell(tot, c, "", st.group(HorizontalAlignment.LEFT));
    }
    sh.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 1, 4));
    cell(tot, 5, row.verdict(), st.verdict(row.tone()));
    cell(tot, 6, "", st.group(HorizontalAlignment.LEFT));
    cell(tot, 7, row.notes(), st.cell(false, false, HorizontalAlignment.LEFT, true));
    cell(tot, 8, row.explanation(), st.cell(false, false, HorizontalAlignment.LEFT, true));
    XlsxFit.widenColumns(sh, headerRow, widths, 60);
    XlsxFit.fitRows(sh, headerRow);
    sh.createFreezePane(0, headerRow + 1);
    sh.setAutoFilter(new CellRangeAddress(headerRow, r - 2, 0, cols.size() - 1));
    sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    printSetup(sh, false);
  }

  /** The sheet name of a target's breakdown, e.g. "Phân tổ II.1". */
  private String breakdownName(ReportModel.Row row) {
    return t(lang, "Phân tổ ", "Breakdown ") + row.number();
  }

  // ---------------------------------------------------------------- chart

  /** Units of column width of the chart, columns 4 to 11. */
  private static final int CHART_COLS = 8;
  private static final int CHART_COL_WIDTH = 11;
  /** The share of the chart's width left of the plot area, for the indicators' names. */
  private static final double CHART_NAMES = 0.40;
  private static final double CHART_TEXT = 9;

  /**
   * The chart sheet: percent of target per indicator, in a table (full names, wrapped) and a bar chart beside it,
   * bars in the colours of the Đánh giá, a dashed line at 100 %, every text in the report's font. The chart is as tall
   * as its names need (each wrapped in the chart's name column) and the sheet prints on one page.
   */
  private void chart(XSSFWorkbook wb, XlsxStyles st) {
    XSSFSheet sh = wb.createSheet(t(lang, "Biểu đồ", "Chart"));
    sh.setColumnWidth(0, 46 * 256);
    sh.setColumnWidth(1, 13 * 256);
    sh.setColumnWidth(2, 22 * 256);
    sh.setColumnWidth(3, 2 * 256);
    for (int c = 4; c < 4 + CHART_COLS; c++) {
      sh.setColumnWidth(c, CHART_COL_WIDTH * 256);
    }
    String title = t(lang, "TỶ LỆ THỰC HIỆN SO VỚI MỤC TIÊU (%)", "PERCENT OF TARGET (%)");
    int r = titleRows(sh, st, title, 4 + CHART_COLS); // over the table and the chart: the plan's title is not cut
    int headerRow = r;
    XSSFRow h = sh.createRow(r++);
    h.setHeightInPoints(32);
    List<String> cols = lang == Lang.VI ? List.of("Chỉ tiêu", "Tỷ lệ so với kế hoạch (%)", "Đánh giá")
        : List.of("Indicator", "Percent of target (%)", "Assessment");
    for (int c = 0; c < cols.size(); c++) {
      cell(h, c, cols.get(c), st.header());
    }
    List<ReportModel.Row> plotted = m.rows.stream().filter(x -> x.percent().isPresent()).toList();
    List<String> names = new ArrayList<>();
    for (ReportModel.Row row : plotted) {
      XSSFRow x = sh.createRow(r++);
      String name = row.number() + " " + row.name();
      names.add(name);
      cell(x, 0, name, st.cell(false, false, HorizontalAlignment.LEFT, true));
      numberCell(x, 1, row.percent(), 2, "", st);
      cell(x, 2, row.verdict(), st.verdict(row.tone()));
    }
    int last = r - 1;
    XlsxFit.fitRows(sh, headerRow);
    List<ReportModel.Row> missing = m.rows.stream().filter(x -> x.percent().isEmpty()).toList();
    if (!missing.isEmpty()) {
      r++;
      XSSFRow n = sh.createRow(r++);
      cell(n, 0, t(lang, "Không có tỷ lệ (chưa có số liệu): ", "No percent (no data): ")
          + missing.stream().map(ReportModel.Row::number).collect(Collectors.joining(", ")),
          st.text(10, false, true, HorizontalAlignment.LEFT, false));
    }
    printSetup(sh, false);
    // the table and the chart beside it print on one page, the chart never cut by a page break
    sh.getPrintSetup().setFitHeight((short) 1);
    if (plotted.isEmpty()) {
      return;
    }
    // the chart's height: a band per indicator tall enough for its name wrapped left of the plot area
    double chartWidthPt = CHART_COLS * CHART_COL_WIDTH * XlsxFit.POINTS_PER_UNIT;
    double namesPt = chartWidthPt * CHART_NAMES - 12;
    double plotPt = 0;
    for (String name : names) {
      plotPt += Math.max(26, XlsxFit.lines(name, namesPt, CHART_TEXT, false) * XlsxFit.lineHeight(CHART_TEXT) + 12);
    }
    double titlePt = 46;
    double axisPt = 30;
    double chartPt = titlePt + plotPt + axisPt;
    XlsxChart.Layout layout = new XlsxChart.Layout(CHART_NAMES, titlePt / chartPt, 1 - CHART_NAMES - 0.04,
        plotPt / chartPt);
    // rows under the chart: as many as its height takes, the last one in part
    int toRow = headerRow;
    double used = 0;
    while (true) {
      XSSFRow row = sh.getRow(toRow) == null ? sh.createRow(toRow) : sh.getRow(toRow);
      double rowPt = row.getHeightInPoints();
      if (used + rowPt >= chartPt) {
        break;
      }
      used += rowPt;
      toRow++;
    }
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, Units.toEMU(chartPt - used), 4, headerRow,
        4 + CHART_COLS, toRow);
    double max = plotted.stream().mapToDouble(x -> x.percent().orElseThrow().doubleValue()).max().orElse(100);
    double[] axis = XlsxChart.valueAxis(max);
    Bars bars = bars(sh, anchor, t(lang, "Tỷ lệ thực hiện so với mục tiêu (%)", "Percent of target (%)"), headerRow,
        last, 0, 1, cols.get(1), axis[0], axis[1], "0\" %\"", i -> plotted.get(i).tone().barBytes(), null);
    XSSFChart chart = bars.chart();
    var labels = bars.labels();
    // a label just short of 100 % would lie across the line at 100 %: it goes inside the end of its (long) bar
    double plotWidthPt = chartWidthPt * layout.w();
    List<XlsxChart.InsideLabel> inside = new ArrayList<>();
    for (int i = 0; i < plotted.size(); i++) {
      double v = plotted.get(i).percent().orElseThrow().doubleValue();
      String text = Texts.number(plotted.get(i).percent().orElseThrow(), 2, lang);
      double labelUnits = (XlsxFit.textWidth(text, CHART_TEXT, false) + 8) / plotWidthPt * axis[0];
      if (v < 100 && v + labelUnits > 100) {
        inside.add(new XlsxChart.InsideLabel(i, XlsxChart.dark(plotted.get(i).tone().barRgb())));
      }
    }
    XlsxChart.insideEndLabels(labels, inside, CHART_TEXT);
    XlsxChart.place(chart, layout);
    XlsxChart.hundredPercentLine(chart, layout, axis[0], t(lang, "Kế hoạch: 100 %", "Target: 100 %"), 1);
  }

  // ---------------------------------------------------------------- survey

  /**
   * The survey sheet: who answered, the levels by sector, the pillars' mean scores with a native bar chart beside
   * them (a dashed line at the threshold of the level the plan counts), the weakest criteria, the levels by commune.
   */
  private void survey(XSSFWorkbook wb, XlsxStyles st, SurveyPart s) {
    XSSFSheet sh = wb.createSheet(t(lang, "Khảo sát", "Survey"));
    int levels = s.levelHeaders.size();
    int cols = 3 + levels + 2;
    int[] widths = new int[cols];
    widths[0] = 6;
    widths[1] = 46;
    widths[2] = 12;
    for (int l = 0; l < levels; l++) {
      widths[3 + l] = 13;
    }
    widths[3 + levels] = 14;
    widths[4 + levels] = 13;
    for (int c = 0; c < cols; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    int r = titleRows(sh, st, s.title, cols);
    for (String line : s.intro) {
      XSSFRow x = sh.createRow(r);
      merged(sh, r, 0, cols - 1, line, st.text(11, false, false, HorizontalAlignment.LEFT, true));
      x.setHeightInPoints(XlsxFit.height(line, totalWidth(widths), 11, false));
      r++;
    }
    r++;
    r = heading(sh, st, r, s.sectorsTitle, cols);
    int firstHeader = r;
    r = distribution(sh, st, r, s, s.bySector, t(lang, "Ngành kinh tế (VSIC 2018)", "Sector (VSIC 2018)"), false);
    // the pillars' table and its chart start a page, so that the chart is never cut by a page break
    sh.setRowBreak(r);
    r++;
    r = heading(sh, st, r, s.pillarsTitle, cols);
    int pillarHeader = r;
    XSSFRow h = sh.createRow(r++);
    cell(h, 0, t(lang, "STT", "No."), st.header());
    cell(h, 1, t(lang, "Trụ cột", "Pillar"), st.header());
    cell(h, 2, t(lang, "Điểm bình quân", "Mean score"), st.header());
    h.setHeightInPoints(32);
    for (SurveyPart.PillarMean p : s.pillars) {
      XSSFRow x = sh.createRow(r++);
      cell(x, 0, Integer.toString(p.number()), st.cell(false, false, HorizontalAlignment.CENTER, false));
      cell(x, 1, p.name() + (p.weak() ? t(lang, " (yếu nhất)", " (weakest)") : ""), st.cell(p.weak(), false,
          HorizontalAlignment.LEFT, true));
      if (p.mean().isPresent()) {
        numberCell(x, 2, p.mean(), s.decimals, "", st);
      } else {
        cell(x, 2, "—", st.cell(false, false, HorizontalAlignment.CENTER, false));
      }
    }
    int pillarLast = r - 1;
    XSSFRow noteRow = sh.createRow(r++);
    cell(noteRow, 1, s.scaleNote + "; " + s.markNote, st.text(10, false, true, HorizontalAlignment.LEFT, true));
    noteRow.setHeightInPoints(XlsxFit.height(s.scaleNote + "; " + s.markNote, widths[1] + widths[2], 10, false));
    sh.addMergedRegion(new CellRangeAddress(noteRow.getRowNum(), noteRow.getRowNum(), 1, 2));
    // the chart beside the pillars' table: rows enough under it for its height
    double chartPt = 60 + 30 + s.pillars.size() * 28.0;
    double used = 0;
    int toRow = pillarHeader;
    while (used + rowHeight(sh, toRow) < chartPt) {
      used += rowHeight(sh, toRow);
      toRow++;
    }
    r = Math.max(r, toRow + 2);
    pillarChart(sh, s, pillarHeader, pillarLast, toRow, chartPt - used, cols);
    r = heading(sh, st, r, s.weakestTitle, cols);
    XSSFRow wh = sh.createRow(r++);
    wh.setHeightInPoints(32);
    List<String> wcols = List.of(t(lang, "STT", "No."), t(lang, "Tiêu chí", "Criterion"),
        t(lang, "Điểm bình quân", "Mean points"), t(lang, "Điểm tối đa", "Maximum"),
        t(lang, "So với điểm tối đa (%)", "Of the maximum (%)"), t(lang, "Trụ cột", "Pillar"));
    for (int c = 0; c < wcols.size(); c++) {
      cell(wh, c, wcols.get(c), st.header());
    }
    sh.addMergedRegion(new CellRangeAddress(wh.getRowNum(), wh.getRowNum(), 5, 5 + Math.min(2, cols - 6)));
    int n = 0;
    for (SurveyPart.Weak w : s.weakest) {
      XSSFRow x = sh.createRow(r++);
      cell(x, 0, Integer.toString(++n), st.cell(false, false, HorizontalAlignment.CENTER, false));
      cell(x, 1, w.criterion(), st.cell(false, false, HorizontalAlignment.LEFT, true));
      numberCell(x, 2, Optional.of(w.mean()), s.decimals, "", st);
      numberCell(x, 3, Optional.of(w.max()), Math.max(0, w.max().stripTrailingZeros().scale()), "", st);
      numberCell(x, 4, Optional.of(w.percent()), 1, "", st);
      for (int c = 5; c <= 5 + Math.min(2, cols - 6); c++) {
        cell(x, c, c == 5 ? w.pillar() : "", st.cell(false, false, HorizontalAlignment.LEFT, true));
      }
      sh.addMergedRegion(new CellRangeAddress(x.getRowNum(), x.getRowNum(), 5, 5 + Math.min(2, cols - 6)));
    }
    r++;
    r = heading(sh, st, r, s.communesTitle, cols);
    r = distribution(sh, st, r, s, s.byCommune, t(lang, "Xã, phường (mã)", "Commune or ward (code)"),
        s.coverageKnown);
    XlsxFit.fitRows(sh, firstHeader);
    printSetup(sh, false);
  }

  private static double totalWidth(int[] widths) {
    double w = 0;
    for (int x : widths) {
      w += x;
    }
    return w;
  }

  private static double rowHeight(XSSFSheet sh, int row) {
    XSSFRow x = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
    return x.getHeightInPoints();
  }

  private int heading(XSSFSheet sh, XlsxStyles st, int r, String text, int cols) {
    sh.createRow(r).setHeightInPoints(20);
    merged(sh, r, 0, cols - 1, text, st.text(12, true, false, HorizontalAlignment.LEFT, false));
    return r + 1;
  }

  /** Respondents by level, one row per sector or commune and the total; returns the first free row. */
  private int distribution(XSSFSheet sh, XlsxStyles st, int r, SurveyPart s, List<SurveyPart.Line> lines, String what,
      boolean coverage) {
    List<String> cols = new ArrayList<>(List.of(t(lang, "STT", "No."), what,
        t(lang, "Số DN trả lời", "Enterprises responding")));
    cols.addAll(s.levelHeaders);
    cols.add(s.shareHeader);
    if (coverage) {
      cols.add(t(lang, "Tỷ lệ DN trả lời (%)", "Response coverage (%)"));
    }
    XSSFRow h = sh.createRow(r++);
    for (int c = 0; c < cols.size(); c++) {
      cell(h, c, cols.get(c), st.header());
    }
    int n = 0;
    for (SurveyPart.Line x : lines) {
      XSSFRow row = sh.createRow(r++);
      boolean b = x.total();
      cell(row, 0, b ? "" : Integer.toString(++n), st.cell(b, false, HorizontalAlignment.CENTER, false));
      cell(row, 1, x.name(), st.cell(b, false, HorizontalAlignment.LEFT, true));
      Cell resp = row.createCell(2);
      resp.setCellValue(x.respondents());
      resp.setCellStyle(st.number(0, "", b));
      for (int l = 0; l < x.byLevel().size(); l++) {
        Cell c = row.createCell(3 + l);
        c.setCellValue(x.byLevel().get(l));
        c.setCellStyle(st.number(0, "", b));
      }
      shareCell(row, 3 + x.byLevel().size(), x.share(), st, b);
      if (coverage) {
        shareCell(row, 4 + x.byLevel().size(), x.coverage(), st, b);
      }
    }
    return r;
  }

  private static void shareCell(XSSFRow row, int col, Optional<BigDecimal> v, XlsxStyles st, boolean bold) {
    if (v.isPresent()) {
      Cell c = row.createCell(col);
      c.setCellValue(v.get().doubleValue());
      c.setCellStyle(st.number(2, "", bold));
    } else {
      cell(row, col, "—", st.cell(bold, false, HorizontalAlignment.CENTER, false));
    }
  }

  /** The pillars' mean scores as a native bar chart, the weakest in orange, a dashed line at the level's threshold. */
  private void pillarChart(XSSFSheet sh, SurveyPart s, int headerRow, int last, int toRow, double lastRowPt,
      int cols) {
    if (s.pillars.stream().noneMatch(p -> p.mean().isPresent())) {
      return;
    }
    int from = 4;
    int to = cols;
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, Units.toEMU(lastRowPt), from, headerRow, to, toRow);
    XSSFChart chart = bars(sh, anchor, t(lang, "Điểm bình quân theo trụ cột", "Mean score by pillar"), headerRow,
        last, 1, 2, t(lang, "Điểm bình quân", "Mean score"), s.axisMax,
        s.axisMax <= 10 ? 1 : Math.ceil(s.axisMax / 10), "0", i -> s.pillars.get(i).weak() ? WEAK_BAR : null,
        "0." + "0".repeat(Math.max(1, s.decimals))).chart();
    double chartPt = 0;
    for (int row = headerRow; row < toRow; row++) {
      chartPt += rowHeight(sh, row);
    }
    chartPt += lastRowPt;
    double titlePt = 46;
    double axisPt = 30;
    XlsxChart.Layout layout = new XlsxChart.Layout(0.36, titlePt / chartPt, 0.58,
        Math.max(0.2, (chartPt - titlePt - axisPt) / chartPt));
    XlsxChart.place(chart, layout);
    if (s.cutFrom.signum() > 0 && s.cutFrom.doubleValue() < s.axisMax) {
      XlsxChart.markLine(chart, layout, s.axisMax, s.cutFrom.doubleValue(), s.markLabel, 2);
    }
  }

  // ---------------------------------------------------------------- data

  /** Distinct texts of the data sheet kept as shared strings; past this, texts are written inline. */
  static final int MAX_SHARED = 65_536;

  private void dataSheets(FixedTimeWorkbook sx, XlsxStyles st, MeasurementSet set) {
    int n = set.size();
    int sheets = Math.max(1, (n + maxDataRows - 1) / maxDataRows);
    Map<IndicatorId, String> names = new HashMap<>();
    Map<IndicatorId, String> units = new HashMap<>();
    for (Indicator ind : m.plan.indicators()) {
      names.put(ind.id(), m.pick(ind.name()));
      units.put(ind.id(), m.pick(ind.unit().label()));
    }
    Map<dev.chitieu.core.model.RegionCode, String> places = new HashMap<>();
    java.util.function.Function<dev.chitieu.core.model.RegionCode, String> place = code -> places.computeIfAbsent(code,
        c -> regions.flatMap(h -> h.findRegion(c)).map(r -> m.pick(r.name())).orElse(""));
    int general = st.plainGeneral().getIndex();
    int header = st.plainHeader().getIndex();
    int quoted = st.quotedText().getIndex();
    int plain = st.plainText().getIndex();
    int ordinal = st.plainNumber(0).getIndex();
    String[] status = new String[dev.chitieu.core.data.MeasurementStatus.values().length];
    for (dev.chitieu.core.data.MeasurementStatus s : dev.chitieu.core.data.MeasurementStatus.values()) {
      status[s.ordinal()] = s.label().get(lang);
    }
    List<String> cols = lang == Lang.VI
        ? List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Mã địa bàn", "Tên địa bàn", "Kỳ", "Phân tổ",
            "Giá trị", "Tử số", "Mẫu số", "Tình trạng", "Nguồn")
        : List.of("No.", "Indicator id", "Indicator", "Unit", "Region code", "Region", "Period", "Breakdown", "Value",
            "Numerator", "Denominator", "Status", "Source");
    // Texts that repeat (ids, names, codes, periods, sources) go to the shared-string table once each, before the
    // package is written, so that the million rows hold small references; the table stays bounded.
    SharedStrings shared = new SharedStrings(sx.getXSSFWorkbook(), MAX_SHARED);
    cols.forEach(shared::add);
    Map<Period, String> periods = new HashMap<>();
    for (int i = 0; i < n && !shared.isFull(); i++) {
      Measurement me = set.get(i);
      shared.add(me.indicator().value());
      shared.add(names.getOrDefault(me.indicator(), ""));
      shared.add(units.getOrDefault(me.indicator(), ""));
      shared.add(me.region().value());
      shared.add(place.apply(me.region()));
      shared.add(periods.computeIfAbsent(me.period(), Period::toString));
      shared.add(me.breakdown().toString());
      shared.add(status[me.status().ordinal()]);
      shared.add(me.source());
    }
    int[] widths = dataWidths(set, cols, names, units, place);
    for (int k = 0; k < sheets; k++) {
      String name = t(lang, "Dữ liệu", "Data") + (sheets > 1 ? " (" + (k + 1) + ")" : "");
      DeferredSXSSFSheet sh = sx.createSheet(name);
      for (int c = 0; c < widths.length; c++) {
        sh.setColumnWidth(c, widths[c] * 256);
      }
      int from = k * maxDataRows;
      int to = Math.min(n, from + maxDataRows);
      sx.setBody(sh, out -> {
        DataSheetXml x = new DataSheetXml(out);
        x.startRow(1);
        for (int c = 0; c < cols.size(); c++) {
          x.shared(c, shared.index(cols.get(c)), header);
        }
        x.endRow();
        for (int i = from; i < to; i++) {
          Measurement me = set.get(i);
          x.startRow(i - from + 2);
          x.number(0, i + 1, ordinal);
          text(x, shared, 1, me.indicator().value(), plain, quoted);
          text(x, shared, 2, names.getOrDefault(me.indicator(), ""), plain, quoted);
          text(x, shared, 3, units.getOrDefault(me.indicator(), ""), plain, quoted);
          text(x, shared, 4, me.region().value(), plain, quoted);
          String where = place.apply(me.region());
          if (!where.isEmpty()) {
            text(x, shared, 5, where, plain, quoted);
          }
          text(x, shared, 6, periods.computeIfAbsent(me.period(), Period::toString), plain, quoted);
          if (!me.breakdown().isNone()) {
            text(x, shared, 7, me.breakdown().toString(), plain, quoted);
          }
          // an input value keeps every decimal it was sent with: 911,7 is not 912
          if (me.value().isPresent()) {
            x.number(8, me.value().getAsDouble(), general);
          }
          if (me.numerator().isPresent()) {
            x.number(9, me.numerator().getAsDouble(), general);
            x.number(10, me.denominator().getAsDouble(), general);
          }
          text(x, shared, 11, status[me.status().ordinal()], plain, quoted);
          if (!me.source().isEmpty()) {
            text(x, shared, 12, me.source(), plain, quoted);
          }
          x.endRow();
        }
        x.flush();
      });
      sx.getXSSFWorkbook().getSheet(name).getCTWorksheet().getDimension().setRef("A1:K" + (to - from + 1));
      sh.createFreezePane(0, 1);
      sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, to - from), 0, cols.size() - 1));
      sh.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      printSetup(sh, false);
    }
  }

  /** Widest a column of the data or rejected sheet gets, in units. */
  private static final int MAX_PLAIN_WIDTH = 60;

  /** Rows of the data sheet measured for the column widths; the first ones are enough to see every kind of text. */
  private static final int WIDTH_SAMPLE = 20_000;

  /** The data sheet's column widths, from its header and its first rows' texts and values. */
  private int[] dataWidths(MeasurementSet set, List<String> cols, Map<IndicatorId, String> names,
      Map<IndicatorId, String> units, java.util.function.Function<dev.chitieu.core.model.RegionCode, String> place) {
    int[] w = headerWidths(cols);
    List<java.util.Set<String>> seen = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      seen.add(new java.util.HashSet<>());
    }
    w[0] = Math.max(w[0], plainWidth(Texts.number(BigDecimal.valueOf(set.size()), 0, lang)) - 1);
    for (int i = 0, n = Math.min(set.size(), WIDTH_SAMPLE); i < n; i++) {
      Measurement me = set.get(i);
      String[] texts = {
        null, me.indicator().value(), names.getOrDefault(me.indicator(), ""), units.getOrDefault(me.indicator(), ""),
        me.region().value(), place.apply(me.region()), me.period().toString(),
        me.breakdown().isNone() ? "" : me.breakdown().toString(),
        me.value().isPresent() ? Double.toString(me.value().getAsDouble()) : "",
        me.numerator().isPresent() ? Double.toString(me.numerator().getAsDouble()) : "",
        me.denominator().isPresent() ? Double.toString(me.denominator().getAsDouble()) : "",
        me.status().label().get(lang), me.source()
      };
      for (int c = 1; c < texts.length; c++) {
        if (!texts[c].isEmpty() && seen.get(c).add(texts[c])) {
          w[c] = Math.max(w[c], plainWidth(texts[c]));
        }
      }
    }
    return w;
  }

  /** Widths that fit each header on one line, at least 6 units. */
  private static int[] headerWidths(List<String> cols) {
    int[] w = new int[cols.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = XlsxFit.width(cols.get(c), 11, true, 6, MAX_PLAIN_WIDTH);
    }
    return w;
  }

  private static int plainWidth(String text) {
    return XlsxFit.width(text, 11, false, 6, MAX_PLAIN_WIDTH);
  }

  /** Input text as text: a shared or inline string, never a formula; text Excel would read as one is quoted. */
  private static void text(DataSheetXml x, SharedStrings shared, int col, String value, int plain, int quoted)
      throws IOException {
    int style = SpreadsheetText.isFormulaLike(value) ? quoted : plain;
    int idx = shared.index(value);
    if (idx >= 0) {
      x.shared(col, idx, style);
    } else {
      x.inline(col, value, style);
    }
  }

  /** Writes input text as text: an inline string, never a formula; text that Excel would read as one is quoted. */
  private static void text(Row row, int col, String value, CellStyle plain, CellStyle quoted) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(SpreadsheetText.isFormulaLike(value) ? quoted : plain);
  }

  /** Input text that wraps: never a formula; text that Excel would read as one is quoted. */
  private static void wrapped(Row row, int col, String value, XlsxStyles st) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(st.wrappedText(SpreadsheetText.isFormulaLike(value)));
  }

  /** The blue of a chart's bars, and the orange of a weakest pillar's. */
  private static final byte[] BAR = {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5};
  private static final byte[] WEAK_BAR = {(byte) 0xED, (byte) 0x7D, (byte) 0x31};

  /** A bar chart drawn by {@link #bars}, and its value labels, still open for more settings. */
  private record Bars(XSSFChart chart, CTDLbls labels) {}

  /**
   * A horizontal bar chart at an anchor: the title; the categories from column {@code catCol} and the values from
   * {@code valCol} of the rows under {@code headerRow} to {@code last}, top to bottom; the value axis from 0 to {@code
   * max} in steps of {@code major}, crossing at the bottom; light gridlines and the report's font; bars in blue, or
   * in the colour {@code pointColour} gives a bar (null: blue); each value written outside the end of its bar in the
   * number format of its cell, or in {@code labelFormat} when not null.
   */
  private static Bars bars(XSSFSheet sh, XSSFClientAnchor anchor, String title, int headerRow, int last, int catCol,
      int valCol, String seriesTitle, double max, double major, String axisFormat,
      IntFunction<byte[]> pointColour, String labelFormat) {
    XSSFChart chart = sh.getDrawingPatriarch().createChart(anchor);
    XlsxChart.font(chart, CHART_TEXT);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XlsxChart.titleFont(chart, 12);
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.LEFT);
    cat.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.BOTTOM);
    // with the categories top to bottom, the value axis crosses at the last one, i.e. at the bottom
    val.setCrosses(AxisCrosses.MAX);
    cat.setCrosses(AxisCrosses.AUTO_ZERO);
    val.setMinimum(0);
    val.setMaximum(max);
    val.setMajorUnit(major);
    val.setNumberFormat(axisFormat);
    gridAndFonts(cat, val);
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sh,
        new CellRangeAddress(headerRow + 1, last, catCol, catCol));
    XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sh,
        new CellRangeAddress(headerRow + 1, last, valCol, valCol));
    XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
    bar.setBarDirection(BarDirection.BAR);
    bar.setVaryColors(false);
    bar.setGapWidth(60);
    XDDFChartData.Series series = bar.addSeries(cats, vals);
    series.setTitle(seriesTitle, new org.apache.poi.ss.util.CellReference(sh.getSheetName(), headerRow, valCol, true,
        true));
    series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
    for (int i = 0; i <= last - headerRow - 1; i++) {
      byte[] colour = pointColour.apply(i);
      if (colour != null) {
        series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
      }
    }
    chart.plot(bar);
    CTDLbls labels = ((XDDFBarChartData.Series) series).getCTBarSer().addNewDLbls();
    XlsxChart.textProperties(labels.addNewTxPr(), CHART_TEXT, false);
    if (labelFormat != null) {
      labels.addNewNumFmt().setFormatCode(labelFormat);
      labels.getNumFmt().setSourceLinked(false);
    }
    labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(true);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(false);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
    return new Bars(chart, labels);
  }

  /** Light grey gridlines on the value axis, and the report's chart font on both axes: every bar chart's look. */
  private static void gridAndFonts(XDDFCategoryAxis cat, XDDFValueAxis val) {
    val.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(
        XDDFColor.from(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}))));
    for (var ax : List.of(cat, val)) {
      var tp = ax.getOrAddTextProperties();
      tp.setFontSize(CHART_TEXT);
      tp.setFonts(new XDDFFont[] {new XDDFFont(FontGroup.LATIN, XlsxChart.FONT, null, null, null),
          new XDDFFont(FontGroup.COMPLEX_SCRIPT, XlsxChart.FONT, null, null, null)});
    }
  }

  private void rejectedSheet(FixedTimeWorkbook sx, XlsxStyles st, List<RejectedRow> rows) {
    DeferredSXSSFSheet sh = sx.createSheet(t(lang, "Dòng bị loại", "Rejected rows"));
    List<String> cols = lang == Lang.VI
        ? List.of("STT", "Tệp nguồn", "Vị trí", "Nội dung dòng", "Lý do bị loại")
        : List.of("No.", "Source file", "Location", "Row as read", "Why it was rejected");
    int[] widths = headerWidths(cols);
    List<RejectedRow> measured = rows.subList(0, Math.min(rows.size(), WIDTH_SAMPLE));
    for (RejectedRow rr : measured) {
      String[] texts = {rr.source(), rr.location(), rejectedFields(rr), rejectedReasons(rr)};
      for (int c = 0; c < texts.length; c++) {
        // the row as read and its reasons may be long: they wrap, in at most 50 and 80 units
        widths[c + 1] = Math.max(widths[c + 1], XlsxFit.width(texts[c], 11, false, 6, c == 2 ? 50 : c == 3 ? 80
            : MAX_PLAIN_WIDTH));
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sh.setColumnWidth(c, widths[c] * 256);
    }
    CellStyle header = st.plainHeader();
    CellStyle quoted = st.quotedText();
    CellStyle plain = st.plainText();
    CellStyle number = st.plainNumber(0);
    // made now: the rows are generated while the package is written, after the styles
    st.wrappedText(false);
    st.wrappedText(true);
    List<RejectedRow> copy = new ArrayList<>(rows);
    sh.setRowGenerator(s -> {
      Row h = s.createRow(0);
      for (int c = 0; c < cols.size(); c++) {
        Cell cell = h.createCell(c);
        cell.setCellValue(cols.get(c));
        cell.setCellStyle(header);
      }
      int i = 0;
      for (RejectedRow rr : copy) {
        Row row = s.createRow(++i);
        Cell no = row.createCell(0);
        no.setCellValue(i);
        no.setCellStyle(number);
        text(row, 1, rr.source(), plain, quoted);
        text(row, 2, rr.location(), plain, quoted);
        String fields = rejectedFields(rr);
        String reasons = rejectedReasons(rr);
        wrapped(row, 3, fields, st);
        wrapped(row, 4, reasons, st);
        row.setHeightInPoints(Math.max(XlsxFit.height(fields, widths[3], 11, false),
            XlsxFit.height(reasons, widths[4], 11, false)));
      }
    });
    sh.createFreezePane(0, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, copy.size()), 0, cols.size() - 1));
    sh.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    printSetup(sh, false);
  }

  private static String rejectedFields(RejectedRow rr) {
    return rr.fields().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" | "));
  }

  private static String rejectedReasons(RejectedRow rr) {
    return rr.problems().stream().map(p -> p.message()).collect(Collectors.joining(" | "));
  }

  // ---------------------------------------------------------------- common

  private void printSetup(Sheet sh, boolean summary) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    // the official summary of a plan of usual size prints on one page; longer ones run on, header repeated
    ps.setFitHeight((short) (summary && m.rows.size() <= 14 ? 1 : 0));
    sh.setFitToPage(true);
    sh.setAutobreaks(true);
    sh.setMargin(PageMargin.LEFT, summary ? 0.6 : 0.4);
    sh.setMargin(PageMargin.RIGHT, 0.4);
    sh.setMargin(PageMargin.TOP, 0.6);
    sh.setMargin(PageMargin.BOTTOM, 0.6);
    sh.setHorizontallyCenter(summary);
    // each sheet numbers its own pages from 1, and its footer names it: "Thuyết minh – Trang 2". No "of N": a
    // spreadsheet's total (&N) counts the pages of the whole workbook, "Trang 1 / 563" on every sheet
    ps.setUsePage(true);
    ps.setPageStart((short) 1);
    sh.getFooter().setCenter(t(lang, "&A – Trang &P", "&A – Page &P"));
    if (m.meta.sample()) {
      sh.getHeader().setCenter("&\"Times New Roman,Bold\"&KC00000" + t(lang, "SỐ LIỆU MẪU – SAMPLE DATA",
          "SAMPLE DATA – SỐ LIỆU MẪU"));
      if (sh instanceof XSSFSheet x) {
        x.setTabColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xC0, 0, 0}, null));
      } else if (sh instanceof SXSSFSheet x) {
        x.setTabColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
      }
    }
  }

  private void properties(XSSFWorkbook wb) {
    POIXMLProperties p = wb.getProperties();
    POIXMLProperties.CoreProperties core = p.getCoreProperties();
    String sample = m.meta.sample() ? t(lang, " [SỐ LIỆU MẪU]", " [SAMPLE DATA]") : "";
    core.setTitle(m.title + " – " + m.subtitle + sample);
    core.setSubjectProperty(m.planTitle);
    core.setCreator(m.issuerLines.stream().collect(Collectors.joining(" ")));
    core.setDescription(m.periodLine);
    core.setKeywords(m.plan.documentNumber() + ", " + m.plan.id()
        + (m.meta.sample() ? t(lang, ", số liệu mẫu", ", sample") : ""));
    core.setCategory(t(lang, "Báo cáo", "Report"));
    core.setLastModifiedByUser("chitieu");
    Date day = Date.from(m.assessment.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(day));
    core.setModified(Optional.of(day));
    var custom = p.getCustomProperties();
    custom.addProperty("chitieu.plan", m.plan.id().toString());
    custom.addProperty("chitieu.asOf", m.assessment.asOf().toString());
    custom.addProperty("chitieu.language", lang.tag());
    custom.addProperty("chitieu.sample", m.meta.sample());
  }

  private static void merged(XSSFSheet sh, int row, int c1, int c2, String text, XSSFCellStyle style) {
    XSSFRow r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
    for (int c = c1; c <= c2; c++) {
      Cell cell = r.createCell(c);
      cell.setCellStyle(style);
      if (c == c1) {
        cell.setCellValue(text);
      }
    }
    if (c2 > c1) {
      sh.addMergedRegion(new CellRangeAddress(row, row, c1, c2));
    }
  }

  private static void cell(XSSFRow row, int col, String text, XSSFCellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  private static void numberCell(XSSFRow row, int col, Optional<BigDecimal> v, int decimals, String prefix,
      XlsxStyles st) {
    Cell c = row.createCell(col);
    c.setCellValue(v.orElseThrow().doubleValue());
    c.setCellStyle(st.number(decimals, prefix, false));
  }
}
