package dev.chitieu.report;

import static dev.chitieu.report.Texts.t;

import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Criterion;
import dev.chitieu.survey.Level;
import dev.chitieu.survey.LevelBasis;
import dev.chitieu.survey.Pillar;
import dev.chitieu.survey.VsicSection;
import dev.chitieu.survey.score.SurveyAggregates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The survey appendix as a person reads it, in one language: how many enterprises answered, their distribution over
 * the levels by sector and by commune, the share at or above the level the plan counts, the mean score of each
 * pillar, and the weakest pillars and criteria. The .docx, the PDF and the workbook all print it.
 */
final class SurveyPart {
  /** How many of the weakest criteria are listed. */
  static final int WEAKEST_CRITERIA = 5;
  /** How many of the weakest pillars the findings name. */
  static final int WEAKEST_PILLARS = 2;

  /** One row of a distribution table: a sector, a commune, or the total. */
  record Line(String name, int respondents, int scored, List<Integer> byLevel, Optional<BigDecimal> share,
      Optional<BigDecimal> coverage, boolean total) {}

  /** A pillar's mean score over the respondents it applied to. */
  record PillarMean(int number, String name, Optional<BigDecimal> mean, boolean weak) {}

  /** A criterion among the weakest: its mean points, the most it can score, and the mean as a percent of that. */
  record Weak(String criterion, String pillar, BigDecimal mean, BigDecimal max, BigDecimal percent) {}

  final boolean sample;
  final String label;
  final String title;
  final String setTitle;
  final List<String> intro;
  final int cut;
  final String cutName;
  final BigDecimal cutFrom;
  final List<String> levelHeaders;
  final String shareHeader;
  final List<Line> bySector;
  final List<Line> byCommune;
  final boolean coverageKnown;
  final List<PillarMean> pillars;
  final int decimals;
  final double axisMax;
  final List<Weak> weakest;
  final String findings;
  final String sectorsTitle;
  final String pillarsTitle;
  final String weakestTitle;
  final String communesTitle;
  final String scaleNote;
  final String markNote;
  final String markLabel;

  SurveyPart(SurveyAggregates agg, int cut, Lang lang, Optional<RegionHierarchy> regions, String reference) {
    CriteriaSet set = agg.set();
    this.sample = set.sample();
    this.cut = cut;
    Level cutLevel = set.level(cut);
    this.cutName = cutLevel.name().get(lang);
    this.cutFrom = cutLevel.from().orElse(BigDecimal.ZERO);
    this.decimals = set.decimals();
    this.label = t(lang, "Phụ lục", "Appendix");
    this.title = t(lang, "KẾT QUẢ KHẢO SÁT TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP",
        "RESULTS OF THE ENTERPRISES' DIGITAL TRANSFORMATION SELF-ASSESSMENT")
        + (sample ? t(lang, " (SỐ LIỆU MẪU)", " (SAMPLE DATA)") : "");
    this.setTitle = set.title().get(lang);
    SurveyAggregates.Group all = agg.total();
    List<String> in = new ArrayList<>();
    in.add(t(lang, "Bộ tiêu chí: ", "Criteria set: ") + setTitle + " (" + set.id() + "); "
        + set.pillars().size() + t(lang, " trụ cột, ", " pillars, ") + set.criteria().size()
        + t(lang, " tiêu chí.", " criteria."));
    String dates = agg.firstDate().map(d -> t(lang, ", ngày trả lời từ ", ", answered from ") + day(d, lang)
        + t(lang, " đến ", " to ") + day(agg.lastDate().orElseThrow(), lang)).orElse("");
    in.add(t(lang, "Số doanh nghiệp trả lời: ", "Enterprises responding: ") + Texts.number(BigDecimal.valueOf(
        all.respondents()), 0, lang) + t(lang, ", tại ", ", in ") + agg.byCommune().size()
        + t(lang, " xã, phường", " communes and wards") + dates + t(lang, "; xếp mức được ", "; ")
        + Texts.number(BigDecimal.valueOf(all.scored()), 0, lang)
        + t(lang, " doanh nghiệp", " have a level")
        + (all.scored() < all.respondents() ? t(lang, " (các doanh nghiệp còn lại trả lời \"không áp dụng\" ở mọi"
            + " tiêu chí)", " (the others answered \"not applicable\" to every criterion)") : "") + ".");
    in.add(t(lang, "Cách xếp mức: ", "Levels: ") + levelText(set, lang));
    if (sample) {
      in.add(t(lang, "Bộ tiêu chí và phiếu trả lời là số liệu mẫu (giả lập để minh họa), không phải kết quả khảo sát"
          + " chính thức.", "The criteria set and the responses are sample data (invented for demonstration), not the"
          + " results of an official survey."));
    }
    this.intro = List.copyOf(in);
    List<String> lh = new ArrayList<>();
    for (Level l : set.levels()) {
      lh.add(t(lang, "Mức ", "Level ") + l.level() + "\n(" + l.name().get(lang) + ")");
    }
    this.levelHeaders = List.copyOf(lh);
    this.shareHeader = t(lang, "Tỷ lệ đạt từ mức " + cut + " trở lên (%)", "At level " + cut + " or above (%)");

    List<Line> sectors = new ArrayList<>();
    // a blank sector ("not given") goes after the sectors named
    for (SurveyAggregates.Group g : agg.bySector()) {
      if (!g.member().isBlank()) {
        sectors.add(line(sectorName(g.member(), lang), g, cut, false));
      }
    }
    for (SurveyAggregates.Group g : agg.bySector()) {
      if (g.member().isBlank()) {
        sectors.add(line(sectorName(g.member(), lang), g, cut, false));
      }
    }
    sectors.add(line(t(lang, "Tổng số", "Total"), all, cut, true));
    this.bySector = List.copyOf(sectors);
    List<Line> communes = new ArrayList<>();
    boolean known = false;
    for (SurveyAggregates.Group g : agg.byCommune()) {
      String name = regions.flatMap(r -> r.findRegion(RegionCode.of(g.member()))).map(Region::officialName)
          .map(n -> n.get(lang)).orElse(g.member());
      communes.add(line(name + " (" + g.member() + ")", g, cut, false));
      known |= g.enterprises().isPresent();
    }
    Line total = line(t(lang, "Tổng số", "Total"), all, cut, true);
    // the total's coverage is known when every commune's number of enterprises is
    long enterprises = 0;
    boolean everyKnown = !agg.byCommune().isEmpty();
    for (SurveyAggregates.Group g : agg.byCommune()) {
      everyKnown &= g.enterprises().isPresent();
      enterprises += g.enterprises().orElse(0);
    }
    if (everyKnown && enterprises > 0) {
      total = new Line(total.name(), total.respondents(), total.scored(), total.byLevel(), total.share(),
          Optional.of(BigDecimal.valueOf(all.respondents()).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(enterprises), 2, RoundingMode.HALF_UP)), true);
    }
    communes.add(total);
    this.byCommune = List.copyOf(communes);
    this.coverageKnown = known;

