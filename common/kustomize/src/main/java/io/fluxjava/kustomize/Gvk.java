package io.fluxjava.kustomize;

/** Group, version and kind of a Kubernetes object; empty strings stand for "any" in selectors. */
record Gvk(String group, String version, String kind) {

  static Gvk fromApiVersion(String apiVersion, String kind) {
    String av = apiVersion == null ? "" : apiVersion;
    int slash = av.indexOf('/');
    String group = slash < 0 ? "" : av.substring(0, slash);
    String version = slash < 0 ? av : av.substring(slash + 1);
    return new Gvk(group, version, kind == null ? "" : kind);
  }

  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** True when every non-empty field of the selector equals this GVK's field. */
  boolean matches(Gvk selector) {
    return (selector.group.isEmpty() || selector.group.equals(group))
        && (selector.version.isEmpty() || selector.version.equals(version))
        && (selector.kind.isEmpty() || selector.kind.equals(kind));
  }

  /** The form kustomize prints in messages, e.g. {@code ConfigMap.v1.[noGrp]}. */
  @Override
  public String toString() {
    return (kind.isEmpty() ? "[noKind]" : kind)
        + "."
        + (version.isEmpty() ? "[noVer]" : version)
        + "."
        + (group.isEmpty() ? "[noGrp]" : group);
  }

  /** The key kustomize's legacy ordering compares after the kind rank. */
  String legacySortKey() {
    return (group.isEmpty() ? "~G" : group)
        + "_"
        + (version.isEmpty() ? "~V" : version)
        + "_"
        + (kind.isEmpty() ? "~K" : kind);
  }
}
