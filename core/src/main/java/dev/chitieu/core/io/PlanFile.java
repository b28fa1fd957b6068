package dev.chitieu.core.io;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.io.YamlTree.Loc;
import dev.chitieu.core.io.YamlTree.MapNode;
import dev.chitieu.core.io.YamlTree.Node;
import dev.chitieu.core.io.YamlTree.Scalar;
import dev.chitieu.core.io.YamlTree.Seq;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.model.Direction;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.PeriodKind;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.PlanId;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.model.Scope;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.TargetId;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.model.ValueRange;
import dev.chitieu.core.plan.InvalidPlanException;
import dev.chitieu.core.plan.PlanProblem;
import dev.chitieu.core.plan.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan file: one plan in YAML, written the way the plan's own list of targets reads, with the names of the files
 * that hold its province's communes and former units. Read one with {@link #read(Path)}; check one, every problem
 * with its line and column and what to write instead, with {@link #check(InputStream, String)}; write any plan in
 * this form with {@link #write(Plan)}. The form is described in {@code docs/plan-file.md} and by the JSON Schema
 * {@code docs/schemas/plan-file.schema.json}:
 *
 * <pre>{@code
 * plan: thainguyen-00-2026-2030
 * title: {vi: Kế hoạch phát triển kinh tế số giai đoạn 2026 - 2030, en: Digital economy plan 2026-2030}
 * authority: {vi: Ủy ban nhân dân tỉnh Thái Nguyên, en: Thai Nguyen Provincial People's Committee}
 * region: "19"
 * document: 00/KH-UBND
 * issued: 2026-01-15
 * horizon: 2026..2030
 * regions: thainguyen-communes-2025.csv
 * sources:
 *   plan: {document: Kế hoạch số 00/KH-UBND, issued: 2026-01-15, article: https://example.org/article}
 * indicators:
 *   tn.ecommerce-revenue: {vi: Doanh thu thương mại điện tử, en: E-commerce revenue, unit: billion-vnd,
 *     aggregation: flow}
 *   tn.retail-sales: {vi: Tổng mức bán lẻ, en: Total retail sales, unit: billion-vnd, aggregation: flow}
 *   tn.ecommerce-share:
 *     vi: Tỷ trọng thương mại điện tử trong tổng mức bán lẻ
 *     en: E-commerce share of total retail sales
 *     unit: percent
 *     decimals: 2
 *     aggregation: tn.ecommerce-revenue / tn.retail-sales × 100
 *     weight: tn.retail-sales
 * targets:
 *   tn.ecommerce-share-2030:
 *     indicator: tn.ecommerce-share
 *     require: more than 10
 *     by: 2030
 *     vi: Thương mại điện tử chiếm trên 10% tổng mức bán lẻ
 *     en: E-commerce accounts for over 10 % of total retail sales
 *     source: plan
 *     at: chỉ tiêu 1/1 (target 1 of 1)
 * }</pre>
 *
 * @param plan the plan, valid
 * @param regions the file of the communes the plan's module adds, next to the plan file, if it names one
 * @param formerUnits the file of the former units that went into them, next to the plan file, if it names one
 */
public record PlanFile(Plan plan, Optional<String> regions, Optional<String> formerUnits) {

  /** The units every plan file may name without declaring them, by id. */
  public static final List<Unit> BUILT_IN_UNITS =
      List.of(Unit.PERCENT, Unit.COUNT, Unit.PERSONS, Unit.ENTERPRISES, Unit.BILLION_VND);

  private static final Pattern RATIO =
      Pattern.compile("\\s*(\\S+)\\s*/\\s*(\\S+)\\s*(?:[×xX*]\\s*([0-9][0-9_.,]*))?\\s*");
  private static final Pattern EVERY = Pattern.compile("every\\s+(year|half|quarter|month)\\s+(\\S+)");
  private static final Pattern CUMULATIVE = Pattern.compile("cumulative\\s+(\\S+)");
  private static final Pattern EACH = Pattern.compile("each\\s+(\\S+)");

  /** Checks that nothing is null. */
  public PlanFile {
    requireNonNull(plan, "plan");
    requireNonNull(regions, "regions");
    requireNonNull(formerUnits, "formerUnits");
  }

  /**
   * Reads and validates a plan file.
   *
   * @param file the file
   * @return the plan and the files it names
   * @throws InvalidDataException listing every problem, each with the file, line, column and what to write
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PlanFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plan file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads and validates a plan file.
   *
   * @param in the file's bytes, UTF-8; not closed
   * @param source the name messages give the file, e.g. {@code haiphong-106-2025.yaml}
   * @return the plan and the files it names
   * @throws InvalidDataException listing every problem, each with the file, line, column and what to write
   */
  public static PlanFile read(InputStream in, String source) {
    Run run = new Run(source);
    PlanFile file = run.read(in);
    if (!run.problems.isEmpty()) {
      throw new InvalidDataException(run.problems);
    }
    return file;
  }

  /**
   * Checks a plan file: everything {@link #read(InputStream, String)} checks, every problem at once.
   *
   * @param in the file's bytes, UTF-8; not closed
   * @param source the name messages give the file
   * @return every problem, in the order of the file; empty when the file is a valid plan
   */
  public static List<DataProblem> check(InputStream in, String source) {
    Run run = new Run(source);
    run.read(in);
    return List.copyOf(run.problems);
  }

  /**
   * Writes a plan in the plan file's form: the indicators and targets in the plan's order, each default left out (a
   * whole-region scope, 0 decimals, the unit's range, increasing direction). Reading the text back gives an equal
   * plan. The sources are named {@code source-1}, {@code source-2}, … in the plan's order; rename them at will.
   *
   * @param plan the plan
   * @return the YAML text
   * @throws InvalidPlanException if a target cites a source the plan does not list (a file names sources by key)
   */
  public static String write(Plan plan) {
    return write(plan, Optional.empty(), Optional.empty());
  }

  /**
   * Writes a plan and the files it names in the plan file's form, as {@link #write(Plan)} does.
   *
   * @param plan the plan
   * @param regions the communes file to name, if any
   * @param formerUnits the former units file to name, if any
   * @return the YAML text
   * @throws InvalidPlanException if a target cites a source the plan does not list (a file names sources by key)
   */
  public static String write(Plan plan, Optional<String> regions, Optional<String> formerUnits) {
    return new Writer(plan, regions, formerUnits).write();
  }

  /**
   * A plan provider of one plan file on disk, with the communes and former units it names (next to it): what
   * {@code chitieu --plan-file} installs beside the bundled plans. Its id is {@code file:<name>}; each call reads the
   * files again.
   *
   * @param file the plan file
   * @return the provider
   */
  public static dev.chitieu.core.spi.PlanProvider provider(Path file) {
    requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    return new dev.chitieu.core.spi.PlanProvider() {
      @Override
      public String id() {
        return "file:" + file.getFileName();
      }

      @Override
      public List<Plan> plans() {
        return List.of(read(file).plan());
      }

      @Override
      public List<dev.chitieu.core.region.Region> units() {
        return read(file).regions().map(r -> {
          try (InputStream in = Files.newInputStream(dir.resolve(r))) {
            return dev.chitieu.core.region.RegionHierarchy.readCsv(in, dir.resolve(r).toString());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(r) + ", named by " + file, e);
          }
        }).orElse(List.of());
      }

      @Override
      public List<dev.chitieu.core.region.FormerUnit> formerUnits() {
        return read(file).formerUnits().map(r -> {
          try (InputStream in = Files.newInputStream(dir.resolve(r))) {
            return dev.chitieu.core.region.TerritoryMapping.readCsv(in, dir.resolve(r).toString());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(r) + ", named by " + file, e);
          }
        }).orElse(List.of());
      }
    };
  }

  /** Writes this plan file, as {@link #write(Plan, Optional, Optional)} does. */
  public String write() {
    return write(plan, regions, formerUnits);
  }

  // ---------------------------------------------------------------------------------------------------- reading

  private static final class Run {
    private final String source;
    private final List<DataProblem> problems = new ArrayList<>();
    private String planName = "the plan";
    private MapNode root;
    private final Map<String, SourceRef> sources = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    /** Where each item's id is written, to report what the item lacks there. */
    private final Map<MapNode, Loc> itemAt = new java.util.IdentityHashMap<>();

    Run(String source) {
      this.source = source;
      BUILT_IN_UNITS.forEach(u -> units.put(u.id(), u));
    }

    PlanFile read(InputStream in) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
            .toString();
      } catch (CharacterCodingException e) {
        problems.add(new DataProblem(source, "line 1, column 1", "", "", "is not UTF-8 text",
            "the file saved as UTF-8 (Vietnamese letters as UTF-8)"));
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the plan file " + source + ": " + e.getMessage(), e);
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      YamlTree.Result tree = YamlTree.read(new StringReader(text));
      if (tree.root() == null) {
        tree.problems().forEach(p -> add(p.loc(), "the file", p.message(), p.fix()));
        return null;
      }
      if (!(tree.root() instanceof MapNode m)) {
        add(tree.root().loc(), "the file", "is not a map of keys", "a plan file that starts with 'plan: <id>'");
        return null;
      }
      root = m;
      PlanFile file = plan();
      List<DataProblem> own = List.copyOf(problems);
      problems.clear();
      tree.problems().forEach(p -> add(p.loc(), planName, p.message(), p.fix()));
      problems.addAll(own);
      return problems.isEmpty() ? file : null;
    }

    private PlanFile plan() {
      known(root, "the plan", "plan", "title", "authority", "region", "document", "issued", "horizon", "regions",
          "former-units", "sources", "units", "dimensions", "indicators", "targets");
      String id = scalar(root, "plan", "the plan", "the plan's id, e.g. 'haiphong-106-2025'");
      PlanId planId = null;
      if (id != null) {
        if (PlanId.isValid(id)) {
          planId = PlanId.of(id);
          planName = "plan '" + id + "'";
        } else {
          add(root.entries().get("plan").loc(), "the plan", "'" + id + "' is not a plan id",
              "lower-case letters and digits joined by '-', e.g. 'thainguyen-00-2026-2030'");
        }
      }
      LocalizedText title = text(root, "title", planName, true);
      LocalizedText authority = text(root, "authority", planName, true);
      RegionCode region = parse(root, "region", planName, "a province code of the 2025 list, e.g. \"31\", or VN",
          RegionCode::of);
      String number = scalar(root, "document", planName, "the document number as issued, e.g. 106/KH-UBND");
      PartialDate issued = parse(root, "issued", planName, "2025, 2025-05 or 2025-11-24", PartialDate::parse);
      Period horizon = parse(root, "horizon", planName, "a year (2025) or a range of years (2026..2030)",
          Period::parse);
      Optional<String> regions = Optional.ofNullable(optionalScalar(root, "regions", planName));
      Optional<String> formerUnits = Optional.ofNullable(optionalScalar(root, "former-units", planName));

      MapNode srcs = map(root, "sources", planName, true, "at least one source: a name, then its document,"
          + " issued and article");
      if (srcs != null) {
        if (srcs.entries().isEmpty()) {
          add(srcs.loc(), planName, "lists no source", "at least one source the plan was read from");
        }
        srcs.entries().forEach((k, v) -> sourceEntry(k, v, srcs.keys().get(k)));
      }
      MapNode us = map(root, "units", planName, false, "");
      if (us != null) {
        us.entries().forEach((k, v) -> unitEntry(k, v, us.keys().get(k)));
      }
      List<Dimension> dimensions = new ArrayList<>();
      MapNode ds = map(root, "dimensions", planName, false, "");
      if (ds != null) {
        ds.entries().forEach((k, v) -> dimension(k, v, ds.keys().get(k)).ifPresent(dimensions::add));
      }
      List<Indicator> indicators = new ArrayList<>();
      MapNode is = map(root, "indicators", planName, true, "the indicators the plan watches, each under its id");
      if (is != null) {
        is.entries().forEach((k, v) -> indicator(k, v, is.keys().get(k)).ifPresent(indicators::add));
      }
      List<Target> targets = new ArrayList<>();
      MapNode ts = map(root, "targets", planName, true, "the targets the plan sets, each under its id");
      if (ts != null) {
        ts.entries().forEach((k, v) -> target(k, v, ts.keys().get(k)).ifPresent(targets::add));
      }
      if (planId == null || title == null || authority == null || region == null || number == null
          || issued == null || horizon == null || !problems.isEmpty()) {
        return null;
      }
      Plan plan = new Plan(planId, title, authority, region, number, issued, horizon, dimensions, indicators,
          targets, List.copyOf(sources.values()));
      for (PlanProblem p : PlanValidator.validate(plan)) {
        problems.add(new DataProblem(source, locate(p).toString(), "", "", p.message(), ""));
      }
      return new PlanFile(plan, regions, formerUnits);
    }

    /** Where a validator's problem is in the file: the key it is about, else its item, else the top. */
    private Loc locate(PlanProblem p) {
      Matcher m = Pattern.compile("^(target|indicator|dimension) '([^']+)'").matcher(p.item());
      if (!m.find()) {
        return root.loc();
      }
      String section = switch (m.group(1)) {
        case "target" -> "targets";
        case "indicator" -> "indicators";
        default -> "dimensions";
      };
      if (!(root.entries().get(section) instanceof MapNode items) || !items.keys().containsKey(m.group(2))) {
        return root.loc();
      }
      String key = switch (p.rule()) {
        case "percent-needs-ratio", "ratio-parts" -> "aggregation";
        case "threshold-precision", "threshold-outside-range" -> "require";
        case "deadline-outside-horizon" -> "by";
        case "undeclared-indicator" -> "indicator";
        case "scope-outside-horizon", "breakdown-not-accepted", "cumulative-needs-flow" -> "scope";
        case "undeclared-dimension" -> m.group(1).equals("target") ? "scope" : "dimensions";
        case "blank-document" -> "source";
        default -> "";
      };
      if (items.entries().get(m.group(2)) instanceof MapNode item && item.entries().containsKey(key)) {
        return item.entries().get(key).loc();
      }
      return items.keys().get(m.group(2));
    }

    private void sourceEntry(String name, Node node, Loc at) {
      String item = planName + ", source '" + name + "'";
      if (!(node instanceof MapNode m)) {
        add(at, item, "is not a map", "document, issued and article (and 'at' for where in it) under the name");
        return;
      }
      itemAt.put(m, at);
      known(m, item, "document", "issued", "article", "at");
      String document = scalar(m, "document", item, "the document's number and kind, e.g. Kế hoạch số 106/KH-UBND");
      PartialDate issued = parse(m, "issued", item, "2025, 2025-05 or 2025-11-24", PartialDate::parse);
      String article = scalar(m, "article", item, "the URL or citation of the article the plan was read from");
      String locator = Objects.requireNonNullElse(optionalScalar(m, "at", item), "");
      if (document != null && issued != null && article != null) {
        sources.put(name, new SourceRef(document, issued, article, locator));
      }
    }

    private void unitEntry(String id, Node node, Loc at) {
      String item = planName + ", unit '" + id + "'";
      if (units.containsKey(id) && BUILT_IN_UNITS.stream().anyMatch(u -> u.id().equals(id))) {
        add(at, item, "is a built-in unit and cannot be declared again",
            "another id for your unit, or none: use '" + id + "' as it is");
        return;
      }
      LocalizedText label = ownText(node, at, item, "its label");
      if (label != null) {
        units.put(id, new Unit(id, label));
      }
    }

    private Optional<Dimension> dimension(String id, Node node, Loc at) {
      String item = planName + ", dimension '" + id + "'";
      if (!DimensionId.isValid(id)) {
        add(at, item, "'" + id + "' is not a dimension id", "lower-case letters and digits, e.g. 'sector'");
        return Optional.empty();
      }
      if (!(node instanceof MapNode m)) {
        add(at, item, "is not a map", "vi, en and members under the id");
        return Optional.empty();
      }
      itemAt.put(m, at);
      known(m, item, "vi", "en", "members");
      LocalizedText name = ownText(m, at, item, "its name");
      MapNode ms = map(m, "members", item, true, "the members, each code with its vi and en names");
      List<Member> members = new ArrayList<>();
      if (ms != null) {
        ms.entries().forEach((code, v) -> {
          String mi = item + ", member '" + code + "'";
          if (!DimensionId.isValid(code)) {
            add(ms.keys().get(code), mi, "'" + code + "' is not a member code",
                "lower-case letters and digits joined by '-', e.g. 'smart-tourism'");
            return;
          }
          LocalizedText t = ownText(v, ms.keys().get(code), mi, "its name");
          if (t != null) {
            members.add(new Member(code, t));
          }
        });
      }
      return name == null ? Optional.empty() : Optional.of(new Dimension(DimensionId.of(id), name, members));
    }

    private Optional<Indicator> indicator(String id, Node node, Loc at) {
      String item = planName + ", indicator '" + id + "'";
      if (!IndicatorId.isValid(id)) {
        add(at, item, "'" + id + "' is not an indicator id",
            "the plan's prefix and lower-case words joined by '-', e.g. 'hp.ecommerce-share'");
        return Optional.empty();
      }
      if (!(node instanceof MapNode m)) {
        add(at, item, "is not a map", "vi, en, unit and aggregation under the id");
        return Optional.empty();
      }
      itemAt.put(m, at);
      known(m, item, "vi", "en", "unit", "decimals", "aggregation", "weight", "dimensions", "range", "direction",
          "notes");
      LocalizedText name = ownText(m, at, item, "its name");
      Unit unit = null;
      String u = scalar(m, "unit", item, "a unit: " + String.join(", ", units.keySet())
          + ", or one declared under 'units'");
      if (u != null) {
        unit = units.get(u);
        if (unit == null) {
          add(m.entries().get("unit").loc(), item, "unit '" + u + "' is neither built in nor declared under 'units'",
              "one of " + String.join(", ", units.keySet()) + ", or declare it: units: {" + u
                  + ": {vi: …, en: …}}");
        }
      }
      int decimals = 0;
      String d = optionalScalar(m, "decimals", item);
      if (d != null) {
        if (d.matches("[0-9]")) {
          decimals = Integer.parseInt(d);
        } else {
          add(m.entries().get("decimals").loc(), item, "decimals '" + d + "' is not a whole number from 0 to 9",
              "the decimals reports print, e.g. 2 for a percentage, 0 for a count");
          d = null;
        }
      }
      Aggregation aggregation = aggregation(m, item);
      List<DimensionId> dims = new ArrayList<>();
      Node dn = m.entries().get("dimensions");
      if (dn != null) {
        List<Node> list = dn instanceof Seq s ? s.items() : List.of(dn);
        for (Node x : list) {
          if (x instanceof Scalar s && !s.isNull() && DimensionId.isValid(s.text())) {
            dims.add(DimensionId.of(s.text()));
          } else {
            add(x.loc(), item, "dimensions: " + shown(x) + " is not a dimension id",
                "the ids of dimensions declared under 'dimensions', e.g. [sector]");
          }
        }
      }
      ValueRange range = null;
      String r = optionalScalar(m, "range", item);
      if (r != null) {
        range = range(r);
        if (range == null) {
          add(m.entries().get("range").loc(), item, "range '" + r + "' is not a range of values",
              "'from 0 to 1000', 'at least 0', 'at most 5' or 'any number'");
        }
      }
      Direction direction = Direction.INCREASE;
      String dir = optionalScalar(m, "direction", item);
      if (dir != null) {
        switch (dir.toLowerCase(Locale.ROOT)) {
          case "increase" -> direction = Direction.INCREASE;
          case "decrease" -> direction = Direction.DECREASE;
          default -> add(m.entries().get("direction").loc(), item, "direction '" + dir + "' is not a direction",
              "increase (more is better, the default) or decrease (less is better)");
        }
      }
      LocalizedText notes = m.entries().containsKey("notes") ? text(m, "notes", item, false) : LocalizedText.EMPTY;
      if (name == null || unit == null || aggregation == null || notes == null
          || (r != null && range == null)) {
        return Optional.empty();
      }
      return Optional.of(new Indicator(IndicatorId.of(id), name, unit, direction, decimals, aggregation, dims, notes,
          range));
    }

    private Aggregation aggregation(MapNode m, String item) {
      String a = scalar(m, "aggregation", item, "how figures combine: flow (summed over time: revenue, datasets"
          + " published), stock (the latest value counts: population, enterprises) or a ratio of two of them,"
          + " e.g. 'hp.ecommerce-revenue / hp.retail-sales × 100' for a share");
      String w = optionalScalar(m, "weight", item);
      if (a == null) {
        return null;
      }
      Loc at = m.entries().get("aggregation").loc();
      Aggregation result;
      switch (a.strip().toLowerCase(Locale.ROOT)) {
        case "flow" -> result = Aggregation.flow();
        case "stock" -> result = Aggregation.stock();
        default -> {
          Matcher r = RATIO.matcher(a);
          if (!r.matches()) {
            add(at, item, "aggregation '" + a + "' is neither flow, stock nor a ratio",
                "flow, stock, or 'numerator / denominator × 100' with the ids of two flow or stock indicators");
            return null;
          }
          if (!IndicatorId.isValid(r.group(1)) || !IndicatorId.isValid(r.group(2))) {
            add(at, item, "aggregation '" + a + "' does not name two indicator ids",
                "'numerator / denominator × 100', e.g. 'hp.ecommerce-revenue / hp.retail-sales × 100'");
            return null;
          }
          if (r.group(3) == null) {
            add(at, item, "aggregation '" + a + "' has no scale",
                "the ratio times its scale: '" + r.group(1) + " / " + r.group(2) + " × 100' for a percentage, '× 1000'"
                    + " for a rate per 1,000");
            return null;
          }
          BigDecimal scale;
          try {
            scale = new BigDecimal(r.group(3));
          } catch (NumberFormatException e) {
            add(at, item, "aggregation '" + a + "' has scale '" + r.group(3) + "', which is not a number",
                "digits only, e.g. 100 or 1000");
            return null;
          }
          if (scale.signum() <= 0) {
            add(at, item, "aggregation '" + a + "' has a scale that is not positive", "100 or 1000");
            return null;
          }
          Aggregation.Ratio ratio =
              Aggregation.ratio(IndicatorId.of(r.group(1)), IndicatorId.of(r.group(2)), scale);
          if (w != null) {
            if (!IndicatorId.isValid(w)) {
              add(m.entries().get("weight").loc(), item, "weight '" + w + "' is not an indicator id",
                  "the base quantity that weighs figures reported without their parts, usually the denominator '"
                      + r.group(2) + "'");
              return null;
            }
            ratio = ratio.weightedBy(IndicatorId.of(w));
          }
          return ratio;
        }
      }
      if (w != null) {
        add(m.entries().get("weight").loc(), item, "has a weight but aggregates as " + a,
            "no weight: only a ratio's figures are weighed");
        return null;
      }
      return result;
    }

    private Optional<Target> target(String id, Node node, Loc at) {
      String item = planName + ", target '" + id + "'";
      if (!TargetId.isValid(id)) {
        add(at, item, "'" + id + "' is not a target id",
            "the plan's prefix and lower-case words joined by '-', e.g. 'hp.ecommerce-share-2025'");
        return Optional.empty();
      }
      if (!(node instanceof MapNode m)) {
        add(at, item, "is not a map", "indicator, require, by, vi, en and source under the id");
        return Optional.empty();
      }
      itemAt.put(m, at);
      known(m, item, "indicator", "require", "by", "scope", "vi", "en", "source", "at", "lead");
      TargetId tid = TargetId.of(id);
      IndicatorId indicator = parse(m, "indicator", item, "the id of an indicator declared under 'indicators'",
          IndicatorId::of);
      Comparison comparison = null;
      BigDecimal threshold = null;
      String req = scalar(m, "require", item, "the comparison and the threshold, e.g. 'at least 35' or"
          + " 'more than 0.7'");
      if (req != null) {
        Loc rl = m.entries().get("require").loc();
        String[] parts = splitComparison(req.strip());
        if (parts == null) {
          add(rl, item, "require '" + req + "' does not start with a comparison",
              "at least, more than, at most, less than or equal to (or tối thiểu, trên, tối đa, dưới, bằng;"
                  + " or ≥, >, ≤, <, =), then the threshold: 'at least 35'");
        } else {
          comparison = comparison(parts[0]);
          try {
            threshold = Target.parseThreshold(tid, parts[1]);
          } catch (InvalidValueException e) {
            add(rl, item, "require '" + req + "': " + e.getMessage().replace("target '" + id + "' ", ""), "");
          }
        }
      }
      LocalDate deadline = null;
      String by = scalar(m, "by", item, "the deadline: a year for its end (2025 is 2025-12-31) or a day"
          + " (2025-06-30)");
      if (by != null) {
        try {
          deadline = by.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(by), 12, 31) : LocalDate.parse(by);
        } catch (DateTimeException e) {
          add(m.entries().get("by").loc(), item, "by '" + by + "' is not a year or a day",
              "a year for its end (2025 is 2025-12-31) or a day (2025-06-30)");
        }
      }
      Scope scope = Scope.wholeRegion();
      String sc = optionalScalar(m, "scope", item);
      if (sc != null) {
        scope = scope(sc, m.entries().get("scope").loc(), item);
      }
      LocalizedText statement = ownText(m, at, item, "its statement");
      SourceRef source = targetSource(m, at, item);
      LocalizedText lead = m.entries().containsKey("lead") ? text(m, "lead", item, false) : null;
      if (indicator == null || comparison == null || threshold == null || deadline == null || scope == null
          || statement == null || source == null || (m.entries().containsKey("lead") && lead == null)) {
        return Optional.empty();
      }
      return Optional.of(new Target(tid, indicator, comparison, threshold, deadline, scope, statement, source,
          Optional.ofNullable(lead)));
    }

    private SourceRef targetSource(MapNode m, Loc at, String item) {
      Node s = m.entries().get("source");
      String locator = optionalScalar(m, "at", item);
      if (s == null) {
        add(at, item, "has no source", "source: the name of one of the plan's sources"
            + (sources.isEmpty() ? "" : " (" + String.join(", ", sources.keySet()) + ")")
            + ", and at: where in it, e.g. 'chỉ tiêu 1/7 (target 1 of 7)'");
        return null;
      }
      if (s instanceof Scalar name && !name.isNull()) {
        SourceRef ref = sources.get(name.text());
        if (ref == null) {
          add(s.loc(), item, "source '" + name.text() + "' is not one of the plan's sources",
              sources.isEmpty() ? "a source declared under 'sources'" : "one of " + String.join(", ",
                  sources.keySet()));
          return null;
        }
        return locator == null ? ref : ref.at(locator);
      }
      add(s.loc(), item, "source is not a name", "the name of one of the plan's sources, e.g. 'source: "
          + (sources.isEmpty() ? "plan" : sources.keySet().iterator().next()) + "'");
      return null;
    }

    private Scope scope(String text, Loc at, String item) {
      String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String fix = "whole region (the default), 'each sector' (each member of a dimension), 'every year 2026..2030'"
          + " (also half, quarter, month) or 'cumulative 2026..2030'";
      try {
        if (t.equals("whole region")) {
          return Scope.wholeRegion();
        }
        Matcher m = EACH.matcher(t);
        if (m.matches() && DimensionId.isValid(m.group(1))) {
          return Scope.eachMember(m.group(1));
        }
        m = EVERY.matcher(t);
        if (m.matches()) {
          return new Scope.EveryPeriod(Period.parse(m.group(2)),
              PeriodKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        m = CUMULATIVE.matcher(t);
        if (m.matches()) {
          return new Scope.Cumulative(Period.parse(m.group(1)));
        }
      } catch (RuntimeException e) {
        add(at, item, "scope '" + text + "': " + e.getMessage(), fix);
        return null;
      }
      add(at, item, "scope '" + text + "' is not a scope", fix);
      return null;
    }

    // -------------------------------------------------------------------------------------------- small readers

    private void known(MapNode m, String item, String... keys) {
      Set<String> ok = new LinkedHashSet<>(List.of(keys));
      m.keys().forEach((k, at) -> {
        if (!ok.contains(k)) {
          String near = nearest(k, ok);
          add(at, item, "'" + k + "' is not a key here",
              (near == null ? "" : "'" + near + "'? ") + "the keys are " + String.join(", ", ok));
        }
      });
    }

    private String scalar(MapNode m, String key, String item, String expected) {
      Node n = m.entries().get(key);
      if (n == null || n instanceof Scalar s && (s.isNull() || s.text().isBlank())) {
        add(n == null ? itemAt.getOrDefault(m, m.loc()) : n.loc(), item,
            n == null ? "has no '" + key + "'" : "'" + key + "' is empty",
            key + ": " + expected);
        return null;
      }
      if (!(n instanceof Scalar s)) {
        add(n.loc(), item, "'" + key + "' is a " + (n instanceof Seq ? "list" : "map") + ", not a value",
            key + ": " + expected);
        return null;
      }
      return s.text().strip();
    }

    private String optionalScalar(MapNode m, String key, String item) {
      Node n = m.entries().get(key);
      if (n == null || n instanceof Scalar s && s.isNull()) {
        return null;
      }
      if (!(n instanceof Scalar s)) {
        add(n.loc(), item, "'" + key + "' is a " + (n instanceof Seq ? "list" : "map") + ", not a value",
            "one value after '" + key + ": '");
        return null;
      }
      return s.text().strip();
    }

    private <T> T parse(MapNode m, String key, String item, String expected, java.util.function.Function<String, T> f) {
      String s = scalar(m, key, item, expected);
      if (s == null) {
        return null;
      }
      try {
        return f.apply(s);
      } catch (RuntimeException e) {
        add(m.entries().get(key).loc(), item, key + " '" + s + "' is not valid: " + e.getMessage(), expected);
        return null;
      }
    }

    private MapNode map(MapNode m, String key, String item, boolean required, String expected) {
      Node n = m.entries().get(key);
      if (n == null || n instanceof Scalar s && s.isNull()) {
        if (required) {
          add(n == null ? itemAt.getOrDefault(m, m.loc()) : n.loc(), item, "has no '" + key + "'",
              key + ": " + expected);
        }
        return null;
      }
      if (!(n instanceof MapNode map)) {
        add(n.loc(), item, "'" + key + "' is not a map", "the entries of '" + key + "' indented under it, each"
            + " 'name:' on a line of its own");
        return null;
      }
      return map;
    }

    /** A nested text {@code key: {vi: …, en: …}}. */
    private LocalizedText text(MapNode m, String key, String item, boolean required) {
      Node n = m.entries().get(key);
      if (n == null) {
        if (required) {
          add(itemAt.getOrDefault(m, m.loc()), item, "has no '" + key + "'",
              key + ": {vi: …, en: …}, the text in Vietnamese and English");
        }
        return null;
      }
      return ownText(n, n.loc(), item + ", " + key, "the text");
    }

    /** The item's own {@code vi} and {@code en}. */
    private LocalizedText ownText(Node n, Loc at, String item, String what) {
      if (!(n instanceof MapNode m)) {
        add(at, item, "has no vi and en", "vi: and en: under it, " + what + " in Vietnamese and English");
        return null;
      }
      String vi = optionalScalar(m, "vi", item);
      String en = optionalScalar(m, "en", item);
      if (vi == null || en == null) {
        add(itemAt.getOrDefault(m, at), item,
            "has no " + (vi == null && en == null ? "vi and en" : vi == null ? "vi" : "en"),
            "vi: and en: under it, " + what + " in Vietnamese and English");
        return null;
      }
      if (item.endsWith(", title") || item.endsWith(", authority") || item.endsWith(", notes")
          || item.endsWith(", lead") || item.contains(", unit '") || item.contains(", member '")) {
        known(m, item, "vi", "en");
      }
      return LocalizedText.of(vi, en);
    }

    private void add(Loc at, String item, String problem, String expected) {
      problems.add(new DataProblem(source, at.toString(), "", "", item + ": " + problem, expected));
    }
  }

  private static String shown(Node n) {
    return n instanceof Scalar s ? "'" + s.text() + "'" : n instanceof Seq ? "a list" : "a map";
  }

  /** The comparison words and the threshold, or null when the text does not start with a comparison. */
  private static String[] splitComparison(String req) {
    for (String w : List.of(">=", "<=", "≥", "≤", ">", "<", "=")) {
      if (req.startsWith(w)) {
        return new String[] {w, req.substring(w.length()).strip()};
      }
    }
    String lower = req.toLowerCase(Locale.ROOT);
    for (Comparison c : Comparison.values()) {
      for (String w : List.of(c.words().en(), c.words().vi())) {
        if (lower.startsWith(w + " ")) {
          return new String[] {w, req.substring(w.length()).strip()};
        }
      }
    }
    return null;
  }

  private static Comparison comparison(String w) {
    return switch (w) {
      case ">=", "≥" -> Comparison.AT_LEAST;
      case ">" -> Comparison.MORE_THAN;
      case "<=", "≤" -> Comparison.AT_MOST;
      case "<" -> Comparison.LESS_THAN;
      case "=" -> Comparison.EQUAL;
      default -> {
        for (Comparison c : Comparison.values()) {
          if (c.words().en().equals(w) || c.words().vi().equals(w)) {
            yield c;
          }
        }
        throw new IllegalStateException(w);
      }
    };
  }

  private static ValueRange range(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.equals("any number")) {
        return ValueRange.unbounded();
      }
      Matcher m = Pattern.compile("from (\\S+) to (\\S+)").matcher(t);
      if (m.matches()) {
        return ValueRange.between(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
      }
      m = Pattern.compile("at least (\\S+)").matcher(t);
      if (m.matches()) {
        return ValueRange.atLeast(new BigDecimal(m.group(1)));
      }
      m = Pattern.compile("at most (\\S+)").matcher(t);
      if (m.matches()) {
        return ValueRange.atMost(new BigDecimal(m.group(1)));
      }
    } catch (IllegalArgumentException | InvalidValueException e) {
      return null;
    }
    return null;
  }

  /** The known key closest to a misspelt one, if it is close. */
  private static String nearest(String key, Set<String> known) {
    String best = null;
    int bestD = 3;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // ---------------------------------------------------------------------------------------------------- writing

  private static final class Writer {
    private final Plan plan;
    private final Optional<String> regions;
    private final Optional<String> formerUnits;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, SourceRef> sources = new LinkedHashMap<>();

    Writer(Plan plan, Optional<String> regions, Optional<String> formerUnits) {
      this.plan = requireNonNull(plan, "plan");
      this.regions = requireNonNull(regions, "regions");
      this.formerUnits = requireNonNull(formerUnits, "formerUnits");
    }

    String write() {
      line(0, "plan", plan.id().value());
      text(0, "title", plan.title());
      text(0, "authority", plan.authority());
      line(0, "region", plan.region().value());
      line(0, "document", plan.documentNumber());
      line(0, "issued", plan.documentDate().value());
      raw(0, "horizon", period(plan.horizon()));
      regions.ifPresent(r -> line(0, "regions", r));
      formerUnits.ifPresent(f -> line(0, "former-units", f));
      out.append("sources:\n");
      int n = 0;
      for (SourceRef s : plan.sources()) {
        String name = "source-" + ++n;
        sources.put(name, s);
        out.append("  ").append(name).append(":\n");
        line(2, "document", s.document());
        line(2, "issued", s.issued().value());
        line(2, "article", s.article());
        if (!s.locator().isEmpty()) {
          line(2, "at", s.locator());
        }
      }
      Map<String, Unit> units = new LinkedHashMap<>();
      for (Indicator i : plan.indicators()) {
        if (!BUILT_IN_UNITS.contains(i.unit())) {
          units.putIfAbsent(i.unit().id(), i.unit());
        }
      }
      if (!units.isEmpty()) {
        out.append("units:\n");
        units.values().forEach(u -> {
          out.append("  ").append(key(u.id())).append(":\n");
          own(2, u.label());
        });
      }
      if (!plan.dimensions().isEmpty()) {
        out.append("dimensions:\n");
        for (Dimension d : plan.dimensions()) {
          out.append("  ").append(key(d.id().value())).append(":\n");
          own(2, d.name());
          out.append("    members:\n");
          for (Member m : d.members()) {
            out.append("      ").append(key(m.code())).append(":\n");
            own(4, m.name());
          }
        }
      }
      out.append("indicators:\n");
      for (Indicator i : plan.indicators()) {
        out.append("  ").append(key(i.id().value())).append(":\n");
        own(2, i.name());
        line(2, "unit", i.unit().id());
        if (i.decimals() != 0) {
          out.append("    decimals: ").append(i.decimals()).append('\n');
        }
        switch (i.aggregation()) {
          case Aggregation.Flow f -> line(2, "aggregation", "flow");
          case Aggregation.Stock s -> line(2, "aggregation", "stock");
          case Aggregation.Ratio r -> {
            line(2, "aggregation", r.numerator() + " / " + r.denominator() + " × " + r.scale().toPlainString());
            r.weight().ifPresent(w -> line(2, "weight", w.value()));
          }
        }
        if (!i.dimensions().isEmpty()) {
          out.append("    dimensions: [").append(String.join(", ", i.dimensions().stream().map(DimensionId::value)
              .map(Writer::scalar).toList())).append("]\n");
        }
        if (!i.range().equals(ValueRange.defaultFor(i.unit()))) {
          line(2, "range", i.range().toString());
        }
        if (i.direction() != Direction.INCREASE) {
          line(2, "direction", i.direction().name().toLowerCase(Locale.ROOT));
        }
        if (!i.notes().isBlank()) {
          text(2, "notes", i.notes());
        }
      }
      out.append("targets:\n");
      for (Target t : plan.targets()) {
        out.append("  ").append(key(t.id().value())).append(":\n");
        line(2, "indicator", t.indicator().value());
        line(2, "require", t.comparison().words().en() + " " + t.threshold().toPlainString());
        LocalDate d = t.deadline();
        raw(2, "by", d.getMonthValue() == 12 && d.getDayOfMonth() == 31 ? Integer.toString(d.getYear())
            : d.toString());
        switch (t.scope()) {
          case Scope.WholeRegion w -> { }
          case Scope.EachMember e -> line(2, "scope", "each " + e.dimension());
          case Scope.EveryPeriod p -> line(2, "scope", "every " + p.each().name().toLowerCase(Locale.ROOT) + " "
              + period(p.range()));
          case Scope.Cumulative c -> line(2, "scope", "cumulative " + period(c.range()));
        }
        own(2, t.statement());
        String name = null;
        for (Map.Entry<String, SourceRef> e : sources.entrySet()) {
          SourceRef s = e.getValue();
          if (s.document().equals(t.source().document()) && s.issued().equals(t.source().issued())
              && s.article().equals(t.source().article())) {
            name = e.getKey();
            if (s.locator().equals(t.source().locator())) {
              break;
            }
          }
        }
        if (name == null) {
          throw new InvalidPlanException(List.of(new PlanProblem(plan.id().value(), "target '" + t.id() + "'",
              "source-not-listed", "plan '" + plan.id() + "', target '" + t.id() + "' cites a source the plan does"
              + " not list (" + t.source() + "); add it to the plan's sources")));
        }
        line(2, "source", name);
        if (!sources.get(name).locator().equals(t.source().locator())) {
          line(2, "at", t.source().locator());
        }
        t.leadAgency().ifPresent(l -> text(2, "lead", l));
      }
      return out.toString();
    }

    private static String period(Period p) {
      if (p.kind() == PeriodKind.RANGE && p.start().getMonthValue() == 1 && p.end().getMonthValue() == 12) {
        return p.start().getYear() + ".." + p.end().getYear();
      }
      return p.toString();
    }

    private void line(int depth, String key, String value) {
      out.append("  ".repeat(depth)).append(key).append(": ").append(scalar(value)).append('\n');
    }

    /** A value YAML reads back as the same text however it types it: years, days, periods. */
    private void raw(int depth, String key, String value) {
      out.append("  ".repeat(depth)).append(key).append(": ").append(value).append('\n');
    }

    private void text(int depth, String key, LocalizedText t) {
      out.append("  ".repeat(depth)).append(key).append(":\n");
      own(depth + 1, t);
    }

    private void own(int depth, LocalizedText t) {
      line(depth, "vi", t.vi());
      line(depth, "en", t.en());
    }

    private static String key(String k) {
      return scalar(k);
    }

    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`=<].*");
    private static final Pattern SPECIAL = Pattern.compile(
        "(?i)(y|n|yes|no|true|false|on|off|null|~|[-+]?[0-9][0-9_.:+eE-]*|[-+]?\\.(inf|nan))");

    /** A scalar, plain when YAML reads it back as the same text, else double-quoted. */
    private static String scalar(String s) {
      boolean plain = !s.isEmpty() && PLAIN.matcher(s).matches() && s.equals(s.strip()) && !s.contains(": ")
          && !s.contains(" #") && !s.endsWith(":") && !SPECIAL.matcher(s).matches()
          && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
      if (plain) {
        return s;
      }
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\t' -> b.append("\\t");
          default -> b.append(c);
        }
      }
      return b.append('"').toString();
    }
  }

  /** Reads a text as a plan file, for tests. */
  static List<DataProblem> check(String yaml, String source) {
    return check(new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source);
  }
}
