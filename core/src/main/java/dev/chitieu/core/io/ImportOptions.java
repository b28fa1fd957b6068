package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.DuplicatePolicy;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.region.RegionHierarchy;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an importer reads and checks measurements; the same for CSV, JSON and XLSX. Immutable and thread-safe; each
 * {@code with…} method returns a copy.
 *
 * <ul>
 *   <li>{@link #withDecimalComma(boolean)}: numbers are written {@code 1.234,5} (Vietnamese style) rather than {@code
 *       1234.5}. A CSV file can also declare it on its first line: {@code # decimal=comma}.
 *   <li>{@link #withDuplicates(DuplicatePolicy)}: what to do with two rows of one key; {@link DuplicatePolicy#ERROR}
 *       by default.
 *   <li>{@link #withPlan(Plan)} or {@link #withIndicators(Collection, Collection)}: check every row against the
 *       declared indicators and dimensions (unknown indicator, a dimension the indicator does not accept, a member
 *       the dimension does not have, a base quantity given as parts…). Without them only the form of each field is
 *       checked.
 *   <li>{@link #withRegions(RegionHierarchy)}: check that every region code is a unit of the hierarchy.
 *   <li>{@link #withLimits(ImportLimits)}: the bounds on field length, fields per row, rejected rows kept in memory
 *       and problems collected; {@link #withRejectedRowsFile(Path)}: where the rejected rows beyond them go.
 *   <li>{@link #withThreads(int)}: how many threads read a CSV file; all processors by default.
 * </ul>
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS =
      new ImportOptions(false, DuplicatePolicy.ERROR, Map.of(), Map.of(), false, null, ImportLimits.defaults(), null,
          0);

  private final boolean decimalComma;
  private final DuplicatePolicy duplicates;
  private final Map<IndicatorId, Indicator> indicators;
  private final Map<DimensionId, Dimension> dimensions;
  private final boolean checkIndicators;
  private final RegionHierarchy regions;
  private final ImportLimits limits;
  private final Path rejectedRowsFile;
  /** 0 for the available processors. */
  private final int threads;

  private ImportOptions(boolean decimalComma, DuplicatePolicy duplicates, Map<IndicatorId, Indicator> indicators,
      Map<DimensionId, Dimension> dimensions, boolean checkIndicators, RegionHierarchy regions, ImportLimits limits,
      Path rejectedRowsFile, int threads) {
    this.decimalComma = decimalComma;
    this.duplicates = duplicates;
    this.indicators = indicators;
    this.dimensions = dimensions;
    this.checkIndicators = checkIndicators;
    this.regions = regions;
    this.limits = limits;
    this.rejectedRowsFile = rejectedRowsFile;
    this.threads = threads;
  }

  /** Decimal points, {@link DuplicatePolicy#ERROR}, no checks against a plan or a hierarchy. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /** The same options with numbers read with a decimal comma ({@code 1.234,5}) or a decimal point. */
  public ImportOptions withDecimalComma(boolean decimalComma) {
    return new ImportOptions(decimalComma, duplicates, indicators, dimensions, checkIndicators, regions, limits,
        rejectedRowsFile, threads);
  }

  /** The same options with a policy for duplicate keys. */
  public ImportOptions withDuplicates(DuplicatePolicy policy) {
    return new ImportOptions(decimalComma, requireNonNull(policy, "policy"), indicators, dimensions,
        checkIndicators, regions, limits, rejectedRowsFile, threads);
  }

  /** The same options, checking rows against a plan's indicators and dimensions. */
  public ImportOptions withPlan(Plan plan) {
    requireNonNull(plan, "plan");
    return withIndicators(plan.indicators(), plan.dimensions());
  }

  /**
   * The same options, checking rows against indicators and the dimensions their members come from.
   *
   * @param indicators the indicators rows may name
   * @param dimensions the dimensions, with their members
   * @return the options
   */
  public ImportOptions withIndicators(Collection<Indicator> indicators, Collection<Dimension> dimensions) {
    Map<IndicatorId, Indicator> i = new LinkedHashMap<>();
    indicators.forEach(x -> i.put(x.id(), x));
    Map<DimensionId, Dimension> d = new LinkedHashMap<>();
    dimensions.forEach(x -> d.put(x.id(), x));
    return new ImportOptions(decimalComma, duplicates, Collections.unmodifiableMap(i),
        Collections.unmodifiableMap(d), true, regions, limits, rejectedRowsFile, threads);
  }

  /** The same options, checking that every region is a unit of the hierarchy. */
  public ImportOptions withRegions(RegionHierarchy regions) {
    return new ImportOptions(decimalComma, duplicates, indicators, dimensions, checkIndicators,
        requireNonNull(regions, "regions"), limits, rejectedRowsFile, threads);
  }

  /** The same options with other bounds on fields, rows, rejected rows and problems (see {@link ImportLimits}). */
  public ImportOptions withLimits(ImportLimits limits) {
    return new ImportOptions(decimalComma, duplicates, indicators, dimensions, checkIndicators, regions,
        requireNonNull(limits, "limits"), rejectedRowsFile, threads);
  }

  /**
   * The same options, with a file for the rejected rows: the import writes every row it rejects there as CSV, in the
   * order read (the form of {@link MeasurementCsv#writeRejected}: the fields as read plus a {@code problems} column),
   * so that the file alone can be fixed and imported again. The first {@link ImportLimits#rejectedRows()} are also
   * kept in memory ({@link ImportResult#rejected()}); past that bound a lenient import goes on, counting the further
   * rows in {@link ImportResult#rejectedToFile()}, instead of stopping. The file is created or replaced only if a row
   * is rejected.
   *
   * @param file where to write the rejected rows
   * @return the options
   */
  public ImportOptions withRejectedRowsFile(Path file) {
    return new ImportOptions(decimalComma, duplicates, indicators, dimensions, checkIndicators, regions, limits,
        requireNonNull(file, "file"), threads);
  }

  /**
   * The same options, reading a CSV file on this many threads: the file is cut into chunks at line breaks, read in
   * parallel and put together in file order, so that the set, the rejected rows and every message are those of a
   * read on one thread (see {@link MeasurementCsv#readStrict(Path, ImportOptions)}). 1 reads on the calling thread
   * alone; by default, as many threads as the machine has processors. Only files are read in parallel: a stream is
   * read on the calling thread, and so are JSON and workbooks.
   *
   * @param threads at least 1
   * @return the options
   */
  public ImportOptions withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return new ImportOptions(decimalComma, duplicates, indicators, dimensions, checkIndicators, regions, limits,
        rejectedRowsFile, threads);
  }

  /** How many threads a CSV file is read on: as set, or the available processors by default. */
  public int threads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** The bounds the import keeps to. */
  public ImportLimits limits() {
    return limits;
  }

  /** Where the import writes every row it rejects, if anywhere (see {@link #withRejectedRowsFile(Path)}). */
  public Optional<Path> rejectedRowsFile() {
    return Optional.ofNullable(rejectedRowsFile);
  }

  /** Whether numbers have a decimal comma. */
  public boolean decimalComma() {
    return decimalComma;
  }

  /** The duplicate-key policy. */
  public DuplicatePolicy duplicates() {
    return duplicates;
  }

  /** The indicators rows are checked against, by id; empty when rows are not checked against a plan. */
  public Map<IndicatorId, Indicator> indicators() {
    return indicators;
  }

  /** The dimensions members are checked against, by id. */
  public Map<DimensionId, Dimension> dimensions() {
    return dimensions;
  }

  /** Whether rows are checked against declared indicators. */
  public boolean checksIndicators() {
    return checkIndicators;
  }

  /** The hierarchy regions are checked against, if any. */
  public Optional<RegionHierarchy> findRegions() {
    return Optional.ofNullable(regions);
  }

  /**
   * The canonical column names of a measurement, in file order; with {@link #CHANGE_COLUMNS}, any other column is a
   * breakdown dimension.
   */
  public static final List<String> COLUMNS =
      List.of("indicator", "region", "period", "value", "numerator", "denominator", "status", "source");

  /**
   * The optional columns of a change on an earlier period carried as reported: {@code change} (signed, in the
   * indicator's unit, e.g. {@code +9.67} points or {@code +14} provinces; or a percent of the earlier figure with a
   * trailing {@code %}, e.g. {@code +67%}) and {@code compared_with} (the earlier period: the same months one year
   * earlier, or the previous year for a level). A row may give a change without a value.
   */
  public static final List<String> CHANGE_COLUMNS = List.of("change", "compared_with");
}
