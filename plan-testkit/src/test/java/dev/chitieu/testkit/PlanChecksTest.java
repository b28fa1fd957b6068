package dev.chitieu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.Comparison;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.PartialDate;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.model.SourceRef;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.model.Unit;
import dev.chitieu.core.spi.PlanProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanChecksTest {
  static final String SERVICE = PlanProvider.class.getName();

  /** Rebuilds a plan with its targets replaced. */
  static Plan withTargets(Plan p, List<Target> targets) {
    return new Plan(p.id(), p.title(), p.authority(), p.region(), p.documentNumber(), p.documentDate(), p.horizon(),
        p.dimensions(), p.indicators(), targets, p.sources());
  }

  static Plan withIndicators(Plan p, List<Indicator> indicators) {
    return new Plan(p.id(), p.title(), p.authority(), p.region(), p.documentNumber(), p.documentDate(), p.horizon(),
        p.dimensions(), indicators, p.targets(), p.sources());
  }

  static Target.Builder target(String id) {
    return Target.builder(id).indicator("sp.share").requires(Comparison.AT_LEAST, "15").byEndOf(2025)
        .statement("Tối thiểu 15%", "At least 15%").source(SamplePlan.SOURCE);
  }

  @Test
  void validPlan_passesEveryPlanCheck() {
    Plan p = SamplePlan.valid().build();
    assertThat(PlanChecks.validation(p)).isEmpty();
    assertThat(PlanChecks.targetIndicators(p)).isEmpty();
    assertThat(PlanChecks.languages(p)).isEmpty();
    assertThat(PlanChecks.sources(p)).isEmpty();
    assertThat(PlanChecks.idForm(p, List.of(p))).isEmpty();
    assertThat(PlanChecks.jsonRoundTrip(p)).isEmpty();
    assertThat(PlanChecks.regions(List.of(p), SamplePlan.communes())).isEmpty();
    assertThat(PlanChecks.idsStable(p, Optional.of(PlanChecks.idFile(p)))).isEmpty();
  }

  @Nested
  class ProviderClass {
    static class NotFinal implements PlanProvider {
      public NotFinal() {}

      @Override
      public String id() {
        return "x";
      }

      @Override
      public List<Plan> plans() {
        return List.of();
      }
    }

    static final class NoDefaultConstructor implements PlanProvider {
      private final String id;

      public NoDefaultConstructor(String id) {
        this.id = id;
      }

      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Plan> plans() {
        return List.of();
      }
    }

    @Test
    void publicFinalWithNoArgConstructor_passes() {
      assertThat(PlanChecks.providerClass(SampleProvider.class)).isEmpty();
    }

    @Test
    void notPublicNotFinal_isNamed() {
      assertThat(PlanChecks.providerClass(NotFinal.class)).containsExactly(
          "plan provider " + NotFinal.class.getName() + " is not public; ServiceLoader can only make public"
              + " classes: declare it 'public final'",
          "plan provider " + NotFinal.class.getName() + " is not final; declare it 'public final' (a provider is"
              + " not meant to be extended)");
    }

    @Test
    void noNoArgConstructor_saysWhatToAdd() {
      assertThat(PlanChecks.providerClass(NoDefaultConstructor.class)).contains(
          "plan provider " + NoDefaultConstructor.class.getName() + " has no public no-argument constructor; add"
              + " 'public NoDefaultConstructor() {}' and do no I/O in it (read resources in plans() or regions())");
    }

    @Test
    void notAProvider_isNamed() {
      assertThat(PlanChecks.providerClass(String.class)).containsExactly(
          "plan provider java.lang.String does not implement " + SERVICE + "; implement it");
    }
  }

  @Nested
  class Registration {
    static final String TYPE = "org.example.plans.DemoProvider";

    static ModuleDescriptor module(String... providers) {
      ModuleDescriptor.Builder b = ModuleDescriptor.newModule("org.example.plans").requires("dev.chitieu.core");
      if (providers.length > 0) {
        b.provides(SERVICE, List.of(providers));
      }
      return b.build();
    }

    static PlanChecks.Registration reg(Optional<ModuleDescriptor> d, Optional<List<String>> services) {
      return new PlanChecks.Registration("target/classes", d, services);
    }

    static List<String> check(Optional<ModuleDescriptor> d, Optional<List<String>> services) {
      return PlanChecks.registration(SampleProvider.class, reg(d, services)).stream()
          .map(m -> m.replace(SampleProvider.class.getName(), TYPE)).toList();
    }

    @Test
    void bothAgree_passes() {
      assertThat(PlanChecks.registration(SampleProvider.class,
          reg(Optional.of(module(SampleProvider.class.getName())),
              Optional.of(List.of(SampleProvider.class.getName()))))).isEmpty();
    }

    @Test
    void planFilesProvider_needsItsPackageOpenToCore() {
      String type = FileProvider.class.getName();
      ModuleDescriptor closed = ModuleDescriptor.newModule("dev.chitieu.testkit").requires("dev.chitieu.core")
          .provides(SERVICE, List.of(type)).build();
      assertThat(PlanChecks.registration(FileProvider.class, reg(Optional.of(closed), Optional.of(List.of(type)))))
          .containsExactly("module dev.chitieu.testkit (in target/classes) does not open dev.chitieu.testkit to"
              + " dev.chitieu.core, which reads FileProvider's plan files from it; on the module path they would not"
              + " be found: add 'opens dev.chitieu.testkit to dev.chitieu.core;' to module-info.java");
      ModuleDescriptor open = ModuleDescriptor.newModule("dev.chitieu.testkit").requires("dev.chitieu.core")
          .opens("dev.chitieu.testkit", java.util.Set.of("dev.chitieu.core")).provides(SERVICE, List.of(type))
          .build();
      assertThat(PlanChecks.registration(FileProvider.class, reg(Optional.of(open), Optional.of(List.of(type)))))
          .isEmpty();
    }

    @Test
    void missingServiceFile_saysWhatToCreate() {
      assertThat(check(Optional.of(module(SampleProvider.class.getName())), Optional.empty())).containsExactly(
          "the module of " + TYPE + " has no META-INF/services/" + SERVICE + " (in target/classes); create"
              + " src/main/resources/META-INF/services/" + SERVICE + " holding the line '" + TYPE + "'");
    }

    @Test
    void missingModuleInfo_saysWhatToWrite() {
      assertThat(check(Optional.empty(), Optional.of(List.of(SampleProvider.class.getName())))).containsExactly(
          "the module of " + TYPE + " has no module-info.class (in target/classes); add"
              + " src/main/java/module-info.java with 'requires dev.chitieu.core;' and 'provides " + SERVICE
              + " with " + TYPE + ";'");
    }

    @Test
    void moduleInfoWithoutProvides_saysWhatToAdd() {
      assertThat(check(Optional.of(module()), Optional.of(List.of(SampleProvider.class.getName()))))
          .containsExactly(
              "module org.example.plans (in target/classes) does not declare 'provides " + SERVICE + " with "
                  + TYPE + ";'; add it to module-info.java",
              "module org.example.plans (in target/classes) provides [] in module-info.java but META-INF/services/"
                  + SERVICE + " lists [" + TYPE + "]; list the same providers in both");
    }

    @Test
    void serviceFileListsAnotherClass_isNamed() {
      assertThat(check(Optional.of(module(SampleProvider.class.getName())),
          Optional.of(List.of("org.example.plans.Other")))).containsExactly(
              "META-INF/services/" + SERVICE + " (in target/classes) lists [org.example.plans.Other] but not " + TYPE
                  + "; add the line '" + TYPE + "'",
              "module org.example.plans (in target/classes) provides [" + TYPE + "] in module-info.java but"
                  + " META-INF/services/" + SERVICE + " lists [org.example.plans.Other]; list the same providers in"
                  + " both");
    }

    @Test
    void readRegistration_ofAFolder_readsTheServiceFile() {
      PlanChecks.Registration r = PlanChecks.readRegistration(SampleProvider.class);
      assertThat(r.descriptor()).isEmpty();
      assertThat(r.serviceFile()).contains(List.of(SampleProvider.class.getName()));
    }

    @Test
    void readRegistration_ofCore_readsItsDescriptor() {
      PlanChecks.Registration r = PlanChecks.readRegistration(PlanRegistry.class);
      assertThat(r.descriptor()).get().extracting(ModuleDescriptor::name).isEqualTo("dev.chitieu.core");
      assertThat(r.serviceFile()).isEmpty();
    }

    /** Core's compiled module-info, from its folder (IDE) or its jar (reactor build). */
    static byte[] coreModuleInfo() throws IOException {
      Path core = Path.of(PlanChecks.readRegistration(PlanRegistry.class).root());
      if (Files.isDirectory(core)) {
        return Files.readAllBytes(core.resolve("module-info.class"));
      }
      try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(core)) {
        return Files.readAllBytes(fs.getPath("module-info.class"));
      }
    }

    @Test
    void readRegistration_ofAJar_readsBoth(@TempDir Path dir) throws IOException {
      byte[] moduleInfo = coreModuleInfo();
      Path jar = dir.resolve("demo.jar");
      try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
        j.putNextEntry(new JarEntry("module-info.class"));
        j.write(moduleInfo);
        j.putNextEntry(new JarEntry(PlanChecks.SERVICE_FILE));
        j.write(("# the demo provider\n" + TYPE + "  # inline comment\n\n").getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
      }
      PlanChecks.Registration r = PlanChecks.readRegistration(jar);
      assertThat(r.root()).isEqualTo(jar.toString());
      assertThat(r.descriptor()).get().extracting(ModuleDescriptor::uses).isEqualTo(Set.of(SERVICE));
      assertThat(r.serviceFile()).contains(List.of(TYPE));
    }
  }

  @Nested
  class Validation {
    @Test
    void brokenPlan_givesTheValidatorsSentences() {
      Plan p = SamplePlan.valid().title("", "Sample plan").build();
      assertThat(PlanChecks.validation(p)).containsExactly(
          "plan 'sample-plan': has no Vietnamese title; every text a person reads needs 'vi' and 'en'");
    }

    @Test
    void targetOnUndeclaredIndicator_isNamedWithTheDeclaredOnes() {
      Plan p = withTargets(SamplePlan.valid().build(), List.of(target("sp.t").indicator("sp.missing").build()));
      assertThat(PlanChecks.targetIndicators(p)).containsExactly(
          "plan 'sample-plan', target 'sp.t' applies to indicator 'sp.missing', which the plan does not declare;"
              + " declare it with Plan.Builder.indicator(...) or use one of [sp.revenue, sp.retail, sp.share]");
    }
  }

  @Nested
  class Languages {
    @Test
    void blankEnglishStatement_isNamed() {
      Plan p = withTargets(SamplePlan.valid().build(), List.of(target("sp.t").statement("Tối thiểu 15%", " ")
          .build()));
      assertThat(PlanChecks.languages(p)).containsExactly(
          "plan 'sample-plan', target 'sp.t' has no English statement; write it in Vietnamese (vi) and English"
              + " (en)");
    }

    @Test
    void sameTextInBothLanguages_asksForATranslation() {
      Plan p = SamplePlan.valid().title("Sample plan", "Sample plan").build();
      assertThat(PlanChecks.languages(p)).containsExactly(
          "plan 'sample-plan' has the same title in Vietnamese and English ('Sample plan'); translate one of them");
    }

    @Test
    void vietnameseWithoutDiacritics_isFlagged() {
      Plan p = withIndicators(SamplePlan.valid().build(), List.of(
          Indicator.builder("sp.revenue").name("Revenue of the digital economy", "Digital economy revenue")
              .unit(Unit.BILLION_VND).aggregation(Aggregation.flow()).build(),
          Indicator.builder("sp.retail").name("Doanh thu", "Revenue").unit(Unit.BILLION_VND)
              .aggregation(Aggregation.flow()).build()));
      assertThat(PlanChecks.languages(p)).containsExactly(
          "plan 'sample-plan', indicator 'sp.revenue' has a Vietnamese name without any Vietnamese letter"
              + " ('Revenue of the digital economy'); write it in Vietnamese with its diacritics, e.g. 'Tỷ trọng"
              + " kinh tế số'");
    }

    @Test
    void oneSidedNotesAndMemberNames_areFlagged() {
      Plan p = withIndicators(SamplePlan.valid().build(), List.of(Indicator.builder("sp.revenue")
          .name("Doanh thu", "Revenue").unit(Unit.of("x", "", "units")).notes("", "vague source")
          .aggregation(Aggregation.flow()).build()));
      assertThat(PlanChecks.languages(p)).containsExactly(
          "plan 'sample-plan', indicator 'sp.revenue' has no Vietnamese unit label; write it in Vietnamese (vi) and"
              + " English (en)",
          "plan 'sample-plan', indicator 'sp.revenue' has no Vietnamese notes; write it in Vietnamese (vi) and"
              + " English (en)");
    }

    @Test
    void shortLabelsMayBeTheSame() {
      Plan p = SamplePlan.valid().build();
      assertThat(p.indicators().get(2).unit().label()).isEqualTo(LocalizedText.of("%", "%"));
      assertThat(PlanChecks.languages(p)).isEmpty();
    }
  }

  @Nested
  class Sources {
    @Test
    void planWithoutSources_isNamed() {
      Plan b = SamplePlan.valid().build();
      Plan p = new Plan(b.id(), b.title(), b.authority(), b.region(), b.documentNumber(), b.documentDate(),
          b.horizon(), b.dimensions(), b.indicators(), b.targets(), List.of());
      assertThat(PlanChecks.sources(p)).containsExactly(
          "plan 'sample-plan' cites no source; add Plan.Builder.source(new SourceRef(document, issued, article,"
              + " locator)) for each article or document it was read from");
    }

    @Test
    void targetCitingAnotherDocumentAndDate_isNamed() {
      SourceRef other = new SourceRef("Kế hoạch số 99/KH-UBND", PartialDate.parse("2024"), "https://example.org",
          "target 1");
      Plan p = withTargets(SamplePlan.valid().build(), List.of(target("sp.t").source(other).build()));
      assertThat(PlanChecks.sources(p)).containsExactly(
          "plan 'sample-plan', target 'sp.t' cites 'Kế hoạch số 99/KH-UBND', which does not name the plan's"
              + " document number '7/KH-MAU'; cite the plan, e.g. 'Kế hoạch số 7/KH-MAU'",
          "plan 'sample-plan', target 'sp.t' cites the document as issued 2024, but the plan's date is 2025-05;"
              + " use the same date in both");
    }

    @Test
    void targetWithoutArticle_asksForOne() {
      SourceRef noArticle = new SourceRef("Kế hoạch số 7/KH-MAU", PartialDate.parse("2025-05"), "", "");
      Plan p = withTargets(SamplePlan.valid().build(), List.of(target("sp.t").source(noArticle).build()));
      assertThat(PlanChecks.sources(p)).containsExactly(
          "plan 'sample-plan', target 'sp.t' cites 'Kế hoạch số 7/KH-MAU' without the public article it was read"
              + " from; give the article's URL, or its headline, publisher and date when there is no URL");
    }
  }

  @Nested
  class IdForm {
    @Test
    void idWithoutPrefix_andMixedPrefixes_areNamed() {
      Plan p = withTargets(SamplePlan.valid().build(),
          List.of(target("share-2025").build(), target("xx.share-2030").build()));
      assertThat(PlanChecks.idForm(p, List.of())).containsExactly(
          "plan 'sample-plan', target 'share-2025' has no prefix; write ids as '<prefix>.<name>', e.g."
              + " 'hp.share-2025', with one prefix for the whole plan",
          "plan 'sample-plan' uses several id prefixes [sp., xx.] (sp.: [sp.revenue, sp.retail, sp.share]; xx.:"
              + " [xx.share-2030]); give every indicator and target id the same prefix, e.g. 'sp.'");
    }

    @Test
    void prefixOfAnotherInstalledPlan_isNamed() {
      Plan p = SamplePlan.valid().build();
      Plan otherWithSamePrefix = new Plan(dev.chitieu.core.model.PlanId.of("other-plan"), p.title(), p.authority(),
          p.region(), "1/KH", p.documentDate(), p.horizon(), List.of(),
          List.of(Indicator.builder("sp.other").aggregation(Aggregation.flow()).build()), List.of(), List.of());
      assertThat(PlanChecks.idForm(p, List.of(p, otherWithSamePrefix))).containsExactly(
          "plan 'sample-plan' uses the id prefix 'sp.', which installed plan 'other-plan' uses too; choose a prefix"
              + " of its own so that data files can tell the plans apart");
    }
  }

  @Nested
  class IdsStable {
    final Plan plan = SamplePlan.valid().build();

    @Test
    void noCommittedList_printsTheFileToCreate() {
      assertThat(PlanChecks.idsStable(plan, Optional.empty())).containsExactly(
          "plan 'sample-plan' has no committed id list META-INF/chitieu/sample-plan.ids; create"
              + " src/main/resources/META-INF/chitieu/sample-plan.ids with this text, commit it, and from then on"
              + " only add lines:\n"
              + "# Ids of plan sample-plan. Data files, reports and templates refer to them: never change or remove"
              + " a line.\n# Add a line for every new id. Checked by chitieu-plan-testkit.\n"
              + "plan sample-plan\ndimension sector\nmember sector ict\nindicator sp.revenue\nindicator sp.retail\n"
              + "indicator sp.share\ntarget sp.share-2025\n");
    }

    @Test
    void renamedIndicator_isCaughtBothWays() {
      String committed = PlanChecks.idFile(plan).replace("indicator sp.share", "indicator sp.ecommerce-share");
      assertThat(PlanChecks.idsStable(plan, Optional.of(committed))).containsExactly(
          "plan 'sample-plan' no longer declares 'indicator sp.ecommerce-share', which"
              + " META-INF/chitieu/sample-plan.ids lists; ids are stable (data files, reports and templates refer to"
              + " them): restore it. Only if it must really go, remove the line in the same commit, so that the"
              + " break shows in review",
          "plan 'sample-plan' declares 'indicator sp.share', which META-INF/chitieu/sample-plan.ids does not list;"
              + " add the line 'indicator sp.share' so that the id is kept from now on");
    }

    @Test
    void removedMember_isCaught() {
      String committed = PlanChecks.idFile(plan) + "member sector tourism\n";
      assertThat(PlanChecks.idsStable(plan, Optional.of(committed))).singleElement().asString()
          .startsWith("plan 'sample-plan' no longer declares 'member sector tourism'");
    }

    @Test
    void proposedList_isWrittenBesideTheCompiledClasses() throws IOException {
      Path file = PlanChecks.writeProposedIds(SampleProvider.class, plan).orElseThrow();
      assertThat(file.getParent().getFileName()).hasToString("chitieu");
      assertThat(file.getFileName()).hasToString("sample-plan.ids");
      assertThat(Files.readString(file)).isEqualTo(PlanChecks.idFile(plan));
      assertThat(PlanChecks.idsStable(plan, Optional.of(Files.readString(file)))).isEmpty();
    }

    @Test
    void commentsOrderAndSpacing_doNotMatter() {
      List<String> lines = new ArrayList<>(PlanChecks.idLines(plan));
      java.util.Collections.reverse(lines);
      String committed = "# comment\n\n" + String.join("   # note\n", lines).replace(" ", "  \t") + "\n";
      assertThat(PlanChecks.idsStable(plan, Optional.of(committed))).isEmpty();
    }
  }

  @Nested
  class JsonRoundTrip {
    @Test
    void thresholdInExponentForm_doesNotSurviveTheRoundTrip_andIsNamed() {
      Plan p = withTargets(SamplePlan.valid().build(), List.of(new Target(target("sp.t").build().id(),
          target("sp.t").build().indicator(), Comparison.AT_LEAST, new BigDecimal("1E+1"),
          target("sp.t").build().deadline(), target("sp.t").build().scope(), target("sp.t").build().statement(),
          SamplePlan.SOURCE)));
      assertThat(PlanChecks.jsonRoundTrip(p)).containsExactly(
          "plan 'sample-plan' reads back from JSON different from what was written: targets[0].threshold 1E+1"
              + " (scale -1) became 10 (scale 0); write values in the form JSON keeps (e.g. thresholds as new"
              + " BigDecimal(\"10\"), not 1E+1)");
    }
  }

  @Nested
  class Regions {
    final Plan plan = SamplePlan.valid().build();

    @Test
    void duplicateCode_isNamed() {
      List<Region> regions = new ArrayList<>(SamplePlan.communes());
      regions.add(SamplePlan.communes().get(0));
      assertThat(PlanChecks.regions(List.of(plan), regions)).containsExactly(
          "region 10507 is listed 2 times in regions(); list each code once");
    }

    @Test
    void communeOfAnotherProvince_isNamed() {
      List<Region> regions = new ArrayList<>(SamplePlan.communes());
      regions.add(Region.of("07210", "Bắc Giang", "Bac Giang", RegionLevel.COMMUNE, "ward", "24"));
      assertThat(PlanChecks.regions(List.of(plan), regions)).containsExactly(
          "region 07210 (Bắc Giang) lies under 24, not within the region of any plan of the provider [31]; give it"
              + " its province as parent or leave it out");
    }

    @Test
    void provinceInTheList_andUnknownKind_areNamed() {
      List<Region> regions = new ArrayList<>(SamplePlan.communes());
      regions.add(Region.of("10533", "Ái Quốc", "Ai Quoc", RegionLevel.COMMUNE, "district", "31"));
      regions.add(Region.of("31", "Hải Phòng", "Hai Phong", RegionLevel.PROVINCE, "city", "VN"));
      assertThat(PlanChecks.regions(List.of(plan), regions)).containsExactly(
          "region 10533 (Ái Quốc) has kind 'district'; a commune-level unit is one of [commune, special_zone, ward]",
          "region 31 (Hải Phòng) is a province; the country and its provinces come with chitieu-core, return only"
              + " the units below your province");
    }

    @Test
    void communeUnderAnUnknownParent_isNamed() {
      List<Region> regions = List.of(SamplePlan.communes().get(0),
          Region.of("99999", "Không Có", "Khong Co", RegionLevel.COMMUNE, "commune", "98"));
      assertThat(PlanChecks.regions(List.of(plan), regions)).singleElement().asString()
          .startsWith("the regions do not fit the 2025 hierarchy: ")
          .contains("region 99999", "has parent 98, which is not in the hierarchy");
    }

    @Test
    void provincePlanWithoutCommunes_asksForThem() {
      assertThat(PlanChecks.regions(List.of(plan), List.of())).containsExactly(
          "plan 'sample-plan' covers province 31 (Hải Phòng), but the provider adds none of its communes; return"
              + " them from regions(), e.g. with RegionHierarchy.readCsv over the official 2025 list");
    }

    @Test
    void unknownPlanRegion_isNamed() {
      Plan p = SamplePlan.valid().region("99").build();
      assertThat(PlanChecks.regions(List.of(p), List.of())).containsExactly(
          "a plan covers region '99', which is not a unit of the 2025 hierarchy; use the 2-digit province code of"
              + " the 2025 list (e.g. 31 for Hải Phòng) or VN");
    }

    @Test
    void nationalPlan_needsNoRegions() {
      Plan p = SamplePlan.valid().region("VN").build();
      assertThat(PlanChecks.regions(List.of(p), List.of())).isEmpty();
    }
  }

  @Nested
  class Installed {
    record Fixed(String id, List<Plan> plans) implements PlanProvider {}

    @Test
    void notFoundByServiceLoader_saysWhereToRegister() {
      PlanChecks.Discovery d = PlanChecks.installed(UnregisteredProvider.class, Optional.empty(),
          PlanRegistry.of(List.of()));
      assertThat(d.plans()).isEmpty();
      assertThat(d.problems()).containsExactly(
          "plan provider " + UnregisteredProvider.class.getName() + " is not found through ServiceLoader; add the"
              + " line '" + UnregisteredProvider.class.getName() + "' to src/main/resources/META-INF/services/"
              + SERVICE + " and 'provides " + SERVICE + " with " + UnregisteredProvider.class.getName()
              + ";' to module-info.java");
    }

    @Test
    void invalidPlan_isReportedWithTheRegistrysReason() {
      Fixed broken = new Fixed("demo", List.of(SamplePlan.valid().title("Kế hoạch mẫu", "").build()));
      PlanChecks.Discovery d = PlanChecks.installed(UnregisteredProvider.class, Optional.of(broken),
          PlanRegistry.of(List.of(broken)));
      assertThat(d.plans()).isEmpty();
      assertThat(d.problems()).hasSize(2);
      assertThat(d.problems().get(0)).startsWith("plan 'sample-plan' from provider 'demo' is invalid and was left"
          + " out: ").contains("plan 'sample-plan': has no English title");
      assertThat(d.problems().get(1)).isEqualTo("plan 'sample-plan' of provider 'demo' is not among the installed"
          + " plans []; the registry left it out (see the problems above)");
    }

    @Test
    void providerWithoutPlans_isNamed() {
      Fixed empty = new Fixed("empty", List.of());
      PlanChecks.Discovery d = PlanChecks.installed(UnregisteredProvider.class, Optional.of(empty),
          PlanRegistry.of(List.of(empty)));
      assertThat(d.problems()).containsExactly("plan provider 'empty' (" + UnregisteredProvider.class.getName()
          + ") contributes no plan; return the module's plans from plans()");
    }

    @Test
    void providerMissingFromTheRegistry_isNamed() {
      Fixed p = new Fixed("elsewhere", List.of(SamplePlan.valid().build()));
      PlanChecks.Discovery d = PlanChecks.installed(UnregisteredProvider.class, Optional.of(p),
          PlanRegistry.of(List.of()));
      assertThat(d.problems()).containsExactly(
          "plan provider 'elsewhere' (" + UnregisteredProvider.class.getName() + ") is not among the providers"
              + " PlanRegistry.loadInstalled() found []; is its module on the class path of the application?",
          "plan 'sample-plan' of provider 'elsewhere' is not among the installed plans []; the registry left it out"
              + " (see the problems above)");
    }

    @Test
    void registeredSample_isDiscoveredThroughTheRegistry() {
      PlanChecks.Discovery d = PlanChecks.discover(SampleProvider.class);
      assertThat(d.problems()).isEmpty();
      assertThat(d.provider()).get().isInstanceOf(SampleProvider.class);
      assertThat(d.plans()).singleElement().isEqualTo(SamplePlan.valid().build());
      assertThat(d.registry().providerIds()).containsExactly("sample");
    }
  }
}
