package dev.chitieu.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Recomputes the cached values of a filled template's formulas, so that a reader that shows cached values (LibreOffice
 * does, for a file not saved by itself or Excel) shows the filled figures: a COUNTIF over filled cells reads 4, not
 * the template's 0.
 *
 * <p>POI's evaluator computes every formula it can. A formula it cannot (a function POI lacks, a link to another
 * workbook) keeps its formula and loses its stale cached value: LibreOffice computes a formula without a cached value
 * when it opens the file, and Excel recalculates every formula on open anyway (the workbook asks it to). Formulas that
 * use the clock or chance (TODAY, NOW, RAND, RANDBETWEEN, RANDARRAY), and the formulas that refer to their cells, are
 * not computed here, so that the same input still gives the same bytes; they too lose their cached value.
 */
final class FormulaRecalc {
  /** Functions whose value changes with the day or by chance. */
  static final Set<String> VOLATILE = Set.of("NOW", "TODAY", "RAND", "RANDBETWEEN", "RANDARRAY");

  /** A formula cell and the cells its formula refers to. */
  private record Formula(XSSFCell cell, String sheet, boolean volatileCall, List<Area> refs) {}

  /** A rectangle of cells of a sheet, 0-based and inclusive. */
  private record Area(String sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
    boolean contains(String s, int row, int col) {
      return sheet.equalsIgnoreCase(s) && row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
  }

  /**
   * What was done.
   *
   * @param computed formulas whose cached value POI computed
   * @param left formulas left to the spreadsheet, e.g. {@code 'Biểu 01'!C9}
   */
  record Result(int computed, List<String> left) {}

  private FormulaRecalc() {}

  static Result recalculate(XSSFWorkbook wb) {
    XSSFEvaluationWorkbook parsing = XSSFEvaluationWorkbook.create(wb);
    List<Formula> formulas = new ArrayList<>();
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      Sheet sheet = wb.getSheetAt(s);
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas.add(parse((XSSFCell) cell, sheet.getSheetName(), s, parsing));
          }
        }
      }
    }
    Set<XSSFCell> seeds = new HashSet<>();
    for (Formula f : formulas) {
      if (f.volatileCall()) {
        seeds.add(f.cell());
      }
    }
    Set<XSSFCell> volatileOnes = dependents(formulas, seeds);
    XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (Formula f : formulas) {
      if (!volatileOnes.contains(f.cell())) {
        try {
          evaluator.evaluateFormulaCell(f.cell());
        } catch (RuntimeException e) {
          // a function POI lacks, a link to another workbook, a formula it cannot parse: the spreadsheet computes it
          seeds.add(f.cell());
        }
      }
    }
    // what refers to a formula left to the spreadsheet is left to it too, whatever POI made of it
    Set<XSSFCell> leave = dependents(formulas, seeds);
    int computed = 0;
    List<String> left = new ArrayList<>();
    for (Formula f : formulas) {
      if (leave.contains(f.cell())) {
        dropCachedValue(f.cell());
        left.add("'" + f.sheet() + "'!" + f.cell().getAddress().formatAsString());
      } else {
        computed++;
      }
    }
    return new Result(computed, List.copyOf(left));
  }

  private static Formula parse(XSSFCell cell, String sheet, int sheetIndex, XSSFEvaluationWorkbook parsing) {
    List<Area> refs = new ArrayList<>();
    boolean[] volatileCall = {false};
    try {
      collect(FormulaParser.parse(cell.getCellFormula(), parsing, FormulaType.CELL, sheetIndex), sheet, parsing, refs,
          volatileCall, 0);
    } catch (RuntimeException e) {
      // not parsed here: the evaluator will fail on it too, and leave it to the spreadsheet
    }
    return new Formula(cell, sheet, volatileCall[0], refs);
  }

  /** The areas a formula refers to (through names too) and whether it calls a volatile function. */
  private static void collect(Ptg[] ptgs, String sheet, XSSFEvaluationWorkbook parsing, List<Area> refs,
      boolean[] volatileCall, int depth) {
    for (Ptg p : ptgs) {
      String on = p instanceof Pxg x && x.getSheetName() != null ? x.getSheetName() : sheet;
      if (p instanceof AbstractFunctionPtg fn) {
        if (VOLATILE.contains(fn.getName().toUpperCase(Locale.ROOT))) {
          volatileCall[0] = true;
        }
      } else if (p instanceof RefPtgBase r) {
        refs.add(new Area(on, r.getRow(), r.getRow(), r.getColumn(), r.getColumn()));
      } else if (p instanceof AreaPtgBase a) {
        refs.add(new Area(on, a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
      } else if (p instanceof NamePtg n && depth < 8) {
        EvaluationName name = parsing.getName(n);
        if (name != null && name.hasFormula()) {
          collect(name.getNameDefinition(), sheet, parsing, refs, volatileCall, depth + 1);
        }
      }
    }
  }

  /** The formulas of {@code seeds} and, step by step, those that refer to the cell of one of them. */
  private static Set<XSSFCell> dependents(List<Formula> formulas, Set<XSSFCell> seeds) {
    Set<XSSFCell> out = new HashSet<>(seeds);
    Deque<Formula> work = new ArrayDeque<>();
    for (Formula f : formulas) {
      if (seeds.contains(f.cell())) {
        work.add(f);
      }
    }
    while (!work.isEmpty()) {
      Formula v = work.pop();
      for (Formula f : formulas) {
        if (!out.contains(f.cell()) && refersTo(f, v)) {
          out.add(f.cell());
          work.add(f);
        }
      }
    }
    return out;
  }

  private static boolean refersTo(Formula f, Formula v) {
    for (Area a : f.refs()) {
      if (a.contains(v.sheet(), v.cell().getRowIndex(), v.cell().getColumnIndex())) {
        return true;
      }
    }
    return false;
  }

  /** Removes a formula's cached value and its type, so that a spreadsheet computes it when it opens the file. */
  private static void dropCachedValue(XSSFCell cell) {
    CTCell ct = cell.getCTCell();
    if (ct.isSetV()) {
      ct.unsetV();
    }
    if (ct.isSetT()) {
      ct.unsetT();
    }
  }
}
