package dev.chitieu.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as-of}: an ISO date such as {@code 2025-12-31}. */
final class AsOfConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected year-month-day, e.g. 2025-12-31 / ngày dạng năm-tháng-ngày");
    }
  }
}
