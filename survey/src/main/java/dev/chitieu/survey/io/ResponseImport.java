package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.survey.Responses;
import java.util.List;

/**
 * What an import of responses produced: the responses taken, and the rows set aside with their reasons (bad rows in
 * lenient mode; in both modes the copies a duplicate rule set aside). Every row read is in exactly one of them, which
 * the constructor checks.
 *
 * @param responses the responses imported
 * @param rejected the rows set aside, in the order they were found
 * @param rowsRead how many data rows (or forms) were read; blank rows are not counted
 */
public record ResponseImport(Responses responses, List<RejectedRow> rejected, long rowsRead) {
  /**
   * Copies the rejected rows and checks that every row is accounted for.
   *
   * @throws IllegalArgumentException if accepted and rejected rows do not add up to the rows read
   */
  public ResponseImport {
    requireNonNull(responses, "responses");
    rejected = List.copyOf(rejected);
    if (responses.size() + rejected.size() != rowsRead) {
      throw new IllegalArgumentException("an import must account for every row it read: " + responses.size()
          + " accepted + " + rejected.size() + " rejected != " + rowsRead + " read");
    }
  }

  /** Whether every row was taken. */
  public boolean isClean() {
    return rejected.isEmpty();
  }
}
