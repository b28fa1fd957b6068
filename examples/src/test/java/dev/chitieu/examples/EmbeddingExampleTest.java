package dev.chitieu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example runs as written: on this module's class path, with the plan module found by ServiceLoader. */
class EmbeddingExampleTest {
  @TempDir Path dir;

  @Test
  void example_writesTheThreeReports() throws Exception {
    // two rows of invented figures (not official): e-commerce 16 of 100 billion VND of retail sales in 2025
    Path csv = Files.writeString(dir.resolve("haiphong-2025.csv"), """
        indicator,region,period,value,status,source
        hp.ecommerce-revenue,31,2025,16,actual,mẫu / sample
        hp.retail-sales,31,2025,100,actual,mẫu / sample
        """);
    Path meta = Files.writeString(dir.resolve("bao-cao.yaml"), "number: 7/BC-UBND\nsample: true\n");

    EmbeddingExample.main(new String[] {csv.toString(), dir.resolve("out").toString(), meta.toString()});

    for (String f : new String[] {"bao-cao.docx", "bao-cao.pdf", "bao-cao.xlsx"}) {
      assertThat(dir.resolve("out").resolve(f)).isRegularFile();
      assertThat(Files.size(dir.resolve("out").resolve(f))).as(f).isGreaterThan(5_000);
    }
  }
}
