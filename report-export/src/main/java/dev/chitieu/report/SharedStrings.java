package dev.chitieu.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A bounded dictionary of texts added to a workbook's shared-string table, in first-seen order. */
final class SharedStrings {
  private final SharedStringsTable table;
  private final Map<String, Integer> index = new HashMap<>();
  private final int max;

  SharedStrings(XSSFWorkbook wb, int max) {
    this.table = wb.getSharedStringSource();
    this.max = max;
  }

  /** Adds a text unless the table is full; empty texts are never shared. */
  void add(String s) {
    if (s.isEmpty() || index.size() >= max || index.containsKey(s)) {
      return;
    }
    index.put(s, table.addSharedStringItem(new XSSFRichTextString(s)));
  }

  boolean isFull() {
    return index.size() >= max;
  }

  /** The index of a shared text, or -1 when it is written inline. */
  int index(String s) {
    Integer i = index.get(s);
    return i == null ? -1 : i;
  }
}
