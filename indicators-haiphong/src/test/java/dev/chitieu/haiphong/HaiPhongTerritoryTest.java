package dev.chitieu.haiphong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.region.FormerUnit;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.data.Measurement;
import dev.chitieu.core.data.MeasurementSet;
import dev.chitieu.core.model.Plan;
import dev.chitieu.core.plan.PlanRegistry;
import dev.chitieu.core.model.RegionCode;
import dev.chitieu.core.region.RegionLevel;
import dev.chitieu.core.region.RemapResult;
import dev.chitieu.core.region.TerritoryMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The territory of Hải Phòng before and after it absorbed Hải Dương on 1 July 2025: the bundled rows of the official
 * mapping, and a Hải Dương commune series converted to the 2025 wards. Every figure below is a sample invented for
 * the test, labelled with the source "sample", not an official statistic.
 */
class HaiPhongTerritoryTest {
  static final PlanRegistry REGISTRY = PlanRegistry.loadInstalled();
  static final Plan PLAN = REGISTRY.plan(HaiPhongPlanProvider.PLAN_ID);
  static final TerritoryMapping MAPPING = REGISTRY.territory();
  static final String SAMPLE = "sample";

  static Measurement value(String indicator, String region, String period, double value) {
    return Measurement.of(indicator, region, period, value).withSource(SAMPLE);
  }

  static Measurement parts(String indicator, String region, String period, double numerator, double denominator) {
    return Measurement.ofParts(indicator, region, period, numerator, denominator).withSource(SAMPLE);
  }

