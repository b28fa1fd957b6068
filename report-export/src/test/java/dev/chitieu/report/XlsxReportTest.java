package dev.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class XlsxReportTest {
  private static final MeasurementSet DATA = SampleReports.haiPhongData(300, 11);

  static XSSFWorkbook write(ComplianceReport r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.writeXlsx(out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  static ComplianceReport haiPhong(Lang lang) {
    return ComplianceReport.of(SampleReports.haiPhongAssessment()).locale(lang).data(DATA)
        .rejected(SampleReports.rejectedRows());
  }

  /** Every cell text of a sheet, row by row. */
  static List<String> texts(Sheet sh) {
    List<String> out = new ArrayList<>();
    for (Row row : sh) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
          out.add(c.getStringCellValue());
        }
      }
    }
    return out;
  }

  static Row rowStartingWith(Sheet sh, int col, String text) {
    for (Row row : sh) {
      Cell c = row.getCell(col);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("no row with '" + text + "' in column " + col + " of sheet " + sh.getSheetName());
  }

  @Nested
  class Summary {
    @Test
    void sheets_areNamedInVietnamese() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Báo cáo", "Thuyết minh", "Phân tổ II.1", "Biểu đồ", "Dữ liệu",
            "Dòng bị loại");
      }
    }

    @Test
    void sheets_areNamedInEnglish() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.EN))) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Report", "Details", "Breakdown II.1", "Chart", "Data", "Rejected rows");
      }
    }

    @Test
    void officialHeader_hasIssuerNationNumberPlaceDateAndTitle() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        List<String> t = texts(wb.getSheet("Báo cáo"));
        assertThat(t).contains("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-UBND", "Hải Phòng, ngày 30 tháng 6 năm 2025",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU – 6 THÁNG ĐẦU NĂM 2025",
            "Kỳ báo cáo: 6 tháng đầu năm 2025 (số liệu tính đến ngày 30/06/2025)",
            "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ");
      }
    }

    @Test
    void table_hasTheOfficialColumnsAndRomanGroups() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Báo cáo");
        Row h = rowStartingWith(sh, 0, "STT");
        List<String> cols = new ArrayList<>();
        h.forEach(c -> cols.add(c.getStringCellValue()));
        assertThat(cols).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện cùng kỳ năm trước",
            "Thực hiện kỳ báo cáo", "So sánh (%)", "So sánh (%)", "Đánh giá", "Đơn vị chủ trì", "Nguồn số liệu",
            "Ghi chú");
        Row sub = sh.getRow(h.getRowNum() + 1);
        assertThat(sub.getCell(6).getStringCellValue()).isEqualTo("Với cùng kỳ");
        assertThat(sub.getCell(7).getStringCellValue()).isEqualTo("Với kế hoạch");
        assertThat(sh.getMergedRegions()).anyMatch(m -> m.getFirstRow() == h.getRowNum() && m.getFirstColumn() == 6
            && m.getLastColumn() == 7);
        assertThat(rowStartingWith(sh, 0, "I").getCell(1).getStringCellValue())
            .isEqualTo("Chỉ tiêu chung của thành phố Hải Phòng");
        assertThat(rowStartingWith(sh, 0, "II").getCell(1).getStringCellValue())
            .isEqualTo("Chỉ tiêu áp dụng cho từng ngành, lĩnh vực");
      }
    }

    @Test
    void rows_holdNumbersWithTheLanguagesFormatAndStatusWords() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Báo cáo");
        Row de = rowStartingWith(sh, 1, "Tỷ trọng kinh tế số trong GRDP");
        assertThat(de.getCell(3).getNumericCellValue()).isEqualTo(35.0);
        assertThat(de.getCell(5).getNumericCellValue()).isEqualTo(33.8);
        assertThat(de.getCell(7).getNumericCellValue()).isEqualTo(96.57);
        assertThat(de.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0.00");
        assertThat(de.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("[$-42A]\"≥ \"#,##0");
        DataFormatter vi = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        assertThat(vi.formatCellValue(de.getCell(5))).isEqualTo("33,80");
        assertThat(vi.formatCellValue(de.getCell(3))).isEqualTo("≥ 35");
        assertThat(de.getCell(8).getStringCellValue()).isEqualTo("Chưa đạt – đúng tiến độ");

        Row enterprises = rowStartingWith(sh, 1, "Số doanh nghiệp công nghệ số trên 1.000 dân");
        assertThat(vi.formatCellValue(enterprises.getCell(3))).isEqualTo("> 0,7");
        assertThat(vi.formatCellValue(enterprises.getCell(5))).isEqualTo("0,64");
        List<String> verdicts = new ArrayList<>();
        for (Row r : sh) {
          Cell c = r.getCell(8);
          if (c != null && r.getRowNum() > h(sh)) {
            verdicts.add(c.getStringCellValue());
          }
        }
        assertThat(verdicts).contains("Vượt", "Đạt", "Chưa đạt – có nguy cơ không đạt", "Chưa đạt – chậm tiến độ",
            "Chưa có số liệu");
      }
    }

    private int h(Sheet sh) {
      return rowStartingWith(sh, 0, "STT").getRowNum() + 1;
    }

    @Test
    void englishRows_useEnglishWordsAndFormats() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.EN))) {
        Sheet sh = wb.getSheet("Report");
        Row de = rowStartingWith(sh, 1, "Digital economy share of GRDP");
        assertThat(de.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("[$-409]#,##0.00");
        assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(de.getCell(5))).isEqualTo("33.80");
        assertThat(de.getCell(8).getStringCellValue()).isEqualTo("Not yet achieved – on track");
        assertThat(texts(sh)).contains("SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness",
            "Hai Phong, 30 June 2025");
      }
    }

    @Test
    void notes_printIncompleteCoverageAndFailingMembers() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Báo cáo");
        Row ecommerce = rowStartingWith(sh, 1,
            "Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng");
        assertThat(ecommerce.getCell(11).getStringCellValue()).contains("112/114 xã, phường, đặc khu")
            .contains("sơ bộ");
        assertThat(ecommerce.getCell(8).getStringCellValue()).isEqualTo("Vượt");
        Row sectors = rowStartingWith(sh, 0, "II");
        Row each = sh.getRow(sectors.getRowNum() + 1);
        // the row shows the lowest sector's figure and says so; each sector has its own row under it
        assertThat(each.getCell(1).getStringCellValue()).endsWith("(từng ngành, lĩnh vực)");
        assertThat(each.getCell(11).getStringCellValue()).startsWith("Thấp nhất: ").contains("2/5 chưa đạt");
        assertThat(rowStartingWith(sh, 1, "- Du lịch thông minh").getCell(8).getStringCellValue())
            .startsWith("Chưa đạt");
        assertThat(rowStartingWith(sh, 1, "- Nông nghiệp thông minh").getCell(8).getStringCellValue())
            .startsWith("Chưa đạt");
      }
    }

    @Test
    void printSetup_isA4LandscapeFitToWidthWithRepeatedHeader() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        for (Sheet sh : wb) {
          PrintSetup ps = sh.getPrintSetup();
          assertThat(ps.getLandscape()).as(sh.getSheetName()).isTrue();
          assertThat(ps.getPaperSize()).as(sh.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
          assertThat(ps.getFitWidth()).as(sh.getSheetName()).isEqualTo((short) 1);
          assertThat(ps.getFitHeight()).as(sh.getSheetName()).isEqualTo((short) (sh.getSheetName().equals("Báo cáo")
              || sh.getSheetName().equals("Biểu đồ") ? 1 : 0));
          // each sheet numbers its pages from 1; no total, which would count the pages of the whole workbook
          assertThat(sh.getFooter().getCenter()).isEqualTo("&A – Trang &P");
          assertThat(ps.getUsePage()).as(sh.getSheetName()).isTrue();
          assertThat(ps.getPageStart()).as(sh.getSheetName()).isEqualTo((short) 1);
        }
        assertThat(wb.getSheet("Báo cáo").getRepeatingRows()).isNotNull();
        assertThat(wb.getSheet("Dữ liệu").getRepeatingRows().formatAsString()).isEqualTo("1:1");
      }
    }

    @Test
    void everyFont_isTimesNewRoman() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        for (int i = 0; i < wb.getNumberOfFonts(); i++) {
          assertThat(wb.getFontAt(i).getFontName()).isEqualTo("Times New Roman");
        }
      }
    }

    @Test
    void documentProperties_comeFromTheAssessment() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI).sample(true))) {
        var core = wb.getProperties().getCoreProperties();
        Date asOf = Date.from(LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(core.getCreated()).isEqualTo(asOf);
        assertThat(core.getModified()).isEqualTo(asOf);
        assertThat(core.getTitle()).contains("106/KH-UBND").contains("[SỐ LIỆU MẪU]");
        assertThat(core.getCreator()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG");
        assertThat(wb.getProperties().getCustomProperties().getProperty("chitieu.plan").getLpwstr())
            .isEqualTo("sample-haiphong-106-2025");
      }
    }

    @Test
    void sampleFlag_printsAVisibleMarking() throws IOException {
      try (XSSFWorkbook sample = write(haiPhong(Lang.VI).sample(true));
          XSSFWorkbook real = write(haiPhong(Lang.VI))) {
        assertThat(texts(sample.getSheet("Báo cáo")))
            .contains("SỐ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC (SAMPLE DATA)");
        assertThat(sample.getSheet("Dữ liệu").getHeader().getCenter()).contains("SỐ LIỆU MẪU");
        assertThat(texts(real.getSheet("Báo cáo"))).noneMatch(s -> s.contains("SỐ LIỆU MẪU"));
      }
    }
  }

  @Nested
  class OtherSheets {
    @Test
    void breakdown_listsEveryMemberWithItsOwnStatus() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Phân tổ II.1");
        assertThat(rowStartingWith(sh, 1, "Thương mại điện tử").getCell(5).getStringCellValue()).isEqualTo("Vượt");
        assertThat(rowStartingWith(sh, 1, "Du lịch thông minh").getCell(5).getStringCellValue())
            .isEqualTo("Chưa đạt – có nguy cơ không đạt");
        assertThat(rowStartingWith(sh, 1, "Nông nghiệp thông minh").getCell(2).getNumericCellValue())
            .isEqualTo(8.9);
        assertThat(rowStartingWith(sh, 1, "Sản xuất thông minh").getCell(5).getStringCellValue())
            .isEqualTo("Chưa đạt – đúng tiến độ");
        assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
        assertThat(((XSSFSheet) sh).getCTWorksheet().isSetAutoFilter()).isTrue();
      }
    }

    @Test
    void breakdown_ofEveryYearTargetListsThePeriods() throws IOException {
      try (XSSFWorkbook wb = write(ComplianceReport.of(SampleReports.bacNinhAssessment()))) {
        Sheet sh = wb.getSheet("Phân tổ II.1");
        assertThat(rowStartingWith(sh, 1, "Năm 2026").getCell(5).getStringCellValue()).isEqualTo("Chưa đạt");
        assertThat(rowStartingWith(sh, 1, "Năm 2027").getCell(5).getStringCellValue()).isEqualTo("Vượt");
        assertThat(texts(wb.getSheet("Báo cáo"))).contains("Chỉ tiêu hằng năm", "Chỉ tiêu lũy kế");
      }
    }

    @Test
    void chart_plotsPercentOfTargetPerIndicator() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        XSSFSheet sh = wb.getSheet("Biểu đồ");
        List<XSSFChart> charts = sh.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        var plot = charts.get(0).getCTChart().getPlotArea();
        assertThat(plot.getBarChartArray()).hasSize(1);
        var series = plot.getBarChartArray(0).getSerArray(0);
        assertThat(series.getVal().getNumRef().getF()).isEqualTo("'Biểu đồ'!$B$6:$B$11");
        assertThat(rowStartingWith(sh, 0, "I.2 Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa "
            + "và doanh thu dịch vụ tiêu dùng").getCell(1).getNumericCellValue()).isEqualTo(108.0);
      }
    }

    @Test
    void dataSheet_listsEveryMeasurementWithSourceAndStatus() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Dữ liệu");
        assertThat(sh.getLastRowNum()).isEqualTo(DATA.size());
        assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
        assertThat(((XSSFSheet) sh).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (DATA.size() + 1));
        Row first = sh.getRow(1);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo(DATA.get(0).indicator().value());
        assertThat(first.getCell(3).getStringCellValue()).as("unit").isNotBlank();
        assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(DATA.get(0).value().getAsDouble());
        assertThat(first.getCell(11).getStringCellValue()).isEqualTo("chính thức");
        assertThat(first.getCell(12).getStringCellValue()).isEqualTo(DATA.get(0).source());
        Row last = rowStartingWith(sh, 7, "sector=ict");
        assertThat(last.getCell(9).getNumericCellValue()).isEqualTo(28.7);
        assertThat(last.getCell(11).getStringCellValue()).isEqualTo("ước tính");
      }
    }

    @Test
    void dataSheet_keepsEveryDecimalOfTheInput_andNamesUnitsAndRegions() throws IOException {
      MeasurementSet odd = MeasurementSet.builder()
          .add(dev.chitieu.core.data.Measurement.of("hp.grdp", "31", "2025", 911.75).withSource("Cục Thống kê (mẫu)"))
          .build();
      try (XSSFWorkbook wb = write(ComplianceReport.of(SampleReports.haiPhongAssessment()).data(odd)
          .regions(dev.chitieu.core.region.RegionHierarchy.vietnam2025()))) {
        Row row = wb.getSheet("Dữ liệu").getRow(1);
        assertThat(new DataFormatter(Locale.forLanguageTag("vi-VN")).formatCellValue(row.getCell(8)))
            .as("the GRDP reports one decimal, but the input had two").isEqualTo("911,75");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("tỷ đồng");
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("31");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Hải Phòng");
      }
    }

    @Test
    void inputText_isNeverAFormula() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        for (Sheet sh : wb) {
          for (Row row : sh) {
            for (Cell c : row) {
              assertThat(c.getCellType()).as(sh.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
            }
          }
        }
        Cell source = null;
        for (Row row : wb.getSheet("Dữ liệu")) {
          Cell c = row.getCell(12);
          if (c != null && c.getStringCellValue().startsWith("=HYPERLINK")) {
            source = c;
          }
        }
        assertThat(source).isNotNull();
        assertThat(source.getCellType()).isEqualTo(CellType.STRING);
        assertThat(source.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"click\")");
        assertThat(source.getCellStyle().getQuotePrefixed()).isTrue();
        Cell rejected = wb.getSheet("Dòng bị loại").getRow(2).getCell(3);
        assertThat(rejected.getStringCellValue()).startsWith("indicator==cmd|' /C calc'!A0");
      }
    }

    @Test
    void rejectedRows_haveTheirSheetWithEveryReason() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI))) {
        Sheet sh = wb.getSheet("Dòng bị loại");
        assertThat(sh.getLastRowNum()).isEqualTo(2);
        assertThat(sh.getRow(1).getCell(2).getStringCellValue()).isEqualTo("line 7");
        assertThat(sh.getRow(2).getCell(4).getStringCellValue())
            .contains("'abc' is not a number").contains("is not an indicator of the plan");
      }
    }

    @Test
    void withoutDataOrRejections_thoseSheetsAreLeftOut() throws IOException {
      try (XSSFWorkbook wb = write(ComplianceReport.of(SampleReports.haiPhongAssessment()))) {
        assertThat(wb.getSheet("Dữ liệu")).isNull();
        assertThat(wb.getSheet("Dòng bị loại")).isNull();
      }
    }

    @Test
    void dataBeyondASheetsRows_continuesOnNumberedSheets() throws IOException {
      try (XSSFWorkbook wb = write(haiPhong(Lang.VI).maxDataRows(120))) {
        int total = 0;
        for (int k = 1; k <= 3; k++) {
          Sheet sh = wb.getSheet("Dữ liệu (" + k + ")");
          assertThat(sh).as("sheet %d", k).isNotNull();
          total += sh.getLastRowNum();
        }
        assertThat(total).isEqualTo(DATA.size());
        assertThat(wb.getSheet("Dữ liệu (2)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(121.0);
      }
    }

    @Test
    void textsXmlCannotHold_areReplacedNotBreakingTheFile() throws IOException {
      MeasurementSet odd = MeasurementSet.builder()
          .add(dev.chitieu.core.data.Measurement.of("hp.population", "11001", "2025-06", 5).withSource("a\u0001b <&> \"c\""))
          .add(dev.chitieu.core.data.Measurement.of("hp.population", "11002", "2025-06", 6).withSource(" lề trái"))
          .build();
      try (XSSFWorkbook wb = write(ComplianceReport.of(SampleReports.haiPhongAssessment()).data(odd))) {
        Sheet sh = wb.getSheet("Dữ liệu");
        assertThat(sh.getRow(1).getCell(12).getStringCellValue()).isEqualTo("a?b <&> \"c\"");
        assertThat(sh.getRow(2).getCell(12).getStringCellValue()).isEqualTo(" lề trái");
      }
    }
  }
}
