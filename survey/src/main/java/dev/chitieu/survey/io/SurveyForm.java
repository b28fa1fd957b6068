package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.Component;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx form a business fills to assess itself against a criteria set, and reading filled forms back.
 *
 * <p>The form has three sheets: <em>Hướng dẫn</em> (instructions in Vietnamese, then English), <em>Phiếu</em> (the
 * form: who answers, then one row per criterion with its pillar, component, question and an answer cell) and a hidden
 * <em>Danh mục</em> (the answers' lists). Answer cells offer the criterion's answers as a drop-down (Excel data
 * validation), numbers are checked against their range, the size class is a drop-down and the date a date. Every
 * sheet is protected and the workbook's structure locked: only the answer cells can be edited. A hidden column holds
 * each row's field (a criterion's id), so reading does not depend on the rows' order.
 *
 * <p>Reading takes one filled workbook per respondent, with the guarantees of {@link ResponseCsv}: every problem
 * located (file, sheet and cell), strict or lenient, every form accepted or rejected, duplicates resolved by the
 * declared rule. Thread-safe (no state).
 */
public final class SurveyForm {
  /** The sheet a business fills. */
  public static final String FORM_SHEET = "Phiếu";
  /** The instructions sheet. */
  public static final String HELP_SHEET = "Hướng dẫn";
  /** The hidden sheet of answer lists. */
  public static final String LIST_SHEET = "Danh mục";

