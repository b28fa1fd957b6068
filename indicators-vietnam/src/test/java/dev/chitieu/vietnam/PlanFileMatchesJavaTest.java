package dev.chitieu.vietnam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.io.PlanFile;
import dev.chitieu.core.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan files say exactly what the Java declarations said, field by field. */
class PlanFileMatchesJavaTest {
  @Test
  void planFiles_equalTheJavaBuiltPlans_fieldByField() throws IOException {
    for (Plan java : List.of(VietnamPlan.plan(), ProgrammePlan.plan(), CommitteePlan2024.plan())) {
      try (InputStream in = VietnamPlanProvider.class.getResourceAsStream(java.id() + ".yaml")) {
        Plan file = PlanFile.read(in, java.id() + ".yaml").plan();
        assertThat(file).usingRecursiveComparison().isEqualTo(java);
        assertThat(file).isEqualTo(java);
      }
    }
  }
}
