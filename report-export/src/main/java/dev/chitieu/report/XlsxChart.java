package dev.chitieu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The parts of the chart sheet's bar chart that POI's chart API does not reach: the report's font on every text of
 * the chart, the plot area placed by hand, and the dashed line at 100 % of target drawn in the chart itself (a
 * "user shape" of the chart, placed in fractions of the chart, so it moves and scales with the chart).
 *
 * <p>The plot area is placed by hand (a manual layout of the inner plot area, without the axis labels) so that the
 * point of 100 % on the value axis is known: {@code x + w × 100 / max}. Excel and LibreOffice both honour the inner
 * layout and draw the chart's user shapes.
 */
final class XlsxChart {
  /** The report's font, as the workbook's cells use it. */
  static final String FONT = "Times New Roman";

  /** Where the inner plot area lies in the chart, in fractions of its width and height. */
  record Layout(double x, double y, double w, double h) {}

  private XlsxChart() {}

  /**
   * The top of the value axis and its step: room for the longest bar and its label, five to eight steps of 20, 50,
   * 100, 200, 500, 1,000, … (so 100 is on a step while the axis ends at 800 % or less).
   *
   * @param maxPercent the largest percent of target plotted
   * @return {top, step}
   */
  static double[] valueAxis(double maxPercent) {
    double want = Math.max(110, maxPercent * 1.15);
    double step = 20;
    for (double scale = 10; step * 8 < want; scale *= 10) {
      step = 2 * scale;
      if (step * 8 < want) {
        step = 5 * scale;
      }
      if (step * 8 < want) {
        step = 10 * scale;
      }
    }
    return new double[] {Math.ceil(want / step) * step, step};
  }

  /** Every text of the chart in the report's font at {@code size} points, unless an element sets its own. */
  static void font(XSSFChart chart, double size) {
    var space = chart.getCTChartSpace();
    textProperties(space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr(), size, false);
  }

  /**
   * Sets a text body's default run properties (its first paragraph's): the report's font, size and weight.
   *
   * @param body a chart element's {@code txPr}
   */
  static void textProperties(CTTextBody body, double size, boolean bold) {
    if (body.getBodyPr() == null) {
      body.addNewBodyPr();
    }
    if (!body.isSetLstStyle()) {
      body.addNewLstStyle();
    }
    var p = body.sizeOfPArray() == 0 ? body.addNewP() : body.getPArray(0);
    var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    CTTextCharacterProperties rpr = ppr.isSetDefRPr() ? ppr.getDefRPr() : ppr.addNewDefRPr();
    runFont(rpr, size, bold);
  }

  /** The report's font, size and weight on a run's properties. */
  static void runFont(CTTextCharacterProperties rpr, double size, boolean bold) {
    rpr.setSz((int) Math.round(size * 100));
    rpr.setB(bold);
    (rpr.isSetLatin() ? rpr.getLatin() : rpr.addNewLatin()).setTypeface(FONT);
    (rpr.isSetCs() ? rpr.getCs() : rpr.addNewCs()).setTypeface(FONT);
  }

  /** Places the inner plot area (without axis labels) of the chart. */
  static void place(XSSFChart chart, Layout l) {
    XDDFManualLayout ml = chart.getOrAddManualLayout();
    ml.setTarget(LayoutTarget.INNER);
    ml.setXMode(LayoutMode.EDGE);
    ml.setYMode(LayoutMode.EDGE);
    ml.setX(l.x());
    ml.setY(l.y());
    ml.setWidthRatio(l.w());
    ml.setHeightRatio(l.h());
  }

  /**
   * Draws the line at 100 % of target across the plot area, dashed dark red, with its label above the plot area.
   *
   * @param chart the chart, already plotted
   * @param l where its inner plot area is
   * @param top the value axis' maximum (its minimum is 0)
   * @param label the line's label, e.g. "Kế hoạch: 100 %"
   * @param index a number unique among the workbook's charts, for the part's name
   */
  static void hundredPercentLine(XSSFChart chart, Layout l, double top, String label, int index) {
    markLine(chart, l, top, 100, label, index);
  }

