package dev.chitieu.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.chitieu.core.model.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The progress measure reproduces results that national SDG platforms published with sdg-build 2.4.0. The data and
 * its citations (repository, file, commit) are in {@code src/test/resources/dev/chitieu/core/assess/sdg/SOURCES.md}.
 */
class ProgressPublishedResultsTest {
  private static final String DIR = "sdg/";
  private static final double RELATIVE = 1e-9;

  static Stream<Arguments> components() {
    return read("published-components.csv").stream()
        .map(row -> Arguments.argumentSet(row.get("source") + " " + row.get("series"), row));
  }

  @ParameterizedTest
  @MethodSource("components")
  void measure_matchesPublishedComponents(Map<String, String> row) {
    ProgressResult r = Progress.measure(seriesOf(row), optionsOf(row));

    assertThat(r.category()).as("status").isEqualTo(category(row.get("status")));
    assertMatches("score", r.score(), row.get("score"));
    String published = row.get("progress_value");
    // sdg-build 2.4.0-beta4 published .inf where no growth is required (target == base); later outputs publish null,
    // which the library follows (SOURCES.md).
    assertMatches("progress value", r.value(), published.equals(".inf") ? "" : published);
    if (!row.get("latest_year").isEmpty()) {
      assertThat(r.baseYear().getAsInt()).as("base year").isEqualTo(Integer.parseInt(row.get("base_year")));
      assertThat(r.latestYear().getAsInt()).as("latest year").isEqualTo(Integer.parseInt(row.get("latest_year")));
      assertThat(r.baseValue().getAsDouble()).as("base value").isEqualTo(Double.parseDouble(row.get("base_value")));
    } else {
      assertThat(r).isEqualTo(ProgressResult.notAvailable());
    }
  }