    // pillars: means at the set's decimals, the weakest marked
    List<PillarMean> ps = new ArrayList<>();
    for (int p = 0; p < set.pillars().size(); p++) {
      Pillar pillar = set.pillars().get(p);
      Optional<BigDecimal> mean = all.meanPillar(p).map(v -> BigDecimal.valueOf(v).setScale(decimals,
          RoundingMode.HALF_UP));
      ps.add(new PillarMean(p + 1, pillar.name().get(lang), mean, false));
    }
    List<PillarMean> byMean = ps.stream().filter(x -> x.mean().isPresent())
        .sorted(Comparator.comparing((PillarMean x) -> x.mean().orElseThrow()).thenComparing(PillarMean::number))
        .limit(ps.size() > WEAKEST_PILLARS ? WEAKEST_PILLARS : 0).toList();
    List<PillarMean> marked = new ArrayList<>();
    for (PillarMean x : ps) {
      marked.add(new PillarMean(x.number(), x.name(), x.mean(), byMean.contains(x)));
    }
    this.pillars = List.copyOf(marked);
    double top = 0;
    for (Criterion k : set.criteria()) {
      top = Math.max(top, k.scale().orElseThrow().maxScore().doubleValue());
    }
    this.axisMax = Math.max(1, Math.ceil(top));

    // criteria: the lowest mean as a share of what the criterion can score
    List<Weak> weak = new ArrayList<>();
    List<Criterion> ks = set.criteria();
    for (int k = 0; k < ks.size(); k++) {
      Criterion c = ks.get(k);
      BigDecimal max = c.scale().orElseThrow().maxScore();
      Optional<Double> mean = agg.meanCriterion(k);
      if (mean.isEmpty() || max.signum() <= 0) {
        continue;
      }
      BigDecimal m = BigDecimal.valueOf(mean.get()).setScale(decimals, RoundingMode.HALF_UP);
      BigDecimal pct = BigDecimal.valueOf(mean.get()).multiply(BigDecimal.valueOf(100))
          .divide(max, 1, RoundingMode.HALF_UP);
      weak.add(new Weak(c.name().get(lang), pillarOf(set, c).name().get(lang), m, max, pct));
    }
    weak.sort(Comparator.comparing(Weak::percent));
    this.weakest = List.copyOf(weak.subList(0, Math.min(WEAKEST_CRITERIA, weak.size())));

