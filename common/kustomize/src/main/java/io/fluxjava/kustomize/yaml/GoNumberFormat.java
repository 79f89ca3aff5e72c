package io.fluxjava.kustomize.yaml;

import java.math.BigDecimal;

/**
 * Formats a floating-point value as kustomize prints it after its JSON round trip: integral values
 * below 1e21 become integers, others use Go's shortest {@code %g} form (exponent when it is below
 * -4 or at least 6, written with at least two digits).
 */
final class GoNumberFormat {

  private GoNumberFormat() {}

  static String formatFloat(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new YamlException("json: unsupported value: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e21) {
      return new BigDecimal(value).toBigInteger().toString();
    }
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = value < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 6) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    return sign + shortest.abs().toPlainString();
  }
}
