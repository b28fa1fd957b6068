package dev.chitieu.report;

import dev.chitieu.core.assess.TargetResult;

/** The colour a result is shown in: one per verdict, and one per finer status while the deadline is ahead. */
enum Tone {
  EXCEEDED("A9D08E", "1E4620"),
  ACHIEVED("C6EFCE", "006100"),
  ON_TRACK("DDEBF7", "1F4E79"),
  AT_RISK("FFEB9C", "7F6000"),
  OFF_TRACK("F8CBAD", "843C0C"),
  NOT_ACHIEVED("FFC7CE", "9C0006"),
  NO_DATA("E7E6E6", "404040");

  /** Fill colour, RRGGBB. */
  final String fill;

  /** Text colour, RRGGBB. */
  final String text;

  Tone(String fill, String text) {
    this.fill = fill;
    this.text = text;
  }

  static Tone of(TargetResult r) {
    return switch (r.status()) {
      case ACHIEVED -> Verdict.of(r) == Verdict.EXCEEDED ? EXCEEDED : ACHIEVED;
      case ON_TRACK -> ON_TRACK;
      case AT_RISK -> AT_RISK;
      case OFF_TRACK -> OFF_TRACK;
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
