package dev.chitieu.core.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chitieu.core.ChitieuException;
import dev.chitieu.core.data.MeasurementStatus;
import dev.chitieu.core.io.ImportLimits;
import org.junit.jupiter.api.Test;

/**
 * A value a person wrote that does not read throws {@link InvalidValueException}, a {@link ChitieuException} whose
 * message names the value; a wrong call of the API stays an {@link IllegalArgumentException}.
 */
class InvalidValueTest {
  @Test
  void valuesAPersonWrites_throwInvalidValueException_naming_theValue() {
    assertThatThrownBy(() -> PlanId.of("Hai Phong")).isInstanceOf(InvalidValueException.class)
        .isInstanceOf(ChitieuException.class).hasMessageContaining("'Hai Phong' is not a valid plan id");
    assertThatThrownBy(() -> IndicatorId.of("hp ecommerce")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'hp ecommerce'");
    assertThatThrownBy(() -> RegionCode.of("31 ")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'31 ' is not a region code");
    assertThatThrownBy(() -> Lang.parse("fr")).isInstanceOf(InvalidValueException.class)
        .hasMessage("unknown language 'fr'; expected 'vi' or 'en'");
    assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2025-02-30' is not a real date");
    assertThatThrownBy(() -> MeasurementStatus.parse("final")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'final' is not a measurement status");
    assertThatThrownBy(() -> Breakdown.parse("sector")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'sector' is not a breakdown part");
    assertThatThrownBy(() -> ValueRange.between(5, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is empty; expected the smallest value first");
  }

  @Test
  void aWrongCallOfTheApi_staysAnIllegalArgumentException() {
    assertThatThrownBy(() -> ImportLimits.defaults().withFieldLength(0))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }
}
