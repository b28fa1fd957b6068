package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.Citation;
import dev.chitieu.survey.Component;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.InvalidCriteriaSetException;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.LevelBasis;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.ScoreBand;
import dev.chitieu.survey.Source;
import dev.chitieu.survey.io.YamlTree.At;
import dev.chitieu.survey.io.YamlTree.Fields;
import dev.chitieu.survey.io.YamlTree.Node;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads criteria sets from YAML files (JSON is YAML too): the format is described in {@code docs/surveys.md} and by
 * the JSON Schema {@code docs/schemas/criteria-set.schema.json}. A part the sources do not state is written {@code
 * notStated}. A file may adapt another set ({@code extends: dbi-sme-2021}, or a path relative to the file): the
 * base's tree is read first and the file's laid over it, pillars, components, criteria, answers, levels and sources
 * matched by their ids, so an adaptation only writes what it adds or changes.
 *
 * <p>Every problem of a file is reported at once, each with its file, line and column and what would be right.
 * Thread-safe.
 */
public final class CriteriaFile {
  /** The value that marks a part as not stated by the set's sources. */
  public static final String NOT_STATED = "notStated";

  private static final String BUNDLED = "/dev/chitieu/survey/sets/";
  private static final List<String> KEY_FIELDS = List.of("id", "key", "level", "code");
  private static final List<String> APPENDED = List.of("notes", "cite");
  private static final List<String> SET_KEYS = List.of("id", "title", "sample", "extends", "sources", "decimals",
      "levelBasis", "levels", "pillars", "notes", "cite");

  private CriteriaFile() {}

  /**
   * Reads a criteria set file.
   *
   * @param file the file (.yaml, .yml or .json)
   * @return the set
   * @throws InvalidCriteriaSetException listing every problem with its file, line and column
   * @throws UncheckedIOException if a file cannot be read
   */
  public static CriteriaSet read(Path file) {
    requireNonNull(file, "file");
    return new Reader().set(load(file, new ArrayList<>()), String.valueOf(file.getFileName()));
  }

  /**
   * Reads a criteria set from a stream. An {@code extends} in it may only name a bundled set.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @param name the file's name, quoted in problems
   * @return the set
   * @throws InvalidCriteriaSetException listing every problem with its file, line and column
   */
  public static CriteriaSet read(InputStream in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    return new Reader().set(resolve(in, name, null, new ArrayList<>()), name);
  }

  /**
   * A set bundled with the library.
   *
   * @param id the set's id, one of {@link #bundledIds()}
   * @return the set
   * @throws InvalidCriteriaSetException if no bundled set has that id
   */
  public static CriteriaSet bundled(String id) {
    requireNonNull(id, "id");
    try (InputStream in = CriteriaFile.class.getResourceAsStream(BUNDLED + id + ".yaml")) {
      if (in == null) {
        throw new InvalidCriteriaSetException("criteria set '" + id + "'", List.of("no bundled criteria set '" + id
            + "'; the bundled sets are " + String.join(", ", bundledIds())));
      }
      return read(in, id + ".yaml");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the bundled criteria set " + id, e);
    }
  }

