package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.TargetId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes plans as JSON. A plan written and read back is equal to the original, decimals and all. The form
 * is the one {@code chitieu plans --format json} prints: records as objects with their component names, ids, periods
 * and dates as strings, aggregations and scopes tagged with {@code "kind"}. Thread-safe.
 */
public final class PlanJson {
  private static final ObjectMapper MAPPER = mapper();

  private PlanJson() {}

  /**
   * Writes a plan as indented JSON.
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String write(Plan plan) {
    try {
      return MAPPER.writeValueAsString(requireNonNull(plan, "plan"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plan '" + plan.id() + "' as JSON", e);
    }
  }

  /**
   * Writes plans as an indented JSON array.
   *
   * @param plans the plans
   * @param out where to write; not closed
   */
  public static void writeAll(List<Plan> plans, OutputStream out) {
    try {
      MAPPER.writeValue(new NonClosing(out), List.copyOf(plans));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plans as JSON", e);
    }
  }

  /**
   * Reads a plan.
   *
   * @param json the JSON text of one plan
   * @return the plan, not yet validated
   * @throws InvalidDataException saying where the JSON is wrong
   */
  public static Plan read(String json) {
    try {
      return MAPPER.readValue(json, Plan.class);
    } catch (JsonProcessingException e) {
      throw invalid("plan JSON", e);
    }
  }

  /**
   * Reads a JSON array of plans.
   *
   * @param in the JSON; not closed
   * @param source the name errors quote
   * @return the plans, not yet validated
   * @throws InvalidDataException saying where the JSON is wrong
   */
  public static List<Plan> readAll(InputStream in, String source) {
    try {
      return MAPPER.readValue(new java.io.FilterInputStream(in) {
        @Override
        public void close() {}
      }, new TypeReference<List<Plan>>() {});
    } catch (JsonProcessingException e) {
      throw invalid(source, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static InvalidDataException invalid(String source, JsonProcessingException e) {
    var loc = e.getLocation();
    String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String path = e instanceof JsonMappingException jm ? jm.getPathReference() : "";
    return new InvalidDataException(List.of(new DataProblem(source, where, path, "",
        "is not a valid plan: " + e.getOriginalMessage(), "the form PlanJson.write gives")));
  }

  private static ObjectMapper mapper() {
    SimpleModule m = new SimpleModule("chitieu-plan");
    text(m, IndicatorId.class, IndicatorId::of);
    text(m, TargetId.class, TargetId::of);
    text(m, PlanId.class, PlanId::of);
    text(m, DimensionId.class, DimensionId::of);
    text(m, RegionCode.class, RegionCode::of);
    text(m, Period.class, Period::parse);
    text(m, PartialDate.class, PartialDate::parse);
    text(m, LocalDate.class, LocalDate::parse);
    m.setMixInAnnotation(Aggregation.class, AggregationMixin.class);
    m.setMixInAnnotation(Scope.class, ScopeMixin.class);
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(m)
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(value.toString());
      }
    });
    m.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        String s = p.getValueAsString();
        try {
          return parse.apply(s);
        } catch (RuntimeException e) {
          return c.reportInputMismatch(type, "'%s' is not a valid %s: %s", s, type.getSimpleName(), e.getMessage());
        }
      }
    });
    m.addKeySerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeFieldName(value.toString());
      }
    });
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Aggregation.Flow.class, name = "flow"),
    @JsonSubTypes.Type(value = Aggregation.Stock.class, name = "stock"),
    @JsonSubTypes.Type(value = Aggregation.Ratio.class, name = "ratio")
  })
  private abstract static class AggregationMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Scope.WholeRegion.class, name = "whole-region"),
    @JsonSubTypes.Type(value = Scope.EachMember.class, name = "each-member"),
    @JsonSubTypes.Type(value = Scope.EveryPeriod.class, name = "every-period"),
    @JsonSubTypes.Type(value = Scope.Cumulative.class, name = "cumulative")
  })
  private abstract static class ScopeMixin {}

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
