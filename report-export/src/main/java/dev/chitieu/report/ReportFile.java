package dev.chitieu.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chitieu.core.model.InvalidPeriodException;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.TargetId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a report file: what a report builder supplies beside the data (number, date, signer, recipients, the
 * narrative sections …), in YAML or JSON (JSON is YAML too). Every key is optional; {@code docs/reports.md} shows a
 * full example. A text is either a string, printed in both languages, or {@code {vi: …, en: …}}.
 *
 * <pre>{@code
 * number: 125/BC-UBND
 * date: 2025-12-31
 * signer: {capacity: TM. ỦY BAN NHÂN DÂN, deputyFor: KT. CHỦ TỊCH, title: PHÓ CHỦ TỊCH, name: Nguyễn Văn A}
 * recipients: [Bộ Khoa học và Công nghệ (để báo cáo), Các sở, ban, ngành thành phố]
 * }</pre>
 *
 * <p>Every problem of a file is reported at once, each with its line and column and what would be right. Thread-safe.
 */
public final class ReportFile {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final List<String> KEYS = List.of("number", "place", "date", "reportingPeriod", "sample",
      "superiorBody", "issuer", "legalBases", "signer", "recipients", "archive", "shortcomings", "causes", "tasks",
      "recommendations", "leadAgencies", "form");

  private ReportFile() {}

