package dev.chitieu.cli;

import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.io.ImportResult;
import java.io.PrintWriter;

/** Warnings every command prints on standard error. */
final class Warnings {
  private Warnings() {}

  /**
   * Prints what went wrong while loading the installed plans.
   *
   * @return whether anything did
   */
  static boolean registryFailures(PlanRegistry registry, PrintWriter err) {
    if (registry.isHealthy()) {
      return false;
    }
    err.println("chitieu: warning / cảnh báo: " + registry.failures().size()
        + " problem(s) with the installed plans; the plans concerned were left out:");
    registry.failures().forEach(f -> err.println("  - " + f.message()));
    err.flush();
    return true;
  }

  /** How many rows set aside are printed with their reasons; the others are counted. */
  static final int REJECTED_SHOWN = 50;

  /**
   * Prints the rows a lenient import set aside (the first {@value #REJECTED_SHOWN} with their reasons, the rest
   * counted), or that the input had no data row.
   */
  static void rejectedRows(ImportResult imported, PrintWriter err) {
    if (imported.rowsRead() == 0) {
      // a header-only file is valid input, but a report on it is almost always a mistake in the file given
      err.println("chitieu: warning / cảnh báo: the data has a header and no rows; every figure will be missing "
          + "/ tệp số liệu chỉ có dòng tiêu đề, không có dòng số liệu nào");
      err.flush();
      return;
    }
    if (imported.isClean()) {
      return;
    }
    err.println("chitieu: warning / cảnh báo: " + imported.rowsRejected() + " of " + imported.rowsRead()
        + " rows were set aside / dòng bị bỏ qua:");
    imported.rejected().stream().limit(REJECTED_SHOWN)
        .forEach(r -> r.problems().forEach(p -> err.println("  - " + p.message())));
    long more = imported.rowsRejected() - Math.min(REJECTED_SHOWN, imported.rejected().size());
    if (more > 0) {
      err.println("  … and " + more + " more rows / và " + more + " dòng khác (every one with --rejected FILE / ghi"
          + " đủ bằng --rejected FILE)");
    }
    err.flush();
  }

  /** Prints how many rows lie outside the plan's region and are left out, and the first of them. */
  static void outsideRegion(dev.chitieu.core.model.Plan plan, java.util.List<dev.chitieu.core.data.DataProblem> rows,
      PrintWriter err) {
    err.println("chitieu: warning / cảnh báo: " + rows.size() + (rows.size() == 1 ? " row lies" : " rows lie")
        + " outside the region of plan '" + plan.id() + "' (" + plan.region() + ") and " + (rows.size() == 1 ? "is"
        : "are") + " not used / dòng ngoài địa bàn của kế hoạch, không được dùng:");
    rows.stream().limit(Assessing.SHOWN).forEach(p -> err.println("  - " + p.message()));
    if (rows.size() > Assessing.SHOWN) {
      err.println("  … and " + (rows.size() - Assessing.SHOWN) + " more / và " + (rows.size() - Assessing.SHOWN)
          + " dòng khác");
    }
    err.flush();
  }
}
