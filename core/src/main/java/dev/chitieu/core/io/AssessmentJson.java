package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.chitieu.core.data.Coverage;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Change;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.ProgressResult;
import dev.chitieu.core.assess.Projection;
import dev.chitieu.core.assess.TargetResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes an {@link Assessment} as JSON, the form {@code chitieu assess --format json} prints. Thread-safe.
 *
 * <p>The document is an object with {@code plan}, {@code region} ({@code code}, {@code name}), {@code asOf} and
 * {@code results}. Each result is an object:
 *
 * <pre>
 * target, indicator        ids
 * member, period           the scope part judged (member code / period text), null for a whole target
 * status, statusLabel      e.g. "ACHIEVED", {"vi": "Đạt", "en": "Achieved"}
 * value, valuePeriod       the value used (a decimal at reporting precision, e.g. 0.70) and the months it covers
 * measurementStatus        "actual" | "provisional" | "estimate"
 * coverage                 {"reporting": 112, "expected": 114, "missing": ["31001", ...]}
 * comparison, threshold    e.g. "MORE_THAN", 0.7; comparisonSymbol "&gt;"
 * deadline                 the target's deadline
 * gap, percentOfTarget     value - threshold; value as a percent of the threshold (2 decimals)
 * projection               {"method": "LINEAR_TREND", "value": 86.10, "at": "2025-12-31", "points": 4}; null with
 *                          fewer than two figures at different times
 * changes                  [{"basis": "SAME_PERIOD_LAST_YEAR", "period": "2024-01..2024-06", "previous": 77.41,
 *                          "difference": 9.67, "ratio": 112.49}, …]: the value against earlier periods
 * progress                 {"category": "MODERATE_PROGRESS", "score", "value", "baseYear", "baseValue",
 *                           "latestYear", "latestValue"}
 * explanation              {"vi": "...", "en": "..."}
 * parts                    the per-member or per-period results, same shape
 * </pre>
 *
 * <p>Absent values are {@code null}; every key is always written. Decimals keep their scale ({@code 0.70}, not {@code
 * 0.7}); periods use {@link dev.chitieu.core.model.Period#toString()}; days are ISO dates.
 */
public final class AssessmentJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private AssessmentJson() {}

  /**
   * Writes an assessment as indented JSON.
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public static String write(Assessment assessment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(assessment, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes an assessment as indented UTF-8 JSON.
   *
   * @param assessment the assessment
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Assessment assessment, OutputStream out) {
    requireNonNull(assessment, "assessment");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("plan", assessment.plan().id().toString());
      g.writeObjectFieldStart("region");
      g.writeStringField("code", assessment.region().code().value());
      text(g, "name", assessment.region().name());
      g.writeEndObject();
      g.writeStringField("asOf", assessment.asOf().toString());
      g.writeArrayFieldStart("results");
      for (TargetResult r : assessment.results()) {
        result(g, r, assessment);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the assessment of plan '" + assessment.plan().id() + "' as JSON",
          e);
    }
  }

  private static void result(JsonGenerator g, TargetResult r, Assessment a) throws IOException {
    Evidence e = r.evidence();
    g.writeStartObject();
    g.writeStringField("target", r.target().toString());
    g.writeStringField("indicator", r.indicator().toString());
    string(g, "member", r.member());
    string(g, "period", r.period().map(Object::toString));
    g.writeStringField("status", r.status().name());
    text(g, "statusLabel", r.status().label());
    decimal(g, "value", e.value());
    string(g, "valuePeriod", e.period().map(Object::toString));
    string(g, "measurementStatus", e.status().map(Object::toString));
    coverage(g, e.coverage());
    g.writeStringField("comparison", e.comparison().name());
    g.writeStringField("comparisonSymbol", e.comparison().symbol());
    g.writeFieldName("threshold");
    g.writeNumber(e.threshold());
    string(g, "deadline", a.plan().findTarget(r.target()).map(t -> t.deadline().toString()));
    decimal(g, "gap", e.gap());
    decimal(g, "percentOfTarget", e.percentOfTarget());
    projection(g, e.projection());
    changes(g, e.changes());
    progress(g, r.progress());
    text(g, "explanation", r.explanation());
    g.writeArrayFieldStart("parts");
    for (TargetResult p : r.parts()) {
      result(g, p, a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void coverage(JsonGenerator g, Optional<Coverage> coverage) throws IOException {
    if (coverage.isEmpty()) {
      g.writeNullField("coverage");
      return;
    }
    Coverage c = coverage.get();
    g.writeObjectFieldStart("coverage");
    g.writeNumberField("reporting", c.reporting());
    g.writeNumberField("expected", c.expected());
    g.writeArrayFieldStart("missing");
    for (RegionCode m : c.missing()) {
      g.writeString(m.value());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void projection(JsonGenerator g, Optional<Projection> projection) throws IOException {
    if (projection.isEmpty()) {
      g.writeNullField("projection");
      return;
    }
    Projection p = projection.get();
    g.writeObjectFieldStart("projection");
    g.writeStringField("method", p.method().name());
    text(g, "methodLabel", p.method().label());
    g.writeFieldName("value");
    g.writeNumber(p.value());
    g.writeStringField("at", p.at().toString());
    g.writeNumberField("points", p.points());
    g.writeEndObject();
  }

  private static void changes(JsonGenerator g, List<Change> changes) throws IOException {
    g.writeArrayFieldStart("changes");
    for (Change c : changes) {
      g.writeStartObject();
      g.writeStringField("basis", c.basis().name());
      g.writeStringField("period", c.period().toString());
      decimal(g, "previous", c.previous());
      decimal(g, "difference", c.difference());
      decimal(g, "ratio", c.ratio());
      g.writeBooleanField("reported", c.reported());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void progress(JsonGenerator g, ProgressResult p) throws IOException {
    g.writeObjectFieldStart("progress");
    g.writeStringField("category", p.category().name());
    text(g, "categoryLabel", p.category().label());
    number(g, "score", p.score());
    number(g, "value", p.value());
    integer(g, "baseYear", p.baseYear());
    number(g, "baseValue", p.baseValue());
    integer(g, "latestYear", p.latestYear());
    number(g, "latestValue", p.latestValue());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("vi", t.vi());
    g.writeStringField("en", t.en());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
    g.writeFieldName(name);
    if (v.isPresent()) {
      g.writeNumber(v.get());
    } else {
      g.writeNull();
    }
  }

  private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
    g.writeFieldName(name);
    if (v.isPresent()) {
      g.writeNumber(v.getAsDouble());
    } else {
      g.writeNull();
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt v) throws IOException {
    g.writeFieldName(name);
    if (v.isPresent()) {
      g.writeNumber(v.getAsInt());
    } else {
      g.writeNull();
    }
  }
}
