package dev.chitieu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No package cycle across every chitieu jar, as {@code jdeps} sees the compiled classes (docs/architecture.md): the
 * package graph of {@code jdeps -verbose:package} over all modules, whose strongly connected components must all be
 * single packages. ArchUnit checks the same within each module; this sees across modules and reads bytecode as the
 * JDK's own tool does.
 */
class PackageCyclesTest {
  private static final Pattern EDGE =
      Pattern.compile("^\\s+(dev\\.chitieu(?:\\.[\\w.]+)?)\\s+->\\s+(dev\\.chitieu(?:\\.[\\w.]+)?)\\s");

  @Test
  void jdeps_findsNoPackageCycle_inAnyChitieuJar() throws Exception {
    List<String> path = Arrays.asList(
        Files.readString(Path.of("target", "test-path.txt"), StandardCharsets.UTF_8).strip().split(File.pathSeparator));
    List<String> chitieu = new ArrayList<>(path.stream()
        .filter(p -> Path.of(p).getFileName().toString().startsWith("chitieu-") || p.contains("classes"))
        .filter(p -> !p.contains("architecture"))
        .toList());
    chitieu.add(Path.of("target", "classes").toString());

    List<String> args = new ArrayList<>(List.of("--ignore-missing-deps", "--multi-release", "21",
        "--module-path", String.join(File.pathSeparator, path), "-verbose:package", "-e", "dev\\.chitieu\\..*"));
    args.addAll(chitieu);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ToolProvider.findFirst("jdeps").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(status).as("jdeps %s%n%s", args, err).isZero();

    Map<String, Set<String>> graph = edges(out.toString());
    // the analysis saw every module: an edge from each layer proves the parse is not empty
    assertThat(graph).containsKeys("dev.chitieu.core.assess", "dev.chitieu.report", "dev.chitieu.cli",
        "dev.chitieu.xlsx", "dev.chitieu.haiphong", "dev.chitieu.bacninh", "dev.chitieu.vietnam",
        "dev.chitieu.survey", "dev.chitieu.testkit", "dev.chitieu.examples");
    assertThat(graph.get("dev.chitieu.cli")).contains("dev.chitieu.report", "dev.chitieu.core.assess");
    assertThat(cycles(graph)).as("package cycles").isEmpty();
  }

  @Test
  void theCycleFinder_findsACycle_whenThereIsOne() {
    String jdeps = """
           dev.chitieu.a                         -> dev.chitieu.b                        m
           dev.chitieu.b                         -> dev.chitieu.c                        m
           dev.chitieu.c                         -> dev.chitieu.a                        m
           dev.chitieu.c                         -> dev.chitieu.d                        m
        """;
    assertThat(cycles(edges(jdeps))).containsExactly(Set.of("dev.chitieu.a", "dev.chitieu.b", "dev.chitieu.c"));
    assertThat(cycles(edges(jdeps.replace("-> dev.chitieu.a ", "-> dev.chitieu.e ")))).isEmpty();
  }

  /** The package edges of {@code jdeps -verbose:package} output, from package to package. */
  static Map<String, Set<String>> edges(String jdepsOutput) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : jdepsOutput.split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (m.find() && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan's algorithm). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
