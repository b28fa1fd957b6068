package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chitieu.core.model.Lang;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * The chart sheet: names not cut, the report's font on every text of the chart, and the dashed line at 100 % drawn
 * where the value axis puts 100. (Rendered with LibreOffice to look at: scripts/render-reports.sh.)
 */
class XlsxChartTest {
  private static XSSFWorkbook workbook(Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang).writeXlsx(out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static XSSFChart chart(XSSFWorkbook wb, Lang lang) {
    List<XSSFChart> charts = wb.getSheet(lang == Lang.VI ? "Biểu đồ" : "Chart").getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    return charts.get(0);
  }

  @Test
  void names_areWholeInTheTableAndOnTheAxis() throws IOException {
    try (XSSFWorkbook wb = workbook(Lang.VI)) {
      XSSFSheet sh = wb.getSheet("Biểu đồ");
      List<String> names = new ArrayList<>();
      for (Row row : sh) {
        if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          names.add(row.getCell(0).getStringCellValue());
          assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
        }
      }
      assertThat(names).hasSize(6).noneMatch(n -> n.contains("…"))
          .contains("I.2 Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
              + "tiêu dùng");
      var cache = chart(wb, Lang.VI).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat()
          .getStrRef().getStrCache();
      List<String> onAxis = new ArrayList<>();
      for (var pt : cache.getPtArray()) {
        onAxis.add(pt.getV());
      }
      assertThat(onAxis).isEqualTo(names);
    }
  }

  @Test
  void everyTextOfTheChart_isInTheReportsFont() throws IOException {
    try (XSSFWorkbook wb = workbook(Lang.VI)) {
      XSSFChart chart = chart(wb, Lang.VI);
      assertThat(typeface(chart.getCTChartSpace().getTxPr())).isEqualTo("Times New Roman");
      CTPlotArea plot = chart.getCTChart().getPlotArea();
      assertThat(typeface(plot.getCatAxArray(0).getTxPr())).isEqualTo("Times New Roman");
      assertThat(typeface(plot.getValAxArray(0).getTxPr())).isEqualTo("Times New Roman");
      assertThat(typeface(plot.getBarChartArray(0).getSerArray(0).getDLbls().getTxPr())).isEqualTo("Times New Roman");
      var title = chart.getCTChart().getTitle().getTx().getRich();
      assertThat(title.getPArray(0).getRArray(0).getT()).isEqualTo("Tỷ lệ thực hiện so với mục tiêu (%)");
      assertThat(title.getPArray(0).getRArray(0).getRPr().getLatin().getTypeface()).isEqualTo("Times New Roman");
      assertThat(title.getPArray(0).getRArray(0).getRPr().getB()).isTrue();
    }
  }

  private static String typeface(CTTextBody body) {
    return body.getPArray(0).getPPr().getDefRPr().getLatin().getTypeface();
  }

