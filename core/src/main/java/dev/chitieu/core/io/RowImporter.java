package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Breakdown;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.DuplicatePolicy;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InsufficientMemoryException;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.InvalidPeriodException;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.data.ReportedChange;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns rows of text fields into measurements, checking every field and reporting every problem with where it is,
 * what was wrong and what was expected: the core of every importer (CSV, JSON, XLSX). Give it the header, then the
 * rows in order, then call {@link #finish()}. Rows go straight into a columnar builder: memory grows with the
 * measurements kept, not with the input. Not thread-safe; one per input.
 *
 * <p>Columns: {@code indicator, region, period, value, numerator, denominator, status, source} (only {@code
 * indicator}, {@code region}, {@code period} and one of {@code value} or {@code numerator}+{@code denominator} are
 * required), plus one column per breakdown dimension, named by its id (e.g. {@code sector}); an empty cell means no
 * member. Rows whose fields are all blank are skipped and not counted. A row of a declared ratio that gives a value
 * and numerator and denominator is a bad row if the value differs from {@code numerator / denominator × scale} by
 * more than half a unit of the indicator's last reporting decimal.
 *
 * <p>Strict mode: any problem and nothing is imported; {@link #finish()} throws an {@link InvalidDataException}
 * listing every problem of every row. Lenient mode: good rows are imported, bad ones returned as {@link RejectedRow}s
 * with their fields and reasons; under {@link DuplicatePolicy#ERROR} every copy of a duplicated key is rejected. In
 * both modes, rows a declared {@link DuplicatePolicy#KEEP_FIRST} or {@link DuplicatePolicy#KEEP_LAST} policy drops
 * are listed in {@link ImportResult#rejected()} with the row that was kept, so that every input row is accounted for.
 */
public final class RowImporter implements AutoCloseable {
  private static final int LISTED = 12;
  /** How many characters of a value a problem quotes: enough for any real figure or code, not a whole hostile field. */
  private static final int SHOWN = 500;

  /** Names rows and cells of the input in problems. */
  @FunctionalInterface
  public interface Locator {
    /** The words before a row's number: {@code line} or {@code sheet 'data' row}. */
    String rowWord();

    /** Where a field is: {@code line 12} or {@code sheet 'data' cell D12}. */
    default String cell(long number, int column) {
      return rowWord() + " " + number;
    }

    /**
     * What a figure written with decimal commas needs in this kind of input, told where a decimal point is expected
     * and a field holds a comma: by default, the CSV form's declaration on a line before its header. Inputs that have
     * no such line (JSON, workbooks, datasets) override it.
     */
    default String decimalCommaHint() {
      return "a file written with decimal commas says so on its first line: # decimal=comma";
    }
  }

  private final ImportOptions options;
  private final String source;
  private final Locator locator;
  private final boolean lenient;
  private final ImportLimits limits;
  /** Null once a strict import has a problem (nothing will be imported) or the import is over. */
  private MeasurementSet.Builder builder = MeasurementSet.builder();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private long rejectedCharacters;
  private RejectedRowsWriter overflow;
  private long rejectedToFile;
  private long rowsRead;
  private long lastNumber;

  private List<String> header;
  private int indicatorCol = -1;
  private int regionCol = -1;
  private int periodCol = -1;
  private int valueCol = -1;
  private int numeratorCol = -1;
  private int denominatorCol = -1;
  private int statusCol = -1;
  private int sourceCol = -1;
  private int changeCol = -1;
  private int comparedCol = -1;
  /** The keys of the reported changes read so far, with their line: a second one of a key is a bad row. */
  private final Map<String, Long> changeKeys = new HashMap<>();
  private int[] dimensionCols = new int[0];
  private DimensionId[] dimensionIds = new DimensionId[0];

  private final Map<String, Object> indicatorCache = new HashMap<>();
  private final Map<String, Object> regionCache = new HashMap<>();
  private final Map<String, Object> periodCache = new HashMap<>();
  private final Map<String, Object> statusCache = new HashMap<>();
  private final Map<String, Breakdown> breakdownCache = new HashMap<>();

  private RowImporter(ImportOptions options, String source, Locator locator, boolean lenient) {
    this.options = options;
    this.source = source;
    this.locator = locator;
    this.lenient = lenient;
    this.limits = options.limits();
  }

  /**
   * Starts an import.
   *
   * @param options the options
   * @param source the input's name, quoted in every problem, e.g. {@code haiphong-2025.csv}
   * @param locator how rows and cells are named
   * @param lenient whether bad rows are returned rather than failing the import
   * @return the importer
   */
  public static RowImporter start(ImportOptions options, String source, Locator locator, boolean lenient) {
    return new RowImporter(requireNonNull(options, "options"), requireNonNull(source, "source"),
        requireNonNull(locator, "locator"), lenient);
  }

  /**
   * Reads the header.
   *
   * @param names the column names in order
   * @param number the header's line or row number
   * @throws InvalidDataException if a required column is missing, a name repeats or is neither a canonical column
   *     nor a dimension id (nothing can be read then, in either mode)
   */
  public void header(List<String> names, long number) {
    List<DataProblem> bad = new ArrayList<>();
    header = new ArrayList<>();
    List<Integer> dimCols = new ArrayList<>();
    List<DimensionId> dims = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    lastNumber = number;
    if (names.size() > limits.fieldsPerRow()) {
      throw new InvalidDataException(List.of(new DataProblem(source, locator.rowWord() + " " + number, "", "",
          "the header has more than " + grouped(limits.fieldsPerRow()) + " columns, the limit",
          "the columns " + ImportOptions.COLUMNS + " and one per breakdown dimension (ImportLimits.fieldsPerRow)")));
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      header.add(name);
      if (name.length() > limits.fieldLength()) {
        bad.add(new DataProblem(source, locator.cell(number, i), "", shown(name), tooLong(name),
            "a column name: one of " + ImportOptions.COLUMNS + " or a dimension id"));
        continue;
      }
      if (seen.putIfAbsent(name, i) != null) {
        bad.add(new DataProblem(source, locator.cell(number, i), shown(name), shown(name), "is a column name twice",
            "each column once"));
        continue;
      }
      switch (name) {
        case "indicator" -> indicatorCol = i;
        case "region" -> regionCol = i;
        case "period" -> periodCol = i;
        case "value" -> valueCol = i;
        case "numerator" -> numeratorCol = i;
        case "denominator" -> denominatorCol = i;
        case "status" -> statusCol = i;
        case "source" -> sourceCol = i;
        case "change" -> changeCol = i;
        case "compared_with" -> comparedCol = i;
        default -> {
          if (!DimensionId.isValid(name)) {
            bad.add(new DataProblem(source, locator.cell(number, i), "", shown(name),
                "is neither a measurement column nor a dimension id",
                "the columns " + ImportOptions.COLUMNS + " and one column per breakdown dimension, named by its id "
                    + "in lower case, e.g. sector"));
          } else if (options.checksIndicators() && !options.dimensions().containsKey(DimensionId.of(name))) {
            bad.add(new DataProblem(source, locator.cell(number, i), "", name,
                "is not a dimension of the plan", "one of " + options.dimensions().keySet()));
          } else {
            dimCols.add(i);
            dims.add(DimensionId.of(name));
          }
        }
      }
    }
    for (String required : List.of("indicator", "region", "period")) {
      if (!header.contains(required)) {
        bad.add(new DataProblem(source, locator.rowWord() + " " + number, required, "",
            "the header has no column '" + required + "'", "a header with " + ImportOptions.COLUMNS));
      }
    }
    if (changeCol >= 0 != comparedCol >= 0) {
      bad.add(new DataProblem(source, locator.rowWord() + " " + number, changeCol >= 0 ? "compared_with" : "change",
          "", "the header has a column '" + (changeCol >= 0 ? "change" : "compared_with") + "' without '"
              + (changeCol >= 0 ? "compared_with" : "change") + "'",
          "both columns of a change carried as reported: change and compared_with"));
    }
    if (valueCol < 0 && (numeratorCol < 0 || denominatorCol < 0) && changeCol < 0) {
      bad.add(new DataProblem(source, locator.rowWord() + " " + number, "value", "",
          "the header has no column 'value', nor both 'numerator' and 'denominator'",
          "a value column, or numerator and denominator columns for ratios"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidDataException(bad);
    }
    dimensionCols = dimCols.stream().mapToInt(Integer::intValue).toArray();
    dimensionIds = dims.toArray(DimensionId[]::new);
  }

  /**
   * Adds a breakdown dimension column after the header, for inputs whose rows name their fields (JSON).
   *
   * @throws InvalidDataException if the name is not a dimension id (or not a dimension of the plan)
   */
  void addDimension(String name, long number) {
    if (header.size() >= limits.fieldsPerRow()) {
      throw new InvalidDataException(List.of(new DataProblem(source, locator.rowWord() + " " + number, "",
          shown(name), "makes more than " + grouped(limits.fieldsPerRow()) + " different fields, the limit",
          "the fields " + ImportOptions.COLUMNS + " and one per breakdown dimension (ImportLimits.fieldsPerRow)")));
    }
    DimensionId id = DimensionId.isValid(name) ? DimensionId.of(name) : null;
    if (id == null || ImportOptions.COLUMNS.contains(name)
        || (options.checksIndicators() && !options.dimensions().containsKey(id))) {
      throw new InvalidDataException(List.of(new DataProblem(source, locator.rowWord() + " " + number, "",
          shown(name),
          id == null ? "is neither a measurement field nor a dimension id" : "is not a dimension of the plan",
          id == null ? "the fields " + ImportOptions.COLUMNS + " and one field per breakdown dimension"
              : "one of " + options.dimensions().keySet())));
    }
    header.add(name);
    dimensionCols = java.util.Arrays.copyOf(dimensionCols, dimensionCols.length + 1);
    dimensionCols[dimensionCols.length - 1] = header.size() - 1;
    dimensionIds = java.util.Arrays.copyOf(dimensionIds, dimensionIds.length + 1);
    dimensionIds[dimensionIds.length - 1] = id;
    breakdownCache.clear();
  }

  /** The column names of the header read. */
  public List<String> columns() {
    return List.copyOf(header);
  }

  /**
   * Reads one data row.
   *
   * @param values the fields in header order; null or missing trailing fields count as empty
   * @param number the row's line or row number
   */
  public void row(List<String> values, long number) {
    if (header == null) {
      throw new IllegalStateException("call header(...) before row(...)");
    }
    boolean blank = true;
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        blank = false;
        break;
      }
    }
    if (blank) {
      return;
    }
    rowsRead++;
    lastNumber = number;
    List<DataProblem> bad = null;
    if (values.size() > limits.fieldsPerRow()) {
      bad = add(bad, new DataProblem(source, locator.rowWord() + " " + number, "", "",
          "has more than " + grouped(limits.fieldsPerRow()) + " fields, the limit (the header has " + header.size()
              + ")", "one field per column; quote fields that hold the separator"));
    }
    for (int i = 0; i < values.size() && i < limits.fieldsPerRow(); i++) {
      String v = values.get(i);
      if (v != null && v.length() > limits.fieldLength()) {
        bad = add(bad, new DataProblem(source, locator.cell(number, i), i < header.size() ? header.get(i) : "",
            shown(v), tooLong(v), "at most " + grouped(limits.fieldLength())
                + " characters in a field (ImportLimits.fieldLength); a quote that is never closed makes one field of "
                + "the rest of the file"));
      }
    }
    if (bad != null) {
      reject(values, number, bad);
      return;
    }
    if (values.size() > header.size()) {
      for (int i = header.size(); i < values.size(); i++) {
        if (values.get(i) != null && !values.get(i).isBlank()) {
          bad = add(bad, new DataProblem(source, locator.cell(number, i), "", shown(values.get(i)),
              "lies beyond the last column (the row has " + values.size() + " fields, the header "
                  + header.size() + ")", "one field per column; quote fields that hold the separator"));
          break;
        }
      }
    }
    IndicatorId indicator = null;
    Indicator declared = null;
    String text = field(values, indicatorCol);
    Object o = cached(indicatorCache, text, this::indicator);
    if (o instanceof IndicatorId id) {
      indicator = id;
      declared = options.indicators().get(id);
    } else {
      bad = add(bad, problem(number, indicatorCol, text, (String[]) o));
    }
    RegionCode region = null;
    text = field(values, regionCol);
    o = cached(regionCache, text, this::region);
    if (o instanceof RegionCode r) {
      region = r;
    } else {
      bad = add(bad, problem(number, regionCol, text, (String[]) o));
    }
    Period period = null;
    text = field(values, periodCol);
    o = cached(periodCache, text, this::period);
    if (o instanceof Period p) {
      period = p;
    } else {
      bad = add(bad, problem(number, periodCol, text, (String[]) o));
    }
    MeasurementStatus status = MeasurementStatus.ACTUAL;
    text = field(values, statusCol);
    if (!text.isEmpty()) {
      o = cached(statusCache, text, this::status);
      if (o instanceof MeasurementStatus s) {
        status = s;
      } else {
        bad = add(bad, problem(number, statusCol, text, (String[]) o));
      }
    }
    double[] numbers = new double[3];
    int[] cols = {valueCol, numeratorCol, denominatorCol};
    for (int k = 0; k < 3; k++) {
      numbers[k] = Double.NaN;
      text = field(values, cols[k]);
      if (text.isEmpty()) {
        continue;
      }
      double d = number(text);
      if (Double.isNaN(d)) {
        bad = add(bad, problem(number, cols[k], text, numberProblem(text)));
      } else {
        numbers[k] = d;
      }
    }
    boolean hasValue = !field(values, valueCol).isEmpty();
    boolean hasNum = !field(values, numeratorCol).isEmpty();
    boolean hasDen = !field(values, denominatorCol).isEmpty();
    boolean hasChange = !field(values, changeCol).isEmpty() || !field(values, comparedCol).isEmpty();
    BigDecimal change = null;
    ReportedChange.Kind changeKind = ReportedChange.Kind.DIFFERENCE;
    Period compared = null;
    if (hasChange) {
      text = field(values, changeCol);
      String amount = text.strip();
      if (amount.endsWith("%")) {
        changeKind = ReportedChange.Kind.PERCENT;
        amount = amount.substring(0, amount.length() - 1).strip();
      }
      change = decimal(amount);
      if (change == null) {
        bad = add(bad, problem(number, changeCol, text, new String[] {
            text.isEmpty() ? "is empty while 'compared_with' is given" : "is not a change",
            "a signed number in the indicator's unit (+9.67 points, +14, -1.5) or a percent of the earlier figure"
                + " (+67%), with 'compared_with'"}));
      }
      text = field(values, comparedCol);
      o = text.isEmpty() ? new String[] {"is empty while 'change' is given",
          "the period the change is on, e.g. 2023 (the end of 2023) or 2023-H1 (the same period of 2023)"}
          : cached(periodCache, text, this::period);
      if (o instanceof Period p) {
        compared = p;
        String why = period == null ? null : ReportedChange.problem(period, p);
        if (why == null && period != null && declared != null && declared.aggregation() instanceof Aggregation.Flow
            && p.months() != period.months()) {
          why = "compares the flow '" + declared.id() + "' over " + period + " with " + p + ", a window of another"
              + " length";
        }
        if (why != null) {
          bad = add(bad, problem(number, comparedCol, text, new String[] {why,
              "the same period one year earlier (so với cùng kỳ), or for a level the end of the previous year (so"
                  + " với cuối năm trước)"}));
        }
      } else {
        bad = add(bad, problem(number, comparedCol, text, (String[]) o));
      }
    }
    if (hasNum != hasDen) {
      int col = hasNum ? denominatorCol : numeratorCol;
      bad = add(bad, problem(number, col, "", new String[] {
          "is empty while the " + (hasNum ? "numerator" : "denominator") + " is given",
          "numerator and denominator together, or neither"}));
    } else if (!hasValue && !hasNum && !hasChange) {
      bad = add(bad, problem(number, valueCol >= 0 ? valueCol : numeratorCol >= 0 ? numeratorCol : changeCol, "",
          new String[] {"is empty", "a value, or a numerator and a denominator, or a change carried as reported"}));
    }
    if (declared != null) {
      boolean base = declared.aggregation().isBase();
      if (base && hasNum) {
        bad = add(bad, problem(number, numeratorCol, field(values, numeratorCol), new String[] {
            "is given for '" + declared.id() + "', a " + rule(declared) + ", which takes a value only",
            "a value; numerator and denominator belong to ratio indicators"}));
      } else if (base && !hasValue && !hasNum) {
        // reported above
      } else if (base && !hasValue && !hasChange) {
        bad = add(bad, problem(number, valueCol, "", new String[] {"is empty",
            "a value for '" + declared.id() + "', a " + rule(declared)}));
      } else if (declared.aggregation() instanceof Aggregation.Ratio ratio && hasValue && hasNum && hasDen
          && !Double.isNaN(numbers[0]) && !Double.isNaN(numbers[1]) && !Double.isNaN(numbers[2])) {
        String[] why = disagreement(declared, ratio, numbers[0], numbers[1], numbers[2]);
        if (why != null) {
          bad = add(bad, problem(number, valueCol, field(values, valueCol), why));
        }
      }
      bad = implausible(declared, numbers, values, number, bad);
    }
    Breakdown breakdown = Breakdown.NONE;
    if (dimensionCols.length > 0) {
      // the cache key: the member itself for one dimension column (no key to build per row), else all joined
      StringBuilder key = dimensionCols.length == 1 ? null : new StringBuilder();
      String single = "";
      boolean any = false;
      for (int k = 0; k < dimensionCols.length; k++) {
        String member = field(values, dimensionCols[k]);
        if (key == null) {
          single = member;
        } else {
          key.append(member).append('\u0000');
        }
        if (member.isEmpty()) {
          continue;
        }
        any = true;
        String[] why = member(dimensionIds[k], member, declared);
        if (why != null) {
          bad = add(bad, problem(number, dimensionCols[k], member, why));
        }
      }
      if (any && bad == null) {
        breakdown = breakdownCache.computeIfAbsent(key == null ? single : key.toString(), k -> breakdown(values));
      }
    }
    if (bad != null) {
      reject(values, number, bad);
      return;
    }
    ReportedChange reported = null;
    if (hasChange) {
      reported = new ReportedChange(indicator, region, period, breakdown, compared, changeKind, change, status,
          field(values, sourceCol));
      String key = indicator + "\u0000" + region + "\u0000" + period + "\u0000" + breakdown + "\u0000" + compared;
      Long first = changeKeys.putIfAbsent(key, number);
      if (first != null) {
        reject(values, number, List.of(problem(number, comparedCol, field(values, comparedCol), new String[] {
            "repeats the change on " + compared + " of " + locator.rowWord() + " " + first + " for the same key ("
                + indicator + ", " + region + ", " + period + ")", "one change per key and earlier period"})));
        return;
      }
    }
    boolean figure = hasValue || hasNum;
    if (figure) {
      String src = field(values, sourceCol);
      Measurement m = new Measurement(indicator, region, period, breakdown, optional(numbers[0]),
          optional(numbers[1]), optional(numbers[2]), status, src);
      if (builder != null) {
        builder.add(m, source, locator.rowWord(), number);
      }
    }
    if (reported != null && builder != null) {
      if (figure) {
        builder.addReportedChange(reported);
      } else {
        builder.addReportedChangeRow(reported);
      }
    }
  }

  // ---------------------------------------------------------------- the fast path of CSV and JSON (FastPath)

  /**
   * Whether CSV rows can take the fast path: the header is read, it has no columns of a reported change and at most
   * one breakdown column. The fast path takes only rows that this class would import unchanged (see {@link
   * FastPath}); every other row comes through {@link #row} as before.
   */
  boolean fastPathFits() {
    return header != null && changeCol < 0 && comparedCol < 0 && dimensionCols.length <= 1;
  }

  /**
   * Whether objects (JSON) can take the fast path: as {@link #fastPathFits()}, but a reported change's columns may be
   * in the header, as they are in every import of objects; the fast path then takes only rows with both empty
   * ({@link #fastChangeColumns()}), which this class reads as if the columns were not there.
   */
  boolean objectsFitFastPath() {
    return header != null && dimensionCols.length <= 1;
  }

  /** The columns of a reported change, {@code change} and {@code compared_with} (-1 for none). */
  int[] fastChangeColumns() {
    return new int[] {changeCol, comparedCol};
  }

  /**
   * The columns the fast path reads (-1 for none): indicator, region, period, value, numerator, denominator, status,
   * source, the breakdown member.
   */
  int[] fastColumns() {
    return new int[] {indicatorCol, regionCol, periodCol, valueCol, numeratorCol, denominatorCol, statusCol, sourceCol,
        dimensionCols.length == 1 ? dimensionCols[0] : -1};
  }

  /** The number of columns of the header. */
  int headerSize() {
    return header.size();
  }

  /** The field length limit in characters. */
  int fieldLengthLimit() {
    return limits.fieldLength();
  }

  /**
   * The indicator of a field's text when {@link #row} would take it without a further check: a valid id the plan
   * does not declare (a declared one brings checks of its rule and range, which the checked path makes); else null.
   */
  IndicatorId fastIndicator(String text) {
    String t = text.strip();
    return cached(indicatorCache, t, this::indicator) instanceof IndicatorId id && options.indicators().get(id) == null
        ? id : null;
  }

  /** The region of a field's text, or null if {@link #row} would find a problem with it. */
  RegionCode fastRegion(String text) {
    return cached(regionCache, text.strip(), this::region) instanceof RegionCode r ? r : null;
  }

  /** The period of a field's text, or null if {@link #row} would find a problem with it. */
  Period fastPeriod(String text) {
    return cached(periodCache, text.strip(), this::period) instanceof Period p ? p : null;
  }

  /** The status of a field's text (empty: actual), or null if {@link #row} would find a problem with it. */
  MeasurementStatus fastStatus(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return MeasurementStatus.ACTUAL;
    }
    return cached(statusCache, t, this::status) instanceof MeasurementStatus st ? st : null;
  }

  /**
   * The breakdown of the one breakdown column's text (empty: none), or null if {@link #row} would find a problem
   * with it for an indicator the plan does not declare.
   */
  Breakdown fastBreakdown(String text) {
    String member = text.strip();
    if (member.isEmpty()) {
      return Breakdown.NONE;
    }
    if (member(dimensionIds[0], member, null) != null) {
      return null;
    }
    return breakdownCache.computeIfAbsent(member, k -> new Breakdown(new TreeMap<>(Map.of(dimensionIds[0], k))));
  }

  /** The figure of a field's text, exactly as {@link #row} reads it: NaN for an empty field or a bad one. */
  double fastNumber(String text) {
    String t = text.strip();
    return t.isEmpty() ? Double.NaN : number(t);
  }

  /** The source of a field's text, as {@link #row} keeps it. */
  static String fastSource(String text) {
    return text.strip();
  }

  /** The builder seen as rows of codes, or null once nothing will be imported (a strict import with a problem). */
  dev.chitieu.core.internal.store.CodedRows coded() {
    return builder == null ? null : dev.chitieu.core.internal.store.CodedRows.of(builder);
  }

  /**
   * A new empty builder seen as rows of codes: the dictionaries of a thread of a parallel import, which the builders
   * of the chunks it reads share ({@code CodedRows.sharingCodes}); it holds no rows itself.
   */
  static dev.chitieu.core.internal.store.CodedRows newCodedRows() {
    return dev.chitieu.core.internal.store.CodedRows.of(MeasurementSet.builder());
  }

  /** The code of this input in the builder, for {@link #fastRow}. */
  int inputCode(dev.chitieu.core.internal.store.CodedRows coded) {
    return coded.input(source, locator.rowWord());
  }

  /**
   * Counts a row the fast path read and found good; {@link FastPath} has added it to the builder (if any) already.
   *
   * @param number its line
   */
  void fastRow(long number) {
    rowsRead++;
    lastNumber = number;
  }

  /**
   * Counts rows a chunk of a parallel import read and found good; they have been added to the builder (if any)
   * already.
   *
   * @param count how many
   * @param last the line of the last of them
   */
  void fastRows(int count, long last) {
    rowsRead += count;
    lastNumber = last;
  }

  /** A plain signed decimal ({@code +9.67}, or {@code +9,67} with decimal commas); null when it is not one. */
  private BigDecimal decimal(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return null;
    }
    String t = options.decimalComma() ? text.replace(".", "").replace(',', '.') : text;
    if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return null;
    }
    return new BigDecimal(t);
  }

  /**
   * The checked value of a field's text, from the cache if it was seen before. Only good values are kept: they are
   * the set's dictionary values, so the cache grows with the set, never with the bad text of a hostile file.
   */
  private static Object cached(Map<String, Object> cache, String text, java.util.function.Function<String, Object> f) {
    Object o = cache.get(text);
    if (o == null) {
      o = f.apply(text);
      if (!(o instanceof String[])) {
        cache.put(text, o);
      }
    }
    return o;
  }

  /**
   * Reads a data row that the reader could not take apart cleanly (in CSV, text after a closing quote; in a workbook,
   * a cell given twice or a cell reference that is not one): the row is counted and, like any bad row, rejected in
   * lenient mode or a problem in strict mode.
   *
   * @param values the fields as far as they could be read, in header order
   * @param number the row's line or row number
   * @param column the column of the field at fault, or -1 for the whole row
   * @param problem what was wrong, e.g. {@code has text after its closing quote}
   * @param expected what would be right
   */
  public void badRow(List<String> values, long number, int column, String problem, String expected) {
    if (header == null) {
      throw new IllegalStateException("call header(...) before badRow(...)");
    }
    rowsRead++;
    lastNumber = number;
    String name = column >= 0 && column < header.size() ? header.get(column) : "";
    String value = column >= 0 && column < values.size() && values.get(column) != null ? values.get(column) : "";
    reject(values, number, List.of(new DataProblem(source, column >= 0 ? locator.cell(number, column)
        : locator.rowWord() + " " + number, name, shown(value), problem, expected)));
  }

  /**
   * Ends the import.
   *
   * @return the measurements and, in lenient mode, the rejected rows; {@code rowsRead} counts the non-blank data rows
   * @throws InvalidDataException in strict mode, listing every problem found (bad fields and duplicate keys)
   */
  public ImportResult finish() {
    if (header == null) {
      throw new IllegalStateException("call header(...) before finish()");
    }
    if (!lenient && !problems.isEmpty()) {
      close();
      throw new InvalidDataException(problems);
    }
    MeasurementSet.Builder b = builder;
    builder = null;
    DuplicatePolicy policy = options.duplicates();
    b.duplicates(lenient && policy == DuplicatePolicy.ERROR ? DuplicatePolicy.DROP_ALL : policy)
        .maxProblems(limits.problems());
    MeasurementSet set;
    try {
      // the builder is this import's own: its columns go over to the set one at a time (the heap rule)
      dev.chitieu.core.internal.store.CodedRows.of(b).releaseOnBuild();
      set = b.build();
    } catch (InvalidDataException e) {
      close();
      throw e;
    }
    List<DimensionId> dims = List.of(dimensionIds);
    b.forEachDropped(d -> keep(new RejectedRow(d.problem().source(), d.problem().location(),
        fieldsOf(d.measurement(), dims, options.decimalComma()), List.of(d.problem())), lastNumber));
    close();
    // the result's constructor checks that every row read is imported or rejected
    return new ImportResult(set, rejected, rowsRead, rejectedToFile);
  }

  /**
   * Ends the import early, closing the rejected-rows file if one was opened and letting go of the rows built so far.
   * Readers call it when they stop on an error; after {@link #finish()} it does nothing.
   */
  @Override
  public void close() {
    builder = null;
    if (overflow != null) {
      RejectedRowsWriter w = overflow;
      overflow = null;
      w.close();
    }
  }

  /**
   * The exception to throw when the heap ran out during this import: lets go of everything the import holds first,
   * so that the message can be made, and says where the import was and how large the heap is.
   *
   * @param e the error the JVM threw
   * @return the exception
   */
  public InsufficientMemoryException outOfMemory(OutOfMemoryError e) {
    builder = null;
    rejected.clear();
    problems.clear();
    indicatorCache.clear();
    regionCache.clear();
    periodCache.clear();
    statusCache.clear();
    breakdownCache.clear();
    try {
      close();
    } catch (RuntimeException ignored) {
      // the memory report matters more than a file left half written
    }
    return new InsufficientMemoryException(source, locator.rowWord() + " " + grouped(lastNumber) + ", after "
        + grouped(rowsRead) + " rows", Runtime.getRuntime().maxMemory(), e);
  }

  /** How many data rows were read so far (blank rows are not counted). */
  public long rowsRead() {
    return rowsRead;
  }

  // ---------------------------------------------------------------- fields

  private static String field(List<String> values, int col) {
    if (col < 0 || col >= values.size()) {
      return "";
    }
    String v = values.get(col);
    return v == null ? "" : v.strip();
  }

  private Object indicator(String text) {
    if (text.isEmpty()) {
      return new String[] {"is empty", "an indicator id, e.g. hp.ecommerce-share"};
    }
    if (!IndicatorId.isValid(text)) {
      return new String[] {"is not an indicator id",
          "lower-case letters and digits joined by '.', '-' or '_', e.g. hp.ecommerce-share"};
    }
    IndicatorId id = IndicatorId.of(text);
    if (options.checksIndicators() && !options.indicators().containsKey(id)) {
      return new String[] {"is not an indicator of the plan", "one of " + list(options.indicators().keySet())};
    }
    return id;
  }

  private Object region(String text) {
    if (text.isEmpty()) {
      return new String[] {"is empty", "a region code, e.g. 31 or 10507"};
    }
    if (!RegionCode.isValid(text)) {
      return new String[] {"is not a region code", "letters and digits, e.g. 31 or 10507"};
    }
    RegionCode code = RegionCode.of(text);
    if (options.findRegions().isPresent() && !options.findRegions().get().contains(code)) {
      return new String[] {"is not a unit of the region hierarchy (valid from "
          + options.findRegions().get().validFrom() + ")", "a code of the official lists"};
    }
    return code;
  }

  private Object period(String text) {
    if (text.isEmpty()) {
      return new String[] {"is empty", "a period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01..2025-09"};
    }
    try {
      return Period.parse(text);
    } catch (InvalidPeriodException e) {
      return new String[] {"is not a period", "2025, 2025-H1, 2025-Q3, 2025-07 or a range 2025-01..2025-09"};
    }
  }

  private Object status(String text) {
    try {
      return MeasurementStatus.parse(text);
    } catch (InvalidValueException e) {
      return new String[] {"is not a status", "actual, provisional or estimate (or empty for actual)"};
    }
  }

  private double number(String text) {
    if (!options.decimalComma()) {
      double fast = simpleDecimal(text);
      if (!Double.isNaN(fast)) {
        return fast;
      }
    }
    if (options.decimalComma()) {
      if (!isCommaNumber(text)) {
        return Double.NaN;
      }
      text = text.replace(".", "").replace(',', '.');
    } else if (!isPointNumber(text)) {
      return Double.NaN;
    }
    double d = Double.parseDouble(text);
    if (!Double.isFinite(d) || (Math.abs(d) < Double.MIN_NORMAL && (d != 0 || nonZeroDigits(text)))) {
      return Double.NaN; // too large, or too small to keep its digits: numberProblem says which
    }
    return d;
  }

  /** Whether a number's digits before any exponent are not all zero. */
  private static boolean nonZeroDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
      1e14, 1e15};

  /**
   * The value of a plain decimal of at most 15 digits ({@code -1234.5}), or NaN for any other text. Such a number is
   * exactly {@code m / 10^k} with both exact in a double, and one division rounds correctly, so the result is the
   * double {@link Double#parseDouble} gives, without its cost; anything else goes the long way.
   */
  static double simpleDecimal(String s) {
    int n = s.length();
    if (n == 0 || n > 17) {
      return Double.NaN;
    }
    int i = 0;
    boolean negative = false;
    char c0 = s.charAt(0);
    if (c0 == '-' || c0 == '+') {
      negative = c0 == '-';
      i = 1;
    }
    long m = 0;
    int digits = 0;
    int frac = -1;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        m = m * 10 + (c - '0');
        digits++;
        if (frac >= 0) {
          frac++;
        }
      } else if (c == '.' && frac < 0) {
        frac = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15) {
      return Double.NaN;
    }
    double d = frac <= 0 ? m : m / POW10[frac];
    return negative ? -d : d;
  }

  /** {@code [+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?}, checked in one pass. */
  static boolean isPointNumber(String s) {
    int n = s.length();
    int i = sign(s, 0);
    int d1 = digits(s, i);
    i += d1;
    int d2 = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      d2 = digits(s, i);
      i += d2;
    }
    if (d1 + d2 == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i = sign(s, i + 1);
      int d3 = digits(s, i);
      if (d3 == 0) {
        return false;
      }
      i += d3;
    }
    return i == n;
  }

  /** {@code [+-]?(d{1,3}(.ddd)+|digits)(,digits)?}: thousands grouped by points, a decimal comma; one pass. */
  static boolean isCommaNumber(String s) {
    int n = s.length();
    int i = sign(s, 0);
    int d1 = digits(s, i);
    if (d1 == 0) {
      return false;
    }
    i += d1;
    if (i < n && s.charAt(i) == '.') {
      if (d1 > 3) {
        return false;
      }
      while (i < n && s.charAt(i) == '.') {
        if (digits(s, i + 1) != 3) {
          return false;
        }
        i += 4;
      }
    }
    if (i < n && s.charAt(i) == ',') {
      int d2 = digits(s, i + 1);
      if (d2 == 0) {
        return false;
      }
      i += 1 + d2;
    }
    return i == n;
  }

  private static int sign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
  }

  private static int digits(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j - i;
  }

  private String[] numberProblem(String text) {
    String plain = options.decimalComma() ? text.replace(".", "").replace(',', '.') : text;
    if ((options.decimalComma() ? isCommaNumber(text) : isPointNumber(text))) {
      if (Double.isInfinite(Double.parseDouble(plain))) {
        return new String[] {"is too large to be a figure (beyond 1.8e308)",
            "the figure in the indicator's unit; check the exponent"};
      }
      return new String[] {"is too small to be kept: below " + Double.MIN_NORMAL + " it would read as 0 or lose digits",
          "0, or the figure in the indicator's unit; check the exponent"};
    }
    if (options.decimalComma()) {
      return new String[] {"is not a number with a decimal comma",
          "digits with ',' before the decimals and '.' between thousands, e.g. 1.234,5"};
    }
    if (text.indexOf(',') >= 0) {
      return new String[] {"is not a number with a decimal point",
          "e.g. 1234.5; " + locator.decimalCommaHint()};
    }
    return new String[] {"is not a number", "e.g. 1234.5"};
  }

  private String[] member(DimensionId dimension, String member, Indicator declared) {
    if (!DimensionId.isValid(member)) {
      return new String[] {"is not a member code", "lower-case letters and digits joined by '.', '-' or '_', e.g. "
          + "smart-tourism"};
    }
    if (!options.checksIndicators()) {
      return null;
    }
    if (declared != null && !declared.accepts(dimension)) {
      return new String[] {"gives a " + dimension + " to '" + declared.id() + "', which has no breakdown by "
          + dimension, declared.dimensions().isEmpty() ? "an empty " + dimension + " cell"
          : "an empty " + dimension + " cell, or a breakdown by " + declared.dimensions()};
    }
    Dimension d = options.dimensions().get(dimension);
    if (d != null && d.findMember(member).isEmpty()) {
      return new String[] {"is not a member of " + dimension,
          "one of " + list(d.members().stream().map(Member::code).toList())};
    }
    return null;
  }

  /**
   * Adds the problems of figures outside the values their indicators can take ({@link Indicator#range()}): the value;
   * the numerator and denominator against the ranges of the ratio's parts (when declared); and, for a ratio given by
   * its parts alone, the ratio they make (a share of 135 % from a numerator above its denominator).
   */
  private List<DataProblem> implausible(Indicator declared, double[] numbers, List<String> values, long number,
      List<DataProblem> bad) {
    List<DataProblem> out = bad;
    if (!Double.isNaN(numbers[0]) && !declared.range().contains(numbers[0])) {
      out = add(out, problem(number, valueCol, field(values, valueCol), outside(declared)));
    }
    if (!(declared.aggregation() instanceof Aggregation.Ratio ratio)) {
      return out;
    }
    Indicator[] parts = {options.indicators().get(ratio.numerator()), options.indicators().get(ratio.denominator())};
    int[] cols = {numeratorCol, denominatorCol};
    for (int k = 0; k < 2; k++) {
      if (parts[k] != null && !Double.isNaN(numbers[k + 1]) && !parts[k].range().contains(numbers[k + 1])) {
        out = add(out, problem(number, cols[k], field(values, cols[k]), outside(parts[k])));
      }
    }
    if (Double.isNaN(numbers[0]) && !Double.isNaN(numbers[1]) && !Double.isNaN(numbers[2]) && numbers[2] != 0) {
      BigDecimal made = new BigDecimal(Double.toString(numbers[1])).multiply(ratio.scale())
          .divide(new BigDecimal(Double.toString(numbers[2])), MathContext.DECIMAL64);
      if (!declared.range().contains(made.doubleValue())) {
        out = add(out, problem(number, numeratorCol, field(values, numeratorCol), new String[] {
            "makes " + plain(numbers[1]) + " / " + plain(numbers[2]) + " × "
                + ratio.scale().stripTrailingZeros().toPlainString() + " = "
                + made.round(new MathContext(12)).stripTrailingZeros().toPlainString() + " " + unit(declared)
                + ", outside the values '" + declared.id() + "' can take (" + declared.range() + ")",
            "a numerator and a denominator whose ratio lies " + declared.range() + (declared.range().max().isPresent()
                && declared.range().min().isPresent() ? "; for a share, a numerator not above its denominator" : "")}));
      }
    }
    return out;
  }

  private static String[] outside(Indicator i) {
    return new String[] {"lies outside the values '" + i.id() + "' can take (" + i.range() + " " + unit(i) + ")",
        "a figure " + i.range() + " in " + unit(i) + "; a plan declares another range on the indicator if its "
            + "figures can go beyond it"};
  }

  private static String unit(Indicator i) {
    return i.unit().label().en();
  }

  /**
   * Why a ratio row's value disagrees with its numerator and denominator, or null if it agrees: the value may differ
   * from {@code numerator / denominator × scale} by at most half a unit of the indicator's last reporting decimal (a
   * value printed at reporting precision always passes), compared in decimal arithmetic.
   */
  private static String[] disagreement(Indicator declared, Aggregation.Ratio ratio, double value, double num,
      double den) {
    if (den == 0) {
      return null; // no ratio to compare with; the rollup reports the zero denominator where the parts are used
    }
    BigDecimal computed = new BigDecimal(Double.toString(num)).multiply(ratio.scale())
        .divide(new BigDecimal(Double.toString(den)), MathContext.DECIMAL128);
    BigDecimal given = new BigDecimal(Double.toString(value));
    BigDecimal halfUnit = BigDecimal.valueOf(5, declared.decimals() + 1);
    if (given.subtract(computed).abs().compareTo(halfUnit) <= 0) {
      return null;
    }
    String shown = computed.setScale(declared.decimals(), RoundingMode.HALF_UP).toPlainString();
    return new String[] {"disagrees with its numerator and denominator: " + plain(num) + " / " + plain(den) + " × "
        + ratio.scale().stripTrailingZeros().toPlainString() + " = " + shown + " at the " + declared.decimals()
        + " reporting decimals of '" + declared.id() + "'",
        "a value that rounds to " + shown + " (within " + halfUnit.toPlainString() + "), or an empty value cell so "
            + "that the parts give it"};
  }

  private static String plain(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private Breakdown breakdown(List<String> values) {
    TreeMap<DimensionId, String> m = new TreeMap<>();
    for (int k = 0; k < dimensionCols.length; k++) {
      String member = field(values, dimensionCols[k]);
      if (!member.isEmpty()) {
        m.put(dimensionIds[k], member);
      }
    }
    return new Breakdown(m);
  }

  private static String rule(Indicator i) {
    return i.aggregation() instanceof Aggregation.Flow ? "flow" : "stock";
  }

  private static String list(java.util.Collection<?> values) {
    String shown = values.stream().limit(LISTED).map(Object::toString).collect(Collectors.joining(", "));
    return values.size() > LISTED ? shown + ", … (" + values.size() + " in all)" : shown;
  }

  private static OptionalDouble optional(double d) {
    return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private DataProblem problem(long number, int col, String value, String[] why) {
    return new DataProblem(source, locator.cell(number, Math.max(col, 0)), col < 0 ? "" : header.get(col),
        shown(value), why[0], why[1]);
  }

  private static List<DataProblem> add(List<DataProblem> list, DataProblem p) {
    List<DataProblem> l = list == null ? new ArrayList<>() : list;
    l.add(p);
    return l;
  }

  private void reject(List<String> values, long number, List<DataProblem> bad) {
    if (!lenient) {
      builder = null; // nothing will be imported: stop building
      for (DataProblem p : bad) {
        if (problems.size() == limits.problems()) {
          problems.add(new DataProblem(source, p.location(), "", "", "stopped reading after the first "
              + grouped(limits.problems()) + " problems; the rows after this one were not checked",
              "the problems above fixed (or a higher ImportLimits.problems)"));
          close();
          throw new InvalidDataException(problems);
        }
        problems.add(p);
      }
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int n = Math.min(Math.max(header.size(), values.size()), limits.fieldsPerRow());
    for (int i = 0; i < n; i++) {
      String name = i < header.size() ? header.get(i) : "column " + (i + 1);
      String v = i < values.size() && values.get(i) != null ? values.get(i) : "";
      fields.put(name, v.length() > limits.fieldLength() ? v.substring(0, limits.fieldLength()) : v);
    }
    keep(new RejectedRow(source, locator.rowWord() + " " + number, fields, bad), number);
  }

  /**
   * Writes a rejected row to the rejected-rows file if there is one, and keeps it in memory within the limits; past
   * them, without a file, stops.
   */
  private void keep(RejectedRow row, long number) {
    long chars = 0;
    for (Map.Entry<String, String> f : row.fields().entrySet()) {
      chars += f.getKey().length() + f.getValue().length();
    }
    for (DataProblem p : row.problems()) {
      chars += p.problem().length() + p.expected().length() + p.value().length() + p.location().length();
    }
    if (options.rejectedRowsFile().isPresent()) {
      // the file holds every rejected row, in the order read, so that it alone can be fixed and imported again
      if (overflow == null) {
        overflow = RejectedRowsWriter.open(options.rejectedRowsFile().get(), header);
      }
      overflow.write(row);
    }
    if (rejected.size() < limits.rejectedRows() && rejectedCharacters + chars <= limits.rejectedCharacters()) {
      rejected.add(row);
      rejectedCharacters += chars;
      return;
    }
    if (overflow != null) {
      rejectedToFile++;
      return;
    }
    List<DataProblem> listed = new ArrayList<>();
    for (RejectedRow r : rejected) {
      listed.addAll(r.problems());
    }
    listed.add(new DataProblem(source, locator.rowWord() + " " + number, "", "", "more rows were rejected than a "
        + "lenient import keeps in memory (" + grouped(limits.rejectedRows()) + " rows or "
        + grouped(limits.rejectedCharacters()) + " characters); stopped reading here, nothing was imported",
        "the rows above fixed, a file for the rejected rows to go on (ImportOptions.withRejectedRowsFile(file); "
            + "chitieu: --rejected FILE), or higher ImportLimits.withRejected(...)"));
    close();
    throw new InvalidDataException(listed);
  }

  /** A value as a problem quotes it: cut after 500 characters, with its length. */
  static String shown(String value) {
    return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "… (" + grouped(value.length())
        + " characters)";
  }

  private String tooLong(String value) {
    return "is longer than " + grouped(limits.fieldLength()) + " characters, the limit";
  }

  static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /**
   * A measurement's fields in the import form, canonical columns first, then one per dimension.
   *
   * @param m the measurement
   * @param dimensions the dimension columns to fill
   * @param decimalComma whether to write numbers with a decimal comma
   * @return the fields by column name
   */
  static Map<String, String> fieldsOf(Measurement m, List<DimensionId> dimensions, boolean decimalComma) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("indicator", m.indicator().value());
    f.put("region", m.region().value());
    f.put("period", m.period().toString());
    f.put("value", format(m.value(), decimalComma));
    f.put("numerator", format(m.numerator(), decimalComma));
    f.put("denominator", format(m.denominator(), decimalComma));
    f.put("status", m.status().toString());
    f.put("source", m.source());
    for (DimensionId d : dimensions) {
      f.put(d.value(), m.breakdown().findMember(d).orElse(""));
    }
    return f;
  }

  /** A number in the shortest form that reads back to the same double, without exponent. */
  static String format(OptionalDouble d, boolean decimalComma) {
    if (d.isEmpty()) {
      return "";
    }
    String s = new java.math.BigDecimal(Double.toString(d.getAsDouble())).stripTrailingZeros().toPlainString();
    return decimalComma ? s.replace('.', ',') : s;
  }
}
