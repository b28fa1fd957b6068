package dev.chitieu.cli;

import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Assessor;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.InvalidCriteriaSetException;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.io.CriteriaFile;
import dev.chitieu.survey.io.DuplicateRule;
import dev.chitieu.survey.io.MappingFile;
import dev.chitieu.survey.io.ResponseCsv;
import dev.chitieu.survey.io.ResponseImport;
import dev.chitieu.survey.io.ResponseOptions;
import dev.chitieu.survey.io.SurveyForm;
import dev.chitieu.survey.score.ScoredRespondent;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import dev.chitieu.survey.score.SurveyAggregates;
import dev.chitieu.survey.score.SurveyMapping;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chitieu survey}: self-assessment surveys against a criteria set. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = {
      "Self-assessment surveys: print the form of a criteria set, score responses, turn them into plan measurements.",
      "Khảo sát tự đánh giá: in phiếu, chấm điểm, xếp mức và tính chỉ tiêu của kế hoạch."
    },
    subcommands = {SurveyCommand.Form.class, SurveyCommand.Score.class})
final class SurveyCommand implements Callable<Integer> {
  /** The bundled SAMPLE survey of the demo: an adapted set, responses and a mapping into Bắc Ninh's plan. */
  static final String SAMPLE = "/dev/chitieu/cli/sample/survey/";
  static final String SAMPLE_SET = "bacninh-sme-2026-sample.yaml";
  static final String SAMPLE_RESPONSES = "bacninh-sme-2026-sample-responses.csv";
  static final String SAMPLE_MAPPING = "bacninh-sme-2026-sample-mapping.yaml";

  @ParentCommand ChitieuCommand parent;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("chitieu survey: missing command (form or score) / thiếu lệnh");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** Reads the criteria set named by --set: a bundled id or a file; or the SAMPLE set. */
  static CriteriaSet set(String set, boolean sample, Path work) {
    try {
      if (sample) {
        Path dir = sampleFiles(work);
        return CriteriaFile.read(dir.resolve(SAMPLE_SET));
      }
      if (set == null) {
        throw CliException.usage("name the criteria set: --set dbi-sme-2021 or --set my-set.yaml (or --sample)");
      }
      if (set.endsWith(".yaml") || set.endsWith(".yml") || set.endsWith(".json")) {
        Path f = Path.of(set);
        if (!Files.isRegularFile(f)) {
          throw new CliException(ExitCodes.CONFIG, "file not found / không tìm thấy tệp: " + set,
              new NoSuchFileException(set));
        }
        return CriteriaFile.read(f);
      }
      return CriteriaFile.bundled(set);
    } catch (InvalidCriteriaSetException e) {
      throw new CliException(ExitCodes.DATA, e.getMessage(), e);
    }
  }

  /** Copies the SAMPLE survey files into {@code dir}/sample-survey and gives that folder. */
  static Path sampleFiles(Path dir) {
    Path to = dir.resolve("sample-survey");
    try {
      Files.createDirectories(to);
      for (String name : List.of(SAMPLE_SET, SAMPLE_RESPONSES, SAMPLE_MAPPING)) {
        try (InputStream in = SurveyCommand.class.getResourceAsStream(SAMPLE + name)) {
          if (in == null) {
            throw new IllegalStateException("the SAMPLE survey file " + name + " is missing from the jar");
          }
          Files.write(to.resolve(name), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample survey into " + to, e);
    }
    return to;
  }

  /** {@code chitieu survey form}. */
  @Command(
      name = "form",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Writes the .xlsx form of a criteria set (drop-down answers, instructions in Vietnamese, protected) and its",
        "CSV layout for online collection tools (the header, and a codebook of every answer and its points).",
        "In phiếu tự đánh giá (.xlsx) và mẫu CSV của bộ tiêu chí."
      })
  static final class Form implements Callable<Integer> {
    @ParentCommand private SurveyCommand survey;
    @Spec private CommandSpec spec;

    @Option(names = "--set", paramLabel = "SET", description = "a bundled set (dbi-sme-2021) or a set file (.yaml)")
    private String set;

    @Option(names = "--sample", description = "use the bundled SAMPLE set of the demo (adapted from dbi-sme-2021)")
    private boolean sample;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder the files go to")
    private Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      Files.createDirectories(out);
      CriteriaSet s = SurveyCommand.set(set, sample, out);
      try {
        s.requireComplete("print its form");
      } catch (InvalidCriteriaSetException e) {
        throw new CliException(ExitCodes.DATA, e.getMessage(), e);
      }
      Path xlsx = out.resolve(s.id() + "-phieu.xlsx");
      Path header = out.resolve(s.id() + "-responses.csv");
      Path codebook = out.resolve(s.id() + "-codebook.csv");
      try (OutputStream x = Files.newOutputStream(xlsx)) {
        SurveyForm.write(s, x);
      }
      try (OutputStream h = Files.newOutputStream(header); OutputStream c = Files.newOutputStream(codebook)) {
        ResponseCsv.writeLayout(s, h, c);
      }
      o.println(s.id() + " — " + s.title().vi() + (s.sample() ? " (MẪU / SAMPLE)" : ""));
      o.println(s.criteria().size() + " criteria / tiêu chí, " + s.pillars().size() + " pillars / trụ cột");
      o.println("Written / đã ghi:");
      o.println("  " + xlsx + "    the form a business fills / phiếu doanh nghiệp điền");
      o.println("  " + header + "    the CSV layout / mẫu CSV");
      o.println("  " + codebook + "    every answer and its points / phương án trả lời và điểm");
      o.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code chitieu survey score}. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Scores responses (a CSV table, or filled .xlsx forms) against a criteria set: every respondent's total,",
        "level and why; respondents by level; with --mapping, the plan measurements, and with --plan and --data",
        "the plan assessed on its data and the survey's measurements.",
        "Chấm điểm, xếp mức các phiếu tự đánh giá và tính số liệu chỉ tiêu của kế hoạch."
      })
  static final class Score implements Callable<Integer> {
    @ParentCommand private SurveyCommand survey;
    @Spec private CommandSpec spec;

