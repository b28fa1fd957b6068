package dev.chitieu.survey.io;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.io.RejectedRow;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Respondent;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns rows of response fields (from a CSV table or from filled forms) into responses, with the importers'
 * guarantees: every problem located, every row either accepted or rejected with its reasons, duplicates resolved by
 * the declared rule, strict or lenient. Not thread-safe; one per import.
 */
final class ResponseRows {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final CriteriaSet set;
  private final List<Criterion> criteria;
  private final ResponseOptions options;
  private final boolean lenient;
  private final Responses.Builder builder;
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  /** Where each respondent held was read from, by builder index. */
  private final List<String> origins = new ArrayList<>();
  /** Ids whose every copy was set aside (DROP_ALL, or ERROR in lenient mode): a later copy is set aside too. */
  private final Map<String, String> dropped = new HashMap<>();
  private long rowsRead;
  private boolean stopped;

  ResponseRows(CriteriaSet set, ResponseOptions options, boolean lenient) {
    this.set = set;
    this.builder = Responses.builder(set);
    this.criteria = set.criteria();
    this.options = options;
    this.lenient = lenient;
  }

  /** The columns a table of responses has, in the canonical order. */
  static List<String> columns(CriteriaSet set) {
    List<String> c = new ArrayList<>(CriteriaSet.RESPONDENT_COLUMNS);
    set.criteria().forEach(k -> c.add(k.id()));
    return c;
  }

  /** Whether a strict import has collected as many problems as it may. */
  boolean stopped() {
    return stopped;
  }

