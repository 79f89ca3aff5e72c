package io.fluxjava.kustomize;

import java.util.Map;

/**
 * The OpenAPI schema strategic merge patches use during one build, chosen by {@code openapi} fields
 * as kustomize chooses it: the top kustomization decides first; otherwise the first kustomization
 * loaded with an {@code openapi} field decides for the rest of the build, including patches of
 * kustomizations loaded before it that run later. A custom schema replaces the built-in one
 * entirely, so built-in kinds it does not describe lose their merge keys.
 */
final class OpenApiSelection {

  /** The only Kubernetes schema version kustomize v5.5.0 bundles (its default). */
  static final String BUILTIN_VERSION = "v1.21.2";

  static final String VERSION = "version";
  static final String PATH = "path";

  private PatchSchema schema = OpenApiCatalog.get();
  private boolean chosen;

  /** The schema in force now. */
  PatchSchema schema() {
    return schema;
  }

  /**
   * Applies a kustomization's {@code openapi} field.
   *
   * @param field the field (empty when absent)
   * @param customSchema the text of the file {@code path} names, or null
   * @param top whether this is the kustomization the build started at (it always decides)
   */
  void choose(Map<String, String> field, String customSchema, boolean top) {
    if (chosen && !top) {
      return;
    }
    if (customSchema != null) {
      if (field.containsKey(VERSION)) {
        throw new KustomizeException("builtin version and custom schema provided, cannot use both");
      }
      schema = CustomOpenApiSchema.parse(customSchema, field.get(PATH));
      chosen = true;
      return;
    }
    String version = field.getOrDefault(VERSION, "");
    if (version.isEmpty()) {
      return;
    }
    if (!version.equals(BUILTIN_VERSION)) {
      throw new KustomizeException("the specified OpenAPI version is not built in");
    }
    schema = OpenApiCatalog.get();
    chosen = true;
  }
}
