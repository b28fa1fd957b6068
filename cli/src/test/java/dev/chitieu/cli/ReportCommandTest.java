package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir static Path data;
  @TempDir Path out;
  private static Path haiphong;

  @BeforeAll
  static void sampleFile() throws IOException {
    haiphong = Run.sample(data, "haiphong-106-2025");
  }

  @Test
  void report_default_writesTheVietnameseWorkbookPdfAndDocument_markedSampleAsTheDataDeclares() throws IOException {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--number", "12/BC-UBND");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    Path xlsx = out.resolve("haiphong-106-2025-2026-09-30-vi.xlsx");
    Path pdf = out.resolve("haiphong-106-2025-2026-09-30-vi.pdf");
    Path docx = out.resolve("haiphong-106-2025-2026-09-30-vi.docx");
    assertThat(r.out().lines()).containsExactly(xlsx.toString(), pdf.toString(), docx.toString());
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(3);
    }
    // the bundled sample file says SAMPLE DATA in its header: every report says so too, without --sample
    assertThat(r.err()).contains("the data declares itself sample data");
    assertThat(ReportChecks.xlsxText(xlsx)).contains("106/KH-UBND", "THÀNH PHỐ HẢI PHÒNG", "12/BC-UBND",
        "Chưa đạt", "SAMPLE DATA");
    assertThat(ReportChecks.pdfText(pdf)).contains("106/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Chưa có số liệu", "SỐ LIỆU MẪU – SAMPLE DATA");
    assertThat(ReportChecks.docxText(docx)).contains("BÁO CÁO", "Số: 12/BC-UBND", "TM. ỦY BAN NHÂN DÂN",
        "Nơi nhận:", "Biểu số 01", "SỐ LIỆU MẪU – SAMPLE DATA");
  }

  @Test
  void report_strictWithKeepFirst_listsTheRowNotUsedInTheWorkbook() throws IOException {
    Path twice = Run.csv(data, "twice.csv", "hp.ecommerce-revenue,31,2025,,16,actual,x",
        "hp.ecommerce-revenue,31,2025,,17,actual,x", "hp.retail-sales,31,2025,,100,actual,x");

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", twice.toString(),
        "--out", out.toString(), "--as-of", "2025-12-31", "--format", "xlsx", "--duplicates", "keep-first");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("haiphong-106-2025-2025-12-31-vi.xlsx").toFile())) {
      XSSFSheet rejected = wb.getSheet("Dòng bị loại");
      assertThat(rejected).as("the sheet of rows set aside").isNotNull();
      assertThat(rejected.getLastRowNum()).isEqualTo(1);
      assertThat(rejected.getRow(1).getCell(2).getStringCellValue()).isEqualTo("line 3");
      assertThat(rejected.getRow(1).getCell(4).getStringCellValue()).contains("lines 2 and 3 have the same key",
          "the first of them, was kept");
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void report_dataThatDoesNotSaySample_isNotMarked() throws IOException {
    Path real = Run.csv(data, "real.csv", "hp.ecommerce-revenue,31,2025,,16,actual,Cục Thống kê thành phố",
        "hp.retail-sales,31,2025,,100,actual,Cục Thống kê thành phố");

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", real.toString(),
        "--out", out.toString(), "--as-of", "2025-12-31", "--format", "docx,pdf");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(ReportChecks.docxText(out.resolve("haiphong-106-2025-2025-12-31-vi.docx")))
        .doesNotContain("SAMPLE DATA").doesNotContain("SỐ LIỆU MẪU").contains("Cục Thống kê thành phố");
    assertThat(ReportChecks.pdfText(out.resolve("haiphong-106-2025-2025-12-31-vi.pdf"))).doesNotContain("SAMPLE");
  }

  @Test
  void report_meta_setsNumberDateSignerRecipientsAndSections() throws IOException {
    Path meta = Files.writeString(data.resolve("bao-cao.yaml"), """
        number: 125/BC-UBND
        date: 2026-10-05
        signer: {capacity: TM. ỦY BAN NHÂN DÂN, deputyFor: KT. CHỦ TỊCH, title: PHÓ CHỦ TỊCH, name: Nguyễn Văn A}
        recipients: [Bộ Khoa học và Công nghệ (để báo cáo)]
        archive: VT, KT
        causes: [Một số xã chưa cập nhật số liệu.]
        leadAgencies: {hp.ecommerce-share-2025: Sở Công Thương}
        """);

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--format", "docx", "--meta", meta.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(ReportChecks.docxText(out.resolve("haiphong-106-2025-2026-09-30-vi.docx"))).contains(
        "Số: 125/BC-UBND", "Hải Phòng, ngày 05 tháng 10 năm 2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A",
        "- Bộ Khoa học và Công nghệ (để báo cáo);", "- Lưu: VT, KT.", "Một số xã chưa cập nhật số liệu.",
        "Sở Công Thương", "(Kèm theo Báo cáo số 125/BC-UBND ngày 05/10/2026");
  }

  @Test
  void report_badMeta_listsEveryProblem_andWritesNothing() throws IOException {
    Path meta = Files.writeString(data.resolve("sai.yaml"), "numbr: 1\ndate: hôm nay\n");

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--meta", meta.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("report file sai.yaml has 2 problems", "line 1, column 1: unknown key 'numbr'",
        "line 2, column 7: 'date' is 'hôm nay'; write the day as YYYY-MM-DD");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void report_englishPdfOnly_writesJustThat() throws IOException {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.resolve("new/folder").toString(), "--as-of", "2026-09-30", "--lang", "en", "--format", "pdf",
        "--sample");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    Path pdf = out.resolve("new/folder/haiphong-106-2025-2026-09-30-en.pdf");
    assertThat(r.out().lines()).containsExactly(pdf.toString());
    assertThat(ReportChecks.pdfText(pdf)).contains("SAMPLE DATA", "Hai Phong", "Not achieved");
  }

  @Test
  void report_bothLanguages_writesFourFiles() {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--lang", "vi,en", "--format", "xlsx,pdf");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).hasSize(4).allSatisfy(l -> assertThat(Path.of(l)).isRegularFile());
  }

  @Test
  void report_template_fillsThePlaceholders() throws IOException {
    Path template = data.resolve("mine.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(template)) {
      XSSFSheet sh = wb.createSheet("Báo cáo");
      sh.createRow(0).createCell(0).setCellValue("${plan.number}");
      sh.createRow(1).createCell(0).setCellValue("${target:hp.ecommerce-share-2025.status}");
      wb.write(o);
    }

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--format", "pdf", "--template", template.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    Path filled = out.resolve("haiphong-106-2025-2026-09-30-vi-template.xlsx");
    assertThat(r.out().lines()).contains(filled.toString());
    assertThat(ReportChecks.xlsxText(filled)).contains("106/KH-UBND", "Vượt").doesNotContain("${");
  }

  @Test
  void report_templateWithAnUnknownPlaceholder_namesTheCellAndFailsAsData() throws IOException {
    Path template = data.resolve("wrong.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(template)) {
      wb.createSheet("S").createRow(2).createCell(1).setCellValue("${target:hp.nothing.value}");
      wb.write(o);
    }

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--format", "pdf", "--template", template.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("names no target of plan 'haiphong-106-2025'");
    assertThat(out.resolve("haiphong-106-2025-2026-09-30-vi-template.xlsx")).doesNotExist();
    try (var files = Files.list(out)) {
      assertThat(files).as("a failed run leaves no half-made report").isEmpty();
    }
  }

  @Test
  void report_missingTemplate_namesIt() {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--template", "no-such.xlsx");

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("template not found / không tìm thấy mẫu: no-such.xlsx");
  }

  @Test
  void report_outIsAFile_failsAsConfiguration() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "x");

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", file.toString(), "--as-of", "2026-09-30");

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("cannot write reports into " + file + ": it is a file, not a folder");
  }

  @Test
  void report_unknownFormat_failsAsUsageNamingTheChoices() {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--format", "odt");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--format").contains("odt").contains("XLSX, PDF, DOCX");
  }

  @Test
  void report_withoutOut_failsAsUsage() {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Missing required option: '--out=DIR'");
  }

  @Test
  void report_unknownPlan_listsTheInstalledOnes() {
    Run r = Run.of(Run.installed(), "report", "--plan", "bacninh", "--data", haiphong.toString(), "--out",
        out.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("No plan 'bacninh' is installed", "bacninh-144-2026-2030");
  }

  @Test
  void report_missingData_namesTheFileAndWritesNothing() throws IOException {
    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", "missing.csv", "--out",
        out.resolve("r").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("file not found / không tìm thấy tệp: missing.csv");
    assertThat(out.resolve("r")).doesNotExist();
  }
}
