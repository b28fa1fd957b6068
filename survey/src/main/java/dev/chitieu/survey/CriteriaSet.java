package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A standard set of criteria that organisations and businesses assess themselves against: pillars, their component
 * indices, their criteria (each a question with scored answers and a weight), and the levels that total scores
 * reach. A part the sources leave out is empty and listed in {@link #notStated()}; only a {@link #isComplete()
 * complete} set can be scored or printed as a form. Built by {@link #builder(String)}, or read from a file by {@code
 * dev.chitieu.survey.io.CriteriaFile} into the same builder. Immutable and thread-safe.
 */
public final class CriteriaSet {
  /** The response columns that come before the criteria; no criterion may take one of these ids. */
  public static final List<String> RESPONDENT_COLUMNS = List.of("respondent", "commune", "sector", "size", "date");

  private final String id;
  private final LocalizedText title;
  private final boolean sample;
  private final Map<String, Source> sources;
  private final int decimals;
  private final Optional<LevelBasis> levelBasis;
  private final List<Level> levels;
  private final List<Pillar> pillars;
  private final List<LocalizedText> notes;
  private final List<Citation> cites;

  private CriteriaSet(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.sample = b.sample;
    this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.sources));
    this.decimals = b.decimals;
    this.levelBasis = b.levelBasis;
    this.levels = List.copyOf(b.levels);
    this.pillars = List.copyOf(b.pillars);
    this.notes = List.copyOf(b.notes);
    this.cites = List.copyOf(b.cites);
  }

  /**
   * Starts a set.
   *
   * @param id the set's id, e.g. {@code dbi-sme-2021}
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The set's id. */
  public String id() {
    return id;
  }

  /** The set's title. */
  public LocalizedText title() {
    return title;
  }

  /** Whether the set, or a part of it, is invented for demonstration (SAMPLE) rather than taken from its sources. */
  public boolean sample() {
    return sample;
  }

  /** The documents the set was read from, by key, in file order. */
  public Map<String, Source> sources() {
    return sources;
  }

  /** The decimals scores are rounded to (half up) before they are compared with the levels' thresholds. */
  public int decimals() {
    return decimals;
  }

  /** What a respondent's level is read from; empty if not stated. */
  public Optional<LevelBasis> levelBasis() {
    return levelBasis;
  }

  /** The levels in increasing order, numbered from 0. */
  public List<Level> levels() {
    return levels;
  }

  /** The pillars in order. */
  public List<Pillar> pillars() {
    return pillars;
  }

  /** Notes on the set: what the sources say and leave out, what an adaptation changed. */
  public List<LocalizedText> notes() {
    return notes;
  }

  /** Where the set as a whole comes from. */
  public List<Citation> cites() {
    return cites;
  }

  /**
   * The level with a number.
   *
   * @param level the number
   * @return the level
   * @throws IllegalArgumentException if the set has no such level
   */
  public Level level(int level) {
    if (level < 0 || level >= levels.size()) {
      throw new IllegalArgumentException("criteria set '" + id + "' has levels 0 to " + (levels.size() - 1)
          + ", not " + level);
    }
    return levels.get(level);
  }

  /** Every criterion of the listed components, in order. */
  public List<Criterion> criteria() {
    List<Criterion> all = new ArrayList<>();
    for (Pillar p : pillars) {
      p.components().ifPresent(cs -> cs.forEach(c -> c.criteria().ifPresent(all::addAll)));
    }
    return List.copyOf(all);
  }

  /**
   * The criterion with an id.
   *
   * @param criterion the id
   * @return the criterion, empty if the set has none of that id
   */
  public Optional<Criterion> criterion(String criterion) {
    return criteria().stream().filter(c -> c.id().equals(criterion)).findFirst();
  }

  /**
   * Every part the sources do not state, e.g. {@code pillar 'strategy': weight}, in the set's order. Empty for a
   * complete set.
   */
  public List<String> notStated() {
    List<String> out = new ArrayList<>();
    if (levelBasis.isEmpty()) {
      out.add("the set: what the level is read from (levelBasis: total or lowestPillar)");
    }
    for (Level l : levels) {
      if (l.from().isEmpty()) {
        out.add("level " + l.level() + ": from (its threshold)");
      }
    }
    for (Pillar p : pillars) {
      String pw = "pillar '" + p.id() + "': ";
      if (p.weight().isEmpty()) {
        out.add(pw + "weight");
      }
      if (p.components().isEmpty()) {
        out.add(pw + "components");
        continue;
      }
      for (Component c : p.components().get()) {
        String cw = "component '" + c.id() + "': ";
        if (c.name().isEmpty()) {
          out.add(cw + "name");
        }
        if (c.weight().isEmpty()) {
          out.add(cw + "weight");
        }
        if (c.criteria().isEmpty()) {
          out.add(cw + "criteria");
          continue;
        }
        for (Criterion k : c.criteria().get()) {
          String kw = "criterion '" + k.id() + "': ";
          if (k.question().isEmpty()) {
            out.add(kw + "question");
          }
          if (k.scale().isEmpty()) {
            out.add(kw + "answers and their scores");
          }
          if (k.weight().isEmpty()) {
            out.add(kw + "weight");
          }
        }
      }
    }
    return out;
  }

  /** Whether every part is stated, so that the set can be scored and printed as a form. */
  public boolean isComplete() {
    return notStated().isEmpty();
  }

  /**
   * Checks that the set is complete.
   *
   * @param purpose what it is needed for, e.g. {@code "score responses"}
   * @return this set
   * @throws InvalidCriteriaSetException listing every part not stated, and how to supply them
   */
  public CriteriaSet requireComplete(String purpose) {
    List<String> missing = notStated();
    if (missing.isEmpty()) {
      return this;
    }
    List<String> problems = new ArrayList<>();
    problems.add("cannot " + purpose + ": its sources do not state " + missing.size() + " parts it needs; adapt the"
        + " set in a file of your own ('extends: " + id + "') that declares them (docs/surveys.md) / nguồn chưa nêu"
        + " đủ để chấm điểm, hãy khai báo bộ tiêu chí điều chỉnh");
    missing.forEach(m -> problems.add("not stated / chưa nêu: " + m));
    throw new InvalidCriteriaSetException("criteria set '" + id + "'", problems);
  }

  @Override
  public String toString() {
    return "CriteriaSet[" + id + ", " + pillars.size() + " pillars, " + criteria().size() + " criteria"
        + (isComplete() ? "" : ", " + notStated().size() + " parts not stated") + "]";
  }

  /**
   * A problem found when a set is built: the part it is in and what is wrong.
   *
   * @param part the part, e.g. {@code criterion:website-update-frequency}, {@code level:2}, {@code set}; a file
   *     reader maps it back to where the part is written
   * @param field the field of the part, e.g. {@code weight}, or empty for the part as a whole
   * @param message what is wrong and what would be right
   */
  public record Problem(String part, String field, String message) {
    /** Checks that no part is null. */
    public Problem {
      requireNonNull(part, "part");
      requireNonNull(field, "field");
      requireNonNull(message, "message");
    }
  }

  /** Collects a set's parts; {@link #build()} checks them all and reports every problem at once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private LocalizedText title = LocalizedText.EMPTY;
    private boolean sample;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private int decimals = 2;
    private Optional<LevelBasis> levelBasis = Optional.of(LevelBasis.TOTAL);
    private final List<Level> levels = new ArrayList<>();
    private final List<Pillar> pillars = new ArrayList<>();
    private final List<LocalizedText> notes = new ArrayList<>();
    private final List<Citation> cites = new ArrayList<>();
    private final List<Problem> early = new ArrayList<>();

    private Builder(String id) {
      this.id = requireNonNull(id, "id");
    }

    /** Sets the title. */
    public Builder title(LocalizedText title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /** Marks the set as SAMPLE data, invented for demonstration. */
    public Builder sample(boolean sample) {
      this.sample = sample;
      return this;
    }

    /** Adds a source; a second source with the same key is a problem. */
    public Builder source(Source source) {
      requireNonNull(source, "source");
      if (sources.putIfAbsent(source.key(), source) != null) {
        early.add(new Problem("source:" + source.key(), "", "source '" + source.key()
            + "' is declared twice; give each source its own key"));
      }
      return this;
    }

    /** Sets the decimals scores are rounded to before comparison (0 to 6; 2 by default). */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /** Sets what a level is read from ({@link LevelBasis#TOTAL} by default). */
    public Builder levelBasis(LevelBasis basis) {
      this.levelBasis = Optional.of(requireNonNull(basis, "basis"));
      return this;
    }

    /** Marks what a level is read from as not stated by the sources. */
    public Builder levelBasisNotStated() {
      this.levelBasis = Optional.empty();
      return this;
    }

    /** Adds a level; levels are numbered 0, 1, 2 … in the order added. */
    public Builder level(Level level) {
      levels.add(requireNonNull(level, "level"));
      return this;
    }

    /** Adds a pillar. */
    public Builder pillar(Pillar pillar) {
      pillars.add(requireNonNull(pillar, "pillar"));
      return this;
    }

    /** Adds a note. */
    public Builder note(LocalizedText note) {
      notes.add(requireNonNull(note, "note"));
      return this;
    }

    /** Adds a citation of the set as a whole. */
    public Builder cite(Citation citation) {
      cites.add(requireNonNull(citation, "citation"));
      return this;
    }

    /** Every problem of the parts added so far; empty when {@link #build()} will succeed. */
    public List<Problem> problems() {
      List<Problem> out = new ArrayList<>(early);
      if (!Ids.valid(id)) {
        out.add(new Problem("set", "id", "the set's id '" + id + "' must be 1 to 80 lower-case letters, digits,"
            + " '.', '_' or '-', e.g. dbi-sme-2021"));
      }
      if (title.vi().isBlank()) {
        out.add(new Problem("set", "title", "the set has no Vietnamese title; write title: {vi: …, en: …}"));
      }
      if (decimals < 0 || decimals > 6) {
        out.add(new Problem("set", "decimals", "decimals is " + decimals + "; write 0 to 6"));
      }
      checkCites("set", cites, out);
      checkLevels(out);
      if (pillars.isEmpty()) {
        out.add(new Problem("set", "pillars", "the set has no pillars; declare at least one"));
      }
      Map<String, String> seen = new HashMap<>();
      for (String reserved : RESPONDENT_COLUMNS) {
        seen.put(reserved, "a respondent column");
      }
      for (Pillar p : pillars) {
        unique("pillar", p.id(), seen, out);
        checkCites("pillar:" + p.id(), p.cites(), out);
        if (p.components().isPresent()) {
          if (p.components().get().isEmpty()) {
            out.add(new Problem("pillar:" + p.id(), "components", "pillar '" + p.id() + "' lists no components;"
                + " list them, or write 'components: notStated'"));
          }
          for (Component c : p.components().get()) {
            checkComponent(c, seen, out);
          }
          p.statedCriteria().ifPresent(n -> {
            List<Component> cs = p.components().get();
            if (cs.stream().allMatch(c -> c.criteria().isPresent())) {
              int count = cs.stream().mapToInt(c -> c.criteria().get().size()).sum();
              if (count != n) {
                out.add(new Problem("pillar:" + p.id(), "criteriaStated", "pillar '" + p.id() + "' lists " + count
                    + " criteria but its source states " + n + "; list every criterion, or correct criteriaStated"));
              }
            }
          });
        }
      }
      return out;
    }

    private void checkComponent(Component c, Map<String, String> seen, List<Problem> out) {
      unique("component", c.id(), seen, out);
      checkCites("component:" + c.id(), c.cites(), out);
      if (c.criteria().isEmpty()) {
        return;
      }
      if (c.criteria().get().isEmpty()) {
        out.add(new Problem("component:" + c.id(), "criteria", "component '" + c.id() + "' lists no criteria;"
            + " list them, or write 'criteria: notStated'"));
      }
      for (Criterion k : c.criteria().get()) {
        unique("criterion", k.id(), seen, out);
        checkCites("criterion:" + k.id(), k.cites(), out);
        if (k.name().vi().isBlank()) {
          out.add(new Problem("criterion:" + k.id(), "name", "criterion '" + k.id() + "' has no Vietnamese name"));
        }
      }
      c.statedCriteria().ifPresent(n -> {
        if (c.criteria().get().size() != n) {
          out.add(new Problem("component:" + c.id(), "criteriaStated", "component '" + c.id() + "' lists "
              + c.criteria().get().size() + " criteria but its source states " + n
              + "; list every criterion, or correct criteriaStated"));
        }
      });
    }

    private void checkLevels(List<Problem> out) {
      if (levels.size() < 2) {
        out.add(new Problem("set", "levels", "the set declares " + levels.size() + " levels; declare at least two"
            + " (e.g. 0 to 5)"));
        return;
      }
      BigDecimal previous = null;
      for (int i = 0; i < levels.size(); i++) {
        Level l = levels.get(i);
        if (l.level() != i) {
          out.add(new Problem("level:" + l.level(), "level", "level " + l.level() + " is number " + (i + 1)
              + " in the list; number the levels 0, 1, 2 … in increasing order"));
        }
        if (l.name().vi().isBlank()) {
          out.add(new Problem("level:" + l.level(), "name", "level " + l.level() + " has no Vietnamese name"));
        }
        if (l.from().isPresent()) {
          BigDecimal f = l.from().get();
          if (f.scale() > decimals && f.stripTrailingZeros().scale() > decimals) {
            out.add(new Problem("level:" + l.level(), "from", "level " + l.level() + " starts at " + f.toPlainString()
                + ", finer than the set's " + decimals + " decimals; a rounded score can never equal it"));
          }
          if (previous != null && f.compareTo(previous) <= 0) {
            out.add(new Problem("level:" + l.level(), "from", "level " + l.level() + " starts at " + f.toPlainString()
                + ", not above the level before it (" + previous.toPlainString() + "); thresholds must increase"));
          }
          previous = f;
        }
      }
    }

    private void unique(String kind, String partId, Map<String, String> seen, List<Problem> out) {
      String before = seen.putIfAbsent(partId, kind);
      if (before != null) {
        out.add(new Problem(kind + ":" + partId, "id", kind + " id '" + partId + "' is already taken by "
            + (before.startsWith("a ") ? before : "a " + before) + "; ids must be unique in a set"
            + " (they name the response columns)"));
      }
    }

    private void checkCites(String part, List<Citation> list, List<Problem> out) {
      Set<String> reported = new HashSet<>();
      for (Citation c : list) {
        if (!sources.containsKey(c.source()) && reported.add(c.source())) {
          out.add(new Problem(part, "cite", "cites source '" + c.source() + "', which the set does not declare;"
              + " the sources are " + (sources.isEmpty() ? "none" : String.join(", ", sources.keySet()))));
        }
      }
    }

    /**
     * Builds the set.
     *
     * @return the set
     * @throws InvalidCriteriaSetException listing every problem
     */
    public CriteriaSet build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidCriteriaSetException("criteria set '" + id + "'", problems.stream()
            .map(p -> p.part() + (p.field().isEmpty() ? "" : "." + p.field()) + ": " + p.message()).toList());
      }
      return new CriteriaSet(this);
    }
  }
}
