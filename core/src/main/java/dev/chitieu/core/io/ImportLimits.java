package dev.chitieu.core.io;

/**
 * The bounds an import keeps to, whatever the input: how long a field may be, how many fields a row may have, how
 * many rejected rows (and how many of their characters) a lenient import keeps in memory, and after how many problems
 * a strict import stops. With them, the heap an import needs grows with the measurements it keeps, not with the size
 * or the shape of the file. Immutable and thread-safe; each {@code with…} method returns a copy.
 *
 * <p>What happens at each bound:
 *
 * <ul>
 *   <li>a field longer than {@link #fieldLength()} characters, or a row with more than {@link #fieldsPerRow()} fields,
 *       is a bad row (strict: a problem; lenient: a rejected row). The reader never holds more of it than the bound:
 *       a rejected row keeps the first {@code fieldLength} characters of each field and the first {@code
 *       fieldsPerRow} fields. In JSON, a string over the bound stops the import (the parser cannot skip it);
 *   <li>beyond {@link #rejectedRows()} rejected rows or {@link #rejectedCharacters()} characters in them, a lenient
 *       import goes on counting them if it writes every rejected row to the file given by {@link
 *       ImportOptions#withRejectedRowsFile}, or, without such a file, stops with an {@link dev.chitieu.core.data.InvalidDataException} that
 *       says so;
 *   <li>a strict import stops adding rows to the set at the first bad row (nothing will be imported), goes on
 *       checking the rest, and stops reading after {@link #problems()} problems, saying that it stopped.
 * </ul>
 *
 * @param fieldLength the most characters a field may have; 32,767 (Excel's limit for a cell) by default
 * @param fieldsPerRow the most fields a row (or the header) may have; 1,024 by default
 * @param rejectedRows the most rejected rows a lenient import keeps in memory; 10,000 by default
 * @param rejectedCharacters the most characters (of fields and reasons) the rejected rows kept in memory may hold;
 *     16,777,216 (32 MB of text) by default
 * @param problems the most problems a strict import collects before it stops reading; 1,000 by default
 */
public record ImportLimits(int fieldLength, int fieldsPerRow, int rejectedRows, long rejectedCharacters,
    int problems) {
  /** The size of {@link ImportOptions#COLUMNS}; not read from it, which is not yet set while this class starts. */
  private static final int CANONICAL_COLUMNS = 8;
  private static final ImportLimits DEFAULTS = new ImportLimits(32_767, 1_024, 10_000, 1L << 24, 1_000);

  /** Checks that every bound is at least 1 (fields per row at least 8, the canonical columns). */
  public ImportLimits {
    positive(fieldLength, "fieldLength");
    positive(rejectedRows, "rejectedRows");
    positive(problems, "problems");
    if (rejectedCharacters < 1) {
      throw new IllegalArgumentException("rejectedCharacters must be at least 1, was " + rejectedCharacters);
    }
    if (fieldsPerRow < CANONICAL_COLUMNS) {
      throw new IllegalArgumentException("fieldsPerRow must be at least " + CANONICAL_COLUMNS
          + " (the canonical columns), was " + fieldsPerRow);
    }
  }

  /** The default bounds: 32,767 characters a field, 1,024 fields a row, 10,000 rejected rows, 1,000 problems. */
  public static ImportLimits defaults() {
    return DEFAULTS;
  }

  /** The same bounds with another field length. */
  public ImportLimits withFieldLength(int fieldLength) {
    return new ImportLimits(fieldLength, fieldsPerRow, rejectedRows, rejectedCharacters, problems);
  }

  /** The same bounds with another number of fields per row. */
  public ImportLimits withFieldsPerRow(int fieldsPerRow) {
    return new ImportLimits(fieldLength, fieldsPerRow, rejectedRows, rejectedCharacters, problems);
  }

  /** The same bounds with other numbers of rejected rows and of their characters kept in memory. */
  public ImportLimits withRejected(int rejectedRows, long rejectedCharacters) {
    return new ImportLimits(fieldLength, fieldsPerRow, rejectedRows, rejectedCharacters, problems);
  }

  /** The same bounds with another number of problems a strict import collects. */
  public ImportLimits withProblems(int problems) {
    return new ImportLimits(fieldLength, fieldsPerRow, rejectedRows, rejectedCharacters, problems);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
