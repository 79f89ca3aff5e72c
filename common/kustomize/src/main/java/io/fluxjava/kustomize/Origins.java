package io.fluxjava.kustomize;

/**
 * Formats kustomize's origin texts, the values of the {@code config.kubernetes.io/origin}
 * annotation and the items of {@code alpha.config.kubernetes.io/transformations}.
 */
final class Origins {

  /** kustomize's own plugins declare this apiVersion. */
  static final String BUILTIN = "builtin";

  private Origins() {}

  /** The origin of an object read from a file. */
  static String path(String relativePath) {
    return "path: " + relativePath + "\n";
  }

  /** The origin of a generator or transformer configured in a file, optionally named. */
  static String configured(String configFile, String apiVersion, String kind, String name) {
    return "configuredIn: "
        + configFile
        + "\nconfiguredBy:\n  apiVersion: "
        + apiVersion
        + "\n  kind: "
        + kind
        + "\n"
        + (name == null ? "" : "  name: " + name + "\n");
  }

  /** The transformations annotation: the origins as a YAML list. */
  static String asList(Iterable<String> origins) {
    StringBuilder out = new StringBuilder();
    for (String origin : origins) {
      String prefix = "- ";
      for (String line : origin.split("\n")) {
        out.append(prefix).append(line).append('\n');
        prefix = "  ";
      }
    }
    return out.toString();
  }
}
