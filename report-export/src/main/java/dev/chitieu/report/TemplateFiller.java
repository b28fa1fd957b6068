package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.TargetResult;
import dev.chitieu.core.io.SpreadsheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Fills a user's workbook: placeholders {@code ${…}} in text cells, and named ranges of the same names, get the
 * report's values. Values go into the existing cells, so every style of the template stays as it was. Text is found
 * however the template stores it (shared or inline strings, rich-text runs: see {@link CellText}); every problem of
 * the template is collected and reported in one {@link TemplateException} before anything is written; the formulas
 * are recalculated after filling ({@link FormulaRecalc}).
 */
final class TemplateFiller {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern TARGET = Pattern.compile("target:([^\\[\\]]+?)(?:\\[([^\\]]+)])?\\.([a-z-]+)");

  /** The fields a target placeholder may name. */
  static final List<String> FIELDS = List.of("value", "threshold", "percent", "gap", "projection", "status",
      "verdict", "explanation", "statement", "indicator", "unit", "period", "coverage", "deadline", "notes",
      "progress");

  /** The report-wide names. */
  static final List<String> GLOBALS = List.of("plan.title", "plan.number", "plan.id", "plan.authority",
      "region.name", "asOf", "report.date", "report.number", "report.period", "report.title", "report.sample");

  private final ReportModel m;
  private final Lang lang;

  TemplateFiller(ReportModel m) {
    this.m = m;
    this.lang = m.lang;
  }

  /**
   * A resolved value: a number (with its decimals) or a text; {@code absent} when there is no figure (the text is
   * then "—", or nothing with the option {@code |empty}).
   */
  record Value(Optional<BigDecimal> number, int decimals, String text, boolean absent) {
    static Value text(String s) {
      return new Value(Optional.empty(), 0, s, false);
    }

    static Value missing() {
      return new Value(Optional.empty(), 0, "—", true);
    }

    static Value number(Optional<BigDecimal> n, int decimals, Lang lang) {
      return n.map(v -> new Value(Optional.of(v), decimals, Texts.number(v, decimals, lang), false))
          .orElseGet(Value::missing);
    }
  }

  /** What a placeholder asks for: its key, and whether to leave nothing where there is no figure. */
  private record Placeholder(String key, boolean emptyWhenAbsent) {}

  /** The options a placeholder may add after a '|'. */
  static final List<String> OPTIONS = List.of("empty");

