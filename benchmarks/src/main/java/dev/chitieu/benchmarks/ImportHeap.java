package dev.chitieu.benchmarks;

import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.io.ImportOptions;
import dev.chitieu.core.io.ImportResult;
import dev.chitieu.core.io.MeasurementCsv;
import dev.chitieu.core.io.MeasurementJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap a CSV (or JSON) import needs, against the set it builds. Writes the SAMPLE rows as CSV (strict), and a
 * copy with 5 % of the rows made bad (lenient, the rejected rows past the ones kept in memory going to a file);
 * measures the set's heap (used heap after full collections, with and without it); then imports each file in a new
 * JVM whose heap is a given multiple of the set's (plus the empty JVM's own), and says whether the import fitted.
 * Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.chitieu.benchmarks.ImportHeap 1000000 1.5 2}, and
 * {@code … 1000000 1.5 2 json} for the same rows as JSON ({@code MeasurementJson.write}, one object a line).
 */
public final class ImportHeap {
  private ImportHeap() {}

  /**
   * Measures.
   *
   * @param args rows, the heap multiple for the strict import, the heap multiple for the lenient import, and
   *     optionally {@code duplicates}: then every 20th row of the lenient import's file is a copy of the row before
   *     it instead of a row with a bad value (a key given twice, both copies rejected); and optionally {@code json}:
   *     the files are JSON, not CSV
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Path.of(args[1]), args[2].equals("lenient"), args.length > 3 ? Path.of(args[3]) : null);
      return;
    }
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    double strictFactor = args.length > 1 ? Double.parseDouble(args[1]) : 1.5;
    double lenientFactor = args.length > 2 ? Double.parseDouble(args[2]) : 2;
    List<String> extra = List.of(args).subList(Math.min(3, args.length), args.length);
    boolean duplicates = extra.contains("duplicates");
    boolean json = extra.contains("json");
    Path dir = Files.createTempDirectory("chitieu-heap-");
    String ext = json ? ".json" : ".csv";
    Path csv = dir.resolve("sample" + ext);
    Path bad = dir.resolve("sample-5pct-bad" + ext);
    SampleData.write(rows, csv, json ? MeasurementJson::write : MeasurementCsv::write);
    try (BufferedReader in = Files.newBufferedReader(csv); BufferedWriter out = Files.newBufferedWriter(bad)) {
      String line = in.readLine();
      out.write(line + "\n");
      long n = 0;
      String before = null;
      while ((line = in.readLine()) != null) {
        boolean pick = n++ % 20 == 19;
        if (pick && duplicates) {
          line = before; // the key of the row before, given again
        } else if (pick && json) {
          // a value (or for a ratio, a numerator) that is not a number
          line = line.contains("\"value\":") ? line.replaceFirst("\"value\":[^,}]*", "\"value\":\"x\"")
              : line.replaceFirst("\"numerator\":[^,}]*", "\"numerator\":\"x\"");
        } else if (pick) {
          // every 20th row gets a value that is not a number: 5 % bad rows, spread over the file
          int[] commas = new int[4];
          for (int i = 0, k = 0; i < line.length() && k < 4; i++) {
            if (line.charAt(i) == ',') {
              commas[k++] = i;
            }
          }
          line = line.substring(0, commas[2] + 1) + "x" + line.substring(commas[3]);
        }
        before = line;
        out.write(line + "\n");
      }
    }
    long base = used();
    MeasurementSet set = read(csv, false, null).measurements();
    long setBytes = used() - base;
    System.out.printf("%,d rows, %,d bytes of %s; the set takes %,d bytes of heap (%.1f a row)%n", set.size(),
        Files.size(csv), json ? "JSON" : "CSV", setBytes, setBytes / (double) set.size());
    set = null;
    long empty = emptyJvm();
    System.out.printf("an empty JVM's heap: %,d bytes%n", empty);
    for (boolean lenient : new boolean[] {false, true}) {
      double factor = lenient ? lenientFactor : strictFactor;
      long heap = empty + (long) (factor * setBytes);
      Path rejected = dir.resolve("rejected.csv"); // rejected rows are written as CSV, whatever the input
      List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap / 1024 + "k", "-cp",
          System.getProperty("java.class.path"), ImportHeap.class.getName(), "--child",
          (lenient ? bad : csv).toString(), lenient ? "lenient" : "strict", rejected.toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      System.out.printf("%s import in a heap of %.2f × the set (+ the empty JVM), %,d bytes: %s%n",
          !lenient ? "strict" : duplicates ? "lenient, 5 % of rows a copy of the row before,"
              : "lenient, 5 % bad rows,", factor, heap, code == 0 ? "fits (" + output + ")"
              : "does not fit: " + output.lines().findFirst().orElse(""));
    }
    for (Path f : List.of(csv, bad, dir.resolve("rejected.csv"))) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(dir);
  }

  private static void child(Path file, boolean lenient, Path rejected) {
    ImportResult r = read(file, lenient, rejected);
    System.out.printf("%,d imported, %,d rejected in memory, %,d only in the file", r.measurements().size(),
        r.rejected().size(), r.rejectedToFile());
  }

  /** The import of a file, CSV or JSON by its name, strict or lenient (its rejected rows also to a file). */
  private static ImportResult read(Path file, boolean lenient, Path rejected) {
    ImportOptions o = ImportOptions.defaults();
    boolean json = file.getFileName().toString().endsWith(".json");
    if (lenient) {
      o = o.withRejectedRowsFile(rejected);
      return json ? MeasurementJson.readLenient(file, o) : MeasurementCsv.readLenient(file, o);
    }
    return json ? MeasurementJson.readStrict(file, o) : MeasurementCsv.readStrict(file, o);
  }

  /** The used heap of a new JVM that has loaded the library and done nothing. */
  private static long emptyJvm() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        ImportHeap.class.getName() + "$Empty").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return Long.parseLong(out);
  }

  /** Prints the used heap after full collections. */
  public static final class Empty {
    private Empty() {}

    /**
     * Prints.
     *
     * @param args none
     */
    public static void main(String[] args) throws InterruptedException {
      ImportOptions.defaults();
      System.out.println(used());
    }
  }

  /** The {@code java} launcher of this JVM, to start children with. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The used heap after full collections (the least of five). */
  static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }
}
