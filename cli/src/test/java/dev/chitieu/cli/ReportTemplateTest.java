package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.report.InlineTemplates;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --template}: a template stored the way generators write it, and one with several mistakes. */
class ReportTemplateTest {
  @TempDir static Path data;
  @TempDir Path out;
  private static Path haiphong;

  @BeforeAll
  static void sampleFile() throws IOException {
    haiphong = Run.sample(data, "haiphong-106-2025");
  }

  @Test
  void templateWithInlineText_isFilled_withNoPlaceholderLeft() throws IOException {
    List<String> targets = List.of("hp.digital-economy-share-2025", "hp.digital-economy-share-each-sector-2025",
        "hp.ecommerce-share-2025", "hp.digital-tech-enterprise-density-2025", "hp.payment-account-share-2025",
        "hp.digital-signature-share-2025", "hp.vneid-share-2025");
    Path template = Files.write(data.resolve("inline.xlsx"),
        InlineTemplates.template(InlineTemplates.sheet(targets), InlineTemplates.STYLES));

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--format", "pdf", "--template", template.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.OK);
    Path filled = out.resolve("haiphong-106-2025-2026-09-30-vi-template.xlsx");
    String sheet = InlineTemplates.part(Files.readAllBytes(filled), "xl/worksheets/sheet1.xml");
    assertThat(sheet).doesNotContain("${").contains("t=\"inlineStr\"");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(filled))) {
      XSSFSheet sh = wb.getSheet("Biểu 01");
      assertThat(sh.getRow(0).getCell(0).getStringCellValue()).startsWith("Kế hoạch");
      // the COUNTIF over the filled verdicts holds its count, not the template's 0
      int notYet = 0;
      for (int row = 2; row <= 8; row++) {
        notYet += sh.getRow(row).getCell(1).getStringCellValue().startsWith("Chưa đạt") ? 1 : 0;
      }
      assertThat(sh.getRow(9).getCell(1).getNumericCellValue()).isEqualTo(notYet).isPositive();
    }
  }

  @Test
  void templateWithSeveralMistakes_namesEveryOne_andLeavesNothingInOut() throws IOException {
    Path template = data.resolve("wrong-several.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(template)) {
      XSSFSheet sh = wb.createSheet("Báo cáo");
      sh.createRow(0).createCell(0).setCellValue("${target:hp.nothing.value}");
      sh.createRow(1).createCell(1).setCellValue("${target:hp.vneid-share-2025.colour}");
      sh.createRow(2).createCell(2).setCellValue("Tỷ lệ ${target:hp.vneid-share-2025.percent");
      wb.write(o);
    }

    Run r = Run.of(Run.installed(), "report", "--plan", "haiphong-106-2025", "--data", haiphong.toString(),
        "--out", out.toString(), "--as-of", "2026-09-30", "--format", "pdf", "--template", template.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("3 problems in the template / mẫu có 3 lỗi:")
        .contains("sheet 'Báo cáo' cell A1: placeholder '${target:hp.nothing.value}' names no target")
        .contains("sheet 'Báo cáo' cell B2: placeholder '${target:hp.vneid-share-2025.colour}' names no field 'colour'")
        .contains("sheet 'Báo cáo' cell C3: the placeholder '${target:hp.vneid-share-2025.percent' is not closed");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
