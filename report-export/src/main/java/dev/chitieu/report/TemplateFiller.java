package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.Lang;
import dev.chitieu.core.Target;
import dev.chitieu.core.TargetId;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.TargetResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a user's workbook: placeholders {@code ${…}} in text cells, and named ranges of the same names, get the
 * report's values. Values go into the existing cells, so every style of the template stays as it was.
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

  /** A resolved value: a number (with its decimals) or a text. */
  record Value(Optional<BigDecimal> number, int decimals, String text) {
    static Value text(String s) {
      return new Value(Optional.empty(), 0, s);
    }

    static Value number(Optional<BigDecimal> n, int decimals, Lang lang) {
      return n.map(v -> new Value(Optional.of(v), decimals, Texts.number(v, decimals, lang)))
          .orElseGet(() -> text("—"));
    }
  }

  void fill(InputStream template, OutputStream out) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook(template);
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            fillCell(cell, "sheet '" + sheet.getSheetName() + "' cell " + new CellReference(cell)
                .formatAsString(false));
          }
        }
      }
    }
    for (Name name : wb.getAllNames()) {
      fillName(wb, name);
    }
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

  private void fillCell(Cell cell, String where) {
    String s = cell.getStringCellValue();
    if (!s.contains("${")) {
      return;
    }
    Matcher all = PLACEHOLDER.matcher(s);
    if (all.matches()) {
      set(cell, resolve(all.group(1).strip(), where));
      return;
    }
    StringBuilder b = new StringBuilder();
    Matcher mm = PLACEHOLDER.matcher(s);
    while (mm.find()) {
      mm.appendReplacement(b, Matcher.quoteReplacement(resolve(mm.group(1).strip(), where).text()));
    }
    mm.appendTail(b);
    cell.setCellValue(b.toString());
  }

  private static void set(Cell cell, Value v) {
    if (v.number().isPresent()) {
      cell.setCellValue(v.number().get().doubleValue());
    } else {
      cell.setCellValue(v.text());
    }
  }

  private void fillName(XSSFWorkbook wb, Name name) {
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
    Sheet sheet = ref.getSheetName() == null ? null : wb.getSheet(ref.getSheetName());
    if (sheet == null) {
      throw new TemplateException(where, "refers to '" + formula + "', whose sheet is not in the workbook");
    }
    Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
    Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    set(cell, resolve(key, where + " (" + formula + ")"));
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
      case "period" -> Value.text(ev.period().map(p -> Texts.periodShort(p, lang)).orElse("—"));
      case "coverage" -> Value.text(ev.coverage().map(Object::toString).orElse("—"));
      case "deadline" -> Value.text(Texts.shortDate(row.target().deadline()));
      case "notes" -> Value.text(notes);
      case "progress" -> Value.text(r.progress().category().label().get(lang));
      default -> throw new IllegalStateException(t(lang, "", "") + field);
    };
  }
}