    this.sectorsTitle = t(lang, "1. Phân bố doanh nghiệp theo mức chuyển đổi số, theo ngành kinh tế",
        "1. Enterprises by level of digital transformation, by sector");
    this.pillarsTitle = t(lang, "2. Điểm bình quân theo trụ cột", "2. Mean score by pillar");
    this.scaleNote = t(lang, "Điểm bình quân của các doanh nghiệp có điểm ở trụ cột, thang điểm 0–"
        + Texts.number(axisMax, 0, lang), "Mean over the enterprises with a score in the pillar, scale 0–"
        + Texts.number(axisMax, 0, lang));
    this.markNote = t(lang, "vạch đứng: ngưỡng mức " + cut + " (" + cutName + ", " + Texts.number(cutFrom, decimals,
        lang) + " điểm)", "mark: the threshold of level " + cut + " (" + cutName + ", " + Texts.number(cutFrom,
        decimals, lang) + " points)");
    this.markLabel = t(lang, "Ngưỡng mức " + cut + ": " + Texts.number(cutFrom, decimals, lang),
        "Level " + cut + " from " + Texts.number(cutFrom, decimals, lang));
    this.weakestTitle = t(lang, "3. Các tiêu chí có điểm bình quân thấp nhất", "3. The weakest criteria");
    this.communesTitle = t(lang, "4. Phân bố doanh nghiệp theo mức chuyển đổi số, theo xã, phường",
        "4. Enterprises by level of digital transformation, by commune and ward");
    this.findings = findings(all, lang, reference);
  }

  private static String day(java.time.LocalDate d, Lang lang) {
    return lang == Lang.VI ? Texts.shortDate(d) : Texts.longDate(d, lang);
  }

  private static Pillar pillarOf(CriteriaSet set, Criterion c) {
    for (Pillar p : set.pillars()) {
      for (var comp : p.components().orElseThrow()) {
        if (comp.criteria().orElseThrow().contains(c)) {
          return p;
        }
      }
    }
    throw new IllegalStateException("criterion '" + c.id() + "' is in no pillar of its set");
  }

  private static Line line(String name, SurveyAggregates.Group g, int cut, boolean total) {
    List<Integer> by = new ArrayList<>();
    for (int l = 0; l < g.byLevel().length; l++) {
      by.add(g.atLevel(l));
    }
    return new Line(name, g.respondents(), g.scored(), List.copyOf(by), g.shareAtOrAbove(cut), g.coverage(), total);
  }

  private static String sectorName(String code, Lang lang) {
    if (code.isBlank()) {
      return t(lang, "(không ghi ngành)", "(sector not given)");
    }
    return VsicSection.name(code).map(n -> code.strip() + " – " + n.get(lang)).orElse(code);
  }

  private static String levelText(CriteriaSet set, Lang lang) {
    List<String> parts = new ArrayList<>();
    for (Level l : set.levels()) {
      parts.add(t(lang, "mức ", "level ") + l.level() + " " + l.name().get(lang) + t(lang, " từ ", " from ")
          + Texts.number(l.from().orElse(BigDecimal.ZERO), set.decimals(), lang));
    }
    String basis = set.levelBasis().orElse(LevelBasis.TOTAL) == LevelBasis.LOWEST_PILLAR
        ? t(lang, "mức thấp nhất mà mọi trụ cột đạt", "the lowest level every pillar reaches")
        : t(lang, "theo tổng điểm (bình quân có trọng số của các trụ cột)", "by the total score (the pillars'"
            + " weighted mean)");
    return basis + ": " + String.join("; ", parts) + ".";
  }

  private String findings(SurveyAggregates.Group all, Lang lang, String reference) {
    StringBuilder b = new StringBuilder();
    b.append(t(lang, "Khảo sát tự đánh giá mức độ chuyển đổi số theo ", "The self-assessment of digital"
        + " transformation against ")).append(setTitle).append(": ")
        .append(Texts.number(BigDecimal.valueOf(all.respondents()), 0, lang))
        .append(t(lang, " doanh nghiệp trả lời; ", " enterprises responded; "))
        .append(Texts.number(BigDecimal.valueOf(all.atOrAbove(cut)), 0, lang));
    all.shareAtOrAbove(cut).ifPresent(s -> b.append(" (").append(Texts.number(s, 2, lang)).append(" %)"));
    b.append(t(lang, " doanh nghiệp đạt từ mức " + cut + " (" + cutName + ") trở lên",
        " enterprises reach level " + cut + " (" + cutName + ") or above"));
    List<PillarMean> weak = pillars.stream().filter(PillarMean::weak)
        .sorted(Comparator.comparing((PillarMean x) -> x.mean().orElseThrow())).toList();
    if (!weak.isEmpty()) {
      b.append(t(lang, "; trụ cột có điểm bình quân thấp nhất: ", "; the pillars with the lowest mean score: "));
      List<String> ws = new ArrayList<>();
      for (PillarMean p : weak) {
        ws.add(p.name() + " (" + Texts.number(p.mean().orElseThrow(), decimals, lang) + t(lang, " điểm)",
            " points)"));
      }
      b.append(String.join(", ", ws));
    }
    if (!weakest.isEmpty()) {
      Weak w = weakest.get(0);
      b.append(t(lang, "; tiêu chí yếu nhất: ", "; the weakest criterion: ")).append(w.criterion()).append(" (")
          .append(Texts.number(w.percent(), 1, lang)).append(t(lang, " % điểm tối đa)", " % of the maximum)"));
    }
    b.append(t(lang, " (chi tiết tại " + reference + ")", " (details in the " + reference + ")"));
    if (sample) {
      b.append(t(lang, "; số liệu khảo sát mẫu, không phải số liệu chính thức", "; sample survey data, not"
          + " official"));
    }
    return b.append('.').toString();
  }
}
