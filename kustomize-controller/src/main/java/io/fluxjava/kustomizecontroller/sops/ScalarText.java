package io.fluxjava.kustomizecontroller.sops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** How sops writes a decrypted scalar into line-based formats (dotenv, INI). */
final class ScalarText {

  private static final int FLOAT_DECIMALS = 6;

  private ScalarText() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double number) {
      // sops formats floats with six decimals in these formats.
      return BigDecimal.valueOf(number)
          .setScale(FLOAT_DECIMALS, RoundingMode.HALF_EVEN)
          .toPlainString();
    }
    if (value instanceof Map || value instanceof List) {
      throw new SopsException("cannot use complex value in a line-based file");
    }
    return value.toString();
  }
}
