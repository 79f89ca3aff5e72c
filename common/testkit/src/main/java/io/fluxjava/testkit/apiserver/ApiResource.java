package io.fluxjava.testkit.apiserver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One served resource type: the facts discovery, tables and watches need about it. */
public record ApiResource(
    String group,
    String version,
    String plural,
    String kind,
    boolean namespaced,
    List<String> shortNames,
    List<String> categories,
    boolean statusSubresource,
    List<String> verbs,
    List<Map<String, Object>> printerColumns) {

  /** The verbs of an ordinary resource. */
  public static final List<String> ALL_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  /** {@code group/version}, or just the version for the core group. */
  public String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The singular name, as discovery reports it. */
  public String singular() {
    return kind.toLowerCase(Locale.ROOT);
  }
}
