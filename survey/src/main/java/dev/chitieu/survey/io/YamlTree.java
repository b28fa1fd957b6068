package dev.chitieu.survey.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML (or JSON) document read into a small tree whose every node knows the file, line and column it starts at, so
 * that every problem found later can say where it is. Package-private.
 */
final class YamlTree {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private YamlTree() {}

  /** Where a node starts. */
  record At(String file, int line, int column) {
    @Override
    public String toString() {
      return file + (line > 0 ? " line " + line + ", column " + column : "");
    }
  }

  /** A node: a scalar's text, a list of nodes, a map of key to node, or null. */
  record Node(Object value, At at) {
    boolean isMap() {
      return value instanceof Fields;
    }

    boolean isList() {
      return value instanceof List<?>;
    }

    boolean isScalar() {
      return value instanceof String;
    }

    Fields fields() {
      return (Fields) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
      return (List<Node>) value;
    }

    String text() {
      return (String) value;
    }
  }

  /** A mapping's values and where each key is written. */
  record Fields(Map<String, Node> values, Map<String, At> keys) {
    Optional<Node> get(String key) {
      return Optional.ofNullable(values.get(key));
    }
  }

  /**
   * Reads a document.
   *
   * @return the root, empty for an empty document
   * @throws dev.chitieu.survey.InvalidCriteriaSetException-like problems are returned through {@code problems}
   */
  static Optional<Node> read(InputStream in, String file, List<String> problems) {
    try (JsonParser p = YAML.createParser(in)) {
      if (p.nextToken() == null) {
        return Optional.empty();
      }
      return Optional.of(node(p, file, problems));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      problems.add(at(file, l) + ": " + e.getOriginalMessage() + "; the file must be YAML (or JSON)");
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static Node node(JsonParser p, String file, List<String> problems) throws IOException {
    At at = at(file, p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> map = new LinkedHashMap<>();
      Map<String, At> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        At keyAt = at(file, p.currentTokenLocation());
        p.nextToken();
        Node value = node(p, file, problems);
        if (map.containsKey(key)) {
          problems.add(keyAt + ": key '" + key + "' appears twice in the same mapping (first at line "
              + keys.get(key).line() + "); write it once");
          continue;
        }
        map.put(key, value);
        keys.put(key, keyAt);
      }
      return new Node(new Fields(map, keys), at);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(node(p, file, problems));
      }
      return new Node(list, at);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new Node(null, at);
    }
    return new Node(p.getText(), at);
  }

  private static At at(String file, JsonLocation l) {
    return l == null ? new At(file, 0, 0) : new At(file, l.getLineNr(), l.getColumnNr());
  }

  /**
   * Lays {@code over} onto {@code base}: mappings merge key by key; lists of mappings that carry one of the key
   * fields merge item by item on it (an item of {@code over} replaces fields of the base item with the same key, or
   * is appended); the lists named in {@code appended} are concatenated; anything else in {@code over} replaces.
   */
  static Node merge(Node base, Node over, List<String> keyFields, List<String> appended, String name) {
    if (base == null || base.value() == null) {
      return over;
    }
    if (over == null || over.value() == null) {
      return over == null ? base : over;
    }
    if (base.isMap() && over.isMap()) {
      Map<String, Node> values = new LinkedHashMap<>(base.fields().values());
      Map<String, At> keys = new LinkedHashMap<>(base.fields().keys());
      for (Map.Entry<String, Node> e : over.fields().values().entrySet()) {
        values.put(e.getKey(), merge(values.get(e.getKey()), e.getValue(), keyFields, appended, e.getKey()));
        keys.put(e.getKey(), over.fields().keys().get(e.getKey()));
      }
      return new Node(new Fields(values, keys), over.at());
    }
    if (appended.contains(name) && !base.isMap() && !over.isMap()) {
      List<Node> all = new ArrayList<>(base.isList() ? base.list() : List.of(base));
      all.addAll(over.isList() ? over.list() : List.of(over));
      return new Node(all, over.at());
    }
    if (base.isList() && over.isList()) {
      Optional<String> key = keyOf(base.list(), keyFields).or(() -> keyOf(over.list(), keyFields));
      if (key.isPresent()) {
        List<Node> merged = new ArrayList<>(base.list());
        for (Node item : over.list()) {
          Optional<String> k = keyValue(item, key.get());
          int match = -1;
          for (int i = 0; k.isPresent() && i < merged.size(); i++) {
            if (keyValue(merged.get(i), key.get()).equals(k)) {
              match = i;
            }
          }
          if (match >= 0) {
            merged.set(match, merge(merged.get(match), item, keyFields, appended, name));
          } else {
            merged.add(item);
          }
        }
        return new Node(merged, over.at());
      }
    }
    return over;
  }

  private static Optional<String> keyOf(List<Node> list, List<String> keyFields) {
    for (String k : keyFields) {
      if (!list.isEmpty() && list.stream().allMatch(n -> keyValue(n, k).isPresent())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> keyValue(Node n, String key) {
    if (!n.isMap()) {
      return Optional.empty();
    }
    return n.fields().get(key).filter(Node::isScalar).map(Node::text);
  }
}
