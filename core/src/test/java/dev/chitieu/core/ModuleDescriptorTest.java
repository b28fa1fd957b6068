package dev.chitieu.core;

import dev.chitieu.core.plan.PlanRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.spi.PlanProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Tests run on the class path, so this reads the compiled module-info to check what it declares. */
class ModuleDescriptorTest {
  @Test
  void moduleInfo_usesThePlanSpi_andExportsTheApiOnly() throws IOException {
    java.net.URL root = PlanRegistry.class.getProtectionDomain().getCodeSource().getLocation();
    java.nio.file.Path classes;
    try {
      classes = java.nio.file.Path.of(root.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
      assertThat(in).as("core's module-info.class").isNotNull();
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertThat(d.name()).isEqualTo("dev.chitieu.core");
      assertThat(d.uses()).containsExactly(PlanProvider.class.getName());
      assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
          .contains("dev.chitieu.core", "dev.chitieu.core.spi")
          .allMatch(p -> !p.contains("internal"));
      assertThat(d.opens()).extracting(ModuleDescriptor.Opens::source).allMatch(p -> !p.contains("internal"));
    }
  }

  @Test
  void internalPackage_saysItIsNotApi() throws ClassNotFoundException {
    Package internal = Class.forName("dev.chitieu.core.internal.package-info").getPackage();
    assertThat(internal.getName()).isEqualTo("dev.chitieu.core.internal");
  }
}
