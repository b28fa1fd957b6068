package dev.chitieu.cli;

/** The output forms the commands know. */
final class Formats {
  private Formats() {}

  /** What {@code --format} of {@code plans} and {@code assess} accepts. */
  enum Output {
    /** A table a person reads in a terminal. */
    TEXT,
    /** JSON another program reads. */
    JSON
  }
}
