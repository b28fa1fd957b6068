package dev.chitieu.survey.score;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.Region;
import dev.chitieu.core.region.RegionHierarchy;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.survey.CriteriaSet;
import dev.chitieu.survey.Responses;
import dev.chitieu.survey.SizeClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntFunction;

/**
 * Scores summed up by group: per commune, per province (communes rolled up through the region hierarchy), per sector
 * and per size class: respondents by level, the share at or above each level, the mean score of each pillar, and the
 * response coverage against the number of enterprises where it is known. Shares are counts over counts, never means
 * of shares. Immutable and thread-safe.
 */
public final class SurveyAggregates {
  private final CriteriaSet set;
  private final List<Group> communes;
  private final List<Group> provinces;
  private final List<Group> sectors;
  private final List<Group> sizes;
  private final Group total;
  private final double[] criterionSums;
  private final int[] criterionCounts;
  private final Optional<LocalDate> firstDate;
  private final Optional<LocalDate> lastDate;

  private SurveyAggregates(CriteriaSet set, List<Group> communes, List<Group> provinces, List<Group> sectors,
      List<Group> sizes, Group total, double[] criterionSums, int[] criterionCounts, Optional<LocalDate> firstDate,
      Optional<LocalDate> lastDate) {
    this.set = set;
    this.criterionSums = criterionSums;
    this.criterionCounts = criterionCounts;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
    this.communes = communes;
    this.provinces = provinces;
    this.sectors = sectors;
    this.sizes = sizes;
    this.total = total;
  }

  /**
   * Sums up scores.
   *
   * @param scores the scores
   * @param regions the hierarchy that rolls communes up to provinces; a commune it does not hold is its own province
   * @param enterprises the number of enterprises of each commune or province, where known (for coverage); may be empty
   * @return the aggregates
   */
  public static SurveyAggregates of(Scores scores, RegionHierarchy regions, Map<RegionCode, Long> enterprises) {
    requireNonNull(scores, "scores");
    requireNonNull(regions, "regions");
    requireNonNull(enterprises, "enterprises");
    Responses r = scores.responses();
    int levels = scores.set().levels().size();
    int pillars = scores.set().pillars().size();
    IntFunction<String> commune = i -> r.commune(i).value();
    IntFunction<String> province = i -> regions.ancestor(r.commune(i), RegionLevel.PROVINCE).map(Region::code)
        .orElse(r.commune(i)).value();
    List<Group> communes = group("commune", commune, scores, levels, pillars, enterprises);
    List<Group> provinces = group("province", province, scores, levels, pillars, enterprises);
    List<Group> sectors = group("sector", r::sector, scores, levels, pillars, Map.of());
    List<Group> sizes = group("size", i -> r.sizeClass(i).code(), scores, levels, pillars, Map.of());
    sizes.sort(Comparator.comparing(g -> SizeClass.parse(g.member()).ordinal()));
    Group total = group("total", i -> "", scores, levels, pillars, Map.of()).stream().findFirst()
        .orElse(new Group("total", "", 0, 0, new int[levels], new double[pillars], new int[pillars],
            OptionalLong.empty()));
    int criteria = scores.set().criteria().size();
    double[] criterionSums = new double[criteria];
    int[] criterionCounts = new int[criteria];
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < scores.size(); i++) {
      for (int k = 0; k < criteria; k++) {
        double v = scores.criterionPoints(i, k);
        if (v == v) {
          criterionSums[k] += v;
          criterionCounts[k]++;
        }
      }
      LocalDate d = r.date(i);
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    return new SurveyAggregates(scores.set(), List.copyOf(communes), List.copyOf(provinces), List.copyOf(sectors),
        List.copyOf(sizes), total, criterionSums, criterionCounts, Optional.ofNullable(first),
        Optional.ofNullable(last));
  }

  /**
   * The mean points of a criterion over every respondent it applied to (before weighting).
   *
   * @param criterion the criterion's index in {@link CriteriaSet#criteria()}
   * @return the mean; empty if no respondent answered it other than "not applicable"
   */
  public Optional<Double> meanCriterion(int criterion) {
    return criterionCounts[criterion] == 0 ? Optional.empty()
        : Optional.of(criterionSums[criterion] / criterionCounts[criterion]);
  }

  /** The earliest date of a response; empty without respondents. */
  public Optional<LocalDate> firstDate() {
    return firstDate;
  }

  /** The latest date of a response; empty without respondents. */
  public Optional<LocalDate> lastDate() {
    return lastDate;
  }