  static Measurement find(MeasurementSet s, String indicator, String region, String period) {
    return s.stream().filter(m -> m.indicator().value().equals(indicator) && m.region().value().equals(region)
        && m.period().toString().equals(period)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + indicator + " " + region + " " + period));
  }

  @Nested
  class BundledMapping {
    final List<FormerUnit> units = new HaiPhongPlanProvider().formerUnits();

    @Test
    void rows_areThe451OfTheOfficialMapping_thatGoIntoHaiPhong() throws IOException {
      List<String> lines;
      try (InputStream in = HaiPhongPlanProvider.class.getResourceAsStream("haiphong-former-units-2025.csv")) {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
      assertThat(lines.get(0)).isEqualTo("old_code,old_name_vi,old_district_vi,old_province_vi,new_code");
      assertThat(lines).hasSize(1 + 451);
      assertThat(units.stream().mapToInt(u -> u.successors().size()).sum()).isEqualTo(451);
      assertThat(lines.stream().skip(1).filter(l -> l.contains(",Tỉnh Hải Dương,"))).hasSize(243);
      assertThat(lines.stream().skip(1).filter(l -> l.contains(",Thành phố Hải Phòng,"))).hasSize(208);
    }

    @Test
    void formerUnits_are375_71OfThemSplit() {
      Map<String, Long> byProvince = units.stream()
          .collect(Collectors.groupingBy(u -> u.province().vi(), Collectors.counting()));

      assertThat(units).hasSize(375).extracting(FormerUnit::code).doesNotHaveDuplicates();
      assertThat(units.stream().filter(FormerUnit::isSplit)).hasSize(71);
      assertThat(byProvince).containsExactlyInAnyOrderEntriesOf(
          Map.of("Tỉnh Hải Dương", 207L, "Thành phố Hải Phòng", 168L));
      assertThat(units.stream().filter(u -> u.level() == RegionLevel.DISTRICT)).singleElement()
          .satisfies(u -> {
            assertThat(u.code()).isEqualTo(RegionCode.of("318"));
            assertThat(u.name()).isEqualTo(LocalizedText.of("Huyện Bạch Long Vĩ", "Bach Long Vi District"));
            assertThat(u.successors()).containsExactly(RegionCode.of("11948"));
          });
    }

    @Test
    void everyWardAndCommuneOfHaiPhong_hasAFormerUnit() {
      Set<RegionCode> reached = units.stream().flatMap(u -> u.successors().stream()).collect(Collectors.toSet());
      assertThat(reached).containsExactlyInAnyOrderElementsOf(
          new HaiPhongPlanProvider().units().stream().map(r -> r.code()).toList());
    }

    @Test
    void registry_mergesTheMapping_overTheCommunesOfHaiPhong() {
      assertThat(REGISTRY.failures()).isEmpty();
      assertThat(MAPPING.size()).isEqualTo(375);
      assertThat(MAPPING.splitUnits()).hasSize(71);
      assertThat(MAPPING.isSplit(RegionCode.of("10528"))).isTrue();
      assertThat(MAPPING.predecessors(RegionCode.of("10507"))).extracting(u -> u.code().value())
          .containsExactly("10507", "10510", "10519", "10663");
      assertThat(MAPPING.note(RegionCode.of("31")).text().en()).isEqualTo("Figures on the territory of Hai Phong"
          + " City as of 1 July 2025 (former Hai Phong City and Hai Duong Province).");
    }
  }

  /** A Hai Duong commune series of 2024 (former codes) beside 2025-Q3 figures of the new wards (2025 codes). */
  @Nested
  class HaiDuongSeries {
    static final TerritoryMapping SHARED = MAPPING.withShares(RegionCode.of("10528"),
        Map.of(RegionCode.of("10532"), 0.4, RegionCode.of("10537"), 0.6));

    /** The four former units of ward 10507 Thành Đông, all of Hải Dương city, each moved whole. */
    static List<Measurement> thanhDong() {
      List<Measurement> rows = new ArrayList<>();
      String[] codes = {"10507", "10510", "10519", "10663"};
      for (int i = 0; i < codes.length; i++) {
        rows.add(value("hp.ecommerce-revenue", codes[i], "2024", 10 * (i + 1)));
        rows.add(value("hp.retail-sales", codes[i], "2024", 100 * (i + 1)));
        rows.add(value("hp.population", codes[i], "2024", 5000 + 1000 * i));
        rows.add(parts("hp.ecommerce-share", codes[i], "2024", 10 * (i + 1), 100 * (i + 1)));
      }
      return rows;
    }

    @Test
    void wholeMove_ofTheFormerDistrictOfBachLongVi_keepsItsFigure() {
      RemapResult r = MAPPING.remap(MeasurementSet.of(List.of(value("hp.population", "318", "2024", 1000))), PLAN);
      assertThat(r.measurements().stream().toList())
          .containsExactly(value("hp.population", "11948", "2024", 1000));
    }

    @Test
    void merge_ofFourFormerWards_addsFlowsAndStocks_andTheRatiosParts() {
      List<Measurement> rows = new ArrayList<>(thanhDong());
      rows.add(value("hp.ecommerce-revenue", "10507", "2025-Q3", 33));
      RemapResult r = MAPPING.remap(MeasurementSet.of(rows), PLAN);

      MeasurementSet out = r.measurements();
      assertThat(r.isComplete()).isTrue();
      assertThat(find(out, "hp.ecommerce-revenue", "10507", "2024").value()).hasValue(10 + 20 + 30 + 40);
      assertThat(find(out, "hp.retail-sales", "10507", "2024").value()).hasValue(1000);
      assertThat(find(out, "hp.population", "10507", "2024").value()).hasValue(5000 + 6000 + 7000 + 8000);
      Measurement share = find(out, "hp.ecommerce-share", "10507", "2024");
      assertThat(share.numerator()).hasValue(100);
      assertThat(share.denominator()).hasValue(1000);
      assertThat(find(out, "hp.ecommerce-revenue", "10507", "2025-Q3").value()).hasValue(33);
      assertThat(out.size()).isEqualTo(5);
      assertThat(r.rowsRead()).isEqualTo(17);
      assertThat(r.rowsConverted()).isEqualTo(16);
      assertThat(r.territory().text().en()).isEqualTo("Figures on the territory of Hai Phong City as of 1 July"
          + " 2025 (former Hai Phong City and Hai Duong Province). Figures for periods up to 30 June 2025 were"
          + " converted from 4 former units to the new units.");
      assertThat(r.territory().text().vi()).isEqualTo("Số liệu tính theo địa giới hành chính của thành phố Hải"
          + " Phòng từ ngày 01 tháng 7 năm 2025 (gồm thành phố Hải Phòng và tỉnh Hải Dương trước khi sắp xếp). Số"
          + " liệu các kỳ đến hết ngày 30 tháng 6 năm 2025 đã được quy đổi từ 4 đơn vị hành chính cũ sang đơn vị"
          + " hành chính mới.");
    }

    @Test
    void valueOnlyShares_mergedByThePlansWeight_areWeighedByRetailSales() {
      List<Measurement> rows = new ArrayList<>();
      String[] codes = {"10507", "10510", "10519", "10663"};
      for (int i = 0; i < codes.length; i++) {
        rows.add(value("hp.ecommerce-share", codes[i], "2024", 10 + i));
        rows.add(value("hp.retail-sales", codes[i], "2024", 100 * (i + 1)));
      }
      RemapResult r = MAPPING.remap(MeasurementSet.of(rows), PLAN);

      assertThat(find(r.measurements(), "hp.ecommerce-share", "10507", "2024").value().getAsDouble())
          .isCloseTo((10 * 100 + 11 * 200 + 12 * 300 + 13 * 400) / 1000.0, within(1e-9));
    }

    @Test
    void splitWard_withDeclaredShares_isDividedBetweenItsTwoNewWards() {
      List<Measurement> rows = new ArrayList<>();
      for (String code : List.of("10528", "10531", "10532", "10534", "10537", "11011", "11077")) {
        rows.add(value("hp.population", code, "2024", 1000));
        rows.add(parts("hp.payment-account-share", code, "2024", 700, 800));
      }
      RemapResult r = SHARED.remap(MeasurementSet.of(rows), PLAN);

      assertThat(r.isComplete()).isTrue();
      assertThat(find(r.measurements(), "hp.population", "10532", "2024").value()).hasValue(3000 + 400);
      assertThat(find(r.measurements(), "hp.population", "10537", "2024").value()).hasValue(3000 + 600);
      Measurement share = find(r.measurements(), "hp.payment-account-share", "10537", "2024");
      assertThat(share.numerator()).hasValue(2100 + 700 * 0.6);
      assertThat(share.denominator()).hasValue(2400 + 800 * 0.6);
      assertThat(r.territory().apportionedUnits()).containsExactly(RegionCode.of("10528"));
      assertThat(r.territory().text().en()).endsWith("converted from 7 former units to the new units, 1 split unit"
          + " by declared shares.");
    }

    @Test
    void splitWard_withoutShares_isRefused_namingItsNewWards_andHowToDeclare() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(MeasurementSet.of(
          List.of(value("hp.population", "10528", "2024", 1000))), PLAN));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "measurements row 1, column 'region': '10528' is former unit 10528 (Phường Trần Phú, Thành phố Hải"
              + " Dương, Tỉnh Hải Dương), which was split between 10532 (Phường Lê Thanh Nghị) and 10537 (Phường Tân"
              + " Hưng); no shares are declared, so its 1 row cannot be divided; expected the part of it each new"
              + " unit took (e.g. of its population), summing to 1: mapping.withShares(RegionCode.of(\"10528\"),"
              + " Map.of(RegionCode.of(\"10532\"), a, RegionCode.of(\"10537\"), b)) with a + b = 1");
    }

    @Test
    void unknownFormerCode_isRefused_namingIt() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> MAPPING.remap(MeasurementSet.of(
          List.of(value("hp.population", "10399", "2024", 1000), value("hp.population", "10510", "2024", 1))),
          PLAN));

      assertThat(e.problems()).singleElement().extracting(DataProblem::message).asString().startsWith(
          "measurements row 1, column 'region': '10399' is not a former unit of the territory mapping (375 known),"
              + " so 1 row of periods ending by 2025-06-30 cannot be converted");
    }

    @Test
    void missingFormerWard_leavesThePartialFigureOut_andNamesIt() {
      List<Measurement> rows = thanhDong().stream().filter(m -> !m.region().value().equals("10663")).toList();
      RemapResult r = MAPPING.remap(MeasurementSet.of(rows), PLAN);

      assertThat(r.measurements().isEmpty()).isTrue();
      assertThat(r.partial()).hasSize(4).allSatisfy(p -> {
        assertThat(p.figure().region()).isEqualTo(RegionCode.of("10507"));
        assertThat(p.missing()).containsExactly(RegionCode.of("10663"));
      });
      assertThat(r.rowsConverted()).isEqualTo(12);
    }
  }
}
