package dev.chitieu.survey;

import static java.util.Objects.requireNonNull;

import dev.chitieu.core.model.RegionCode;
import java.time.LocalDate;

/**
 * Who answered: a business (or organisation, or household business) that assessed itself.
 *
 * @param id the respondent's id, e.g. its enterprise code (mã số doanh nghiệp); not blank
 * @param commune the commune, ward or special zone it is in (its code)
 * @param sector its sector as the survey codes it (e.g. a VSIC section letter); may be blank
 * @param size its size class
 * @param date the day it answered
 */
public record Respondent(String id, RegionCode commune, String sector, SizeClass size, LocalDate date) {
  /** Checks that nothing is null and the id is not blank. */
  public Respondent {
    requireNonNull(id, "id");
    requireNonNull(commune, "commune");
    requireNonNull(sector, "sector");
    requireNonNull(size, "size");
    requireNonNull(date, "date");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a respondent needs an id");
    }
  }
}
