package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.GoYamlWriter;
import io.fluxjava.kustomize.yaml.YamlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a kustomization directory into Kubernetes objects, with the same result as {@code kubectl
 * kustomize} (kustomize v5.5.0): {@code new KustomizeBuilder(KustomizeOptions.defaults())
 * .build(dir)} gives the objects, {@link #toYaml(List)} the YAML kubectl would print.
 */
public final class KustomizeBuilder {

  private static final String ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
  private static final String TRANSFORMATIONS_ANNOTATION =
      "alpha.config.kubernetes.io/transformations";
  private static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  /** kubectl's embedded kustomize reports its version as "(devel)". */
  private static final String MANAGED_BY_VALUE = "kustomize-(devel)";

  private final KustomizeOptions options;

  /** Creates a builder with the given options. */
  public KustomizeBuilder(KustomizeOptions options) {
    this.options = options;
  }

  /** Builds the kustomization in the directory into objects, in output order. */
  public List<Map<String, Object>> build(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new KustomizeException("must build at directory: not a valid directory: " + dir);
    }
    try {
      BuildSession session = new BuildSession(options);
      KustTarget target = new KustTarget(dir, List.of(), session);
      session.useBuildMetadata(Values.stringList(target.kustomization().get("buildMetadata")));
      target.chooseOpenApi(true);
      Accumulation acc = target.accumulate();
      new HashSuffixTransformer().transform(acc.resources);
      new NameReferenceFixer(acc.config.nameReferences()).transform(acc.resources);
      Map<String, Object> varValues = new java.util.LinkedHashMap<>();
      acc.vars.forEach(v -> varValues.put(v.name(), v.value()));
      new VarExpander(varValues, acc.config.get(TransformerConfig.VAR_REFERENCE))
          .transform(acc.resources);
      sorter(target.kustomization()).transform(acc.resources);
      addBuildAnnotations(session, acc.resources);
      if (session.buildMetadata(BuildSession.MANAGED_BY_LABEL)) {
        new MapEntriesTransformer(
                Map.of(MANAGED_BY_LABEL, MANAGED_BY_VALUE),
                List.of(new FieldSpec(new Gvk("", "", ""), "metadata/labels", true)))
            .transform(acc.resources);
      }
      List<Map<String, Object>> result = new ArrayList<>();
      acc.resources.all().forEach(r -> result.add(withoutEmptyAnnotations(r)));
      return result;
    } catch (YamlException e) {
      throw new KustomizeException(e.getMessage(), e);
    }
  }

  /** Builds the directory and returns the YAML stream kubectl would print. */
  public String buildYaml(Path dir) {
    return toYaml(build(dir));
  }

  /** Writes objects as a YAML stream separated by "---", byte-identical to kubectl's output. */
  public static String toYaml(List<Map<String, Object>> objects) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < objects.size(); i++) {
      if (i > 0) {
        out.append("---\n");
      }
      out.append(GoYamlWriter.write(objects.get(i)));
    }
    return out.toString();
  }

  private Transformer sorter(Map<String, Object> kustomization) {
    Map<String, Object> sortOptions = Values.asMap(kustomization.get("sortOptions"));
    String order = options.sortOrder();
    List<String> first = LegacySorter.DEFAULT_FIRST;
    List<String> last = LegacySorter.DEFAULT_LAST;
    if (sortOptions != null) {
      order = Values.string(sortOptions.get("order"));
      Map<String, Object> legacy = Values.asMap(sortOptions.get("legacySortOptions"));
      if (legacy != null) {
        first = Values.stringList(legacy.get("orderFirst"));
        last = Values.stringList(legacy.get("orderLast"));
      }
    }
    if (KustomizeOptions.FIFO.equals(order)) {
      return resources -> {};
    }
    return new LegacySorter(first, last);
  }

  /**
   * kustomize strips its internal annotations at the end of a build and, doing so, drops an
   * annotations field left empty or null.
   */
  private static Map<String, Object> withoutEmptyAnnotations(Resource r) {
    Map<String, Object> metadata = Values.asMap(r.object().get("metadata"));
    if (metadata != null && metadata.containsKey("annotations")) {
      Map<String, Object> annotations = Values.asMap(metadata.get("annotations"));
      if (annotations == null || annotations.isEmpty()) {
        metadata.remove("annotations");
      }
    }
    return r.object();
  }

  private static void addBuildAnnotations(BuildSession session, ResourceList resources) {
    boolean origins = session.buildMetadata(BuildSession.ORIGIN_ANNOTATIONS);
    boolean transformations = session.buildMetadata(BuildSession.TRANSFORMER_ANNOTATIONS);
    for (Resource r : resources.all()) {
      if (origins && r.origin() != null) {
        Values.childMap(r.metadata(), "annotations").put(ORIGIN_ANNOTATION, r.origin());
      }
      if (transformations && !r.transformations().isEmpty()) {
        Values.childMap(r.metadata(), "annotations")
            .put(TRANSFORMATIONS_ANNOTATION, Origins.asList(r.transformations()));
      }
    }
  }
}
