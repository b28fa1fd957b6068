package dev.chitieu.report;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXstring;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRElt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The text of a template's cell as the file stores it: a shared or inline string ({@code <si>} or {@code <is>}),
 * either one plain {@code <t>} or rich-text runs {@code <r>} each with its own font. A placeholder may span runs (a
 * spreadsheet splits the text where the formatting changes, or where the user typed it in two goes): the text is read
 * as the runs joined, and edited run by run, so that the formatting of the text around the placeholders stays.
 */
final class CellText {
  private static final QName SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

  /**
   * Replaces the characters {@code start} to {@code end} (exclusive) of the joined text by {@code text}.
   *
   * @param start the first character replaced, in the joined text of the runs
   * @param end one past the last
   * @param text what goes in their place, in the format of the run where {@code start} is
   */
  record Edit(int start, int end, String text) {}

  private CellText() {}

  /** The text of a string as stored: its runs joined, or its plain text. */
  static String of(CTRst st) {
    if (st.sizeOfRArray() == 0) {
      return st.isSetT() ? st.getT() : "";
    }
    StringBuilder b = new StringBuilder();
    for (CTRElt r : st.getRArray()) {
      b.append(r.getT() == null ? "" : r.getT());
    }
    return b.toString();
  }

  /**
   * A copy of a string with the edits made: each replacement takes the format of the run where its placeholder
   * starts; the characters of the placeholder in later runs go; runs left empty go (one is kept if all are). Phonetic
   * runs ({@code <rPh>}), which point at characters of the old text, go too.
   *
   * @param src the string as stored; not changed
   * @param edits in order, not overlapping
   */
  static CTRst edited(CTRst src, List<Edit> edits) {
    CTRst st = (CTRst) src.copy();
    if (st.sizeOfRArray() == 0) {
      String t = st.isSetT() ? st.getT() : "";
      st.setT(apply(t, 0, edits));
      preserveSpaces(st.xgetT());
    } else {
      int pos = 0;
      List<Integer> empty = new ArrayList<>();
      for (int i = 0; i < st.sizeOfRArray(); i++) {
        CTRElt r = st.getRArray(i);
        String t = r.getT() == null ? "" : r.getT();
        String now = apply(t, pos, edits);
        r.setT(now);
        preserveSpaces(r.xgetT());
        if (now.isEmpty()) {
          empty.add(i);
        }
        pos += t.length();
      }
      if (empty.size() == st.sizeOfRArray()) {
        empty.remove(0);
      }
      for (int k = empty.size() - 1; k >= 0; k--) {
        st.removeR(empty.get(k));
      }
    }
    for (int k = st.sizeOfRPhArray() - 1; k >= 0; k--) {
      st.removeRPh(k);
    }
    return st;
  }

  /** The part of a run's text {@code t}, which starts at {@code from} in the joined text, after the edits. */
  private static String apply(String t, int from, List<Edit> edits) {
    StringBuilder b = new StringBuilder(t.length());
    int end = from + t.length();
    int k = from;
    for (Edit e : edits) {
      if (e.end() <= k || e.start() >= end) {
        if (e.start() >= end) {
          break;
        }
        continue;
      }
      // the edit meets this run: keep what comes before it, put its text where it starts, drop its characters
      if (e.start() > k) {
        b.append(t, k - from, e.start() - from);
      }
      if (e.start() >= from) {
        b.append(e.text());
      }
      k = Math.min(e.end(), end);
    }
    if (k < end) {
      b.append(t, k - from, end - from);
    }
    return b.toString();
  }

  /** Marks a text that starts or ends with white space {@code xml:space="preserve"}, so that readers keep it. */
  private static void preserveSpaces(STXstring xs) {
    String s = xs.getStringValue();
    if (s == null || s.isEmpty()
        || !(Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
      return;
    }
    try (XmlCursor c = xs.newCursor()) {
      if (c.getAttributeText(SPACE) == null) {
        c.toNextToken();
        c.insertAttributeWithValue(SPACE, "preserve");
      }
    }
  }
}