  @Test
  void hundredPercentLine_liesWhereTheAxisPutsOneHundred() throws Exception {
    for (Lang lang : Lang.values()) {
      try (XSSFWorkbook wb = workbook(lang)) {
        XSSFChart chart = chart(wb, lang);
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        var layout = plot.getLayout().getManualLayout();
        assertThat(layout.getLayoutTarget().getVal().toString()).isEqualTo("inner");
        double max = plot.getValAxArray(0).getScaling().getMax().getVal();
        double step = plot.getValAxArray(0).getMajorUnit().getVal();
        assertThat(plot.getValAxArray(0).getScaling().getMin().getVal()).isZero();
        assertThat(max).isGreaterThan(108 * 1.1); // the longest bar, 108 %, and its label fit
        assertThat(100 % step).isZero(); // 100 is a labelled step
        double x100 = layout.getX().getVal() + layout.getW().getVal() * 100 / max;

        PackagePart chartPart = chart.getPackagePart();
        List<PackageRelationship> rels = new ArrayList<>();
        chartPart.getRelationshipsByType(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartUserShapes").forEach(rels::add);
        assertThat(rels).hasSize(1);
        assertThat(chart.getCTChartSpace().getUserShapes().getId()).isEqualTo(rels.get(0).getId());
        String shapes;
        try (InputStream in = chartPart.getRelatedPart(rels.get(0)).getInputStream()) {
          shapes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher line = Pattern.compile("<cdr:from><cdr:x>([0-9.]+)</cdr:x><cdr:y>([0-9.]+)</cdr:y></cdr:from>"
            + "<cdr:to><cdr:x>([0-9.]+)</cdr:x><cdr:y>([0-9.]+)</cdr:y></cdr:to><cdr:cxnSp").matcher(shapes);
        assertThat(line.find()).as(shapes).isTrue();
        assertThat(Double.parseDouble(line.group(1))).isCloseTo(x100, within(1e-4));
        assertThat(Double.parseDouble(line.group(3))).isCloseTo(x100, within(1e-4));
        // from the top of the plot area to its bottom
        assertThat(Double.parseDouble(line.group(2))).isLessThanOrEqualTo(layout.getY().getVal());
        assertThat(Double.parseDouble(line.group(4)))
            .isCloseTo(layout.getY().getVal() + layout.getH().getVal(), within(1e-4));
        assertThat(shapes).contains("prstDash val=\"dash\"")
            .contains(lang == Lang.VI ? "Kế hoạch: 100 %" : "Target: 100 %");
      }
    }
  }

  @Test
  void labelsJustShortOfOneHundred_goInsideTheirBar_notAcrossTheLine() throws IOException {
    try (XSSFWorkbook wb = workbook(Lang.VI)) {
      String xml = chart(wb, Lang.VI).getCTChartSpace().xmlText();
      // I.1 96,57 and I.3 91,43 (points 0 and 2) would touch the line; 63,00 and 108,00 do not
      Matcher m = Pattern.compile("<c:dLbl\\b[^>]*>(.*?)</c:dLbl>", Pattern.DOTALL).matcher(xml);
      List<String> inside = new ArrayList<>();
      while (m.find()) {
        String one = m.group(1);
        assertThat(one).contains("<c:dLblPos val=\"inEnd\"/>").contains("typeface=\"Times New Roman\"")
            .contains("<a:srgbClr val=\"000000\"/>"); // blue and yellow bars: black text
        Matcher idx = Pattern.compile("<c:idx val=\"(\\d+)\"/>").matcher(one);
        assertThat(idx.find()).isTrue();
        inside.add(idx.group(1));
      }
      assertThat(inside).containsExactly("0", "2");
      assertThat(xml).contains("<c:dLblPos val=\"outEnd\"/>");
    }
  }

  @Test
  void labelOnADarkBar_isWhite() {
    assertThat(XlsxChart.dark(Tone.NOT_ACHIEVED.barRgb())).isTrue();
    assertThat(XlsxChart.dark(Tone.EXCEEDED.barRgb())).isTrue();
    assertThat(XlsxChart.dark(Tone.ON_TRACK.barRgb())).isFalse();
    assertThat(XlsxChart.dark(Tone.AT_RISK.barRgb())).isFalse();
    assertThat(XlsxChart.dark(Tone.OFF_TRACK.barRgb())).isFalse();
  }

  @Test
  void valueAxis_leavesRoomAndKeepsOneHundredOnAStep() {
    assertThat(XlsxChart.valueAxis(59.3)).containsExactly(120, 20);
    assertThat(XlsxChart.valueAxis(108)).containsExactly(140, 20);
    assertThat(XlsxChart.valueAxis(164)).containsExactly(200, 50);
    assertThat(XlsxChart.valueAxis(513)).containsExactly(600, 100);
    assertThat(XlsxChart.valueAxis(2500)).containsExactly(3000, 500);
  }
}
