package dev.chitieu.core.region;

import dev.chitieu.core.data.DataProblem;
import dev.chitieu.core.data.InvalidDataException;
import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Lang;
import dev.chitieu.core.model.LocalizedText;
import dev.chitieu.core.model.Period;
import dev.chitieu.core.model.RegionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerritoryMappingTest {
  static final RegionCode TRAN_PHU = RegionCode.of("10528");
  static final RegionCode LE_THANH_NGHI = RegionCode.of("10532");
  static final RegionCode TAN_HUNG = RegionCode.of("10537");

  static List<FormerUnit> read(String csv) {
    return TerritoryMapping.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "m.csv");
  }

  @Nested
  class ReadCsv {
    @Test
    void rowsOfOneFormerCode_becomeOneUnit_withEverySuccessor() {
      List<FormerUnit> units = TerritoryFixture.units();

      assertThat(units).extracting(u -> u.code().value())
          .containsExactly("10510", "10519", "10525", "10528", "10531", "10537", "318");
      FormerUnit tranPhu = units.get(3);
      assertThat(tranPhu.successors()).containsExactly(LE_THANH_NGHI, TAN_HUNG);
      assertThat(tranPhu.isSplit()).isTrue();
      assertThat(tranPhu.level()).isEqualTo(RegionLevel.COMMUNE);
      assertThat(tranPhu.validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
      assertThat(tranPhu.name()).isEqualTo(LocalizedText.of("Phường Trần Phú", "Tran Phu Ward"));
      assertThat(tranPhu.district()).isEqualTo(LocalizedText.of("Thành phố Hải Dương", "Hai Duong City"));
      assertThat(tranPhu.province()).isEqualTo(LocalizedText.of("Tỉnh Hải Dương", "Hai Duong Province"));
      assertThat(tranPhu.describe()).isEqualTo("10528 (Phường Trần Phú, Thành phố Hải Dương, Tỉnh Hải Dương)");
    }

    @Test
    void threeDigitCode_isAFormerDistrict() {
      FormerUnit bachLongVi = TerritoryFixture.units().get(6);
      assertThat(bachLongVi.level()).isEqualTo(RegionLevel.DISTRICT);
      assertThat(bachLongVi.name().en()).isEqualTo("Bach Long Vi District");
      assertThat(bachLongVi.describe()).isEqualTo("318 (Huyện Bạch Long Vĩ, Thành phố Hải Phòng)");
    }

    @Test
    void englishNames_translateTheTypeWord_andDropDiacritics() {
      assertThat(VietnameseNames.withEnglish("Thị xã Kinh Môn").en()).isEqualTo("Kinh Mon Town");
      assertThat(VietnameseNames.withEnglish("Thị trấn Phú Thái").en()).isEqualTo("Phu Thai Township");
      assertThat(VietnameseNames.withEnglish("Xã Đồng Lạc").en()).isEqualTo("Dong Lac Commune");
      assertThat(VietnameseNames.withEnglish("Quận Lê Chân").en()).isEqualTo("Le Chan District");
      assertThat(VietnameseNames.withEnglish("Cát Hải").en()).isEqualTo("Cat Hai");
    }

    @Test
    void badRows_areAllListed_byLineAndColumn() {
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> read("""
          old_code,old_name_vi,old_district_vi,old_province_vi,new_code
          1052,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,10532
          10528,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,
          10528,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,10532
          10528,Phường Trần Phú,Thành phố Hải Dương,Tỉnh Hải Dương,10532
          10528,Phường Trần Phu,Thành phố Hải Dương,Tỉnh Hải Dương,10537
          """));

      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "m.csv line 2, column 'old_code': '1052' is not a former commune or district code; expected 5 digits for"
              + " a commune (e.g. 10528) or 3 for a district (e.g. 318)",
          "m.csv line 3, column 'new_code': is empty; expected a value in each of the columns"
              + " old_code,old_name_vi,old_district_vi,old_province_vi,new_code",
          "m.csv line 5, column 'new_code': '10532' repeats the pair 10528 -> 10532; expected each pair of former"
              + " and new unit once",
          "m.csv line 6, column 'old_name_vi': '10528' names former unit 10528 Phường Trần Phu, Thành phố Hải"
              + " Dương, Tỉnh Hải Dương, an earlier row Phường Trần Phú, Thành phố Hải Dương, Tỉnh Hải Dương;"
              + " expected the same names on every row of a former unit");
    }
  }

  @Nested
  class Of {
    @Test
    void successorMissingFromTheHierarchy_isNamed() {
      assertThatThrownBy(() -> TerritoryMapping.of(TerritoryFixture.units(), RegionHierarchy.vietnam2025()))
          .isInstanceOf(InvalidDataException.class)
          .hasMessageContaining("territory mapping former unit 10510, column 'new_code': '10510' went into 10507,"
              + " which is not a unit of the hierarchy in force from 2025-07-01; expected the code of a unit in"
              + " force; is the province's plan module on the class path?")
          .hasMessageStartingWith("8 problems in the data");
    }

    @Test
    void repeatedCode_andAnotherDate_areNamed() {
      FormerUnit a = FormerUnit.commune("10510", "Phường Bình Hàn", "Thành phố Hải Dương", "Tỉnh Hải Dương",
          LocalDate.of(2025, 6, 30), List.of("10507"));
      FormerUnit again = FormerUnit.commune("10510", "Phường Bình Hàn", "Thành phố Hải Dương", "Tỉnh Hải Dương",
          LocalDate.of(2025, 6, 30), List.of("10525"));
      FormerUnit later = FormerUnit.commune("10519", "Phường Nguyễn Trãi", "Thành phố Hải Dương", "Tỉnh Hải Dương",
          LocalDate.of(2019, 12, 31), List.of("10507"));

      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> TerritoryMapping.of(List.of(a, again, later), TerritoryFixture.hierarchy()));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "territory mapping former unit 10510: '10510' appears twice (going into [10507] and [10525]); expected"
              + " each former code once, with every unit it went into",
          "territory mapping former unit 10519, column 'validUntil': '10519' was in force until 2019-12-31, other"
              + " units until 2025-06-30; expected one date for every unit of a mapping (one mapping per"
              + " territorial change)");
    }

    @Test
    void formerUnit_needsASuccessor_eachOnce() {
      LocalDate d = LocalDate.of(2025, 6, 30);
      assertThatThrownBy(() -> FormerUnit.commune("10528", "Phường Trần Phú", "", "", d, List.of()))
          .hasMessage("former unit 10528 (Phường Trần Phú) has no successor; give the code of the unit or units"
              + " that took its territory");
      assertThatThrownBy(() -> FormerUnit.commune("10528", "Phường Trần Phú", "", "", d, List.of("10532", "10532")))
          .hasMessage("former unit 10528 (Phường Trần Phú) lists successor 10532 twice; list each unit it went"
              + " into once");
    }

    @Test
    void lookups_answerFromTheData() {
      TerritoryMapping m = TerritoryFixture.mapping();

      assertThat(m.size()).isEqualTo(7);
      assertThat(m.isSplit(TRAN_PHU)).isTrue();
      assertThat(m.isSplit(RegionCode.of("10510"))).isFalse();
      assertThat(m.splitUnits()).extracting(FormerUnit::code).containsExactly(TRAN_PHU);
      assertThat(m.predecessors(RegionCode.of("10507"))).extracting(u -> u.code().value())
          .containsExactly("10510", "10519");
      assertThat(m.predecessors(TAN_HUNG)).extracting(u -> u.code().value()).containsExactly("10528", "10537");
      assertThat(m.predecessors(RegionCode.of("31"))).isEmpty();
      assertThat(m.predates(Period.parse("2025-H1"))).isTrue();
      assertThat(m.predates(Period.parse("2025-06"))).isTrue();
      assertThat(m.predates(Period.parse("2025-07"))).isFalse();
      assertThat(m.predates(Period.year(2025))).isFalse();
    }

    @Test
    void isSplit_ofAnUnknownCode_namesIt() {
      assertThatThrownBy(() -> TerritoryFixture.mapping().isSplit(RegionCode.of("10532")))
          .isInstanceOf(InvalidDataException.class)
          .hasMessage("1 problem in the data / lỗi dữ liệu:\n  - territory mapping (until 2025-06-30) former unit"
              + " 10532: '10532' is not a former unit of the mapping (7 known); it is a unit in force from"
              + " 2025-07-01; expected a code in use until 2025-06-30; is the province's plan module on the class"
              + " path?");
    }
  }

  @Nested
  class WithShares {
    @Test
    void declaredShares_areKept_onANewMapping() {
      TerritoryMapping m = TerritoryFixture.mapping();
      TerritoryMapping shared = m.withShares(TRAN_PHU, Map.of(LE_THANH_NGHI, 0.25, TAN_HUNG, 0.75));

      assertThat(shared.shares(TRAN_PHU)).contains(Map.of(LE_THANH_NGHI, 0.25, TAN_HUNG, 0.75));
      assertThat(shared.splitUnitsWithoutShares()).isEmpty();
      assertThat(m.shares(TRAN_PHU)).isEmpty();
      assertThat(m.splitUnitsWithoutShares()).extracting(FormerUnit::code).containsExactly(TRAN_PHU);
    }

    @Test
    void sharesWithinTheTolerance_areScaledToSumToOne() {
      Map<RegionCode, Double> s = TerritoryFixture.mapping()
          .withShares(TRAN_PHU, Map.of(LE_THANH_NGHI, 0.3333334, TAN_HUNG, 0.6666667)).shares(TRAN_PHU)
          .orElseThrow();
      assertThat(s.get(LE_THANH_NGHI) + s.get(TAN_HUNG)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
      assertThat(s.get(LE_THANH_NGHI)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void sharesNotSummingToOne_areRefused() {
      assertThatThrownBy(() -> TerritoryFixture.mapping()
          .withShares(TRAN_PHU, new LinkedHashMap<>(Map.of(LE_THANH_NGHI, 0.5))))
          .isInstanceOf(InvalidDataException.class)
          .hasMessage("1 problem in the data / lỗi dữ liệu:\n  - shares of former unit 10528 (Phường Trần Phú,"
              + " Thành phố Hải Dương, Tỉnh Hải Dương) new unit 10537: '10537' has no share, but took part of 10528;"
              + " expected a share for each of 10532 (Phường Lê Thanh Nghị) and 10537 (Phường Tân Hưng) (0 if it took"
              + " none of the quantity)");

      Map<RegionCode, Double> shares = new LinkedHashMap<>();
      shares.put(LE_THANH_NGHI, 0.5);
      shares.put(TAN_HUNG, 0.4);
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> TerritoryFixture.mapping().withShares(TRAN_PHU, shares));
      assertThat(e.problems()).extracting(DataProblem::message).containsExactly(
          "shares of former unit 10528 (Phường Trần Phú, Thành phố Hải Dương, Tỉnh Hải Dương) all new units,"
              + " column 'share': '0.9' is the sum of the shares {10532=0.5, 10537=0.4}; expected shares that sum"
              + " to 1 (within 1.0E-6): the whole of the former unit is divided");
    }

    @Test
    void otherUnit_andShareOutOfRange_areNamed() {
      Map<RegionCode, Double> shares = new LinkedHashMap<>();
      shares.put(LE_THANH_NGHI, 1.2);
      shares.put(TAN_HUNG, -0.2);
      shares.put(RegionCode.of("10507"), 0.0);
      InvalidDataException e = assertThrows(InvalidDataException.class,
          () -> TerritoryFixture.mapping().withShares(TRAN_PHU, shares));
      assertThat(e.problems()).extracting(DataProblem::problem).containsExactly(
          "is not a share", "is not a share", "is not one of the units 10528 went into");
    }

    @Test
    void unitThatWasNotSplit_needsNoShares() {
      assertThatThrownBy(() -> TerritoryFixture.mapping()
          .withShares(RegionCode.of("10510"), Map.of(RegionCode.of("10507"), 1.0)))
          .isInstanceOf(InvalidDataException.class)
          .hasMessageEndingWith("'10510' was not split: it went whole into 10507 (Phường Thành Đông); expected"
              + " shares only for a split unit; this one needs none");
    }
  }

  @Nested
  class Note {
    @Test
    void provinceNote_namesTheFormerProvinces_ownNameFirst() {
      TerritoryNote n = TerritoryFixture.mapping().note(RegionCode.of("31"));

      assertThat(n.asOf()).isEqualTo(LocalDate.of(2025, 7, 1));
      assertThat(n.formerProvinces()).extracting(LocalizedText::en)
          .containsExactly("Hai Phong City", "Hai Duong Province");
      assertThat(n.isConverted()).isFalse();
      assertThat(n.text(Lang.EN)).isEqualTo("Figures on the territory of Hai Phong City as of 1 July 2025 (former"
          + " Hai Phong City and Hai Duong Province).");
      assertThat(n.text(Lang.VI)).isEqualTo("Số liệu tính theo địa giới hành chính của thành phố Hải Phòng từ ngày"
          + " 01 tháng 7 năm 2025 (gồm thành phố Hải Phòng và tỉnh Hải Dương trước khi sắp xếp).");
    }

    @Test
    void provinceWithoutFormerUnits_statesItsTerritoryAlone() {
      TerritoryNote n = TerritoryFixture.mapping().note(RegionCode.of("24"));
      assertThat(n.text().en()).isEqualTo("Figures on the territory of Bac Ninh Province as of 1 July 2025.");
    }

    @Test
    void noteOfACommune_isRefused() {
      assertThatThrownBy(() -> TerritoryFixture.mapping().note(RegionCode.of("10507")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("10507 (Phường Thành Đông) is a commune; a territory note is about a province, e.g. 31 for"
              + " Hải Phòng");
    }

    @Test
    void convertedNote_countsUnits_inBothLanguages() {
      TerritoryNote n = new TerritoryNote(LocalDate.of(2025, 7, 1),
          List.of(TerritoryFixture.hierarchy().require(RegionCode.of("31"))),
          List.of(LocalizedText.of("Thành phố Hải Phòng", "Hai Phong City"),
              LocalizedText.of("Tỉnh Hải Dương", "Hai Duong Province")), 12, List.of(TRAN_PHU));

      assertThat(n.text().en()).isEqualTo("Figures on the territory of Hai Phong City as of 1 July 2025 (former Hai"
          + " Phong City and Hai Duong Province). Figures for periods up to 30 June 2025 were converted from 12"
          + " former units to the new units, 1 split unit by declared shares.");
      assertThat(n.text().vi()).isEqualTo("Số liệu tính theo địa giới hành chính của thành phố Hải Phòng từ ngày 01"
          + " tháng 7 năm 2025 (gồm thành phố Hải Phòng và tỉnh Hải Dương trước khi sắp xếp). Số liệu các kỳ đến"
          + " hết ngày 30 tháng 6 năm 2025 đã được quy đổi từ 12 đơn vị hành chính cũ sang đơn vị hành chính mới,"
          + " trong đó 1 đơn vị bị chia tách được phân bổ theo tỷ lệ đã khai báo.");
    }
  }
}
