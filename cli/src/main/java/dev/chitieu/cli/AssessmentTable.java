package dev.chitieu.cli;

import dev.chitieu.core.model.Indicator;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.Target;
import dev.chitieu.core.assess.Assessment;
import dev.chitieu.core.assess.Evidence;
import dev.chitieu.core.assess.Status;
import dev.chitieu.core.assess.TargetResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An assessment as a table a person reads in a terminal. */
final class AssessmentTable {
  private AssessmentTable() {}

  /**
   * Renders an assessment: a heading, one row per target (and an indented row per member or period of an "each" or
   * "every period" target), then a count of the statuses.
   *
   * @param a the assessment
   * @param lang the language of names, numbers and statuses (headers are in both)
   * @return the text, ending with a line break
   */
  static String render(Assessment a, Lang lang) {
    Plan plan = a.plan();
    StringBuilder b = new StringBuilder();
    b.append(plan.id()).append(" — ").append(plan.documentNumber()).append(", ")
        .append(Texts.text(plan.title(), lang)).append('\n');
    b.append("Đánh giá đến ngày / Assessed as of ").append(a.asOf()).append(", ")
        .append(Texts.text(a.region().officialName(), lang)).append(" (").append(a.region().code()).append(")\n\n");
    TextTable t = new TextTable("#", "Chỉ tiêu / Target", "Yêu cầu / Required", "Hạn / Due", ">Thực hiện / Value",
        "Kỳ / Period", ">Phủ / Coverage", ">Dự báo / Projected", "Trạng thái / Status");
    int n = 0;
    for (TargetResult r : a.results()) {
      n++;
      Target target = plan.findTarget(r.target()).orElseThrow();
      t.row(row(Integer.toString(n), r.target().toString(), Texts.requirement(plan, target, lang),
          target.deadline().toString(), r, plan, lang));
      for (TargetResult part : r.parts()) {
        String label = part.member().map(m -> memberName(plan, target, m, lang))
            .or(() -> part.period().map(Object::toString)).orElse("");
        t.row(row("", "  └ " + TextTable.clip(label, 36), "", "", part, plan, lang));
      }
    }
    b.append(t.render()).append('\n');
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    a.results().forEach(r -> counts.merge(r.status(), 1L, Long::sum));
    b.append(counts.entrySet().stream()
        .map(e -> e.getKey().label().vi() + " / " + e.getKey().label().en() + ": " + e.getValue())
        .collect(Collectors.joining("; "))).append('\n');
    return b.toString();
  }

  private static String[] row(String n, String target, String required, String due, TargetResult r, Plan plan,
      Lang lang) {
    Evidence e = r.evidence();
    String unit = plan.findIndicator(r.indicator()).map(Indicator::unit).map(u -> u.label().get(lang)).orElse("");
    String suffix = unit.isBlank() ? "" : " " + unit;
    String value = e.value().map(v -> Texts.number(v, lang) + suffix).orElse("–");
    String period = e.period().map(Object::toString).orElse("–");
    String coverage = e.coverage().map(Object::toString).orElse("–");
    String projected = e.projection().map(p -> Texts.number(p.value(), lang) + suffix).orElse("–");
    return new String[] {n, target, required, due, value, period, coverage, projected, statusWord(r.status(), lang)};
  }

  static String statusWord(Status s, Lang lang) {
    return s.label().get(lang);
  }

  private static String memberName(Plan plan, Target target, String member, Lang lang) {
    if (target.scope() instanceof dev.chitieu.core.model.Scope.EachMember each) {
      return plan.findDimension(each.dimension()).flatMap(d -> d.findMember(member))
          .map(m -> Texts.text(m.name(), lang)).orElse(member);
    }
    return member;
  }

  /** The statuses of an assessment's targets, for a one-line summary. */
  static List<Status> statuses(Assessment a) {
    return a.results().stream().map(TargetResult::status).toList();
  }
}
