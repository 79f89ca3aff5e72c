package io.fluxjava.kustomize;

/** Identity of a resource in a build: GVK, name and namespace (empty for none). */
record ResId(Gvk gvk, String name, String namespace) {

  static final String DEFAULT_NAMESPACE = "default";

  /** Namespace used to detect duplicates: no namespace counts as "default". */
  String effectiveNamespace() {
    return namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
  }

  boolean sameIdentity(ResId other) {
    return gvk.equals(other.gvk)
        && name.equals(other.name)
        && effectiveNamespace().equals(other.effectiveNamespace());
  }

  @Override
  public String toString() {
    return gvk + "/" + name + "." + effectiveNamespace();
  }
}
