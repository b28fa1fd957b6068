package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.DataProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An input row a lenient import did not take, with every reason, so that it can be written back out, fixed and
 * imported again.
 *
 * @param source the file or stream name
 * @param location where the row is: {@code line 12} or {@code sheet 'data' row 7}
 * @param fields the row's fields as read, by column name, in file order
 * @param problems why it was rejected; not empty
 */
public record RejectedRow(String source, String location, Map<String, String> fields, List<DataProblem> problems) {
  /** Copies the fields and problems. */
  public RejectedRow {
    requireNonNull(source, "source");
    requireNonNull(location, "location");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(fields, "fields")));
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row at " + source + " " + location + " needs a reason");
    }
  }
}
