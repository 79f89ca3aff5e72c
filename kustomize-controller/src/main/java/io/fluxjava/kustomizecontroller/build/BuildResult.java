package io.fluxjava.kustomizecontroller.build;

import java.util.List;
import java.util.Map;

/**
 * The manifests of one revision, ready to apply.
 *
 * @param objects the built, decrypted and substituted objects, in build order
 * @param digest {@code sha256:<hex>} of their multi-document YAML, recorded in the history
 */
public record BuildResult(List<Map<String, Object>> objects, String digest) {

  public BuildResult {
    objects = List.copyOf(objects);
  }
}