  /**
   * Reads a report file.
   *
   * @param file the file (.yaml, .yml or .json)
   * @return the metadata it sets, defaults elsewhere
   * @throws ReportFileException listing every problem with its line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReportMetadata read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the report file " + file.getFileName(), e);
    }
  }

  /**
   * Reads a report file from a stream.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @param name the file's name, quoted in problems
   * @return the metadata it sets, defaults elsewhere
   * @throws ReportFileException listing every problem with its line and column
   */
  public static ReportMetadata read(InputStream in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    Node root;
    try (JsonParser p = YAML.createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return ReportMetadata.defaults();
      }
      root = node(p);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new ReportFileException(name, List.of(where(l) + ": " + e.getOriginalMessage()
          + "; the report file must be YAML or JSON (see docs/reports.md)"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the report file " + name, e);
    }
    return new Reader(name).metadata(root);
  }

  // ------------------------------------------------------------------------------------------------ tree

  /** A value of the file with where it starts: a String, a List of nodes or a Map of key to node. */
  private record Node(Object value, JsonLocation at) {}

  private static Node node(JsonParser p) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> map = new LinkedHashMap<>();
      Map<String, JsonLocation> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        keys.put(key, p.currentTokenLocation());
        p.nextToken();
        map.put(key, node(p));
      }
      return new Node(new Fields(map, keys), at);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(node(p));
      }
      return new Node(list, at);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Node(null, at);
    }
    return new Node(p.getText(), at);
  }

  private record Fields(Map<String, Node> values, Map<String, JsonLocation> keys) {}

  private static String where(JsonLocation l) {
    return l == null ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  /** Reads the tree into a builder, collecting every problem. */
  private static final class Reader {
    private final String name;
    private final List<String> problems = new ArrayList<>();
    private final ReportMetadata.Builder b = ReportMetadata.builder();

    Reader(String name) {
      this.name = name;
    }

    ReportMetadata metadata(Node root) {
      Optional<Fields> top = fields(root, "the report file");
      top.ifPresent(f -> {
        unknown(f, KEYS, "");
        string(f, "number", b::documentNumber);
        string(f, "place", b::place);
        string(f, "date", (s, at) -> {
          try {
            b.date(LocalDate.parse(s));
          } catch (DateTimeParseException e) {
            problem(at, "'date' is '" + s + "'; write the day as YYYY-MM-DD, e.g. 2025-12-31");
          }
        });
        string(f, "reportingPeriod", (s, at) -> {
          try {
            b.reportingPeriod(Period.parse(s));
          } catch (InvalidPeriodException e) {
            problem(at, "'reportingPeriod' is '" + s + "': " + e.getMessage());
          }
        });
        string(f, "sample", (s, at) -> {
          if (s.equals("true") || s.equals("false")) {
            b.sample(Boolean.parseBoolean(s));
          } else {
            problem(at, "'sample' is '" + s + "'; write true or false");
          }
        });
        text(f, "superiorBody").ifPresent(t -> b.superiorBody(t.vi(), t.en()));
        text(f, "issuer").ifPresent(t -> b.issuer(t.vi(), t.en()));
        texts(f, "legalBases").forEach(t -> b.legalBasis(t.vi(), t.en()));
        texts(f, "recipients").forEach(t -> b.recipient(t.vi(), t.en()));
        string(f, "archive", b::archive);
        texts(f, "shortcomings").forEach(t -> b.shortcoming(t.vi(), t.en()));
        texts(f, "causes").forEach(t -> b.cause(t.vi(), t.en()));
        texts(f, "tasks").forEach(t -> b.task(t.vi(), t.en()));
        texts(f, "recommendations").forEach(t -> b.recommendation(t.vi(), t.en()));
        signer(f);
        leadAgencies(f);
        form(f);
      });
      if (!problems.isEmpty()) {
        throw new ReportFileException(name, problems);
      }
      return b.build();
    }

    private void signer(Fields f) {
      Node n = f.values().get("signer");
      if (n == null) {
        return;
      }
      fields(n, "'signer'").ifPresent(s -> {
        unknown(s, List.of("capacity", "deputyFor", "title", "name"), "signer.");
        Optional<LocalizedText> title = text(s, "title");
        if (title.isEmpty()) {
          problem(n.at(), "'signer' has no 'title'; write the signer's title, e.g. title: PHÓ CHỦ TỊCH");
          return;
        }
        String[] name = {null};
        string(s, "name", v -> name[0] = v);
        b.signer(new ReportMetadata.Signer(text(s, "capacity"), text(s, "deputyFor"), title.get(),
            Optional.ofNullable(name[0])));
      });
    }

    private void leadAgencies(Fields f) {
      Node n = f.values().get("leadAgencies");
      if (n == null) {
        return;
      }
      fields(n, "'leadAgencies'").ifPresent(m -> m.values().forEach((target, v) -> {
        try {
          TargetId.of(target);
        } catch (InvalidValueException e) {
          problem(m.keys().get(target), "'leadAgencies' names target '" + target + "': " + e.getMessage());
          return;
        }
        textOf(v, "leadAgencies." + target).ifPresent(t -> b.leadAgency(target, t.vi(), t.en()));
      }));
    }

    private void form(Fields f) {
      Node n = f.values().get("form");
      if (n == null) {
        return;
      }
      fields(n, "'form'").ifPresent(m -> {
        unknown(m, List.of("preparer", "head"), "form.");
        string(m, "preparer", b::preparer);
        string(m, "head", b::head);
      });
    }

    // ---------------------------------------------------------------------------------------------- values

    private Optional<Fields> fields(Node n, String what) {
      if (n.value() instanceof Fields f) {
        return Optional.of(f);
      }
      problem(n.at(), what + " must be a mapping of keys to values (key: value)");
      return Optional.empty();
    }

    private void unknown(Fields f, List<String> known, String prefix) {
      for (Map.Entry<String, JsonLocation> k : f.keys().entrySet()) {
        if (!known.contains(k.getKey())) {
          problem(k.getValue(), "unknown key '" + prefix + k.getKey() + "'; the keys are " + String.join(", ",
              known));
        }
      }
    }

    private void string(Fields f, String key, Consumer<String> set) {
      string(f, key, (s, at) -> set.accept(s));
    }

    private void string(Fields f, String key, java.util.function.BiConsumer<String, JsonLocation> set) {
      Node n = f.values().get(key);
      if (n == null || n.value() == null) {
        return;
      }
      if (n.value() instanceof String s) {
        set.accept(s.strip(), n.at());
      } else {
        problem(n.at(), "'" + key + "' must be a single value, not a list or mapping");
      }
    }

    private Optional<LocalizedText> text(Fields f, String key) {
      Node n = f.values().get(key);
      return n == null ? Optional.empty() : textOf(n, key);
    }

    private Optional<LocalizedText> textOf(Node n, String key) {
      if (n.value() == null) {
        return Optional.empty();
      }
      if (n.value() instanceof String s) {
        return Optional.of(LocalizedText.of(s.strip(), s.strip()));
      }
      if (n.value() instanceof Fields f) {
        unknown(f, List.of("vi", "en"), key + ".");
        String[] vi = {""};
        String[] en = {""};
        string(f, "vi", v -> vi[0] = v);
        string(f, "en", v -> en[0] = v);
        if (vi[0].isEmpty() && en[0].isEmpty()) {
          problem(n.at(), "'" + key + "' has neither 'vi' nor 'en'; write a text, or {vi: …, en: …}");
          return Optional.empty();
        }
        // a text in one language only is printed in both
        return Optional.of(LocalizedText.of(vi[0].isEmpty() ? en[0] : vi[0], en[0].isEmpty() ? vi[0] : en[0]));
      }
      problem(n.at(), "'" + key + "' must be a text, or {vi: …, en: …}, not a list");
      return Optional.empty();
    }

    private List<LocalizedText> texts(Fields f, String key) {
      Node n = f.values().get(key);
      if (n == null || n.value() == null) {
        return List.of();
      }
      if (!(n.value() instanceof List<?> items)) {
        // one paragraph or recipient written without a list
        return textOf(n, key).map(List::of).orElse(List.of());
      }
      List<LocalizedText> out = new ArrayList<>();
      for (Object item : items) {
        textOf((Node) item, key).ifPresent(out::add);
      }
      return out;
    }

    private void problem(JsonLocation at, String message) {
      problems.add(where(at) + ": " + message);
    }
  }
}
