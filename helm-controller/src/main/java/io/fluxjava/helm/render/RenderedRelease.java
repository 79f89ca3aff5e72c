package io.fluxjava.helm.render;

import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;

/**
 * What one render of a chart produced: the release objects, the hooks (with Helm's hook metadata)
 * and the CRDs of {@code crds/}, already filtered by the CRD policy.
 */
public record RenderedRelease(
    List<ManifestDocument> objects, List<StoredRelease.Hook> hooks, List<ManifestDocument> crds) {

  public RenderedRelease {
    objects = List.copyOf(objects);
    hooks = List.copyOf(hooks);
    crds = List.copyOf(crds);
  }

  /** The manifest Helm stores for the release: the objects, without hooks or CRDs. */
  public String manifest() {
    return ManifestParser.render(objects);
  }
}
