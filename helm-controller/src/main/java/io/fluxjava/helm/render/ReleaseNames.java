package io.fluxjava.helm.render;

import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.helm.values.Digests;

/** Upstream's naming of the Helm release and of the namespaces it lives in. */
public final class ReleaseNames {

  /** Helm's limit on release names. */
  private static final int MAX_LENGTH = 53;

  private static final int SHORT_PREFIX = 40;
  private static final int HASH_CHARS = 12;

  private ReleaseNames() {}

  /**
   * {@code spec.releaseName}, else {@code [targetNamespace-]name}; a name over 53 characters
   * becomes its first 40 characters, a dash and the first 12 hex of its SHA-256.
   */
  public static String releaseName(HelmRelease release) {
    HelmReleaseSpec spec = release.getSpec();
    String name = spec.getReleaseName();
    if (name == null || name.isEmpty()) {
      name = release.getMetadata().getName();
      if (spec.getTargetNamespace() != null && !spec.getTargetNamespace().isEmpty()) {
        name = spec.getTargetNamespace() + "-" + name;
      }
    }
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    return name.substring(0, SHORT_PREFIX) + "-" + Digests.sha256Hex(name).substring(0, HASH_CHARS);
  }

  /** Where the release's objects go: {@code spec.targetNamespace}, else the HelmRelease's. */
  public static String targetNamespace(HelmRelease release) {
    return orDefault(release.getSpec().getTargetNamespace(), release);
  }

  /** Where the release Secrets go: {@code spec.storageNamespace}, else the HelmRelease's. */
  public static String storageNamespace(HelmRelease release) {
    return orDefault(release.getSpec().getStorageNamespace(), release);
  }

  private static String orDefault(String value, HelmRelease release) {
    return value == null || value.isEmpty() ? release.getMetadata().getNamespace() : value;
  }
}
