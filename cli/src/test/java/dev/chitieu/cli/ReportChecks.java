package dev.chitieu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens report files the way a reader would, to check what they say. */
final class ReportChecks {
  private ReportChecks() {}

  /** Every text cell of every sheet, one per line, each sheet headed by its name. */
  static String xlsxText(Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        b.append("[sheet ").append(sheet.getSheetName()).append("]\n");
        int rows = 0;
        for (Row row : sheet) {
          if (++rows > 200) {
            break; // the data sheet is long; its head is enough
          }
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
              b.append(c.getStringCellValue()).append('\n');
            }
          }
        }
      }
    }
    return b.toString();
  }

  /** The text of a Word document: its paragraphs and tables, then its headers. */
  static String docxText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      StringBuilder b = new StringBuilder(x.getText());
      doc.getHeaderList().forEach(h -> b.append("[header] ").append(h.getText()).append('\n'));
      return b.toString();
    }
  }

  /** The text of a PDF and its page count. */
  static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return "[pages " + doc.getNumberOfPages() + "]\n" + new PDFTextStripper().getText(doc);
    }
  }
}
