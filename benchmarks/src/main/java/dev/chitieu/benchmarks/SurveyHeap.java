package dev.chitieu.benchmarks;

import dev.chitieu.survey.AnswerOption;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.io.DuplicateRule;
import dev.chitieu.survey.io.ResponseCsv;
import dev.chitieu.survey.io.ResponseImport;
import dev.chitieu.survey.io.ResponseOptions;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whether the heap a survey import needs grows with the respondents it keeps and not with the file it reads. Writes
 * SAMPLE responses to the 60-criteria set of {@link SurveyScoringBenchmark} in three files: N respondents answered
 * with option codes ({@code s3}); N respondents answered with the options' Vietnamese labels ({@code Mức 3}, {@code
 * Không áp dụng}) and dates as DD/MM/YYYY, a file about three times larger holding the same information; and 2 N
 * respondents with codes. For each, finds by bisection the smallest heap ({@code -Xmx}, to 1 MB) in which a new JVM
 * imports the file strictly, and prints it with the file's size and the heap the kept responses take. Run: {@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.chitieu.benchmarks.SurveyHeap 200000}.
 */
public final class SurveyHeap {
  private static final String[] COMMUNES = {"07210", "07213", "07216", "07219", "07222", "07225", "07228", "07231"};
  private static final String[] SECTORS = {"A", "C", "F", "G", "H", "I", "J", "K", "M"};

  private SurveyHeap() {}

  /**
   * Measures.
   *
   * @param args the number of respondents N (default 200,000)
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Path.of(args[1]));
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    CriteriaSet set = SurveyScoringBenchmark.set();
    Path dir = Files.createTempDirectory("chitieu-survey-heap-");
    Path codes = dir.resolve("codes.csv");
    Path labels = dir.resolve("labels.csv");
    Path twice = dir.resolve("codes-2n.csv");
    write(set, n, codes, false);
    write(set, n, labels, true);
    write(set, 2 * n, twice, false);
    long empty = ImportHeap.used();
    System.out.printf("an empty JVM's heap after loading the set: %,d bytes%n", empty);
    for (Path f : List.of(codes, labels, twice)) {
      long held = heapOf(() -> ResponseCsv.readStrict(f, set, options()).responses());
      long low = 8L << 20;
      long high = 4L << 30;
      while (high - low > 1L << 20) {
        long mid = (low + high) / 2;
        if (fits(f, mid)) {
          high = mid;
        } else {
          low = mid;
        }
      }
      System.out.printf("%-12s %,14d bytes of CSV; the responses kept take %,12d bytes of heap; the import fits"
          + " in -Xmx%,d MB (%.2f bytes of heap per byte of file, %.1f × the responses kept)%n", f.getFileName(),
          Files.size(f), held, high >> 20, high / (double) Files.size(f), high / (double) held);
    }
    for (Path f : List.of(codes, labels, twice)) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(dir);
  }

  private static ResponseOptions options() {
    return ResponseOptions.defaults().withDuplicates(DuplicateRule.ERROR);
  }

  /** Writes {@code n} respondents' SAMPLE answers, as codes or as Vietnamese labels. */
  private static void write(CriteriaSet set, int n, Path file, boolean asLabels) throws IOException {
    List<Criterion> criteria = set.criteria();
    SplittableRandom random = new SplittableRandom(7L);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("# SAMPLE DATA / DỮ LIỆU MẪU: invented for a heap measurement / giả lập để đo bộ nhớ\n");
      List<String> header = new ArrayList<>(CriteriaSet.RESPONDENT_COLUMNS);
      criteria.forEach(k -> header.add(k.id()));
      w.write(String.join(",", header));
      w.write('\n');
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        line.setLength(0);
        LocalDate date = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
        line.append("DN").append(1_000_000 + i).append(',').append(COMMUNES[random.nextInt(COMMUNES.length)])
            .append(',').append(SECTORS[random.nextInt(SECTORS.length)]).append(',')
            .append(SizeClass.values()[random.nextInt(SizeClass.values().length)].code()).append(',')
            .append(asLabels ? date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()
                : date.toString());
        for (Criterion k : criteria) {
          List<AnswerOption> o = ((Scale.Choice) k.scale().orElseThrow()).options();
          AnswerOption a = o.get(random.nextInt(o.size()));
          line.append(',').append(asLabels ? a.label().vi() : a.code());
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  private static boolean fits(Path file, long heap) throws IOException, InterruptedException {
    List<String> cmd = List.of(ImportHeap.java(), "-Xmx" + (heap >> 10) + "k", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), SurveyHeap.class.getName(), "--child", file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  private static void child(Path file) {
    CriteriaSet set = SurveyScoringBenchmark.set();
    ResponseImport r = ResponseCsv.readStrict(file, set, options());
    if (r.responses().size() == 0) {
      throw new IllegalStateException("nothing imported from " + file);
    }
  }

  /** The heap held by what a supplier returns, after full collections, in this JVM. */
  private static long heapOf(java.util.function.Supplier<Object> what) throws InterruptedException {
    long before = ImportHeap.used();
    Object kept = what.get();
    long after = ImportHeap.used();
    Reference.reachabilityFence(kept);
    return after - before;
  }
}
