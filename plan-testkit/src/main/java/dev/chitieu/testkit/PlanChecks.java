package dev.chitieu.testkit;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.model.Dimension;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Member;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanProblem;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.plan.PlanValidator;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.io.PlanJson;
import dev.chitieu.core.spi.PlanProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of {@link PlanProviderContractTest}, one static method per rule. Each returns the problems it finds as
 * whole sentences that name the plan and the item at fault, say what is wrong and what would be right; an empty list
 * means the rule holds. Call them directly to check a plan outside JUnit, or to test a check itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanChecks {
  /** The service file every plan module ships, relative to its class-path root. */
  public static final String SERVICE_FILE = "META-INF/services/" + PlanProvider.class.getName();

  /** The folder of the committed id lists, relative to a class-path root; see {@link #idsResource(Plan)}. */
  public static final String IDS_FOLDER = "META-INF/chitieu/";

  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Short Vietnamese names may lack diacritics ("Doanh thu"); four words or more without a single Vietnamese letter
   * are English or unaccented text.
   */
  private static final int MIN_WORDS_FOR_LETTER_CHECK = 4;

  private static final Set<String> COMMUNE_KINDS = Set.of("commune", "ward", "special_zone");

  private PlanChecks() {}

  /**
   * What discovery found for one provider class: the instance {@link ServiceLoader} made, the plans the registry
   * installed from it, and what went wrong.
   *
   * @param provider the instance found through {@link ServiceLoader}; empty if none was
   * @param registry the registry of every installed provider
   * @param plans the provider's plans as {@link PlanRegistry#plans()} holds them (valid ones only)
   * @param problems what went wrong; empty when the provider and all its plans are installed
   */
  public record Discovery(
      Optional<PlanProvider> provider, PlanRegistry registry, List<Plan> plans, List<String> problems) {
    /** Copies the lists. */
    public Discovery {
      requireNonNull(provider, "provider");
      requireNonNull(registry, "registry");
      plans = List.copyOf(plans);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Finds a provider class the way an application does: {@link PlanRegistry#loadInstalled()} for the plans, and
   * {@link ServiceLoader} (never a constructor call) for the instance.
   *
   * @param type the provider class
   * @return what was found; never throws for a broken installation
   */
  public static Discovery discover(Class<? extends PlanProvider> type) {
    requireNonNull(type, "type");
    PlanRegistry registry = PlanRegistry.loadInstalled();
    List<String> problems = new ArrayList<>();
    Optional<PlanProvider> found = Optional.empty();
    try {
      for (ServiceLoader.Provider<PlanProvider> p : ServiceLoader.load(PlanProvider.class).stream().toList()) {
        if (p.type().equals(type)) {
          found = Optional.of(p.get());
        }
      }
    } catch (ServiceConfigurationError e) {
      problems.add("ServiceLoader could not load the plan providers on the class path: " + e.getMessage()
          + "; fix the class named in " + SERVICE_FILE + " (public, with a public no-argument constructor)");
    }
    Discovery d = installed(type, found, registry);
    problems.addAll(d.problems());
    return new Discovery(d.provider(), registry, d.plans(), problems);
  }

  /**
   * Checks that a provider class found (or not) through {@link ServiceLoader} is installed in a registry with every
   * plan it contributes.
   *
   * @param type the provider class
   * @param found the instance {@link ServiceLoader} made of it, or empty when it did not
   * @param registry the registry to look in
   * @return the discovery with its problems
   */
  public static Discovery installed(
      Class<? extends PlanProvider> type, Optional<PlanProvider> found, PlanRegistry registry) {
    requireNonNull(type, "type");
    requireNonNull(found, "found");
    requireNonNull(registry, "registry");
    List<String> problems = new ArrayList<>();
    if (found.isEmpty()) {
      problems.add("plan provider " + type.getName() + " is not found through ServiceLoader; add the line '"
          + type.getName() + "' to src/main/resources/" + SERVICE_FILE + " and 'provides "
          + PlanProvider.class.getName() + " with " + type.getName() + ";' to module-info.java");
      return new Discovery(found, registry, List.of(), problems);
    }
    PlanProvider provider = found.get();
    String id = provider.id();
    if (!registry.providerIds().contains(id)) {
      problems.add("plan provider '" + id + "' (" + type.getName() + ") is not among the providers "
          + "PlanRegistry.loadInstalled() found " + registry.providerIds()
          + "; is its module on the class path of the application?");
    }
    boolean failed = registry.failures().stream().anyMatch(f -> f.provider().equals(id));
    List<Plan> own;
    try {
      own = requireNonNull(provider.plans(), "plans()");
    } catch (RuntimeException e) {
      own = List.of();
      if (!failed) {
        problems.add("plan provider '" + id + "' (" + type.getName() + ") threw " + e + " from plans()");
      }
    }
    if (own.isEmpty() && !failed) {
      problems.add("plan provider '" + id + "' (" + type.getName() + ") contributes no plan; return the module's"
          + " plans from plans()");
    }
    Set<String> ownIds = own.stream().map(p -> p.id().value()).collect(Collectors.toSet());
    for (PlanRegistry.Failure f : registry.failures()) {
      boolean mine = f.provider().equals(id)
          || List.of(f.provider().split(", ")).contains(id)
          || f.plan().map(p -> ownIds.contains(p.value())).orElse(false);
      if (mine) {
        problems.add(f.message());
      }
    }
    List<Plan> installed = new ArrayList<>();
    for (Plan p : own) {
      Optional<Plan> inRegistry = registry.find(p.id());
      if (inRegistry.isEmpty()) {
        problems.add("plan '" + p.id() + "' of provider '" + id + "' is not among the installed plans "
            + registry.plans().stream().map(x -> x.id().value()).toList() + "; the registry left it out (see"
            + " the problems above)");
      } else if (!inRegistry.get().equals(p)) {
        problems.add("plan '" + p.id() + "' of provider '" + id + "' differs between two calls of plans(); build"
            + " the same plan every time (no clock, no random, no mutable state)");
      } else {
        installed.add(inRegistry.get());
      }
    }
    return new Discovery(found, registry, installed, problems);
  }

  /**
   * Checks the provider class itself: public, final, a public no-argument constructor, implements {@link
   * PlanProvider}.
   *
   * @param type the provider class
   * @return the problems
   */
  public static List<String> providerClass(Class<?> type) {
    requireNonNull(type, "type");
    List<String> problems = new ArrayList<>();
    String name = "plan provider " + type.getName();
    if (!PlanProvider.class.isAssignableFrom(type)) {
      problems.add(name + " does not implement " + PlanProvider.class.getName() + "; implement it");
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      problems.add(name + " is not public; ServiceLoader can only make public classes: declare it 'public final'");
    }
    if (!Modifier.isFinal(type.getModifiers())) {
      problems.add(name + " is not final; declare it 'public final' (a provider is not meant to be extended)");
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      problems.add(name + " is an inner class; make it a top-level class");
    }
    boolean noArg = false;
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (c.getParameterCount() == 0 && Modifier.isPublic(c.getModifiers())) {
        noArg = true;
      }
    }
    if (!noArg) {
      problems.add(name + " has no public no-argument constructor; add 'public " + type.getSimpleName()
          + "() {}' and do no I/O in it (read resources in plans() or regions())");
    }
    return problems;
  }

  /**
   * The two registrations of a provider, as compiled: the module descriptor ({@code module-info.class}) and the
   * service file ({@value #SERVICE_FILE}), both read from the class-path root (folder or jar) the class was loaded
   * from.
   *
   * @param root the class-path root
   * @param descriptor the module descriptor, if the root has one
   * @param serviceFile the class names the service file lists, if the root has one
   */
  public record Registration(String root, Optional<ModuleDescriptor> descriptor, Optional<List<String>> serviceFile) {
    /** Checks nothing is null and copies the list. */
    public Registration {
      requireNonNull(root, "root");
      requireNonNull(descriptor, "descriptor");
      serviceFile = serviceFile.map(List::copyOf);
    }
  }

  /**
   * Reads the registrations of a class from the folder or jar it was loaded from.
   *
   * @param type a class of the plan module
   * @return the registrations found there
   * @throws UncheckedIOException if the root cannot be read
   */
  public static Registration readRegistration(Class<?> type) {
    URL location = type.getProtectionDomain().getCodeSource().getLocation();
    Path root;
    try {
      root = Path.of(location.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot read the class-path root " + location + " of " + type.getName(), e);
    }
    return readRegistration(root);
  }

  /**
   * Reads the registrations in a class-path root.
   *
   * @param root a folder of compiled classes, or a jar
   * @return the registrations found there
   * @throws UncheckedIOException if the root cannot be read
   */
  public static Registration readRegistration(Path root) {
    try {
      if (Files.isDirectory(root)) {
        return readRegistration(root, root.toString());
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return readRegistration(jar.getPath("/"), root.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registrations in " + root, e);
    }
  }

  private static Registration readRegistration(Path dir, String name) throws IOException {
    Optional<ModuleDescriptor> descriptor = Optional.empty();
    Path info = dir.resolve("module-info.class");
    if (Files.exists(info)) {
      try (InputStream in = Files.newInputStream(info)) {
        descriptor = Optional.of(ModuleDescriptor.read(in));
      } catch (InvalidModuleDescriptorException e) {
        throw new IOException("module-info.class in " + name + " is not a module descriptor", e);
      }
    }
    Optional<List<String>> services = Optional.empty();
    Path file = dir.resolve(SERVICE_FILE);
    if (Files.exists(file)) {
      services = Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(l -> l.replaceFirst("#.*", "").strip())
          .filter(l -> !l.isEmpty())
          .toList());
    }
    return new Registration(name, descriptor, services);
  }

  /**
   * Checks that a provider is registered both in its module descriptor and in its service file, and that the two
   * list the same providers.
   *
   * @param type the provider class
   * @param registration the registrations read from its class-path root
   * @return the problems
   */
  public static List<String> registration(Class<?> type, Registration registration) {
    requireNonNull(type, "type");
    requireNonNull(registration, "registration");
    List<String> problems = new ArrayList<>();
    String service = PlanProvider.class.getName();
    String where = " (in " + registration.root() + ")";
    List<String> listed = registration.serviceFile().orElse(List.of());
    if (registration.serviceFile().isEmpty()) {
      problems.add("the module of " + type.getName() + " has no " + SERVICE_FILE + where
          + "; create src/main/resources/" + SERVICE_FILE + " holding the line '" + type.getName() + "'");
    } else if (!listed.contains(type.getName())) {
      problems.add(SERVICE_FILE + where + " lists " + listed + " but not " + type.getName() + "; add the line '"
          + type.getName() + "'");
    }
    if (registration.descriptor().isEmpty()) {
      problems.add("the module of " + type.getName() + " has no module-info.class" + where
          + "; add src/main/java/module-info.java with 'requires dev.chitieu.core;' and 'provides " + service
          + " with " + type.getName() + ";'");
      return problems;
    }
    ModuleDescriptor d = registration.descriptor().get();
    List<String> provided = d.provides().stream()
        .filter(p -> p.service().equals(service))
        .flatMap(p -> p.providers().stream())
        .toList();
    if (!provided.contains(type.getName())) {
      problems.add("module " + d.name() + where + " does not declare 'provides " + service + " with "
          + type.getName() + ";'" + (provided.isEmpty() ? "" : " (it provides " + provided + ")")
          + "; add it to module-info.java");
    }
    if (registration.serviceFile().isPresent() && !new LinkedHashSet<>(provided).equals(new LinkedHashSet<>(listed))) {
      problems.add("module " + d.name() + where + " provides " + provided + " in module-info.java but "
          + SERVICE_FILE + " lists " + listed + "; list the same providers in both");
    }
    if (dev.chitieu.core.io.ResourcePlanProvider.class.isAssignableFrom(type)) {
      String pkg = type.getPackageName();
      boolean open = d.isOpen() || d.opens().stream().anyMatch(o -> o.source().equals(pkg)
          && (o.targets().isEmpty() || o.targets().contains("dev.chitieu.core")));
      if (!open) {
        problems.add("module " + d.name() + where + " does not open " + pkg + " to dev.chitieu.core, which reads "
            + type.getSimpleName() + "'s plan files from it; on the module path they would not be found: add"
            + " 'opens " + pkg + " to dev.chitieu.core;' to module-info.java");
      }
    }
    return problems;
  }

  /**
   * Checks a plan with {@link PlanValidator}.
   *
   * @param plan the plan
   * @return the validator's problems, one sentence each
   */
  public static List<String> validation(Plan plan) {
    return PlanValidator.validate(plan).stream().map(PlanProblem::message).toList();
  }

  /**
   * Checks that every target applies to an indicator the plan declares.
   *
   * @param plan the plan
   * @return the problems
   */
  public static List<String> targetIndicators(Plan plan) {
    List<String> problems = new ArrayList<>();
    Set<IndicatorId> declared = plan.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    for (Target t : plan.targets()) {
      if (!declared.contains(t.indicator())) {
        problems.add("plan '" + plan.id() + "', target '" + t.id() + "' applies to indicator '" + t.indicator()
            + "', which the plan does not declare; declare it with Plan.Builder.indicator(...) or use one of "
            + plan.indicators().stream().map(i -> i.id().value()).toList());
      }
    }
    return problems;
  }

  /**
   * Checks that every text a person reads is there in Vietnamese and English: nothing blank, the Vietnamese text of
   * titles, names and statements of four words or more written with Vietnamese letters (diacritics), and the two
   * languages not the same text.
   *
   * @param plan the plan
   * @return the problems
   */
  public static List<String> languages(Plan plan) {
    List<String> problems = new ArrayList<>();
    String self = "plan '" + plan.id() + "'";
    bilingual(problems, self, "title", plan.title(), true);
    bilingual(problems, self, "issuing authority", plan.authority(), true);
    for (Dimension d : plan.dimensions()) {
      String item = self + ", dimension '" + d.id() + "'";
      bilingual(problems, item, "name", d.name(), false);
      for (Member m : d.members()) {
        bilingual(problems, item + ", member '" + m.code() + "'", "name", m.name(), false);
      }
    }
    for (Indicator i : plan.indicators()) {
      String item = self + ", indicator '" + i.id() + "'";
      bilingual(problems, item, "name", i.name(), true);
      bilingual(problems, item, "unit label", i.unit().label(), false);
      if (!i.notes().isBlank()) {
        bilingual(problems, item, "notes", i.notes(), true);
      }
    }
    for (Target t : plan.targets()) {
      bilingual(problems, self + ", target '" + t.id() + "'", "statement", t.statement(), true);
    }
    return problems;
  }

  private static void bilingual(List<String> problems, String item, String what, LocalizedText text, boolean prose) {
    if (text.vi().isBlank()) {
      problems.add(item + " has no Vietnamese " + what + "; write it in Vietnamese (vi) and English (en)");
    }
    if (text.en().isBlank()) {
      problems.add(item + " has no English " + what + "; write it in Vietnamese (vi) and English (en)");
    }
    if (!prose || text.vi().isBlank() || text.en().isBlank()) {
      return;
    }
    if (text.vi().strip().equals(text.en().strip())) {
      problems.add(item + " has the same " + what + " in Vietnamese and English ('" + text.vi()
          + "'); translate one of them");
    } else if (text.vi().strip().split("\\s+").length >= MIN_WORDS_FOR_LETTER_CHECK
        && !VIETNAMESE_LETTER.matcher(text.vi()).find()) {
      problems.add(item + " has a Vietnamese " + what + " without any Vietnamese letter ('" + text.vi()
          + "'); write it in Vietnamese with its diacritics, e.g. 'Tỷ trọng kinh tế số'");
    }
  }

  /**
   * Checks that the plan and each target cite their source: the plan lists at least one; each target's source names
   * the plan's document number and its date, and the article it was read from.
   *
   * @param plan the plan
   * @return the problems
   */
  public static List<String> sources(Plan plan) {
    List<String> problems = new ArrayList<>();
    String self = "plan '" + plan.id() + "'";
    if (plan.sources().isEmpty()) {
      problems.add(self + " cites no source; add Plan.Builder.source(new SourceRef(document, issued, article,"
          + " locator)) for each article or document it was read from");
    }
    plan.sources().forEach(s -> source(problems, self + ", source", s));
    for (Target t : plan.targets()) {
      String item = self + ", target '" + t.id() + "'";
      SourceRef s = t.source();
      source(problems, item, s);
      if (!plan.documentNumber().isBlank() && !s.document().contains(plan.documentNumber())) {
        problems.add(item + " cites '" + s.document() + "', which does not name the plan's document number '"
            + plan.documentNumber() + "'; cite the plan, e.g. 'Kế hoạch số " + plan.documentNumber() + "'");
      }
      if (!s.issued().equals(plan.documentDate())) {
        problems.add(item + " cites the document as issued " + s.issued() + ", but the plan's date is "
            + plan.documentDate() + "; use the same date in both");
      }
    }
    return problems;
  }

  private static boolean belowProvince(Region r) {
    return r.level() != RegionLevel.COUNTRY && r.level() != RegionLevel.PROVINCE;
  }

  private static void source(List<String> problems, String item, SourceRef s) {
    if (s.document().isBlank()) {
      problems.add(item + " cites a source with no document; name it, e.g. 'Kế hoạch số 106/KH-UBND'");
    }
    if (s.article().isBlank()) {
      problems.add(item + " cites '" + s.document() + "' without the public article it was read from; give the"
          + " article's URL, or its headline, publisher and date when there is no URL");
    }
  }

  /**
   * Checks that the plan's ids are well formed: every indicator and target id is {@code <prefix>.<name>} with one
   * prefix for the whole plan, and no other installed plan uses that prefix.
   *
   * @param plan the plan
   * @param others the other installed plans (the plan itself is skipped if present)
   * @return the problems
   */
  public static List<String> idForm(Plan plan, Collection<Plan> others) {
    List<String> problems = new ArrayList<>();
    String self = "plan '" + plan.id() + "'";
    Map<String, List<String>> byPrefix = new HashMap<>();
    List<String> ids = new ArrayList<>();
    plan.indicators().forEach(i -> ids.add("indicator '" + i.id() + "'"));
    plan.targets().forEach(t -> ids.add("target '" + t.id() + "'"));
    for (String item : ids) {
      String id = item.substring(item.indexOf('\'') + 1, item.length() - 1);
      int dot = id.indexOf('.');
      if (dot <= 0) {
        problems.add(self + ", " + item + " has no prefix; write ids as '<prefix>.<name>', e.g. 'hp." + id + "',"
            + " with one prefix for the whole plan");
        continue;
      }
      byPrefix.computeIfAbsent(id.substring(0, dot), k -> new ArrayList<>()).add(id);
    }
    Optional<String> prefix = prefix(plan);
    if (byPrefix.size() > 1) {
      problems.add(self + " uses several id prefixes " + byPrefix.keySet().stream().sorted().map(p -> p + ".")
          .toList() + " (" + byPrefix.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + ".: " + e.getValue()).collect(Collectors.joining("; "))
          + "); give every indicator and target id the same prefix"
          + prefix.map(p -> ", e.g. '" + p + ".'").orElse(""));
    }
    if (prefix.isPresent()) {
      for (Plan other : others) {
        if (!other.id().equals(plan.id()) && prefix(other).equals(prefix)) {
          problems.add(self + " uses the id prefix '" + prefix.get() + ".', which installed plan '" + other.id()
              + "' uses too; choose a prefix of its own so that data files can tell the plans apart");
        }
      }
    }
    return problems;
  }

  /** The prefix most of the plan's ids use, if any id has one. */
  private static Optional<String> prefix(Plan plan) {
    return plan.idPrefix();
  }

  /**
   * The committed id list of a plan, relative to the class-path root: {@code META-INF/chitieu/<plan-id>.ids}.
   *
   * @param plan the plan
   * @return the resource name
   */
  public static String idsResource(Plan plan) {
    return IDS_FOLDER + plan.id() + ".ids";
  }

  /**
   * The lines of a plan's id list, in plan order: {@code plan <id>}, {@code dimension <id>}, {@code member
   * <dimension> <code>}, {@code indicator <id>}, {@code target <id>}.
   *
   * @param plan the plan
   * @return the lines
   */
  public static List<String> idLines(Plan plan) {
    List<String> lines = new ArrayList<>();
    lines.add("plan " + plan.id());
    for (Dimension d : plan.dimensions()) {
      lines.add("dimension " + d.id());
      d.members().forEach(m -> lines.add("member " + d.id() + " " + m.code()));
    }
    plan.indicators().forEach(i -> lines.add("indicator " + i.id()));
    plan.targets().forEach(t -> lines.add("target " + t.id()));
    return lines;
  }

  /**
   * The text of a new id list for a plan, as the contract test asks a module to commit it.
   *
   * @param plan the plan
   * @return the file's text
   */
  public static String idFile(Plan plan) {
    return "# Ids of plan " + plan.id() + ". Data files, reports and templates refer to them: never change or remove"
        + " a line.\n# Add a line for every new id. Checked by chitieu-plan-testkit.\n"
        + String.join("\n", idLines(plan)) + "\n";
  }

  /**
   * Checks that a plan keeps every id its committed list holds, and that the list holds every id the plan declares.
   *
   * @param plan the plan
   * @param committed the text of the committed list, or empty when the module ships none
   * @return the problems
   */
  public static List<String> idsStable(Plan plan, Optional<String> committed) {
    List<String> problems = new ArrayList<>();
    String resource = idsResource(plan);
    String self = "plan '" + plan.id() + "'";
    if (committed.isEmpty()) {
      problems.add(self + " has no committed id list " + resource + "; create src/main/resources/" + resource
          + " with this text, commit it, and from then on only add lines:\n" + idFile(plan));
      return problems;
    }
    List<String> listed = committed.get().lines()
        .map(l -> l.replaceFirst("#.*", "").strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty())
        .toList();
    List<String> declared = idLines(plan);
    for (String line : listed) {
      if (!declared.contains(line)) {
        problems.add(self + " no longer declares '" + line + "', which " + resource + " lists; ids are stable"
            + " (data files, reports and templates refer to them): restore it. Only if it must really go, remove"
            + " the line in the same commit, so that the break shows in review");
      }
    }
    for (String line : declared) {
      if (!listed.contains(line)) {
        problems.add(self + " declares '" + line + "', which " + resource + " does not list; add the line '"
            + line + "' so that the id is kept from now on");
      }
    }
    return problems;
  }

  /**
   * Writes the id list a plan module should commit next to the module's compiled classes, as {@code
   * <build folder>/chitieu/<plan-id>.ids} (e.g. {@code target/chitieu/haiphong-106-2025.ids}), for copying into
   * {@code src/main/resources}. Does nothing when the classes were loaded from a jar.
   *
   * @param type a class of the plan module
   * @param plan the plan
   * @return the file written, or empty when none was
   */
  public static Optional<Path> writeProposedIds(Class<?> type, Plan plan) {
    try {
      Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(classes) || classes.getParent() == null) {
        return Optional.empty();
      }
      Path file = classes.getParent().resolve("chitieu").resolve(plan.id() + ".ids");
      Files.createDirectories(file.getParent());
      Files.writeString(file, idFile(plan), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty(); // the message already holds the text; the copy is a convenience
    }
  }

  /**
   * Reads a plan's committed id list through a class loader.
   *
   * @param loader the loader of the plan module (e.g. the provider class's)
   * @param plan the plan
   * @return the text, or empty when there is none
   */
  public static Optional<String> readIds(ClassLoader loader, Plan plan) {
    try (InputStream in = loader.getResourceAsStream(idsResource(plan))) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + idsResource(plan), e);
    }
  }

  /**
   * Checks that the plan reads back from its JSON form ({@link PlanJson}) exactly: equal, and written again to the
   * same text.
   *
   * @param plan the plan
   * @return the problems, naming the first parts that differ
   */
  public static List<String> jsonRoundTrip(Plan plan) {
    List<String> problems = new ArrayList<>();
    String self = "plan '" + plan.id() + "'";
    String json;
    Plan back;
    try {
      json = PlanJson.write(plan);
      back = PlanJson.read(json);
    } catch (RuntimeException e) {
      problems.add(self + " cannot be written and read back as JSON: " + e.getMessage());
      return problems;
    }
    if (!back.equals(plan)) {
      List<String> diffs = new ArrayList<>();
      diff("", plan, back, diffs);
      problems.add(self + " reads back from JSON different from what was written: "
          + String.join("; ", diffs.subList(0, Math.min(5, diffs.size())))
          + "; write values in the form JSON keeps (e.g. thresholds as new BigDecimal(\"10\"), not 1E+1)");
    } else if (!PlanJson.write(back).equals(json)) {
      problems.add(self + " reads back from JSON equal but writes different JSON the second time; report this as a"
          + " bug of chitieu-core");
    }
    return problems;
  }

  private static void diff(String path, Object a, Object b, List<String> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a != null && b != null && a.getClass().isRecord() && a.getClass().equals(b.getClass())) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          diff(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(a),
              c.getAccessor().invoke(b), out);
        } catch (ReflectiveOperationException e) {
          out.add(path + ": " + a + " became " + b);
          return;
        }
      }
      return;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
      for (int i = 0; i < la.size(); i++) {
        diff(path + "[" + i + "]", la.get(i), lb.get(i), out);
      }
      return;
    }
    out.add(path + " " + describe(a) + " became " + describe(b));
  }

  private static String describe(Object o) {
    if (o instanceof java.math.BigDecimal d) {
      return d + " (scale " + d.scale() + ")";
    }
    return String.valueOf(o);
  }

  /**
   * Checks the region data a provider adds: codes unique, only units below a province, each with names in both
   * languages and a known kind, each within the region of one of the provider's plans; every plan's region known;
   * and a plan on a province ships that province's communes.
   *
   * @param plans the provider's plans
   * @param regions what the provider's {@link PlanProvider#regions()} returns
   * @return the problems
   */
  public static List<String> regions(List<Plan> plans, List<Region> regions) {
    List<String> problems = new ArrayList<>();
    Map<RegionCode, Long> counts = regions.stream().collect(Collectors.groupingBy(Region::code,
        Collectors.counting()));
    counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
        .forEach(c -> problems.add("region " + c + " is listed " + counts.get(c) + " times in regions(); list each"
            + " code once"));
    List<RegionCode> planRegions = plans.stream().map(Plan::region).distinct().toList();
    for (Region r : regions) {
      String item = "region " + r.code() + " (" + r.name().vi() + ")";
      if (r.level() == RegionLevel.COUNTRY || r.level() == RegionLevel.PROVINCE) {
        problems.add(item + " is a " + r.level().name().toLowerCase(java.util.Locale.ROOT) + "; the country and"
            + " its provinces come with chitieu-core, return only the units below your province");
      }
      if (r.name().vi().isBlank() || r.name().en().isBlank()) {
        problems.add(item + " lacks its Vietnamese or English name; give both (the English one without"
            + " diacritics)");
      }
      if (r.level() == RegionLevel.COMMUNE && !COMMUNE_KINDS.contains(r.kind())) {
        problems.add(item + " has kind '" + r.kind() + "'; a commune-level unit is one of "
            + COMMUNE_KINDS.stream().sorted().toList());
      }
    }
    // each code once, below the provinces: the problems above already name duplicates and provinces
    Map<RegionCode, Region> below = new LinkedHashMap<>();
    regions.stream().filter(PlanChecks::belowProvince).forEach(r -> below.putIfAbsent(r.code(), r));
    RegionHierarchy hierarchy;
    try {
      hierarchy = RegionHierarchy.vietnam2025().with(below.values());
    } catch (InvalidDataException e) {
      problems.add("the regions do not fit the 2025 hierarchy: "
          + e.problems().stream().map(DataProblem::message).collect(Collectors.joining("; ")));
      return problems;
    }
    for (RegionCode pr : planRegions) {
      if (!hierarchy.contains(pr)) {
        problems.add("a plan covers region '" + pr + "', which is not a unit of the 2025 hierarchy; use the"
            + " 2-digit province code of the 2025 list (e.g. 31 for Hải Phòng) or VN");
      }
    }
    for (Region r : below.values()) {
      if (planRegions.stream().noneMatch(pr -> hierarchy.isWithin(r.code(), pr))) {
        problems.add("region " + r.code() + " (" + r.name().vi() + ") lies under " + r.parent().orElseThrow()
            + ", not within the region of any plan of the provider " + planRegions + "; give it its province as"
            + " parent or leave it out");
      }
    }
    Set<RegionCode> added = regions.stream().map(Region::code).collect(Collectors.toSet());
    for (Plan p : plans) {
      Optional<Region> pr = hierarchy.region(p.region());
      if (pr.isPresent() && pr.get().level() == RegionLevel.PROVINCE
          && hierarchy.descendants(p.region(), RegionLevel.COMMUNE).stream().noneMatch(c -> added.contains(
              c.code()))) {
        problems.add("plan '" + p.id() + "' covers province " + p.region() + " (" + pr.get().name().vi()
            + "), but the provider adds none of its communes; return them from regions(), e.g. with"
            + " RegionHierarchy.readCsv over the official 2025 list");
      }
    }
    return problems;
  }

  /**
   * Checks the former units a provider ships ({@link PlanProvider#formerUnits()}): each former code listed once, with
   * its name; every unit it went into a commune, ward or special zone that the provider's {@link
   * PlanProvider#regions()} places in the province of one of its plans; each new unit receiving a former code once;
   * and one last day for all (one mapping is one territorial change). A provider without former units passes.
   *
   * @param plans the provider's plans
   * @param regions what the provider's {@link PlanProvider#regions()} returns
   * @param formerUnits what the provider's {@link PlanProvider#formerUnits()} returns
   * @return the problems
   */
  public static List<String> formerUnits(List<Plan> plans, List<Region> regions, List<FormerUnit> formerUnits) {
    requireNonNull(plans, "plans");
    requireNonNull(regions, "regions");
    requireNonNull(formerUnits, "formerUnits");
    List<String> problems = new ArrayList<>();
    Map<RegionCode, List<FormerUnit>> byCode = new LinkedHashMap<>();
    formerUnits.forEach(u -> byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u));
    byCode.forEach((code, list) -> {
      if (list.size() > 1) {
        problems.add("former unit " + code + " is listed " + list.size() + " times in formerUnits() (going into "
            + list.stream().map(u -> u.successors().toString()).collect(Collectors.joining(", "))
            + "); list each former code once, with every unit it went into");
      }
    });
    Set<RegionCode> provinces = plans.stream().map(Plan::region).collect(Collectors.toCollection(
        java.util.TreeSet::new));
    Map<RegionCode, Region> communes = new LinkedHashMap<>();
    regions.stream().filter(r -> r.level() == RegionLevel.COMMUNE).forEach(r -> communes.putIfAbsent(r.code(), r));
    Map<RegionCode, List<RegionCode>> into = new LinkedHashMap<>();
    for (FormerUnit u : formerUnits) {
      String item = "former unit " + u.code() + " (" + u.name().vi() + ")";
      if (u.name().vi().isBlank()) {
        problems.add("former unit " + u.code() + " has no Vietnamese name; give the name it had, with its type word"
            + " (e.g. 'Xã An Thượng')");
      }
      for (RegionCode s : u.successors()) {
        into.computeIfAbsent(s, k -> new ArrayList<>()).add(u.code());
        Region r = communes.get(s);
        if (r == null) {
          problems.add(item + " went into " + s + ", which is not a commune, ward or special zone of regions(); map"
              + " former units only to the units the provider adds");
        } else if (r.parent().filter(provinces::contains).isEmpty()) {
          problems.add(item + " went into " + s + " (" + r.name().vi() + "), which lies in "
              + r.parent().map(RegionCode::value).orElse("no province") + ", not in the province of any plan of"
              + " the provider " + provinces + "; ship former units in the module of the province they went into");
        }
      }
    }
    into.forEach((s, olds) -> {
      Map<RegionCode, Long> counts = olds.stream().collect(Collectors.groupingBy(c -> c, LinkedHashMap::new,
          Collectors.counting()));
      counts.forEach((old, n) -> {
        if (n > 1) {
          problems.add("new unit " + s + " receives former unit " + old + " " + n + " times; each former unit goes"
              + " into a new unit once");
        }
      });
    });
    List<java.time.LocalDate> days = formerUnits.stream().map(FormerUnit::validUntil).distinct().sorted().toList();
    if (days.size() > 1) {
      problems.add("former units end on different days " + days + "; one mapping is one territorial change, give"
          + " every unit the same last day (e.g. 2025-06-30)");
    }
    return problems;
  }
}