  @Test
  void publishedComponents_coverEveryCategoryAndEdge() {
    List<Map<String, String>> rows = read("published-components.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(81);
    assertThat(rows.stream().map(r -> category(r.get("status"))).distinct())
        .containsExactlyInAnyOrder(ProgressCategory.values());
    assertThat(rows).anyMatch(r -> r.get("limit").isEmpty() && r.get("target").isEmpty());
    assertThat(rows).anyMatch(r -> !r.get("limit").isEmpty());
    assertThat(rows).anyMatch(r -> r.get("direction").equals("-1") && !r.get("target").isEmpty());
    assertThat(rows).anyMatch(r -> r.get("target").equals("0.0"));
    assertThat(rows).anyMatch(r -> r.get("base_value").equals("0.0"));
    assertThat(rows).anyMatch(r -> r.get("base_value").startsWith("-"));
  }

  static Stream<Arguments> indicators() {
    Map<String, Map<String, String>> bySeries = new LinkedHashMap<>();
    for (Map<String, String> row : read("published-components.csv")) {
      bySeries.put(row.get("source") + "|" + row.get("series"), row);
    }
    return read("published-indicators.csv").stream().map(ind -> {
      List<Map<String, String>> parts = new ArrayList<>();
      for (String s : ind.get("series").split("\\|")) {
        Map<String, String> part = bySeries.get(ind.get("source") + "|" + s);
        if (part == null) {
          throw new IllegalStateException("published-indicators.csv names series '" + s + "' not in the components");
        }
        parts.add(part);
      }
      return Arguments.argumentSet(ind.get("source") + " " + ind.get("indicator"), ind, parts);
    });
  }

  @ParameterizedTest
  @MethodSource("indicators")
  void overall_matchesPublishedIndicatorScore(Map<String, String> indicator, List<Map<String, String>> parts) {
    List<ProgressResult> measured = parts.stream().map(p -> Progress.measure(seriesOf(p), optionsOf(p))).toList();

    ProgressResult r = Progress.overall(measured);

    assertThat(r.category()).isEqualTo(category(indicator.get("progress_status")));
    assertMatches("indicator score", r.score(), indicator.get("score"));
  }

  static Stream<Arguments> rawCases() {
    Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
    for (Map<String, String> row : read("raw-series.csv")) {
      // sdg-build reads the first four characters of a Year such as "2005-2007" or "2015 Q4".
      int year = Integer.parseInt(row.get("year").substring(0, 4));
      series.computeIfAbsent(row.get("case"), k -> new TreeMap<>()).put(year, Double.parseDouble(row.get("value")));
    }
    return read("raw-cases.csv").stream()
        .map(c -> Arguments.argumentSet(c.get("case"), c, series.get(c.get("case"))));
  }

  @ParameterizedTest
  @MethodSource("rawCases")
  void measure_fromRawYearlyData_matchesPublishedResult(Map<String, String> c, TreeMap<Integer, Double> series) {
    ProgressOptions.Builder b = ProgressOptions.builder(
        c.get("direction").equals("positive") ? Direction.INCREASE : Direction.DECREASE);
    if (!c.get("base_year").isEmpty()) {
      b.baseYear(Integer.parseInt(c.get("base_year")));
    }
    if (!c.get("target").isEmpty()) {
      b.target(Double.parseDouble(c.get("target")), Integer.parseInt(c.get("target_year")));
    }
    if (!c.get("limit").isEmpty()) {
      b.limit(Double.parseDouble(c.get("limit")));
    }

    ProgressResult r = Progress.measure(series, b.build());

    assertThat(r.baseYear().getAsInt()).as("base year").isEqualTo(Integer.parseInt(c.get("expected_base_year")));
    assertThat(r.baseValue().getAsDouble()).isEqualTo(Double.parseDouble(c.get("expected_base_value")));
    assertThat(r.latestYear().getAsInt()).isEqualTo(Integer.parseInt(c.get("expected_latest_year")));
    assertThat(r.latestValue().getAsDouble()).isEqualTo(Double.parseDouble(c.get("expected_latest_value")));
    assertThat(r.category()).isEqualTo(category(c.get("status")));
    assertMatches("score", r.score(), c.get("score"));
    assertMatches("progress value", r.value(), c.get("progress_value"));
  }

  private static TreeMap<Integer, Double> seriesOf(Map<String, String> row) {
    TreeMap<Integer, Double> s = new TreeMap<>();
    if (!row.get("base_value").isEmpty()) {
      s.put(Integer.parseInt(row.get("base_year")), Double.parseDouble(row.get("base_value")));
      s.put(Integer.parseInt(row.get("latest_year")), Double.parseDouble(row.get("latest_value")));
    }
    return s;
  }

  private static ProgressOptions optionsOf(Map<String, String> row) {
    ProgressOptions.Builder b = ProgressOptions.builder(
        row.get("direction").equals("1") ? Direction.INCREASE : Direction.DECREASE);
    b.baseYear(Integer.parseInt(row.get("base_year")));
    if (!row.get("target").isEmpty()) {
      b.target(Double.parseDouble(row.get("target")), Integer.parseInt(row.get("target_year")));
    }
    if (!row.get("limit").isEmpty()) {
      b.limit(Double.parseDouble(row.get("limit")));
    }
    return b.build();
  }

  private static void assertMatches(String what, OptionalDouble actual, String published) {
    if (published.isEmpty()) {
      assertThat(actual).as(what + " (published null)").isEmpty();
      return;
    }
    double expected = Double.parseDouble(published);
    assertThat(actual).as(what).isPresent();
    assertThat(actual.getAsDouble()).as(what).isCloseTo(expected, within(Math.abs(expected) * RELATIVE + 1e-12));
  }

  private static ProgressCategory category(String published) {
    return ProgressCategory.valueOf(published.toUpperCase(Locale.ROOT));
  }

  private static List<Map<String, String>> read(String name) {
    try (InputStream in = ProgressPublishedResultsTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + DIR + name + " is missing");
      }
      try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        return it.readAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
