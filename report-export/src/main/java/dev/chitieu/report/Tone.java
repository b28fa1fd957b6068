package dev.chitieu.report;

import dev.chitieu.core.assess.TargetResult;

/** The colour a result is shown in: one per verdict, and one per finer status while the deadline is ahead. */
enum Tone {
  EXCEEDED("A9D08E", "1E4620", "37863C"),
  ACHIEVED("C6EFCE", "006100", "70AD47"),
  ON_TRACK("DDEBF7", "1F4E79", "5B9BD5"),
  AT_RISK("FFEB9C", "7F6000", "FFC000"),
  OFF_TRACK("F8CBAD", "843C0C", "ED7D31"),
  NOT_YET("FFF2CC", "7F6000", "BF9000"),
  NOT_ACHIEVED("FFC7CE", "9C0006", "C00000"),
  NO_DATA("E7E6E6", "404040", "A6A6A6"),
  NOT_DUE("F2F2F2", "595959", "BFBFBF");

  /** Fill colour, RRGGBB. */
  final String fill;

  /** Text colour, RRGGBB. */
  final String text;

  /** Colour of a bar or chart column: the text colour lightened, readable on white; RRGGBB. */
  final String bar;

  Tone(String fill, String text, String bar) {
    this.fill = fill;
    this.text = text;
    this.bar = bar;
  }

  static Tone of(TargetResult r) {
    return switch (r.status()) {
      case ACHIEVED -> Verdict.of(r) == Verdict.EXCEEDED ? EXCEEDED : ACHIEVED;
      case ON_TRACK -> ON_TRACK;
      case AT_RISK -> AT_RISK;
      case OFF_TRACK -> OFF_TRACK;
      case NOT_YET_ACHIEVED -> NOT_YET;
      case NOT_DUE -> NOT_DUE;
      case NOT_ACHIEVED -> NOT_ACHIEVED;
      case NO_DATA -> NO_DATA;
    };
  }

  int fillRgb() {
    return Integer.parseInt(fill, 16);
  }

  int textRgb() {
    return Integer.parseInt(text, 16);
  }

  int barRgb() {
    return Integer.parseInt(bar, 16);
  }

  byte[] barBytes() {
    return bytes(barRgb());
  }

  byte[] fillBytes() {
    return bytes(fillRgb());
  }

  byte[] textBytes() {
    return bytes(textRgb());
  }

  private static byte[] bytes(int rgb) {
    return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
  }
}
