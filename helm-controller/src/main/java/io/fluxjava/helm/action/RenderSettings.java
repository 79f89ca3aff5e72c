package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.api.helm.HelmReleaseStatus;
import io.fluxjava.helm.values.Digests;
import java.util.List;
import java.util.Objects;

/**
 * The spec fields that change the rendered objects without changing chart or values ({@code
 * postRenderers}, {@code commonMetadata}): their digests are recorded after each release ({@code
 * status.observedPostRenderersDigest}, {@code observedCommonMetadataDigest}) and a change makes the
 * release out of sync.
 */
final class RenderSettings {

  private RenderSettings() {}

  /** Records the digests of the settings the release was just made with. */
  static void observe(ReleaseRun run) {
    HelmReleaseSpec spec = run.release().getSpec();
    run.status().setObservedPostRenderersDigest(postRenderersDigest(spec));
    run.status().setObservedCommonMetadataDigest(commonMetadataDigest(spec));
  }

  /** False when a setting changed since the last release (unknown digests count as unchanged). */
  static boolean unchanged(ReleaseRun run) {
    HelmReleaseSpec spec = run.release().getSpec();
    HelmReleaseStatus status = run.status();
    return matches(status.getObservedPostRenderersDigest(), postRenderersDigest(spec))
        && matches(status.getObservedCommonMetadataDigest(), commonMetadataDigest(spec));
  }

  private static boolean matches(String observed, String desired) {
    return observed == null || Objects.equals(observed, desired);
  }

  private static String postRenderersDigest(HelmReleaseSpec spec) {
    return Digests.sha256(spec.getPostRenderers() == null ? List.of() : spec.getPostRenderers());
  }

  private static String commonMetadataDigest(HelmReleaseSpec spec) {
    return Digests.sha256(spec.getCommonMetadata());
  }
}