    @Option(names = "--set", paramLabel = "SET", description = "a bundled set or a set file (.yaml)")
    private String set;

    @Option(names = "--responses", paramLabel = "FILE", split = ",",
        description = "a CSV table of responses, or filled forms (.xlsx, one per business); several allowed")
    private List<Path> responses = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "the mapping of results into plan measurements")
    private Path mapping;

    @Option(names = "--sample", description = "the bundled SAMPLE survey: its set, responses and mapping (Bắc Ninh)")
    private boolean sample;

    @Option(names = "--plan", paramLabel = "ID", description = "assess this plan on --data and the survey's figures")
    private String planId;

    @Option(names = "--data", paramLabel = "FILE", description = "the plan's other measurements (.csv, .json, .xlsx)")
    private Path data;

    @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfConverter.class,
        description = "the day the assessment speaks for (default: today)")
    private LocalDate asOf;

    @Option(names = "--lenient", description = "set bad rows aside (written to rejected.csv) instead of failing")
    private boolean lenient;

    @Option(names = "--duplicates", paramLabel = "RULE", defaultValue = "error",
        description = "a respondent on several rows: error (default), keep-first, keep-last, keep-latest, drop-all")
    private String duplicates;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder the files go to")
    private Path out;

    @Override
    public Integer call() throws IOException {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Files.createDirectories(out);
      DuplicateRule rule;
      try {
        rule = DuplicateRule.parse(duplicates);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
      CriteriaSet s = SurveyCommand.set(set, sample, out);
      List<Path> files = new ArrayList<>(responses);
      Path map = mapping;
      if (sample) {
        Path dir = out.resolve("sample-survey");
        if (files.isEmpty()) {
          files.add(dir.resolve(SAMPLE_RESPONSES));
        }
        if (map == null) {
          map = dir.resolve(SAMPLE_MAPPING);
        }
      }
      if (files.isEmpty()) {
        throw CliException.usage("name the responses: --responses answers.csv, or filled forms (.xlsx)");
      }
      PlanRegistry registry = survey.parent.context().registry();
      ResponseOptions options = ResponseOptions.defaults().withDuplicates(rule).withRegions(registry.regions());
      ResponseImport imported;
      Scores scores;
      try {
        imported = read(files, s, options);
        scores = Scorer.of(s).score(imported.responses());
      } catch (InvalidCriteriaSetException e) {
        throw new CliException(ExitCodes.DATA, e.getMessage(), e);
      }
      for (var r : imported.rejected()) {
        err.println("set aside / bỏ qua: " + r.problems().get(0).message());
      }
      if (!imported.rejected().isEmpty()) {
        try (OutputStream rej = Files.newOutputStream(out.resolve("rejected.csv"))) {
          MeasurementCsv.writeRejected(imported.rejected(), rej);
        }
      }
      Path scoresFile = out.resolve("scores.csv");
      writeScores(scores, scoresFile);
      o.println(s.id() + " — " + s.title().vi() + (s.sample() ? " (MẪU / SAMPLE)" : ""));
      o.println("Respondents / số phiếu: " + imported.rowsRead() + " read / đọc, " + imported.responses().size()
          + " scored / chấm, " + imported.rejected().size() + " set aside / bỏ qua");
      SurveyAggregates agg = SurveyAggregates.of(scores, registry.regions(), Map.of());
      TextTable t = new TextTable("Mức / Level", "Tên / Name", "Số DN / Respondents", "Từ mức này trở lên / At or above");
      for (Level l : s.levels()) {
        t.row(String.valueOf(l.level()), l.name().vi() + " / " + l.name().en(),
            String.valueOf(agg.total().atLevel(l.level())),
            agg.total().shareAtOrAbove(l.level()).map(v -> v.toPlainString().replace('.', ',') + " %").orElse("–"));
      }
      o.print(t.render());
      List<String> written = new ArrayList<>(List.of(scoresFile.toString()));
      if (map != null) {
        SurveyMapping m;
        try {
          m = MappingFile.read(map);
        } catch (InvalidCriteriaSetException e) {
          throw new CliException(ExitCodes.DATA, e.getMessage(), e);
        }
        MeasurementSet surveyed = m.measurements(scores);
        Path measurements = out.resolve("survey-measurements.csv");
        try (OutputStream mo = Files.newOutputStream(measurements)) {
          MeasurementCsv.write(surveyed, mo);
        }
        written.add(measurements.toString());
        if (planId != null) {
          Plan plan = registry.plan(planId);
          try {
            m.check(s, plan);
          } catch (InvalidCriteriaSetException e) {
            throw new CliException(ExitCodes.DATA, e.getMessage(), e);
          }
          MeasurementSet all = surveyed;
          if (data != null) {
            ImportResult base = DataFiles.read(data, Assessing.importOptions(survey.parent.context(), plan), false,
                new ProgressMeter(err, false));
            MeasurementSet.Builder b = MeasurementSet.builder();
            base.measurements().forEach(b::add);
            surveyed.forEach(b::add);
            all = b.build();
          }
          LocalDate day = asOf == null ? survey.parent.context().today() : asOf;
          Assessment a = Assessor.withDefaults().assess(plan, all, registry.regions(), day);
          o.println();
          o.print(AssessmentTable.render(a, Lang.VI));
        }
      } else if (planId != null || data != null) {
        throw CliException.usage("--plan and --data need --mapping: the mapping says which indicator the survey"
            + " measures");
      }
      o.println("Written / đã ghi:");
      written.forEach(w -> o.println("  " + w));
      o.flush();
      return ExitCodes.OK;
    }

    private ResponseImport read(List<Path> files, CriteriaSet s, ResponseOptions options) {
      boolean forms = files.stream().allMatch(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"));
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new CliException(ExitCodes.CONFIG, "file not found / không tìm thấy tệp: " + f,
              new NoSuchFileException(f.toString()));
        }
      }
      if (forms) {
        return lenient ? SurveyForm.readLenient(files, s, options) : SurveyForm.readStrict(files, s, options);
      }
      if (files.size() != 1 || !files.get(0).toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        throw CliException.usage("--responses takes one CSV table, or filled forms (.xlsx); got " + files);
      }
      return lenient ? ResponseCsv.readLenient(files.get(0), s, options)
          : ResponseCsv.readStrict(files.get(0), s, options);
    }

    private static void writeScores(Scores scores, Path file) throws IOException {
      CriteriaSet s = scores.set();
      try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
          StandardCharsets.UTF_8))) {
        if (s.sample()) {
          w.write("# SAMPLE DATA / DỮ LIỆU MẪU: invented for demonstration / giả lập để minh họa\n");
        }
        List<String> head = new ArrayList<>(List.of("respondent", "commune", "sector", "size", "date", "total",
            "level", "level_vi", "level_en"));
        for (Pillar p : s.pillars()) {
          head.add(p.id());
        }
        head.add("explanation_vi");
        head.add("explanation_en");
        w.write(String.join(",", head) + "\n");
        for (int i = 0; i < scores.size(); i++) {
          ScoredRespondent d = scores.detail(i);
          List<String> row = new ArrayList<>();
          row.add(d.respondent().id());
          row.add(d.respondent().commune().value());
          row.add(d.respondent().sector());
          row.add(d.respondent().size().code());
          row.add(d.respondent().date().toString());
          row.add(d.total().map(java.math.BigDecimal::toPlainString).orElse(""));
          row.add(d.level().map(l -> String.valueOf(l.level())).orElse(""));
          row.add(d.level().map(l -> l.name().vi()).orElse(""));
          row.add(d.level().map(l -> l.name().en()).orElse(""));
          d.pillars().forEach(p -> row.add(p.score().map(java.math.BigDecimal::toPlainString).orElse("")));
          row.add(d.explanation().vi());
          row.add(d.explanation().en());
          w.write(String.join(",", row.stream().map(Score::quote).toList()) + "\n");
        }
      }
    }

    private static String quote(String v) {
      return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
          ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
  }
}
