package dev.chitieu.report;

import dev.chitieu.report.ReportModel.Part;
import dev.chitieu.report.ReportModel.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The texts of the appendix form's cells, as the .docx and the PDF print them (the workbook keeps numbers). */
final class FormCells {
  private FormCells() {}

  /** The columns' widths in millimetres on a landscape A4 page with 20 mm margins (257 mm in all). */
  static final double[] WIDTHS_MM = {11, 48, 17, 19, 17, 17, 17, 15, 24, 19, 19, 34};

  /** How a column's cells align. */
  enum Align { LEFT, CENTER, RIGHT }

  /** The alignment of column {@code c}: names and notes left, figures right, the rest centred. */
  static Align alignment(int c) {
    return switch (c) {
      case 1, 9, 10, 11 -> Align.LEFT;
      case 3, 4, 5, 6, 7 -> Align.RIGHT;
      default -> Align.CENTER;
    };
  }

  /** The cells of a target's row, in the order of {@link ReportModel#columns}. */
  static List<String> of(ReportModel m, Row r) {
    return List.of(r.ordinal(), r.fullName(), r.unit(), r.planText(), number(m, r.previous(), r.decimals()),
        number(m, r.value(), r.decimals()), r.changeText(), number(m, r.percent(), 2), r.verdict(), r.leadAgency(),
        r.dataSource(), r.notes());
  }

  /** The cells of one member or period under a target's row. */
  static List<String> of(ReportModel m, Row r, Part p) {
    return List.of("", "- " + p.label(), "", "", number(m, p.previous(), r.decimals()),
        number(m, p.value(), r.decimals()), p.changeText(), number(m, p.percent(), 2), p.verdict(), "", "",
        p.notes());
  }

  private static String number(ReportModel m, Optional<BigDecimal> v, int decimals) {
    return v.map(x -> Texts.number(x, decimals, m.lang)).orElse("—");
  }
}
