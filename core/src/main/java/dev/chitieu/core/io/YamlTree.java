package dev.chitieu.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and scalars that remember their line and column, so that every problem in a
 * file can say where it is. Scalars keep the text as written ({@code 0.70} stays {@code 0.70}, {@code 01} stays
 * {@code 01}). Not thread-safe while built; immutable after.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /** Where a node starts: 1-based line and column. */
  record Loc(int line, int column) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  /** A node of the tree. */
  sealed interface Node {
    /** Where it starts. */
    Loc loc();
  }

  /** A scalar (text as written), or null when the YAML says {@code null}, {@code ~} or nothing. */
  record Scalar(String text, Loc loc) implements Node {
    boolean isNull() {
      return text == null;
    }
  }

  /** A list. */
  record Seq(List<Node> items, Loc loc) implements Node {}

  /** A map in the file's order; {@code keys} has where each key is written. */
  record MapNode(Map<String, Node> entries, Map<String, Loc> keys, Loc loc) implements Node {}

  /** A problem found while reading the YAML itself (syntax, duplicate key). */
  record SyntaxProblem(Loc loc, String message, String fix) {}

  /** A tree, or the problems that kept it from being read. */
  record Result(Node root, List<SyntaxProblem> problems) {}

  static Result read(Reader in) {
    List<SyntaxProblem> problems = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Result(new MapNode(Map.of(), Map.of(), new Loc(1, 1)), problems);
      }
      Node root = node(p, t, problems);
      return new Result(root, problems);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      Loc loc = l == null ? new Loc(1, 1) : new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
      problems.add(new SyntaxProblem(loc, "is not valid YAML: " + firstLine(e.getOriginalMessage()),
          "a 'key: value' per line, nested keys indented by two spaces, text with ': ' or ' #' in double quotes"));
      return new Result(null, problems);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static Loc loc(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static Node node(JsonParser p, JsonToken t, List<SyntaxProblem> problems) throws IOException {
    Loc at = loc(p);
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Loc> keys = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          Loc keyAt = loc(p);
          Node value = node(p, p.nextToken(), problems);
          if (entries.containsKey(key)) {
            problems.add(new SyntaxProblem(keyAt, "'" + key + "' is written twice in the same map (first at "
                + keys.get(key) + "); the second would silently replace the first", "each key once"));
          } else {
            entries.put(key, value);
            keys.put(key, keyAt);
          }
        }
        return new MapNode(entries, keys, at);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          items.add(node(p, k, problems));
        }
        return new Seq(items, at);
      }
      case VALUE_NULL -> {
        return new Scalar(null, at);
      }
      default -> {
        return new Scalar(p.getText(), at);
      }
    }
  }
}
