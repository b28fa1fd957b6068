package dev.chitieu.core.region;

import dev.chitieu.core.model.LocalizedText;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** English forms of Vietnamese unit names, in the style of {@link Region#officialName()}. Stateless. */
final class VietnameseNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Type words in the order they are tried; the English word follows the name ("Hai Duong Province"). */
  private static final List<Map.Entry<String, String>> TYPES = List.of(
      Map.entry("Thành phố ", "City"),
      Map.entry("Tỉnh ", "Province"),
      Map.entry("Thị xã ", "Town"),
      Map.entry("Thị trấn ", "Township"),
      Map.entry("Huyện ", "District"),
      Map.entry("Quận ", "District"),
      Map.entry("Phường ", "Ward"),
      Map.entry("Xã ", "Commune"),
      Map.entry("Đặc khu ", "Special Zone"));

  private VietnameseNames() {}

  /** The text without diacritics, đ written d, as the 2025 code lists write {@code name_en}. */
  static String ascii(String vi) {
    String d = vi.replace('đ', 'd').replace('Đ', 'D');
    return MARKS.matcher(Normalizer.normalize(d, Normalizer.Form.NFD)).replaceAll("");
  }

  /** An official name with its type word, and its English form: "Tỉnh Hải Dương" / "Hai Duong Province". */
  static LocalizedText withEnglish(String vi) {
    String v = vi.strip();
    for (Map.Entry<String, String> t : TYPES) {
      if (v.startsWith(t.getKey()) && v.length() > t.getKey().length()) {
        return LocalizedText.of(v, ascii(v.substring(t.getKey().length())) + " " + t.getValue());
      }
    }
    return LocalizedText.of(v, ascii(v));
  }

  /** The text with its first letter in lower case, for a name inside a Vietnamese sentence ("tỉnh Hải Dương"). */
  static String inSentence(String vi) {
    return vi.isEmpty() ? vi : vi.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + vi.substring(1);
  }

  /** "A", "A và B", "A, B và C" (or "and"). */
  static String join(List<String> parts, String and) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
  }
}
