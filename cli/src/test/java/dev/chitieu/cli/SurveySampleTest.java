package dev.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Respondent;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.Scale;
import dev.chitieu.survey.ScoreBand;
import dev.chitieu.survey.SizeClass;
import dev.chitieu.survey.io.CriteriaFile;
import dev.chitieu.survey.io.ResponseCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SAMPLE survey responses of the demo are made by this seeded generator: six SMEs in each of Bắc Ninh's 99
 * communes and wards, answering the SAMPLE set with a maturity that is higher in wards. A test fails if the committed
 * file differs from its output; {@code -Dchitieu.sample.write=true} rewrites it.
 */
class SurveySampleTest {
  private static final String[] SECTORS = {"A", "C", "F", "G", "H", "I", "J", "M"};

  static byte[] generate(CriteriaSet set) {
    List<Region> communes = Run.INSTALLED.regions().descendants(RegionCode.of("24"), RegionLevel.COMMUNE);
    Random random = new Random(1442026L);
    Responses.Builder b = Responses.builder(set);
    List<Criterion> criteria = set.criteria();
    int n = 0;
    for (Region c : communes) {
      double lead = c.kind().equals("ward") ? 0.6 : 0.0;
      for (int i = 0; i < 6; i++) {
        double maturity = Math.max(0, Math.min(5, 1.2 + lead + random.nextGaussian() * 0.9));
        int[] options = new int[criteria.size()];
        double[] values = new double[criteria.size()];
        for (int k = 0; k < criteria.size(); k++) {
          double want = Math.max(0, Math.min(5, maturity + random.nextGaussian() * 0.8));
          Scale s = criteria.get(k).scale().orElseThrow();
          if (s instanceof Scale.Choice ch) {
            int best = 0;
            for (int o = 0; o < ch.options().size(); o++) {
              if (ch.options().get(o).notApplicable()) {
                continue;
              }
              double d = Math.abs(ch.options().get(o).score().doubleValue() - want);
              if (d < Math.abs(ch.options().get(best).score().doubleValue() - want)) {
                best = o;
              }
            }
            options[k] = best;
          } else {
            List<ScoreBand> bands = ((Scale.Numeric) s).bands();
            ScoreBand band = bands.get(Math.min(bands.size() - 1, (int) Math.round(want)));
            double from = band.from().doubleValue();
            double to = band.below().map(x -> x.doubleValue()).orElse(from + 30);
            values[k] = Math.round((from + (to - from) * random.nextDouble()) * 10) / 10.0;
            if (values[k] >= to) {
              values[k] = from;
            }
          }
        }
        SizeClass size = switch (random.nextInt(10)) {
          case 0, 1, 2, 3, 4, 5 -> SizeClass.MICRO;
          case 6, 7, 8 -> SizeClass.SMALL;
          default -> SizeClass.MEDIUM;
        };
        String id = String.format("MAU-%04d", ++n);
        b.add(new Respondent(id, c.code(), SECTORS[random.nextInt(SECTORS.length)], size,
            LocalDate.of(2026, 9, 1 + random.nextInt(25))), options, values);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResponseCsv.write(b.build(), out);
    return out.toByteArray();
  }

  @Test
  void committedSampleResponses_areWhatTheGeneratorMakes(@TempDir Path dir) throws IOException {
    Path files = SurveyCommand.sampleFiles(dir);
    CriteriaSet set = CriteriaFile.read(files.resolve(SurveyCommand.SAMPLE_SET));
    assertThat(set.sample()).isTrue();
    byte[] made = generate(set);
    if (Boolean.getBoolean("chitieu.sample.write")) {
      Files.write(Path.of("src/main/resources" + SurveyCommand.SAMPLE + SurveyCommand.SAMPLE_RESPONSES), made);
    }
    try (InputStream in = SurveyCommand.class.getResourceAsStream(SurveyCommand.SAMPLE
        + SurveyCommand.SAMPLE_RESPONSES)) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("# SAMPLE DATA / DỮ LIỆU MẪU")
          .isEqualTo(new String(made, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
