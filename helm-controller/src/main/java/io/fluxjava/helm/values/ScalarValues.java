package io.fluxjava.helm.values;

/** Helm's {@code --set} typing of a scalar: booleans, null and integers, else the string. */
final class ScalarValues {

  private ScalarValues() {}

  static Object infer(String text) {
    switch (text) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        break;
    }
    if (text.matches("-?(0|[1-9][0-9]{0,17})")) {
      return Long.parseLong(text);
    }
    return text;
  }
}
