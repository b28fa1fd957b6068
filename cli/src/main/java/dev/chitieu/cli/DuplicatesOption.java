package dev.chitieu.cli;

import dev.chitieu.core.data.DuplicatePolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --duplicates error|keep-first|keep-last} option of the commands that read a data file. */
final class DuplicatesOption {
  @Option(names = "--duplicates", paramLabel = "error|keep-first|keep-last", defaultValue = "error",
      converter = Converter.class,
      description = "two rows with the same indicator, region, period and breakdown: error (the default: a problem, "
          + "neither row is used), keep-first or keep-last (the other rows are listed) / dòng trùng khóa")
  private DuplicatePolicy policy;

  DuplicatePolicy policy() {
    return policy;
  }

  /** Reads {@code error}, {@code keep-first} or {@code keep-last}. */
  static final class Converter implements ITypeConverter<DuplicatePolicy> {
    @Override
    public DuplicatePolicy convert(String value) {
      return switch (value.trim()) {
        case "error" -> DuplicatePolicy.ERROR;
        case "keep-first" -> DuplicatePolicy.KEEP_FIRST;
        case "keep-last" -> DuplicatePolicy.KEEP_LAST;
        default -> throw new TypeConversionException("'" + value + "' is not a policy for duplicate rows; expected "
            + "error, keep-first or keep-last / cách xử lý dòng trùng phải là error, keep-first hoặc keep-last");
      };
    }
  }
}
