package dev.chitieu.survey;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of ids and weights shared by the parts of a criteria set. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

  private Ids() {}

  static void check(String id, String what) {
    java.util.Objects.requireNonNull(id, what + " id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " id '" + id + "' must be 1 to 80 lower-case letters, digits, '.',"
          + " '_' or '-', starting with a letter or digit");
    }
  }

  static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static void positive(Optional<BigDecimal> weight, String what) {
    java.util.Objects.requireNonNull(weight, "weight");
    if (weight.isPresent() && weight.get().signum() <= 0) {
      throw new IllegalArgumentException(what + " has weight " + weight.get().toPlainString()
          + "; a weight must be > 0");
    }
  }
}