  private static List<Group> group(String dimension, IntFunction<String> key, Scores scores, int levels, int pillars,
      Map<RegionCode, Long> enterprises) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, int[]> pillarCounts = new LinkedHashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      String k = key.apply(i);
      // counts: [respondents, scored, level 0, level 1, …]
      int[] c = counts.computeIfAbsent(k, x -> new int[2 + levels]);
      double[] s = sums.computeIfAbsent(k, x -> new double[pillars]);
      int[] pc = pillarCounts.computeIfAbsent(k, x -> new int[pillars]);
      c[0]++;
      var level = scores.levelNumber(i);
      if (level.isPresent()) {
        c[1]++;
        c[2 + level.getAsInt()]++;
      }
      for (int p = 0; p < pillars; p++) {
        double v = scores.rawPillar(i, p);
        if (v == v) {
          s[p] += v;
          pc[p]++;
        }
      }
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      OptionalLong known = OptionalLong.empty();
      if (!enterprises.isEmpty() && RegionCode.isValid(e.getKey())) {
        Long n = enterprises.get(RegionCode.of(e.getKey()));
        known = n == null ? OptionalLong.empty() : OptionalLong.of(n);
      }
      out.add(new Group(dimension, e.getKey(), c[0], c[1], Arrays.copyOfRange(c, 2, c.length),
          sums.get(e.getKey()), pillarCounts.get(e.getKey()), known));
    }
    out.sort(Comparator.comparing(Group::member));
    return out;
  }

  /** The criteria set. */
  public CriteriaSet set() {
    return set;
  }

  /** One group per commune, by code. */
  public List<Group> byCommune() {
    return communes;
  }

  /** One group per province, by code. */
  public List<Group> byProvince() {
    return provinces;
  }

  /** One group per sector, by code (a blank sector is its own group). */
  public List<Group> bySector() {
    return sectors;
  }

  /** One group per size class, micro to large. */
  public List<Group> bySize() {
    return sizes;
  }

  /** Every respondent. */
  public Group total() {
    return total;
  }

  /**
   * The respondents of one group.
   *
   * @param dimension {@code commune}, {@code province}, {@code sector}, {@code size} or {@code total}
   * @param member the commune's or province's code, the sector, the size class's code; blank for the total
   * @param respondents how many responded
   * @param scored how many have a level (the others answered "not applicable" everywhere)
   * @param byLevel how many are at each level, by level number
   * @param pillarSums the sum of each pillar's scores, for the mean
   * @param pillarCounts how many respondents have a score for each pillar
   * @param enterprises how many enterprises the group has, where known
   */
  public record Group(String dimension, String member, int respondents, int scored, int[] byLevel,
      double[] pillarSums, int[] pillarCounts, OptionalLong enterprises) {
    /** Copies the arrays. */
    public Group {
      requireNonNull(dimension, "dimension");
      requireNonNull(member, "member");
      byLevel = byLevel.clone();
      pillarSums = pillarSums.clone();
      pillarCounts = pillarCounts.clone();
      requireNonNull(enterprises, "enterprises");
    }

    /** How many are at a level. */
    public int atLevel(int level) {
      return byLevel[level];
    }

    /** How many are at or above a level. */
    public int atOrAbove(int level) {
      int n = 0;
      for (int l = level; l < byLevel.length; l++) {
        n += byLevel[l];
      }
      return n;
    }

    /**
     * The share of scored respondents at or above a level, in percent, rounded half up to two decimals.
     *
     * @return the share; empty if none was scored
     */
    public Optional<BigDecimal> shareAtOrAbove(int level) {
      if (scored == 0) {
        return Optional.empty();
      }
      return Optional.of(BigDecimal.valueOf(atOrAbove(level)).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP));
    }

    /** The mean score of a pillar (before rounding); empty if no respondent has one. */
    public Optional<Double> meanPillar(int pillar) {
      return pillarCounts[pillar] == 0 ? Optional.empty() : Optional.of(pillarSums[pillar] / pillarCounts[pillar]);
    }

    /** Respondents over enterprises, in percent, two decimals; empty where the enterprises are not known. */
    public Optional<BigDecimal> coverage() {
      if (enterprises.isEmpty() || enterprises.getAsLong() == 0) {
        return Optional.empty();
      }
      return Optional.of(BigDecimal.valueOf(respondents).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(enterprises.getAsLong()), 2, RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Group g && dimension.equals(g.dimension) && member.equals(g.member)
          && respondents == g.respondents && scored == g.scored && Arrays.equals(byLevel, g.byLevel)
          && Arrays.equals(pillarSums, g.pillarSums) && Arrays.equals(pillarCounts, g.pillarCounts)
          && enterprises.equals(g.enterprises);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(dimension, member, respondents, scored, Arrays.hashCode(byLevel));
    }

    @Override
    public String toString() {
      return dimension + " " + member + ": " + respondents + " respondents, by level " + Arrays.toString(byLevel);
    }
  }
}
