package dev.chitieu.survey;

import dev.chitieu.core.model.LocalizedText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sections (level 1) of the Vietnam Standard Industrial Classification VSIC 2018 (Decision 27/2018/QĐ-TTg,
 * Appendix I), by letter: the names a report prints beside a respondent's sector when the survey codes sectors by
 * section letter.
 */
public final class VsicSection {
  private static final Map<String, LocalizedText> NAMES = Map.ofEntries(
      Map.entry("A", LocalizedText.of("Nông nghiệp, lâm nghiệp và thủy sản", "Agriculture, forestry and fishing")),
      Map.entry("B", LocalizedText.of("Khai khoáng", "Mining and quarrying")),
      Map.entry("C", LocalizedText.of("Công nghiệp chế biến, chế tạo", "Manufacturing")),
      Map.entry("D", LocalizedText.of("Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí",
          "Electricity, gas, steam and air conditioning supply")),
      Map.entry("E", LocalizedText.of("Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải",
          "Water supply; sewerage, waste management and remediation")),
      Map.entry("F", LocalizedText.of("Xây dựng", "Construction")),
      Map.entry("G", LocalizedText.of("Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác",
          "Wholesale and retail trade; repair of motor vehicles and motorcycles")),
      Map.entry("H", LocalizedText.of("Vận tải kho bãi", "Transportation and storage")),
      Map.entry("I", LocalizedText.of("Dịch vụ lưu trú và ăn uống", "Accommodation and food service activities")),
      Map.entry("J", LocalizedText.of("Thông tin và truyền thông", "Information and communication")),
      Map.entry("K", LocalizedText.of("Hoạt động tài chính, ngân hàng và bảo hiểm", "Financial and insurance activities")),
      Map.entry("L", LocalizedText.of("Hoạt động kinh doanh bất động sản", "Real estate activities")),
      Map.entry("M", LocalizedText.of("Hoạt động chuyên môn, khoa học và công nghệ",
          "Professional, scientific and technical activities")),
      Map.entry("N", LocalizedText.of("Hoạt động hành chính và dịch vụ hỗ trợ",
          "Administrative and support service activities")),
      Map.entry("O", LocalizedText.of("Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý nhà nước, an"
          + " ninh quốc phòng; bảo đảm xã hội bắt buộc", "Public administration and defence; compulsory social"
          + " security")),
      Map.entry("P", LocalizedText.of("Giáo dục và đào tạo", "Education")),
      Map.entry("Q", LocalizedText.of("Y tế và hoạt động trợ giúp xã hội", "Human health and social work activities")),
      Map.entry("R", LocalizedText.of("Nghệ thuật, vui chơi và giải trí", "Arts, entertainment and recreation")),
      Map.entry("S", LocalizedText.of("Hoạt động dịch vụ khác", "Other service activities")),
      Map.entry("T", LocalizedText.of("Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật"
          + " chất và dịch vụ tự tiêu dùng của hộ gia đình", "Activities of households as employers and for own"
          + " use")),
      Map.entry("U", LocalizedText.of("Hoạt động của các tổ chức và cơ quan quốc tế",
          "Activities of extraterritorial organisations and bodies")));

  private VsicSection() {}

  /**
   * The name of a VSIC 2018 section.
   *
   * @param code a section letter, {@code A} to {@code U} (either case, surrounding blanks ignored)
   * @return its name in Vietnamese and English; empty for anything else
   */
  public static Optional<LocalizedText> name(String code) {
    return code == null ? Optional.empty()
        : Optional.ofNullable(NAMES.get(code.strip().toUpperCase(Locale.ROOT)));
  }
}
