package dev.chitieu.core.region;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.RegionCode;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link TerritoryMapping#remap} made of a set of measurements: the figures on the units in force, the figures
 * that cover only part of a new unit (left out of {@link #measurements()}, so that a rollup counts that unit as
 * missing rather than taking a part for the whole), and the territory note a report prints. Every input row is
 * accounted for: {@code rowsRead == rowsKept + rowsConverted}, and each converted row went into a figure of {@link
 * #measurements()} or of {@link #partial()}. Immutable and thread-safe.
 *
 * @param measurements the figures keyed by the units in force: the rows kept as they were, then the converted
 *     figures, in the order their first row came
 * @param partial the converted figures of new units for which some of the former units that went into them sent no
 *     figure; not in {@code measurements}
 * @param territory which territory the figures cover, for the report
 * @param rowsRead the number of input rows
 * @param rowsKept the rows already keyed by the units in force, kept unchanged
 * @param rowsConverted the rows keyed by former units, converted
 */
public record RemapResult(
    MeasurementSet measurements,
    List<PartialFigure> partial,
    TerritoryNote territory,
    int rowsRead,
    int rowsKept,
    int rowsConverted) {

  /** Checks that nothing is null and that every row read is kept or converted. */
  public RemapResult {
    requireNonNull(measurements, "measurements");
    partial = List.copyOf(partial);
    requireNonNull(territory, "territory");
    if (rowsKept < 0 || rowsConverted < 0 || rowsRead != rowsKept + rowsConverted) {
      throw new IllegalArgumentException("a remap result must account for every row: read " + rowsRead
          + ", kept " + rowsKept + ", converted " + rowsConverted);
    }
  }

  /** Whether every converted figure covers its whole new unit. */
  public boolean isComplete() {
    return partial.isEmpty();
  }

  /**
   * A converted figure of a new unit that lacks some of the former units that went into it: e.g. a ward formed from
   * four former communes, of which three reported. Its value covers only those that reported.
   *
   * @param figure the figure as far as it goes, keyed by the new unit
   * @param reported the former units whose rows went into it
   * @param missing the former units (wholly or partly in the new unit) that sent no row for the same indicator,
   *     period and breakdown
   */
  public record PartialFigure(Measurement figure, List<RegionCode> reported, List<RegionCode> missing) {
    /** Checks that nothing is null and something is missing, and copies the lists. */
    public PartialFigure {
      requireNonNull(figure, "figure");
      reported = List.copyOf(reported);
      missing = List.copyOf(missing);
      if (missing.isEmpty()) {
        throw new IllegalArgumentException("a partial figure of " + figure.region() + " needs a missing unit");
      }
    }

    /** A sentence naming the figure and what it lacks. */
    public String message() {
      return "figure of '" + figure.indicator() + "' for " + figure.region() + " " + figure.period()
          + (figure.breakdown().isNone() ? "" : " [" + figure.breakdown() + "]") + " covers former units "
          + join(reported) + " but not " + join(missing) + ", which also went into " + figure.region();
    }

    private static String join(List<RegionCode> codes) {
      return codes.stream().map(RegionCode::value).collect(Collectors.joining(", "));
    }
  }
}
