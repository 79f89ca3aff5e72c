package io.fluxjava.kustomize;

import java.util.List;

/**
 * What every kustomization of one build shares: the options, the OpenAPI schema choice, and the top
 * kustomization's {@code buildMetadata}, which kustomize applies to all of them.
 */
final class BuildSession {

  static final String ORIGIN_ANNOTATIONS = "originAnnotations";
  static final String TRANSFORMER_ANNOTATIONS = "transformerAnnotations";
  static final String MANAGED_BY_LABEL = "managedByLabel";

  private final KustomizeOptions options;
  private final OpenApiSelection openApi = new OpenApiSelection();
  private List<String> buildMetadata = List.of();

  BuildSession(KustomizeOptions options) {
    this.options = options;
  }

  KustomizeOptions options() {
    return options;
  }

  OpenApiSelection openApi() {
    return openApi;
  }

  /** Takes the build metadata options of the top kustomization. */
  void useBuildMetadata(List<String> options) {
    this.buildMetadata = List.copyOf(options);
  }

  boolean buildMetadata(String option) {
    return buildMetadata.contains(option);
  }

  /** Runs a transformer and, when asked for, notes on every object that it ran. */
  void run(Transformer transformer, String origin, ResourceList resources) {
    transformer.transform(resources);
    if (buildMetadata(TRANSFORMER_ANNOTATIONS)) {
      resources.all().forEach(r -> r.recordTransformer(origin));
    }
  }
}