  void fill(InputStream template, OutputStream out) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook(template);
    List<TemplateException.Problem> problems = new ArrayList<>();
    Map<Short, XSSFCellStyle> quoted = new HashMap<>();
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            fillCell((XSSFCell) cell, "sheet '" + sheet.getSheetName() + "' cell " + new CellReference(cell)
                .formatAsString(false), problems, quoted);
          }
        }
      }
    }
    for (Name name : wb.getAllNames()) {
      try {
        fillName(wb, name, quoted);
      } catch (TemplateException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new TemplateException(problems);
    }
    FormulaRecalc.recalculate(wb);
    // Excel recalculates on open; LibreOffice computes the formulas FormulaRecalc left without a cached value
    wb.setForceFormulaRecalculation(true);
    var core = wb.getProperties().getCoreProperties();
    core.setModified(Optional.of(Date.from(m.assessment.asOf().atStartOfDay().toInstant(ZoneOffset.UTC))));
    core.setLastModifiedByUser("chitieu");
    FixedTimeWorkbook sx = new FixedTimeWorkbook(wb, XlsxReport.zipTime(m.assessment.asOf()));
    try {
      sx.write(out);
    } finally {
      sx.close();
    }
  }

  /**
   * Fills the placeholders of a text cell, whether its text is a shared string, an inline string or rich-text runs.
   * A cell with a problem is left as it is and the problem added to {@code problems}.
   */
  private void fillCell(XSSFCell cell, String where, List<TemplateException.Problem> problems,
      Map<Short, XSSFCellStyle> quoted) {
    CTRst stored = cell.getRichStringCellValue().getCTRst();
    String s = CellText.of(stored);
    if (!s.contains("${")) {
      return;
    }
    int before = problems.size();
    Matcher all = PLACEHOLDER.matcher(s);
    if (all.matches()) {
      try {
        Placeholder p = placeholder(all.group(1), where);
        Value v = resolve(p.key(), where);
        if (v.number().isPresent()) {
          cell.setBlank();
          cell.setCellValue(v.number().get().doubleValue());
        } else if (v.absent() && p.emptyWhenAbsent()) {
          cell.setBlank();
        } else {
          setText(cell, CellText.edited(stored, List.of(new CellText.Edit(0, s.length(), v.text()))), v.text(),
              quoted);
        }
      } catch (TemplateException e) {
        problems.addAll(e.problems());
      }
      return;
    }
    List<CellText.Edit> edits = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Matcher mm = PLACEHOLDER.matcher(s);
    int last = 0;
    while (mm.find()) {
      unclosed(s.substring(last, mm.start()), where, problems);
      try {
        Placeholder p = placeholder(mm.group(1), where);
        Value v = resolve(p.key(), where);
        String put = v.absent() && p.emptyWhenAbsent() ? "" : v.text();
        edits.add(new CellText.Edit(mm.start(), mm.end(), put));
        text.append(s, last, mm.start()).append(put);
      } catch (TemplateException e) {
        problems.addAll(e.problems());
      }
      last = mm.end();
    }
    unclosed(s.substring(last), where, problems);
    text.append(s, last, s.length());
    if (problems.size() == before) {
      setText(cell, CellText.edited(stored, edits), text.toString(), quoted);
    }
  }

  /** A "${" with no "}" after it: a placeholder the user did not finish. */
  private static void unclosed(String between, String where, List<TemplateException.Problem> problems) {
    int at = between.indexOf("${");
    if (at >= 0) {
      String start = between.substring(at, Math.min(between.length(), at + 40));
      problems.add(new TemplateException.Problem(where, "the placeholder '" + start + "' is not closed; expected "
          + "'}' after its name, e.g. ${target:<id>.value}"));
    }
  }

  /** The key and the options of a placeholder's content: {@code target:hp.x.value|empty}. */
  private static Placeholder placeholder(String content, String where) {
    String[] parts = content.split("\\|", -1);
    boolean empty = false;
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i].strip();
      if (option.equals("empty")) {
        empty = true;
      } else {
        throw new TemplateException(where, "placeholder '${" + content.strip() + "}' has the option '" + option
            + "'; expected one of " + OPTIONS + " ('|empty' leaves the cell empty when there is no figure)");
      }
    }
    return new Placeholder(parts[0].strip(), empty);
  }

  /**
   * Writes text into a template's cell: an inline string stays inline ({@code <is>}, which POI would leave behind
   * with the new text in a {@code <v>} no reader shows), any other becomes a shared string. Text that a spreadsheet
   * would read as a formula (it starts with = + - @, a tab or a carriage return) is marked quote-prefixed: inert text.
   */
  private static void setText(XSSFCell cell, CTRst text, String plain, Map<Short, XSSFCellStyle> quoted) {
    CTCell ct = cell.getCTCell();
    if (ct.getT() == STCellType.INLINE_STR) {
      ct.setIs(text);
      if (ct.isSetV()) {
        ct.unsetV();
      }
    } else {
      cell.setCellValue(new XSSFRichTextString(text));
    }
    if (SpreadsheetText.isFormulaLike(plain) && !cell.getCellStyle().getQuotePrefixed()) {
      XSSFCellStyle old = cell.getCellStyle();
      cell.setCellStyle(quoted.computeIfAbsent(old.getIndex(), k -> {
        XSSFCellStyle q = cell.getSheet().getWorkbook().createCellStyle();
        q.cloneStyleFrom(old);
        q.setQuotePrefixed(true);
        return q;
      }));
    }
  }

  /** Writes a resolved value into a named cell. */
  private static void set(XSSFCell cell, Value v, Map<Short, XSSFCellStyle> quoted) {
    cell.setBlank();
    if (v.number().isPresent()) {
      cell.setCellValue(v.number().get().doubleValue());
    } else {
      CTRst text = CTRst.Factory.newInstance();
      text.setT(v.text());
      setText(cell, text, v.text(), quoted);
    }
  }

  private void fillName(XSSFWorkbook wb, Name name, Map<Short, XSSFCellStyle> quoted) {
    String n = name.getNameName();
    String key = keyOfName(n);
    if (key == null) {
      return;
    }
    String where = "named range '" + n + "'";
    String formula = name.getRefersToFormula();
    AreaReference area;
    try {
      area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
    } catch (RuntimeException e) {
      throw new TemplateException(where, "refers to '" + formula + "', which is not a cell; expected a single "
          + "cell such as 'Báo cáo'!$C$7");
    }
    if (!area.isSingleCell()) {
      throw new TemplateException(where, "refers to the range " + formula + "; expected a single cell");
    }
    CellReference ref = area.getFirstCell();
    XSSFSheet sheet = ref.getSheetName() == null ? null : wb.getSheet(ref.getSheetName());
    if (sheet == null) {
      throw new TemplateException(where, "refers to '" + formula + "', whose sheet is not in the workbook");
    }
    XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
    XSSFCell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    set(cell, resolve(key, where + " (" + formula + ")"), quoted);
  }

  /**
   * The placeholder key of a named range, or null for names that are not ours. {@code target.hp.ecommerce_share.value}
   * is {@code target:hp.ecommerce-share.value} (Excel names allow no '-': write '_' instead).
   */
  private String keyOfName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String g : GLOBALS) {
      if (g.equalsIgnoreCase(name)) {
        return g;
      }
    }
    if (!lower.startsWith("target.")) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    String field = name.substring(dot + 1).toLowerCase(Locale.ROOT).replace('_', '-');
    String idPart = name.substring("target.".length(), Math.max("target.".length(), dot));
    List<Target> matches = m.plan.targets().stream()
        .filter(tg -> tg.id().value().replace('-', '_').equalsIgnoreCase(idPart)).toList();
    if (matches.size() > 1) {
      throw new TemplateException("named range '" + name + "'", "matches the targets " + matches.stream()
          .map(tg -> tg.id().value()).toList() + "; use a ${target:…} placeholder in the cell instead");
    }
    String id = matches.isEmpty() ? idPart : matches.get(0).id().value();
    return "target:" + id + "." + field;
  }

  /** The value of a placeholder key. */
  Value resolve(String key, String where) {
    switch (key) {
      case "plan.title":
        return Value.text(m.planTitle);
      case "plan.number":
        return Value.text(m.plan.documentNumber());
      case "plan.id":
        return Value.text(m.plan.id().value());
      case "plan.authority":
        return Value.text(m.pick(m.plan.authority()));
      case "region.name":
        return Value.text(m.pick(m.assessment.region().name()));
      case "asOf":
        return Value.text(Texts.shortDate(m.assessment.asOf()));
      case "report.date":
        return Value.text(m.dateLine);
      case "report.number":
        return Value.text(m.numberLine);
      case "report.period":
        return Value.text(Texts.periodName(m.reportingPeriod, lang));
      case "report.title":
        return Value.text(m.title + " " + m.subtitle);
      case "report.sample":
        return Value.text(m.sampleBanner.orElse(""));
      default:
        break;
    }
    Matcher tm = TARGET.matcher(key);
    if (!tm.matches()) {
      throw new TemplateException(where, "unknown placeholder '${" + key + "}'; expected one of " + GLOBALS.stream()
          .map(g -> "${" + g + "}").collect(Collectors.joining(", ")) + ", or ${target:<id>.<field>} with a field "
          + "of " + FIELDS);
    }
    String id = tm.group(1);
    Optional<String> part = Optional.ofNullable(tm.group(2));
    String field = tm.group(3);
    ReportModel.Row row = m.rows.stream().filter(r -> r.target().id().equals(TargetId.of(id))).findFirst()
        .orElseThrow(() -> new TemplateException(where, "placeholder '${" + key + "}' names no target of plan '"
            + m.plan.id() + "'; its targets are " + m.plan.targets().stream().map(tg -> tg.id().value()).toList()));
    if (!FIELDS.contains(field)) {
      throw new TemplateException(where, "placeholder '${" + key + "}' names no field '" + field + "'; expected one "
          + "of " + FIELDS);
    }
    if (part.isEmpty()) {
      return field(row, row.result(), row.notes(), field);
    }
    String want = part.get();
    for (int k = 0; k < row.result().parts().size(); k++) {
      TargetResult p = row.result().parts().get(k);
      String code = p.member().orElseGet(() -> p.period().map(Object::toString).orElse(""));
      if (code.equals(want)) {
        return field(row, p, row.parts().get(k).notes(), field);
      }
    }
    throw new TemplateException(where, "placeholder '${" + key + "}' names no part '" + want + "' of target '" + id
        + "'; its parts are " + row.result().parts().stream().map(p -> p.member().orElseGet(() -> p.period()
            .map(Object::toString).orElse(""))).toList());
  }

  private Value field(ReportModel.Row row, TargetResult r, String notes, String field) {
    Evidence ev = r.evidence();
    return switch (field) {
      case "value" -> Value.number(ev.value(), row.decimals(), lang);
      case "threshold" -> Value.number(Optional.of(row.threshold()), row.thresholdDecimals(), lang);
      case "percent" -> Value.number(ev.percentOfTarget(), 2, lang);
      case "gap" -> Value.number(ev.gap(), row.decimals(), lang);
      case "projection" -> Value.number(ev.projection().map(p -> p.value()), row.decimals(), lang);
      case "status" -> Value.text(Verdict.describe(r, lang));
      case "verdict" -> Value.text(Verdict.of(r).label().get(lang));
      case "explanation" -> Value.text(m.pick(r.explanation()));
      case "statement" -> Value.text(row.statement());
      case "indicator" -> Value.text(row.name());
      case "unit" -> Value.text(row.unit());
      case "period" -> ev.period().map(p -> Value.text(Texts.periodShort(p, lang))).orElseGet(Value::missing);
      case "coverage" -> ev.coverage().map(c -> Value.text(c.toString())).orElseGet(Value::missing);
      case "deadline" -> Value.text(Texts.shortDate(row.target().deadline()));
      case "notes" -> Value.text(notes);
      case "progress" -> Value.text(r.progress().category().label().get(lang));
      default -> throw new IllegalStateException(t(lang, "", "") + field);
    };
  }
}