  private static final int ANSWER = 5;
  private static final int KEY = 7;
  private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);
  private static final String[] RESPONDENT_LABELS = {
    "Mã số doanh nghiệp / Enterprise code", "Mã xã, phường, đặc khu / Commune code",
    "Ngành (mã ngành cấp 1) / Sector", "Quy mô / Size class", "Ngày trả lời / Date of answer"};

  private SurveyForm() {}

  /**
   * Writes the form of a set.
   *
   * @param set the criteria set; complete
   * @param out where the workbook goes; not closed
   * @throws dev.chitieu.survey.InvalidCriteriaSetException if the set is not complete
   */
  public static void write(CriteriaSet set, OutputStream out) {
    requireNonNull(set, "set").requireComplete("print its form");
    requireNonNull(out, "out");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      help(wb, set, st);
      XSSFSheet lists = wb.createSheet(LIST_SHEET);
      form(wb, set, st, lists);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      lists.protectSheet("");
      wb.setActiveSheet(wb.getSheetIndex(FORM_SHEET));
      wb.lockStructure();
      var props = wb.getProperties().getCoreProperties();
      props.setTitle(set.title().vi());
      props.setCreator("chitieu");
      props.setCreated(Optional.of(java.util.Date.from(EPOCH.atStartOfDay().toInstant(ZoneOffset.UTC))));
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the form", e);
    }
  }

  private static void help(XSSFWorkbook wb, CriteriaSet set, Styles st) {
    XSSFSheet s = wb.createSheet(HELP_SHEET);
    s.setColumnWidth(0, 110 * 256);
    List<String> lines = new ArrayList<>();
    lines.add("PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ");
    lines.add(set.title().vi());
    if (set.sample()) {
      lines.add("MẪU: bộ tiêu chí này là số liệu giả lập để minh họa, không phải bộ tiêu chí chính thức."
          + " / SAMPLE: invented for demonstration, not an official set of criteria.");
    }
    lines.add("");
    lines.add("Hướng dẫn điền phiếu");
    lines.add("1. Mở trang \"" + FORM_SHEET + "\". Điền mã số doanh nghiệp, mã xã/phường/đặc khu nơi doanh nghiệp"
        + " hoạt động, mã ngành, quy mô và ngày trả lời vào các ô màu vàng ở đầu trang.");
    lines.add("2. Với mỗi tiêu chí, chọn câu trả lời trong danh sách thả xuống của ô màu vàng ở cột \"Trả lời\"."
        + " Với tiêu chí hỏi một con số, nhập số trong khoảng được ghi ở cột \"Ghi chú\" (dùng dấu phẩy"
        + " hoặc dấu chấm thập phân theo cài đặt của máy).");
    lines.add("3. Chọn \"Không áp dụng\" khi tiêu chí không liên quan đến hoạt động của doanh nghiệp; tiêu chí đó"
        + " không được tính vào điểm.");
    lines.add("4. Trả lời tất cả các tiêu chí. Không thêm, xóa hay đổi tên trang, hàng, cột: phiếu được khóa cấu"
        + " trúc để máy đọc lại được.");
    lines.add("5. Lưu tệp (.xlsx) và gửi lại cho cơ quan tổ chức khảo sát. Mỗi doanh nghiệp một tệp.");
    lines.add("");
    lines.add("Instructions (English)");
    lines.add("1. On the sheet \"" + FORM_SHEET + "\", fill in the yellow cells at the top: enterprise code,"
        + " commune code, sector, size class and the date of the answer.");
    lines.add("2. For each criterion pick the answer from the drop-down in the yellow \"Trả lời\" (answer) cell;"
        + " where a number is asked, enter it within the range given in the last column.");
    lines.add("3. Pick \"Không áp dụng\" (not applicable) where a criterion does not concern the business; it is"
        + " then left out of the score.");
    lines.add("4. Answer every criterion. Do not add, delete or rename sheets, rows or columns: the form is locked"
        + " so that it can be read back.");
    lines.add("5. Save the file (.xlsx) and send it back; one file per business.");
    lines.add("");
    lines.add("Nguồn của bộ tiêu chí / Sources of the criteria");
    for (Source src : set.sources().values()) {
      lines.add("- " + src.document() + (src.issued().isBlank() ? "" : " (" + src.issued() + ")")
          + (src.url().isBlank() ? "" : ": " + src.url()));
    }
    for (int i = 0; i < lines.size(); i++) {
      XSSFCell c = s.createRow(i).createCell(0);
      c.setCellValue(lines.get(i));
      c.setCellStyle(i == 0 ? st.title : lines.get(i).startsWith("MẪU") ? st.sample : st.wrap);
    }
    s.protectSheet("");
  }

  private static void form(XSSFWorkbook wb, CriteriaSet set, Styles st, XSSFSheet lists) {
    XSSFSheet s = wb.createSheet(FORM_SHEET);
    int[] widths = {6, 24, 24, 40, 50, 30, 4, 4, 30};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    s.setColumnHidden(KEY, true);
    s.setColumnHidden(6, true);
    DataValidationHelper dv = s.getDataValidationHelper();
    int r = 0;
    cell(s, r++, 0, "PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ / DIGITAL TRANSFORMATION SELF-ASSESSMENT", st.title);
    cell(s, r++, 0, set.title().vi() + " / " + set.title().en(), st.plain);
    if (set.sample()) {
      cell(s, r, 0, "MẪU / SAMPLE: bộ tiêu chí giả lập để minh họa / invented for demonstration", st.sample);
    }
    r += 2;
    // who answers
    List<String> keys = CriteriaSet.RESPONDENT_COLUMNS;
    for (int i = 0; i < keys.size(); i++, r++) {
      cell(s, r, 1, RESPONDENT_LABELS[i], st.label);
      XSSFCell answer = s.getRow(r).createCell(ANSWER);
      answer.setCellStyle(keys.get(i).equals("date") ? st.dateInput : st.input);
      s.getRow(r).createCell(KEY).setCellValue(keys.get(i));
    }
    int sizeRow = r - 2;
    int dateRow = r - 1;
    String[] sizes = java.util.Arrays.stream(SizeClass.values()).map(c -> c.label().vi()).toArray(String[]::new);
    add(s, dv.createExplicitListConstraint(sizes), sizeRow, "Quy mô / Size class",
        "Chọn siêu nhỏ, nhỏ, vừa hoặc lớn / pick micro, small, medium or large");
    add(s, dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
        "DATE(2100,12,31)", "dd/mm/yyyy"), dateRow, "Ngày / Date", "Nhập ngày, ví dụ 15/09/2026 / a date");
    r++;
    String[] head = {"STT", "Trụ cột / Pillar", "Chỉ số thành phần / Component", "Tiêu chí / Criterion",
        "Câu hỏi / Question", "Trả lời / Answer", "", "", "Ghi chú / Note"};
    XSSFRow hr = s.createRow(r++);
    for (int i = 0; i < head.length; i++) {
      XSSFCell c = hr.createCell(i);
      c.setCellValue(head[i]);
      c.setCellStyle(st.header);
    }
    int listColumn = 0;
    int n = 1;
    for (Pillar p : set.pillars()) {
      for (Component comp : p.components().orElseThrow()) {
        for (Criterion k : comp.criteria().orElseThrow()) {
          XSSFRow row = s.createRow(r);
          text(row, 0, String.valueOf(n++), st.cell);
          text(row, 1, p.name().vi(), st.cell);
          text(row, 2, comp.name().orElseThrow().vi(), st.cell);
          text(row, 3, k.name().vi(), st.cell);
          text(row, 4, k.question().orElseThrow().vi() + "\n" + k.question().orElseThrow().en(), st.cell);
          row.createCell(ANSWER).setCellStyle(st.input);
          row.createCell(KEY).setCellValue(k.id());
          Scale scale = k.scale().orElseThrow();
          if (scale instanceof Scale.Choice ch) {
            List<AnswerOption> options = ch.options();
            for (int o = 0; o < options.size(); o++) {
              XSSFRow lr = lists.getRow(o) == null ? lists.createRow(o) : lists.getRow(o);
              lr.createCell(listColumn).setCellValue(options.get(o).label().vi());
            }
            String col = CellReference.convertNumToColString(listColumn++);
            String ref = "'" + LIST_SHEET + "'!$" + col + "$1:$" + col + "$" + options.size();
            add(s, dv.createFormulaListConstraint(ref), r, "Trả lời / Answer",
                "Chọn một câu trả lời trong danh sách / pick an answer from the list");
            text(row, 8, "Chọn trong danh sách / pick from the list", st.cell);
          } else {
            Scale.Numeric num = (Scale.Numeric) scale;
            String max = num.max().map(BigDecimal::toPlainString).orElse("1E+300");
            add(s, dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                num.min().toPlainString(), max), r, "Số / Number", "Nhập một số từ " + num.min().toPlainString()
                + num.max().map(m -> " đến " + m.toPlainString()).orElse("") + " / a number in range");
            text(row, 8, "Số từ " + num.min().toPlainString() + num.max().map(m -> " đến " + m.toPlainString())
                .orElse(" trở lên") + (num.unit().vi().isBlank() ? "" : " (" + num.unit().vi() + ")"), st.cell);
          }
          r++;
        }
      }
    }
    s.createFreezePane(0, 0);
    s.protectSheet("");
  }

  private static void add(XSSFSheet s, DataValidationConstraint c, int row, String title, String text) {
    DataValidation v = s.getDataValidationHelper().createValidation(c,
        new CellRangeAddressList(row, row, ANSWER, ANSWER));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(title, text);
    v.setShowPromptBox(true);
    v.createPromptBox(title, text);
    if (c.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      v.setSuppressDropDownArrow(true);
    }
    s.addValidationData(v);
  }

  private static void cell(XSSFSheet s, int r, int c, String text, XSSFCellStyle style) {
    XSSFRow row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    text(row, c, text, style);
  }

  private static void text(XSSFRow row, int c, String text, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  /** The workbook's styles. */
  private static final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle plain;
    final XSSFCellStyle wrap;
    final XSSFCellStyle sample;
    final XSSFCellStyle label;
    final XSSFCellStyle header;
    final XSSFCellStyle cell;
    final XSSFCellStyle input;
    final XSSFCellStyle dateInput;

    Styles(XSSFWorkbook wb) {
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      XSSFFont red = wb.createFont();
      red.setBold(true);
      red.setColor(IndexedColors.DARK_RED.getIndex());
      title = wb.createCellStyle();
      title.setFont(bold);
      plain = wb.createCellStyle();
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      sample = wb.createCellStyle();
      sample.setFont(red);
      sample.setWrapText(true);
      label = wb.createCellStyle();
      label.setFont(bold);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      borders(header);
      cell = wb.createCellStyle();
      cell.setWrapText(true);
      cell.setVerticalAlignment(VerticalAlignment.TOP);
      borders(cell);
      input = wb.createCellStyle();
      input.setLocked(false);
      input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      input.setVerticalAlignment(VerticalAlignment.TOP);
      borders(input);
      dateInput = wb.createCellStyle();
      dateInput.cloneStyleFrom(input);
      dateInput.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static void borders(XSSFCellStyle s) {
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Reads filled forms, one respondent each, failing on any problem.
   *
   * @param files the workbooks
   * @param set the criteria set the forms were printed from
   * @param options the duplicate rule and the regions
   * @return the responses, and the forms a duplicate rule set aside
   * @throws InvalidDataException listing every problem with its file, sheet and cell
   */
  public static ResponseImport readStrict(List<Path> files, CriteriaSet set, ResponseOptions options) {
    return read(files, set, options, false);
  }

  /**
   * Reads filled forms, setting bad ones aside with their reasons.
   *
   * @param files the workbooks
   * @param set the criteria set the forms were printed from
   * @param options the duplicate rule and the regions
   * @return the good forms' responses and every bad form with its reasons
   */
  public static ResponseImport readLenient(List<Path> files, CriteriaSet set, ResponseOptions options) {
    return read(files, set, options, true);
  }

  private static ResponseImport read(List<Path> files, CriteriaSet set, ResponseOptions options, boolean lenient) {
    requireNonNull(files, "files");
    requireNonNull(set, "set");
    requireNonNull(options, "options");
    ResponseRows rows = new ResponseRows(set, options, lenient);
    List<String> columns = ResponseRows.columns(set);
    for (Path f : files) {
      if (rows.stopped()) {
        break;
      }
      String name = String.valueOf(f.getFileName());
      try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
        XSSFSheet s = wb.getSheet(FORM_SHEET);
        if (s == null) {
          rows.shapeProblem(name, "workbook", Collections.nCopies(columns.size(), ""), "has no sheet '"
              + FORM_SHEET + "'; this is not a form printed by chitieu survey form");
          continue;
        }
        Map<Integer, String> cells = new TreeMap<>();
        List<String> fields = new ArrayList<>(Collections.nCopies(columns.size(), ""));
        for (int r = s.getFirstRowNum(); r <= s.getLastRowNum(); r++) {
          XSSFRow row = s.getRow(r);
          if (row == null || row.getCell(KEY) == null || row.getCell(KEY).getCellType() != CellType.STRING) {
            continue;
          }
          int c = columns.indexOf(row.getCell(KEY).getStringCellValue());
          if (c >= 0) {
            fields.set(c, text(row.getCell(ANSWER), columns.get(c).equals("date")));
            cells.put(c, new CellReference(r, ANSWER).formatAsString());
          }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          if (!cells.containsKey(c)) {
            missing.add(columns.get(c));
          }
        }
        if (!missing.isEmpty()) {
          rows.shapeProblem(name, "sheet '" + FORM_SHEET + "'", fields, "has no row for " + String.join(", ",
              missing) + "; the form was not printed from criteria set '" + set.id() + "' or was changed");
          continue;
        }
        rows.row(name, "sheet '" + FORM_SHEET + "'", fields, c -> "sheet '" + FORM_SHEET + "' cell " + cells.get(c));
      } catch (IOException | RuntimeException e) {
        if (e instanceof InvalidDataException ide) {
          throw ide;
        }
        rows.shapeProblem(name, "workbook", Collections.nCopies(columns.size(), ""), "cannot be read as an .xlsx"
            + " workbook (" + e.getClass().getSimpleName() + ")");
      }
    }
    return rows.finish(files.size() == 1 ? String.valueOf(files.get(0).getFileName()) : "the forms");
  }

  private static String text(Cell cell, boolean date) {
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (t) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> date || DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
