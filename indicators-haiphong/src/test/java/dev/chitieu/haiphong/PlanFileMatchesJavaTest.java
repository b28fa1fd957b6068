package dev.chitieu.haiphong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.io.PlanFile;
import dev.chitieu.core.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The plan file says exactly what the Java declaration said, field by field. */
class PlanFileMatchesJavaTest {
  @Test
  void planFile_equalsTheJavaBuiltPlan_fieldByField() throws IOException {
    try (InputStream in = HaiPhongPlanProvider.class.getResourceAsStream("haiphong-106-2025.yaml")) {
      Plan file = PlanFile.read(in, "haiphong-106-2025.yaml").plan();
      Plan java = HaiPhongPlan.plan();
      assertThat(file).usingRecursiveComparison().isEqualTo(java);
      assertThat(file).isEqualTo(java);
    }
  }
}