  /**
   * Draws a dashed dark-red line across the plot area at a value of the value axis, with its label above the plot
   * area.
   *
   * @param chart the chart, already plotted
   * @param l where its inner plot area is
   * @param top the value axis' maximum (its minimum is 0)
   * @param at the value the line marks
   * @param label the line's label
   * @param index a number unique among the workbook's charts, for the part's name
   */
  static void markLine(XSSFChart chart, Layout l, double top, double at, String label, int index) {
    double x = l.x() + l.w() * at / top;
    double labelWidth = 0.30;
    double lx = Math.min(Math.max(0, x - labelWidth / 2), 1 - labelWidth);
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<c:userShapes xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
        + "xmlns:cdr=\"http://schemas.openxmlformats.org/drawingml/2006/chartDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<cdr:relSizeAnchor>" + from(x, l.y() - 0.01) + to(x, l.y() + l.h())
        + "<cdr:cxnSp macro=\"\"><cdr:nvCxnSpPr><cdr:cNvPr id=\"2\" name=\"100 %\"/><cdr:cNvCxnSpPr/></cdr:nvCxnSpPr>"
        + "<cdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></a:xfrm>"
        + "<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom>"
        + "<a:ln w=\"22225\"><a:solidFill><a:srgbClr val=\"C00000\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln>"
        + "</cdr:spPr></cdr:cxnSp></cdr:relSizeAnchor>"
        + "<cdr:relSizeAnchor>" + from(lx, Math.max(0, l.y() - 0.06)) + to(lx + labelWidth, l.y() - 0.01)
        + "<cdr:sp macro=\"\" textlink=\"\"><cdr:nvSpPr><cdr:cNvPr id=\"3\" name=\"100 % label\"/><cdr:cNvSpPr "
        + "txBox=\"1\"/></cdr:nvSpPr><cdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></cdr:spPr>"
        + "<cdr:txBody><a:bodyPr wrap=\"none\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"/><a:lstStyle/>"
        + "<a:p><a:pPr algn=\"ctr\"/><a:r><a:rPr lang=\"vi-VN\" sz=\"900\" b=\"1\"><a:solidFill><a:srgbClr "
        + "val=\"C00000\"/></a:solidFill><a:latin typeface=\"" + FONT + "\"/><a:cs typeface=\"" + FONT + "\"/></a:rPr>"
        + "<a:t>" + escape(label) + "</a:t></a:r></a:p></cdr:txBody></cdr:sp></cdr:relSizeAnchor>"
        + "</c:userShapes>";
    PackagePart chartPart = chart.getPackagePart();
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/xl/drawings/chartshapes" + index + ".xml");
      PackagePart shapes = chartPart.getPackage().createPart(name,
          "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml");
      try (OutputStream out = shapes.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      PackageRelationship rel = chartPart.addRelationship(name, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartUserShapes");
      chart.getCTChartSpace().addNewUserShapes().setId(rel.getId());
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("the chart's user shapes part could not be named", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String from(double x, double y) {
    return "<cdr:from><cdr:x>" + fraction(x) + "</cdr:x><cdr:y>" + fraction(y) + "</cdr:y></cdr:from>";
  }

  private static String to(double x, double y) {
    return "<cdr:to><cdr:x>" + fraction(x) + "</cdr:x><cdr:y>" + fraction(y) + "</cdr:y></cdr:to>";
  }

  private static String fraction(double f) {
    return String.format(Locale.ROOT, "%.5f", Math.min(1, Math.max(0, f)));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

  /**
   * A value label put inside the end of its bar.
   *
   * @param point the index of the point
   * @param white whether the label is white: its bar is dark
   */
  record InsideLabel(int point, boolean white) {}

  /**
   * Puts the value labels of some points inside the end of their bar, white on a dark bar ({@code <c:dLbl>}
   * elements, which POI's schema subset lacks, parsed from text and copied in before the labels' own elements).
   *
   * @param labels a series' labels, with their own elements already set
   * @param points the points, ascending
   * @param size the labels' size in points
   */
  static void insideEndLabels(CTDLbls labels, List<InsideLabel> points, double size) {
    if (points.isEmpty()) {
      return;
    }
    try (XmlCursor to = labels.newCursor()) {
      if (!to.toFirstChild()) {
        to.toEndToken();
      }
      for (InsideLabel l : points) {
        String xml = "<c:dLbl xmlns:c=\"" + CHART_NS + "\" xmlns:a=\"" + DRAWING_NS + "\">"
            + "<c:idx val=\"" + l.point() + "\"/>"
            + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + Math.round(size * 100) + "\" b=\"0\">"
            + "<a:solidFill><a:srgbClr val=\"" + (l.white() ? "FFFFFF" : "000000") + "\"/></a:solidFill>"
            + "<a:latin typeface=\"" + FONT + "\"/><a:cs typeface=\"" + FONT + "\"/></a:defRPr></a:pPr>"
            + "<a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>"
            + "<c:dLblPos val=\"inEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
            + "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
            + "<c:showBubbleSize val=\"0\"/></c:dLbl>";
        try (XmlCursor from = XmlObject.Factory.parse(xml).newCursor()) {
          from.toFirstChild();
          from.copyXml(to); // the copy goes before the cursor, which stays where it is: the next one goes after it
        } catch (XmlException e) {
          throw new IllegalStateException("a data label could not be written: " + xml, e);
        }
      }
    }
  }

  /** Whether a bar's colour is dark enough that its label is white. */
  static boolean dark(int rgb) {
    double lum = 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
    return lum < 0.45 * 255;
  }

  /** The fonts of a chart's title runs: the report's font, bold, at {@code size}. */
  static void titleFont(XSSFChart chart, double size) {
    var title = chart.getCTChart().getTitle();
    if (title == null || !title.isSetTx() || !title.getTx().isSetRich()) {
      return;
    }
    CTTextBody rich = title.getTx().getRich();
    textProperties(rich, size, true);
    for (var p : List.of(rich.getPArray())) {
      for (var r : p.getRArray()) {
        runFont(r.isSetRPr() ? r.getRPr() : r.addNewRPr(), size, true);
      }
    }
  }
}
