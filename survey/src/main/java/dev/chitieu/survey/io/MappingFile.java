package dev.chitieu.survey.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidPeriodException;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.survey.InvalidCriteriaSetException;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.io.YamlTree.At;
import dev.chitieu.survey.io.YamlTree.Fields;
import dev.chitieu.survey.io.YamlTree.Node;
import dev.chitieu.survey.score.SurveyMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the mapping of survey results into plan measurements from a YAML file; every problem is reported at once with
 * its line and column. See {@code docs/surveys.md}:
 *
 * <pre>{@code
 * set: bacninh-sme-2026-sample
 * plan: bacninh-144-2026-2030
 * period: 2026-09
 * status: estimate
 * source: Khảo sát tự đánh giá của doanh nghiệp (MẪU) / SME self-assessment survey (SAMPLE)
 * measurements:
 *   - indicator: bn.sme-digital-adoption-share
 *     numerator: {levelAtLeast: 2}
 *     denominator: respondents
 *     sizes: [micro, small, medium]
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class MappingFile {
  private static final List<String> KEYS = List.of("set", "plan", "period", "status", "source", "measurements");
  private static final List<String> RULE_KEYS = List.of("indicator", "numerator", "denominator", "sizes", "sectors");

  private MappingFile() {}

  /**
   * Reads a mapping file.
   *
   * @param file the file
   * @return the mapping
   * @throws InvalidCriteriaSetException listing every problem with its line and column
   */
  public static SurveyMapping read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the mapping file " + file, e);
    }
  }

  /**
   * Reads a mapping from a stream.
   *
   * @param in the bytes (UTF-8); not closed
   * @param name the file's name, quoted in problems
   * @return the mapping
   * @throws InvalidCriteriaSetException listing every problem with its line and column
   */
  public static SurveyMapping read(InputStream in, String name) {
    List<String> problems = new ArrayList<>();
    Optional<Node> root = YamlTree.read(in, name, problems);
    if (problems.isEmpty() && root.isEmpty()) {
      problems.add(name + ": the file is empty; a mapping needs set, period, status, source and measurements");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaSetException(name, problems);
    }
    Node r = root.get();
    if (!r.isMap()) {
      throw new InvalidCriteriaSetException(name, List.of(r.at() + ": a mapping file must be a mapping of keys to"
          + " values (set: …, period: …)"));
    }
    Fields f = r.fields();
    unknown(f, KEYS, "", problems);
    String set = scalar(f, "set", r, problems).orElse("");
    Optional<PlanId> plan = f.get("plan").flatMap(n -> text(n, "plan", problems)).flatMap(p -> {
      try {
        return Optional.of(PlanId.of(p));
      } catch (IllegalArgumentException e) {
        problems.add(f.get("plan").get().at() + ": " + e.getMessage());
        return Optional.empty();
      }
    });
    Optional<Period> period = scalar(f, "period", r, problems).flatMap(p -> {
      try {
        return Optional.of(Period.parse(p));
      } catch (InvalidPeriodException e) {
        problems.add(f.get("period").get().at() + ": 'period' is '" + p + "': " + e.getMessage());
        return Optional.empty();
      }
    });
    Optional<MeasurementStatus> status = scalar(f, "status", r, problems).flatMap(s -> {
      try {
        return Optional.of(MeasurementStatus.parse(s));
      } catch (IllegalArgumentException e) {
        problems.add(f.get("status").get().at() + ": " + e.getMessage());
        return Optional.empty();
      }
    });
    String source = scalar(f, "source", r, problems).orElse("");
    List<SurveyMapping.Rule> rules = new ArrayList<>();
    Optional<Node> ms = f.get("measurements");
    if (ms.isEmpty()) {
      problems.add(r.at() + ": 'measurements' is missing; list at least one indicator with its numerator and"
          + " denominator");
    } else if (!ms.get().isList() || ms.get().list().isEmpty()) {
      problems.add(ms.get().at() + ": 'measurements' must be a list of rules ({indicator: …, numerator: …})");
    } else {
      for (Node n : ms.get().list()) {
        rule(n, problems).ifPresent(rules::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCriteriaSetException(name, problems);
    }
    return new SurveyMapping(set, plan, period.orElseThrow(), status.orElseThrow(), source, rules);
  }

  private static Optional<SurveyMapping.Rule> rule(Node n, List<String> problems) {
    if (!n.isMap()) {
      problems.add(n.at() + ": a rule must be a mapping ({indicator: …, numerator: …, denominator: …})");
      return Optional.empty();
    }
    Fields f = n.fields();
    unknown(f, RULE_KEYS, "measurements.", problems);
    Optional<IndicatorId> indicator = scalar(f, "indicator", n, problems).flatMap(s -> {
      try {
        return Optional.of(IndicatorId.of(s));
      } catch (IllegalArgumentException e) {
        problems.add(f.get("indicator").get().at() + ": " + e.getMessage());
        return Optional.empty();
      }
    });
    Optional<Integer> level = Optional.empty();
    Optional<Node> num = f.get("numerator");
    if (num.isEmpty()) {
      problems.add(n.at() + ": 'numerator' is missing; write numerator: {levelAtLeast: 2}");
    } else if (!num.get().isMap() || num.get().fields().get("levelAtLeast").isEmpty()
        || num.get().fields().values().size() != 1) {
      problems.add(num.get().at() + ": 'numerator' must be {levelAtLeast: N}: the respondents at or above level N");
    } else {
      Node l = num.get().fields().get("levelAtLeast").get();
      level = text(l, "levelAtLeast", problems).flatMap(s -> {
        try {
          return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
          problems.add(l.at() + ": 'levelAtLeast' is '" + s + "'; write a level number, e.g. 2");
          return Optional.empty();
        }
      });
    }
    scalar(f, "denominator", n, problems).filter(d -> !d.equals("respondents")).ifPresent(d -> problems.add(
        f.get("denominator").get().at() + ": 'denominator' is '" + d + "'; write respondents (those with a level)"));
    Set<SizeClass> sizes = new LinkedHashSet<>();
    list(f, "sizes", problems).forEach(s -> {
      try {
        sizes.add(SizeClass.parse(s.text()));
      } catch (IllegalArgumentException e) {
        problems.add(s.at() + ": " + e.getMessage());
      }
    });
    Set<String> sectors = new LinkedHashSet<>();
    list(f, "sectors", problems).forEach(s -> sectors.add(s.text().strip()));
    if (indicator.isEmpty() || level.isEmpty()) {
      return Optional.empty();
    }
    if (level.get() < 0) {
      problems.add(num.get().at() + ": levelAtLeast is " + level.get() + "; write a level number from 0");
      return Optional.empty();
    }
    return Optional.of(new SurveyMapping.Rule(indicator.get(), level.get(), sizes, sectors));
  }

  private static List<Node> list(Fields f, String key, List<String> problems) {
    Optional<Node> v = f.get(key);
    if (v.isEmpty()) {
      return List.of();
    }
    if (!v.get().isList() || !v.get().list().stream().allMatch(Node::isScalar)) {
      problems.add(v.get().at() + ": '" + key + "' must be a list of values, e.g. [micro, small, medium]");
      return List.of();
    }
    return v.get().list();
  }

  private static void unknown(Fields f, List<String> known, String prefix, List<String> problems) {
    for (Map.Entry<String, At> k : f.keys().entrySet()) {
      if (!known.contains(k.getKey())) {
        problems.add(k.getValue() + ": unknown key '" + prefix + k.getKey() + "'; the keys here are "
            + String.join(", ", known));
      }
    }
  }

  private static Optional<String> scalar(Fields f, String key, Node owner, List<String> problems) {
    Optional<Node> v = f.get(key);
    if (v.isEmpty() || v.get().value() == null) {
      problems.add(owner.at() + ": '" + key + "' is missing");
      return Optional.empty();
    }
    return text(v.get(), key, problems);
  }

  private static Optional<String> text(Node n, String key, List<String> problems) {
    if (n.isScalar() && !n.text().isBlank()) {
      return Optional.of(n.text());
    }
    problems.add(n.at() + ": '" + key + "' must be a single, non-blank value");
    return Optional.empty();
  }
}