  /**
   * Reads one row.
   *
   * @param source the file
   * @param where where the row is, e.g. {@code line 12}
   * @param fields the fields by canonical column ({@link #columns}), blank where absent
   * @param fieldAt where each field is, by canonical column index, or null to name the column only
   */
  void row(String source, String where, List<String> fields, IntFunction<String> fieldAt) {
    rowsRead++;
    List<DataProblem> rowProblems = new ArrayList<>();
    List<String> names = columns(set);
    Problems p = (column, value, problem, expected) -> rowProblems.add(new DataProblem(source,
        fieldAt == null ? where : fieldAt.apply(column), names.get(column), value, problem, expected));
    String id = fields.get(0).strip();
    if (id.isEmpty()) {
      p.add(0, "", "is blank", "the respondent's id, e.g. its enterprise code");
    }
    RegionCode commune = null;
    String c = fields.get(1).strip();
    if (!RegionCode.isValid(c)) {
      p.add(1, c, c.isEmpty() ? "is blank" : "is not a region code", "the code of the commune or ward, e.g. 07210");
    } else {
      commune = RegionCode.of(c);
      if (options.regions().isPresent() && !options.regions().get().contains(commune)) {
        p.add(1, c, "is not a unit of the region hierarchy", "a commune or ward code of the plan's province");
        commune = null;
      }
    }
    String sector = fields.get(2).strip();
    SizeClass size = null;
    try {
      size = SizeClass.parse(fields.get(3));
    } catch (IllegalArgumentException e) {
      p.add(3, fields.get(3), "is not a size class", "micro, small, medium or large (siêu nhỏ, nhỏ, vừa, lớn)");
    }
    LocalDate date = date(fields.get(4).strip()).orElse(null);
    if (date == null) {
      p.add(4, fields.get(4), "is not a date", "YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-09-15 or 15/09/2026");
    }
    int n = criteria.size();
    int[] choice = new int[n];
    double[] number = new double[n];
    for (int k = 0; k < n; k++) {
      int col = CriteriaSet.RESPONDENT_COLUMNS.size() + k;
      String text = fields.get(col).strip();
      Scale scale = criteria.get(k).scale().orElseThrow();
      if (text.isEmpty()) {
        p.add(col, "", "is not answered", expected(scale));
        continue;
      }
      if (scale instanceof Scale.Choice ch) {
        int index = indexOf(ch, text);
        if (index < 0) {
          p.add(col, text, "is not one of the answers", expected(scale));
        }
        choice[k] = Math.max(index, 0);
      } else {
        Scale.Numeric num = (Scale.Numeric) scale;
        String t = options.decimalComma() ? text.replace(".", "").replace(',', '.') : text;
        try {
          BigDecimal v = new BigDecimal(t);
          if (!num.accepts(v)) {
            p.add(col, text, "is out of range", expected(scale));
          }
          number[k] = v.doubleValue();
        } catch (NumberFormatException e) {
          p.add(col, text, "is not a number", expected(scale));
        }
      }
    }
    Map<String, String> asRead = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      asRead.put(names.get(i), fields.get(i));
    }
    if (!rowProblems.isEmpty()) {
      bad(source, where, asRead, rowProblems);
      return;
    }
    Respondent r = new Respondent(id, commune, sector, size, date);
    if (dropped.containsKey(id)) {
      setAside(source, where, asRead, id, "repeats respondent '" + id + "', every copy of which is set aside ("
          + dropped.get(id) + ")");
      return;
    }
    int held = builder.indexOf(id);
    if (held < 0) {
      builder.add(r, choice, number);
      origins.add(source + " " + where);
      return;
    }
    String first = origins.get(held);
    switch (options.duplicates()) {
      case KEEP_FIRST -> setAside(source, where, asRead, id, "repeats respondent '" + id + "' of " + first
          + "; the first row is kept (duplicate rule keep-first)");
      case KEEP_LAST -> displace(source, held, r, choice, number, where, "keep-last");
      case KEEP_LATEST -> {
        if (date.isBefore(builder.respondent(held).date())) {
          setAside(source, where, asRead, id, "repeats respondent '" + id + "' of " + first + ", which has a later"
              + " date and is kept (duplicate rule keep-latest)");
        } else {
          displace(source, held, r, choice, number, where, "keep-latest");
        }
      }
      case DROP_ALL -> dropAll(source, held, where, asRead, id, "duplicate rule drop-all");
      case ERROR -> {
        if (lenient) {
          dropAll(source, held, where, asRead, id, "a repeated id is an error; choose a duplicate rule to keep one");
        } else {
          addProblem(new DataProblem(source, where, "respondent", id, "repeats the respondent of " + first,
              "each respondent once, or a duplicate rule (keep-first, keep-last, keep-latest, drop-all)"));
        }
      }
      default -> throw new IllegalStateException(String.valueOf(options.duplicates()));
    }
  }

  /** A row that cannot be read into fields as the header says (too many or too few fields, bad quoting). */
  void shapeProblem(String source, String where, List<String> fields, String shape) {
    rowsRead++;
    Map<String, String> asRead = new LinkedHashMap<>();
    List<String> names = columns(set);
    for (int i = 0; i < names.size(); i++) {
      asRead.put(names.get(i), fields.get(i));
    }
    bad(source, where, asRead, List.of(new DataProblem(source, where, "", "", shape,
        "one field per column of the header, quoted with \" where a field holds a separator")));
  }

  private void displace(String source, int held, Respondent r, int[] choice, double[] number, String where,
      String rule) {
    String first = origins.get(held);
    String firstWhere = first.substring(first.indexOf(' ') + 1);
    RejectedRow old = new RejectedRow(source, firstWhere, heldFields(held), List.of(new DataProblem(source,
        firstWhere, "respondent", r.id(), "is answered again on " + source + " " + where + ", which is kept"
        + " (duplicate rule " + rule + ")", "")));
    rejected.add(old);
    builder.replace(held, r, choice, number);
    origins.set(held, source + " " + where);
  }

  private void dropAll(String source, int held, String where, Map<String, String> asRead, String id, String why) {
    String first = origins.get(held);
    String firstWhere = first.substring(first.indexOf(' ') + 1);
    rejected.add(new RejectedRow(source, firstWhere, heldFields(held), List.of(new DataProblem(source,
        firstWhere, "respondent", id, "is answered again on " + source + " " + where + "; every copy is set aside ("
        + why + ")", ""))));
    builder.remove(held);
    dropped.put(id, why);
    setAside(source, where, asRead, id, "repeats respondent '" + id + "' of " + first + "; every copy is set"
        + " aside (" + why + ")");
  }

  private void setAside(String source, String where, Map<String, String> asRead, String id, String why) {
    rejected.add(new RejectedRow(source, where, asRead, List.of(new DataProblem(source, where, "respondent", id, why,
        ""))));
  }

  private Map<String, String> heldFields(int i) {
    Respondent r = builder.respondent(i);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("respondent", r.id());
    m.put("commune", r.commune().value());
    m.put("sector", r.sector());
    m.put("size", r.size().code());
    m.put("date", r.date().toString());
    return m;
  }

  private void bad(String source, String where, Map<String, String> asRead, List<DataProblem> rowProblems) {
    if (lenient) {
      rejected.add(new RejectedRow(source, where, asRead, rowProblems));
    } else {
      rowProblems.forEach(this::addProblem);
    }
  }

  private void addProblem(DataProblem p) {
    if (problems.size() < options.maxProblems()) {
      problems.add(p);
    }
    if (problems.size() >= options.maxProblems()) {
      stopped = true;
    }
  }

  /** A problem of the input as a whole (its header, its bytes): always fatal. */
  static InvalidDataException fatal(String source, String where, String column, String value, String problem,
      String expected) {
    return new InvalidDataException(List.of(new DataProblem(source, where, column, value, problem, expected)));
  }

  /**
   * Finishes the import.
   *
   * @throws InvalidDataException in strict mode, listing every problem
   */
  ResponseImport finish(String source) {
    if (!problems.isEmpty()) {
      List<DataProblem> all = new ArrayList<>(problems);
      if (stopped) {
        all.add(new DataProblem(source, "", "", "", "the import stopped reading after " + options.maxProblems()
            + " problems", "the problems above fixed, then the file read again"));
      }
      throw new InvalidDataException(all);
    }
    return new ResponseImport(builder.build(), rejected, rowsRead);
  }

  private static int indexOf(Scale.Choice ch, String text) {
    return ch.find(text).map(ch.options()::indexOf).orElse(-1);
  }

  private static String expected(Scale scale) {
    if (scale instanceof Scale.Choice ch) {
      return "one of " + String.join(", ", ch.options().stream().map(o -> o.code() + " (" + o.label().vi() + ")")
          .toList());
    }
    Scale.Numeric n = (Scale.Numeric) scale;
    return "a number from " + n.min().toPlainString() + n.max().map(m -> " to " + m.toPlainString()).orElse(" up")
        + (n.unit().vi().isBlank() ? "" : " (" + n.unit().vi() + ")");
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(s, DMY));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /** Adds a problem of a row's field. */
  @FunctionalInterface
  private interface Problems {
    void add(int column, String value, String problem, String expected);
  }

  /** Canonical column index of each header name, or a fatal problem naming what is wrong with the header. */
  static int[] mapHeader(CriteriaSet set, List<String> header, String source, String where) {
    List<String> names = columns(set);
    int[] columnOf = new int[header.size()];
    Arrays.fill(columnOf, -1);
    boolean[] seen = new boolean[names.size()];
    List<DataProblem> out = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      int c = names.indexOf(h);
      if (c < 0) {
        out.add(new DataProblem(source, where, "", header.get(i), "is not a column of criteria set '" + set.id()
            + "'", "the columns " + String.join(", ", names)));
      } else if (seen[c]) {
        out.add(new DataProblem(source, where, "", header.get(i), "appears twice in the header", "each column once"));
      } else {
        seen[c] = true;
        columnOf[i] = c;
      }
    }
    for (int c = 0; c < names.size(); c++) {
      if (!seen[c]) {
        out.add(new DataProblem(source, where, "", names.get(c), "is missing from the header",
            "every column of the set: " + String.join(", ", names)));
      }
    }
    if (!out.isEmpty()) {
      throw new InvalidDataException(out);
    }
    return columnOf;
  }
}
