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

  /**
   * Adds a text unless the table is full; empty texts, and texts with characters XML cannot hold (written inline,
   * where they become '?'), are never shared.
   */
  void add(String s) {
    if (s.isEmpty() || index.size() >= max || index.containsKey(s) || !xmlSafe(s)) {
      return;
    }
    index.put(s, table.addSharedStringItem(new XSSFRichTextString(s)));
  }

  private static boolean xmlSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
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
