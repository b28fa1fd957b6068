package dev.chitieu.cli.sample;

import dev.chitieu.core.model.DimensionId;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the bundled sample data files from {@link SampleScenarios}. Seeded: the same code gives the same bytes, and
 * {@code SampleDataTest} checks that the committed files are exactly what it gives.
 *
 * <p>To regenerate after changing a scenario: {@code ./build -pl cli -am test -Dtest=SampleDataTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dchitieu.sample.write=true}.
 */
public final class SampleDataGenerator {
  /** Where the files live in the source tree, relative to the cli module. */
  static final String RESOURCES = "src/main/resources/dev/chitieu/cli/sample";

  private SampleDataGenerator() {}

  /** The sample files by name, with their text. */
  static Map<String, String> files(PlanRegistry registry) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("haiphong-106-2025-sample.csv", csv(
        "Hải Phòng, Kế hoạch 106/KH-UBND / Hai Phong, Plan 106/KH-UBND",
        SampleScenarios.haiphong(registry.regions().descendants(RegionCode.of("31"), RegionLevel.COMMUNE))));
    files.put("bacninh-144-2026-2030-sample.csv", csv(
        "Bắc Ninh, Kế hoạch 144/KH-UBND / Bac Ninh, Plan 144/KH-UBND",
        SampleScenarios.bacninh(registry.regions().descendants(RegionCode.of("24"), RegionLevel.COMMUNE))));
    files.put("vietnam-411-2022-sample.csv", csv(
        "Việt Nam, Quyết định 411/QĐ-TTg / Viet Nam, Decision 411/QĐ-TTg",
        SampleScenarios.vietnam(registry.regions().descendants(RegionCode.of("VN"), RegionLevel.PROVINCE))));
    return files;
  }

  static String csv(String title, List<Measurement> rows) {
    // one column per breakdown dimension the rows use, as the importer expects (none for a plan without any)
    TreeSet<DimensionId> dimensions = new TreeSet<>();
    rows.forEach(m -> dimensions.addAll(m.breakdown().members().keySet()));
    StringBuilder b = new StringBuilder(rows.size() * 64);
    b.append("# SAMPLE DATA / DỮ LIỆU MẪU - ").append(title).append('\n');
    b.append("# Invented for demonstration; these are not official figures. / Số liệu giả lập để minh họa, không phải"
        + " số liệu chính thức.\n");
    b.append("# See README.md beside this file for how they were made and the real figures used as anchors.\n");
    b.append("indicator,region,period");
    dimensions.forEach(d -> b.append(',').append(d));
    b.append(",value,status,source\n");
    for (Measurement m : rows) {
      b.append(m.indicator()).append(',')
          .append(m.region()).append(',')
          .append(m.period()).append(',');
      for (DimensionId d : dimensions) {
        b.append(m.breakdown().findMember(d).orElse("")).append(',');
      }
      b.append(number(m.value().getAsDouble())).append(',')
          .append(m.status()).append(',')
          .append(m.source()).append('\n');
    }
    return b.toString();
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes the files into the cli module's resources.
   *
   * @param args optional: the cli module's folder (default: the working directory)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    write(module.resolve(RESOURCES), PlanRegistry.loadInstalled().requireHealthy());
  }

  static void write(Path dir, PlanRegistry registry) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files(registry).entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }
}