  /** The ids of the sets bundled with the library. */
  public static List<String> bundledIds() {
    try (InputStream in = CriteriaFile.class.getResourceAsStream(BUNDLED + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the bundled criteria sets", e);
    }
  }

  // ------------------------------------------------------------------------------------------------ loading

  private static Node load(Path file, List<String> chain) {
    try (InputStream in = Files.newInputStream(file)) {
      return resolve(in, String.valueOf(file.getFileName()), file.toAbsolutePath().getParent(), chain);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the criteria set file " + file, e);
    }
  }

  /** Reads a file's tree and lays it over the tree of the set it extends. */
  private static Node resolve(InputStream in, String name, Path dir, List<String> chain) {
    List<String> problems = new ArrayList<>();
    Optional<Node> root = YamlTree.read(in, name, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaSetException(name, problems);
    }
    if (root.isEmpty()) {
      throw new InvalidCriteriaSetException(name, List.of(name + ": the file is empty; a criteria set needs at least"
          + " id, title, levels and pillars (docs/surveys.md)"));
    }
    Node node = root.get();
    if (!node.isMap()) {
      throw new InvalidCriteriaSetException(name, List.of(node.at() + ": a criteria set file must be a mapping of"
          + " keys to values (id: …, title: …)"));
    }
    Optional<Node> ext = node.fields().get("extends");
    if (ext.isEmpty()) {
      return node;
    }
    if (!ext.get().isScalar()) {
      throw new InvalidCriteriaSetException(name, List.of(ext.get().at() + ": 'extends' must name a bundled set"
          + " (e.g. dbi-sme-2021) or a file beside this one"));
    }
    String target = ext.get().text().strip();
    if (chain.contains(target) || chain.size() > 8) {
      throw new InvalidCriteriaSetException(name, List.of(ext.get().at() + ": 'extends: " + target
          + "' goes round in a circle (" + String.join(" → ", chain) + " → " + target + ")"));
    }
    chain.add(target);
    Node base;
    boolean isFile = target.endsWith(".yaml") || target.endsWith(".yml") || target.endsWith(".json")
        || target.contains("/");
    if (isFile) {
      if (dir == null) {
        throw new InvalidCriteriaSetException(name, List.of(ext.get().at() + ": 'extends: " + target
            + "' names a file, which only a set read from a file can do; name a bundled set ("
            + String.join(", ", bundledIds()) + ")"));
      }
      Path f = dir.resolve(target);
      if (!Files.isRegularFile(f)) {
        throw new InvalidCriteriaSetException(name, List.of(ext.get().at() + ": 'extends: " + target
            + "' names no file (looked for " + f + ")"));
      }
      base = load(f, chain);
    } else {
      try (InputStream b = CriteriaFile.class.getResourceAsStream(BUNDLED + target + ".yaml")) {
        if (b == null) {
          throw new InvalidCriteriaSetException(name, List.of(ext.get().at() + ": 'extends: " + target
              + "' names no bundled set; the bundled sets are " + String.join(", ", bundledIds())
              + ", or name a file ending in .yaml"));
        }
        base = resolve(b, target + ".yaml", null, chain);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the bundled criteria set " + target, e);
      }
    }
    // the base's own id and title are not inherited: an adaptation names itself
    Map<String, Node> own = new java.util.LinkedHashMap<>(base.fields().values());
    Map<String, At> ownKeys = new java.util.LinkedHashMap<>(base.fields().keys());
    for (String k : List.of("extends", "id", "title")) {
      own.remove(k);
      ownKeys.remove(k);
    }
    Node merged = YamlTree.merge(new Node(new Fields(own, ownKeys), base.at()), node, KEY_FIELDS, APPENDED, "");
    // a set built on a SAMPLE set is sample too, whatever it says of itself
    boolean baseSample = base.fields().get("sample").filter(Node::isScalar).map(n -> n.text().equals("true"))
        .orElse(false);
    if (baseSample) {
      Map<String, Node> values = new java.util.LinkedHashMap<>(merged.fields().values());
      values.put("sample", new Node("true", base.fields().get("sample").get().at()));
      Map<String, At> keys = new java.util.LinkedHashMap<>(merged.fields().keys());
      keys.putIfAbsent("sample", base.fields().keys().get("sample"));
      merged = new Node(new Fields(values, keys), merged.at());
    }
    return merged;
  }

  // ------------------------------------------------------------------------------------------------ reading

  /** Reads a tree into the builder, collecting every problem with where it is. */
  private static final class Reader {
    private final List<String> problems = new ArrayList<>();
    /** Where each part is written, for the builder's problems: part key → node. */
    private final Map<String, Node> parts = new HashMap<>();

    CriteriaSet set(Node root, String name) {
      Fields f = root.fields();
      unknown(f, SET_KEYS, "");
      String id = required(f, "id", root).orElse("");
      CriteriaSet.Builder b = CriteriaSet.builder(id.isEmpty() ? "unnamed" : id);
      parts.put("set", root);
      text(f, "title").ifPresent(b::title);
      f.get("sample").ifPresent(n -> bool(n, "sample").ifPresent(b::sample));
      f.get("decimals").ifPresent(n -> integer(n, "decimals").ifPresent(b::decimals));
      f.get("levelBasis").ifPresent(n -> scalar(n, "levelBasis").ifPresent(s -> {
        switch (s) {
          case "total" -> b.levelBasis(LevelBasis.TOTAL);
          case "lowestPillar" -> b.levelBasis(LevelBasis.LOWEST_PILLAR);
          case NOT_STATED -> b.levelBasisNotStated();
          default -> problem(n.at(), "'levelBasis' is '" + s + "'; write total or lowestPillar");
        }
      }));
      list(f, "sources", "a list of sources ({key: …, document: …})").forEach(n -> source(n).ifPresent(b::source));
      cites(f).forEach(b::cite);
      list(f, "notes", "a list of notes").forEach(n -> textOf(n, "a note").ifPresent(b::note));
      Optional<Node> levels = f.get("levels");
      if (levels.isEmpty()) {
        problem(root.at(), "the set has no 'levels'; declare the levels from 0 (docs/surveys.md)");
      }
      list(f, "levels", "a list of levels ({level: 0, name: …, from: …})").forEach(n -> level(n).ifPresent(b::level));
      if (f.get("pillars").isEmpty()) {
        problem(root.at(), "the set has no 'pillars'; declare at least one");
      }
      list(f, "pillars", "a list of pillars ({id: …, name: …, components: […]})")
          .forEach(n -> pillar(n).ifPresent(b::pillar));
      if (problems.isEmpty()) {
        for (CriteriaSet.Problem p : b.problems()) {
          Node at = parts.getOrDefault(p.part(), root);
          At where = at.isMap() && !p.field().isEmpty()
              ? at.fields().get(p.field()).map(Node::at).orElse(at.at()) : at.at();
          problem(where, p.message());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidCriteriaSetException(name, problems);
      }
      return b.build();
    }

    private Optional<Source> source(Node n) {
      return fields(n, "a source").map(f -> {
        unknown(f, List.of("key", "document", "issued", "url", "note"), "sources.");
        String key = required(f, "key", n).orElse("?");
        String doc = required(f, "document", n).orElse("?");
        parts.put("source:" + key, n);
        return new Source(key, doc, opt(f, "issued"), opt(f, "url"), opt(f, "note"));
      });
    }

    private Optional<Level> level(Node n) {
      return fields(n, "a level").flatMap(f -> {
        unknown(f, List.of("level", "name", "from"), "levels.");
        Optional<Integer> number = f.get("level").flatMap(v -> integer(v, "level"));
        if (f.get("level").isEmpty()) {
          problem(n.at(), "a level has no 'level' (its number, from 0)");
        }
        Optional<LocalizedText> name = text(f, "name");
        if (f.get("name").isEmpty()) {
          problem(n.at(), "a level has no 'name'; write name: {vi: …, en: …}");
        }
        Optional<BigDecimal> from = statedDecimal(f, "from", n, true);
        if (number.isEmpty() || name.isEmpty() || number.get() < 0) {
          number.filter(x -> x < 0).ifPresent(x -> problem(f.get("level").get().at(), "level " + x
              + " is negative; number the levels from 0"));
          return Optional.empty();
        }
        parts.put("level:" + number.get(), n);
        return Optional.of(new Level(number.get(), name.get(), from));
      });
    }

    private Optional<Pillar> pillar(Node n) {
      return fields(n, "a pillar").flatMap(f -> {
        unknown(f, List.of("id", "name", "weight", "components", "criteriaStated", "cite"), "pillars.");
        Optional<String> id = idOf(f, n, "pillar");
        Optional<LocalizedText> name = text(f, "name");
        if (f.get("name").isEmpty()) {
          problem(n.at(), "pillar " + id.orElse("?") + " has no 'name'; write name: {vi: …, en: …}");
        }
        Optional<BigDecimal> weight = weight(f, n);
        Optional<List<Component>> components = statedList(f, "components", n, this::component);
        OptionalInt stated = statedCount(f);
        List<Citation> cites = cites(f);
        if (id.isEmpty() || name.isEmpty()) {
          return Optional.empty();
        }
        parts.put("pillar:" + id.get(), n);
        return construct(n, () -> new Pillar(id.get(), name.get(), weight, components, stated, cites));
      });
    }

    private Optional<Component> component(Node n) {
      return fields(n, "a component").flatMap(f -> {
        unknown(f, List.of("id", "name", "weight", "criteria", "criteriaStated", "cite"), "components.");
        Optional<String> id = idOf(f, n, "component");
        Optional<LocalizedText> name = statedText(f, "name", n);
        Optional<BigDecimal> weight = weight(f, n);
        Optional<List<Criterion>> criteria = statedList(f, "criteria", n, this::criterion);
        OptionalInt stated = statedCount(f);
        List<Citation> cites = cites(f);
        if (id.isEmpty()) {
          return Optional.empty();
        }
        parts.put("component:" + id.get(), n);
        return construct(n, () -> new Component(id.get(), name, weight, criteria, stated, cites));
      });
    }

    private Optional<Criterion> criterion(Node n) {
      return fields(n, "a criterion").flatMap(f -> {
        unknown(f, List.of("id", "name", "question", "weight", "answers", "number", "cite"), "criteria.");
        Optional<String> id = idOf(f, n, "criterion");
        Optional<LocalizedText> name = text(f, "name");
        if (f.get("name").isEmpty()) {
          problem(n.at(), "criterion " + id.orElse("?") + " has no 'name'; write the criterion as its source"
              + " names it");
        }
        Optional<LocalizedText> question = statedText(f, "question", n);
        Optional<BigDecimal> weight = weight(f, n);
        Optional<Scale> scale = scale(f, n, id.orElse("?"));
        List<Citation> cites = cites(f);
        if (id.isEmpty() || name.isEmpty()) {
          return Optional.empty();
        }
        parts.put("criterion:" + id.get(), n);
        return construct(n, () -> new Criterion(id.get(), name.get(), question, scale, weight, cites));
      });
    }

    private Optional<Scale> scale(Fields f, Node n, String id) {
      Optional<Node> answers = f.get("answers");
      Optional<Node> number = f.get("number");
      // an adaptation that declares one way of answering replaces the other one its base left notStated
      if (answers.isPresent() && number.isPresent()) {
        if (isNotStated(answers.get()) && !isNotStated(number.get())) {
          answers = Optional.empty();
        } else if (isNotStated(number.get()) && !isNotStated(answers.get())) {
          number = Optional.empty();
        }
      }
      if (answers.isPresent() && number.isPresent()) {
        problem(number.get().at(), "criterion " + id + " has both 'answers' and 'number'; keep one");
        return Optional.empty();
      }
      if (answers.isEmpty() && number.isEmpty()) {
        problem(n.at(), "criterion " + id + " has neither 'answers' nor 'number'; declare how it is answered, or"
            + " write 'answers: notStated'");
        return Optional.empty();
      }
      if (answers.isPresent()) {
        Node a = answers.get();
        if (isNotStated(a)) {
          return Optional.empty();
        }
        if (!a.isList()) {
          problem(a.at(), "'answers' must be a list of options ({code: …, label: …, score: …}) or notStated");
          return Optional.empty();
        }
        List<AnswerOption> options = new ArrayList<>();
        for (Node o : a.list()) {
          option(o).ifPresent(options::add);
        }
        if (options.size() != a.list().size()) {
          return Optional.empty();
        }
        return construct(a, () -> new Scale.Choice(options));
      }
      Node num = number.get();
      if (isNotStated(num)) {
        return Optional.empty();
      }
      return fields(num, "'number'").flatMap(nf -> {
        unknown(nf, List.of("unit", "min", "max", "bands"), "number.");
        LocalizedText unit = text(nf, "unit").orElse(LocalizedText.EMPTY);
        Optional<BigDecimal> min = nf.get("min").flatMap(v -> decimal(v, "min"));
        if (nf.get("min").isEmpty()) {
          problem(num.at(), "'number' has no 'min' (the smallest answer accepted, e.g. 0)");
        }
        Optional<BigDecimal> max = nf.get("max").flatMap(v -> decimal(v, "max"));
        List<ScoreBand> bands = new ArrayList<>();
        List<Node> bandNodes = list(nf, "bands", "a list of bands ({from: …, below: …, score: …})");
        if (nf.get("bands").isEmpty()) {
          problem(num.at(), "'number' has no 'bands'; declare the points of each range of answers");
        }
        for (Node bn : bandNodes) {
          fields(bn, "a band").ifPresent(bf -> {
            unknown(bf, List.of("from", "below", "score"), "bands.");
            Optional<BigDecimal> from = bf.get("from").flatMap(v -> decimal(v, "from"));
            Optional<BigDecimal> below = bf.get("below").flatMap(v -> decimal(v, "below"));
            Optional<BigDecimal> score = bf.get("score").flatMap(v -> decimal(v, "score"));
            if (bf.get("from").isEmpty() || bf.get("score").isEmpty()) {
              problem(bn.at(), "a band needs 'from' and 'score' ('below' may be left out in the last band)");
            }
            if (from.isPresent() && score.isPresent()) {
              construct(bn, () -> new ScoreBand(from.get(), below, score.get())).ifPresent(bands::add);
            }
          });
        }
        if (min.isEmpty() || bands.size() != bandNodes.size() || bands.isEmpty()) {
          return Optional.empty();
        }
        return construct(num, () -> new Scale.Numeric(unit, min.get(), max, bands));
      });
    }

    private Optional<AnswerOption> option(Node n) {
      return fields(n, "an answer").flatMap(f -> {
        unknown(f, List.of("code", "label", "score", "notApplicable"), "answers.");
        Optional<String> code = required(f, "code", n);
        Optional<LocalizedText> label = text(f, "label");
        if (f.get("label").isEmpty()) {
          problem(n.at(), "answer " + code.orElse("?") + " has no 'label'; write label: {vi: …, en: …}");
        }
        boolean na = f.get("notApplicable").flatMap(v -> bool(v, "notApplicable")).orElse(false);
        Optional<BigDecimal> score = f.get("score").flatMap(v -> decimal(v, "score"));
        if (f.get("score").isEmpty() && !na) {
          problem(n.at(), "answer " + code.orElse("?") + " has no 'score'; write its points, or notApplicable: true");
        }
        if (code.isEmpty() || label.isEmpty() || (score.isEmpty() && !na)) {
          return Optional.empty();
        }
        return construct(n, () -> new AnswerOption(code.get(), label.get(), score.orElse(BigDecimal.ZERO), na));
      });
    }

    // ---------------------------------------------------------------------------------------------- values

    private <T> Optional<T> construct(Node n, java.util.function.Supplier<T> make) {
      try {
        return Optional.of(make.get());
      } catch (IllegalArgumentException | InvalidValueException e) {
        problem(n.at(), e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<String> idOf(Fields f, Node n, String kind) {
      Optional<String> id = required(f, "id", n);
      return id.filter(v -> {
        if (!v.matches("[a-z0-9][a-z0-9._-]{0,79}")) {
          problem(f.get("id").get().at(), kind + " id '" + v + "' must be 1 to 80 lower-case letters, digits, '.',"
              + " '_' or '-', starting with a letter or digit");
          return false;
        }
        return true;
      });
    }

    private Optional<BigDecimal> weight(Fields f, Node n) {
      if (f.get("weight").isEmpty()) {
        return Optional.of(BigDecimal.ONE);
      }
      return statedDecimal(f, "weight", n, false);
    }

    private Optional<BigDecimal> statedDecimal(Fields f, String key, Node owner, boolean required) {
      Optional<Node> v = f.get(key);
      if (v.isEmpty()) {
        if (required) {
          problem(owner.at(), "'" + key + "' is missing; write a number, or notStated");
        }
        return Optional.empty();
      }
      if (isNotStated(v.get())) {
        return Optional.empty();
      }
      return decimal(v.get(), key);
    }

    private OptionalInt statedCount(Fields f) {
      return f.get("criteriaStated").flatMap(v -> integer(v, "criteriaStated")).map(OptionalInt::of)
          .orElse(OptionalInt.empty());
    }

    private Optional<LocalizedText> statedText(Fields f, String key, Node owner) {
      Optional<Node> v = f.get(key);
      if (v.isEmpty()) {
        problem(owner.at(), "'" + key + "' is missing; write it as {vi: …, en: …}, or notStated");
        return Optional.empty();
      }
      if (isNotStated(v.get())) {
        return Optional.empty();
      }
      return textOf(v.get(), "'" + key + "'");
    }

    private <T> Optional<List<T>> statedList(Fields f, String key, Node owner, Function<Node, Optional<T>> item) {
      Optional<Node> v = f.get(key);
      if (v.isEmpty()) {
        problem(owner.at(), "'" + key + "' is missing; list them, or write '" + key + ": notStated'");
        return Optional.empty();
      }
      if (isNotStated(v.get())) {
        return Optional.empty();
      }
      if (!v.get().isList()) {
        problem(v.get().at(), "'" + key + "' must be a list, or notStated");
        return Optional.empty();
      }
      List<T> out = new ArrayList<>();
      for (Node n : v.get().list()) {
        item.apply(n).ifPresent(out::add);
      }
      return Optional.of(out);
    }

    private List<Citation> cites(Fields f) {
      Optional<Node> v = f.get("cite");
      if (v.isEmpty()) {
        return List.of();
      }
      List<Node> items = v.get().isList() ? v.get().list() : List.of(v.get());
      List<Citation> out = new ArrayList<>();
      for (Node n : items) {
        if (n.isScalar()) {
          out.add(new Citation(n.text().strip(), ""));
        } else if (n.isMap()) {
          unknown(n.fields(), List.of("source", "at"), "cite.");
          required(n.fields(), "source", n).ifPresent(s -> out.add(new Citation(s, opt(n.fields(), "at"))));
        } else {
          problem(n.at(), "'cite' must be a source key, {source: key, at: place}, or a list of them");
        }
      }
      return out;
    }

    private static boolean isNotStated(Node n) {
      return n.isScalar() && n.text().strip().equals(NOT_STATED);
    }

    private Optional<Fields> fields(Node n, String what) {
      if (n.isMap()) {
        return Optional.of(n.fields());
      }
      problem(n.at(), what + " must be a mapping of keys to values (key: value)");
      return Optional.empty();
    }

    private List<Node> list(Fields f, String key, String what) {
      Optional<Node> v = f.get(key);
      if (v.isEmpty() || v.get().value() == null) {
        return List.of();
      }
      if (!v.get().isList()) {
        problem(v.get().at(), "'" + key + "' must be " + what);
        return List.of();
      }
      return v.get().list();
    }

    private void unknown(Fields f, List<String> known, String prefix) {
      for (Map.Entry<String, At> k : f.keys().entrySet()) {
        if (!known.contains(k.getKey())) {
          problem(k.getValue(), "unknown key '" + prefix + k.getKey() + "'; the keys here are "
              + String.join(", ", known));
        }
      }
    }

    private Optional<String> required(Fields f, String key, Node owner) {
      Optional<Node> v = f.get(key);
      if (v.isEmpty() || v.get().value() == null) {
        problem(owner.at(), "'" + key + "' is missing");
        return Optional.empty();
      }
      return scalar(v.get(), key).filter(s -> {
        if (s.isBlank()) {
          problem(v.get().at(), "'" + key + "' is blank");
          return false;
        }
        return true;
      });
    }

    private String opt(Fields f, String key) {
      return f.get(key).flatMap(v -> scalar(v, key)).orElse("");
    }

    private Optional<String> scalar(Node n, String key) {
      if (n.isScalar()) {
        return Optional.of(n.text());
      }
      problem(n.at(), "'" + key + "' must be a single value, not a " + (n.isList() ? "list" : "mapping"));
      return Optional.empty();
    }

    private Optional<BigDecimal> decimal(Node n, String key) {
      return scalar(n, key).flatMap(s -> {
        try {
          return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
          problem(n.at(), "'" + key + "' is '" + s + "'; write a number with a decimal point, e.g. 2.5");
          return Optional.empty();
        }
      });
    }

    private Optional<Integer> integer(Node n, String key) {
      return scalar(n, key).flatMap(s -> {
        try {
          return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
          problem(n.at(), "'" + key + "' is '" + s + "'; write a whole number");
          return Optional.empty();
        }
      });
    }

    private Optional<Boolean> bool(Node n, String key) {
      return scalar(n, key).flatMap(s -> {
        if (s.equals("true") || s.equals("false")) {
          return Optional.of(Boolean.parseBoolean(s));
        }
        problem(n.at(), "'" + key + "' is '" + s + "'; write true or false");
        return Optional.empty();
      });
    }

    private Optional<LocalizedText> text(Fields f, String key) {
      return f.get(key).flatMap(n -> textOf(n, "'" + key + "'"));
    }

    private Optional<LocalizedText> textOf(Node n, String what) {
      if (n.isScalar()) {
        return Optional.of(LocalizedText.of(n.text(), n.text()));
      }
      if (n.isMap()) {
        unknown(n.fields(), List.of("vi", "en"), "");
        Optional<String> vi = n.fields().get("vi").flatMap(v -> scalar(v, "vi"));
        Optional<String> en = n.fields().get("en").flatMap(v -> scalar(v, "en"));
        if (vi.isEmpty() || en.isEmpty()) {
          problem(n.at(), what + " needs both vi and en");
          return Optional.empty();
        }
        return Optional.of(LocalizedText.of(vi.get(), en.get()));
      }
      problem(n.at(), what + " must be a text, or {vi: …, en: …}");
      return Optional.empty();
    }

    private void problem(At at, String message) {
      problems.add(at + ": " + message);
    }
  }
}
