package dev.chitieu.cli;

import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Aggregation;
import dev.chitieu.core.model.IndicatorId;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.io.CriteriaFile;
import dev.chitieu.survey.io.MappingFile;
import dev.chitieu.survey.io.ResponseCsv;
import dev.chitieu.survey.io.ResponseOptions;
import dev.chitieu.survey.score.Scorer;
import dev.chitieu.survey.score.Scores;
import dev.chitieu.survey.score.SurveyAggregates;
import dev.chitieu.survey.score.SurveyMapping;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's SAMPLE survey (an adapted criteria set, 594 invented responses of Bắc Ninh's SMEs and the mapping into
 * Plan 144's SME target): scored, turned into measurements that join the plan's sample data, and summed up for the
 * report's survey appendix.
 */
final class SampleSurvey {
  /**
   * What the survey adds to a plan's demo.
   *
   * @param measurements the survey's measurements of the plan's indicators (numerator and denominator per commune)
   * @param aggregates the survey's results by commune, sector and size, with coverage against the plan's count of
   *     enterprises where its data has one
   * @param levelAtLeast the level the mapping counts
   */
  record Result(MeasurementSet measurements, SurveyAggregates aggregates, int levelAtLeast) {}

  private SampleSurvey() {}

  /**
   * The sample survey of a plan, if the mapping bundled with it names that plan.
   *
   * @param folder where {@link SurveyCommand#sampleFiles} copied the sample survey's files
   * @param plan the plan
   * @param data the plan's sample data: the latest count of the mapped ratio's denominator in each commune (the SMEs)
   *     gives the response coverage
   * @param regions the region hierarchy
   * @return the survey's measurements and results; empty for another plan
   */
  static Optional<Result> of(Path folder, Plan plan, MeasurementSet data, RegionHierarchy regions) {
    SurveyMapping mapping = MappingFile.read(folder.resolve(SurveyCommand.SAMPLE_MAPPING));
    if (mapping.plan().isEmpty() || !mapping.plan().get().equals(plan.id())) {
      return Optional.empty();
    }
    CriteriaSet set = CriteriaFile.read(folder.resolve(SurveyCommand.SAMPLE_SET));
    mapping.check(set, plan);
    Scores scores = Scorer.of(set).score(ResponseCsv.readStrict(folder.resolve(SurveyCommand.SAMPLE_RESPONSES), set,
        ResponseOptions.defaults().withRegions(regions)).responses());
    SurveyMapping.Rule rule = mapping.rules().get(0);
    Map<RegionCode, Long> enterprises = new HashMap<>();
    Optional<IndicatorId> counted = plan.indicator(rule.indicator()).map(i -> i.aggregation())
        .filter(a -> a instanceof Aggregation.Ratio).map(a -> ((Aggregation.Ratio) a).denominator());
    if (counted.isPresent()) {
      Map<RegionCode, Measurement> latest = new HashMap<>();
      data.forEach(m -> {
        if (m.indicator().equals(counted.get()) && m.value().isPresent() && m.breakdown().isNone()) {
          latest.merge(m.region(), m, (a, b) -> b.period().end().isAfter(a.period().end()) ? b : a);
        }
      });
      latest.forEach((r, m) -> enterprises.put(r, Math.round(m.value().getAsDouble())));
    }
    return Optional.of(new Result(mapping.measurements(scores), SurveyAggregates.of(scores, regions, enterprises),
        rule.levelAtLeast()));
  }
}
