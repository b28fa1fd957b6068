package dev.chitieu.cli;

import dev.chitieu.core.model.InvalidValueException;
import dev.chitieu.core.model.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The {@code --lang vi|en} option. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = Converter.class,
      description = "language of names and statuses: vi (tiếng Việt, the default) or en")
  private Lang lang;

  Lang lang() {
    return lang;
  }

  /** Reads {@code vi} or {@code en}. */
  static final class Converter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (InvalidValueException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a language; expected vi or en / ngôn ngữ phải là vi hoặc en");
      }
    }
  }
}
