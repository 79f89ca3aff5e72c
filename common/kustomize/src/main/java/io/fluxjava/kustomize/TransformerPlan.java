package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in transformers one kustomization asks for, in kustomize's fixed order: strategic merge
 * patches, patches, namespace, prefix, suffix, labels, annotations, JSON 6902 patches, replicas,
 * images, replacements; one step per plugin instance kustomize would configure.
 */
final class TransformerPlan {

  private final Map<String, Object> k;
  private final RootedLoader loader;
  private final TransformerConfig config;
  private final OpenApiSelection openApi;

  TransformerPlan(
      Map<String, Object> kustomization,
      RootedLoader loader,
      TransformerConfig config,
      OpenApiSelection openApi) {
    this.k = kustomization;
    this.loader = loader;
    this.config = config;
    this.openApi = openApi;
  }

  /** One configured built-in transformer and the plugin kind kustomize reports it as. */
  record Step(String kind, Transformer transformer) {}

  /** The configured transformers, one step per plugin instance kustomize would configure. */
  List<Step> steps() {
    List<Step> plan = new ArrayList<>();
    List<Object> legacyPatches = items("patchesStrategicMerge");
    if (!legacyPatches.isEmpty()) {
      plan.add(new Step("PatchStrategicMergeTransformer", legacyPatches(legacyPatches)));
    }
    for (Object entry : items("patches")) {
      plan.add(new Step("PatchTransformer", patch(Values.asMap(entry), false)));
    }
    String namespace = Values.string(k.get("namespace"));
    if (namespace != null && !namespace.isEmpty()) {
      plan.add(
          new Step(
              "NamespaceTransformer",
              new NamespaceTransformer(namespace, config.get(TransformerConfig.NAMESPACE))));
    }
    String prefix = Values.string(k.get("namePrefix"));
    if (prefix != null && !prefix.isEmpty()) {
      plan.add(
          new Step(
              "PrefixTransformer",
              new NameAffixTransformer(prefix, "", config.get(TransformerConfig.NAME_PREFIX))));
    }
    String suffix = Values.string(k.get("nameSuffix"));
    if (suffix != null && !suffix.isEmpty()) {
      plan.add(
          new Step(
              "SuffixTransformer",
              new NameAffixTransformer("", suffix, config.get(TransformerConfig.NAME_SUFFIX))));
    }
    addLabelSteps(plan);
    Map<String, String> annotations = Values.stringMap(k.get("commonAnnotations"));
    if (!annotations.isEmpty()) {
      plan.add(
          new Step(
              "AnnotationsTransformer",
              new MapEntriesTransformer(
                  annotations, config.get(TransformerConfig.COMMON_ANNOTATIONS))));
    }
    for (Object entry : items("patchesJson6902")) {
      plan.add(new Step("PatchJson6902Transformer", patch(Values.asMap(entry), true)));
    }
    for (Map<String, Object> replica : maps("replicas")) {
      plan.add(
          new Step(
              "ReplicaCountTransformer",
              new ReplicaTransformer(List.of(replica), config.get(TransformerConfig.REPLICAS))));
    }
    // kustomize appends the deprecated imageTags to images when it reads the file
    List<Map<String, Object>> images = maps("images");
    images.addAll(maps("imageTags"));
    for (Map<String, Object> image : images) {
      plan.add(
          new Step(
              "ImageTagTransformer",
              new ImageTransformer(List.of(image), config.get(TransformerConfig.IMAGES))));
    }
    List<Map<String, Object>> replacements = maps("replacements");
    if (!replacements.isEmpty()) {
      plan.add(
          new Step(
              "ReplacementTransformer",
              new ReplacementTransformer(replacementsWithFiles(replacements))));
    }
    return plan;
  }

  /** All legacy strategic merge patches run as one plugin instance, in order. */
  private Transformer legacyPatches(List<Object> entries) {
    List<Transformer> patches = new ArrayList<>();
    for (Object entry : entries) {
      patches.add(
          new PatchTransformer(
              openApi, strategicMergeContent(String.valueOf(entry)), null, false, false, false));
    }
    return resources -> patches.forEach(p -> p.transform(resources));
  }

  /**
   * One step per {@code labels} entry, then one for {@code commonLabels}, which kustomize
   * configures (even empty) whenever either field has entries.
   */
  private void addLabelSteps(List<Step> plan) {
    List<Object> labels = items("labels");
    Map<String, String> commonLabels = Values.stringMap(k.get("commonLabels"));
    if (labels.isEmpty() && commonLabels.isEmpty()) {
      return;
    }
    for (Object entry : labels) {
      plan.add(new Step("LabelTransformer", labels(Values.asMap(entry))));
    }
    plan.add(
        new Step(
            "LabelTransformer", new MapEntriesTransformer(commonLabels, config.commonLabels())));
  }

  private Transformer patch(Map<String, Object> entry, boolean json6902) {
    String content;
    if (entry.get("path") != null) {
      content = loader.readString(String.valueOf(entry.get("path")));
    } else if (entry.get("patch") != null) {
      content = String.valueOf(entry.get("patch"));
    } else {
      throw new KustomizeException("must specify one of patch and path in " + entry);
    }
    Map<String, Object> targetMap = Values.asMap(entry.get("target"));
    TargetSelector target = targetMap == null ? null : TargetSelector.fromMap(targetMap);
    Map<String, Object> options = Values.asMap(entry.get("options"));
    boolean allowName = options != null && Boolean.TRUE.equals(options.get("allowNameChange"));
    boolean allowKind = options != null && Boolean.TRUE.equals(options.get("allowKindChange"));
    return new PatchTransformer(openApi, content, target, allowName, allowKind, json6902);
  }

  private String strategicMergeContent(String entry) {
    if (entry.contains("\n") || entry.trim().startsWith("{")) {
      return entry;
    }
    return loader.readString(entry);
  }

  private Transformer labels(Map<String, Object> entry) {
    List<FieldSpec> specs = new ArrayList<>();
    List<Object> fields = Values.asList(entry.get("fields"));
    if (fields != null) {
      fields.forEach(f -> specs.add(FieldSpec.fromMap(Values.asMap(f))));
    }
    if (Boolean.TRUE.equals(entry.get("includeSelectors"))) {
      specs.addAll(config.commonLabels());
    } else {
      specs.add(new FieldSpec(new Gvk("", "", ""), "metadata/labels", true));
      if (Boolean.TRUE.equals(entry.get("includeTemplates"))) {
        specs.addAll(config.get(TransformerConfig.TEMPLATE_LABELS));
      }
    }
    return new MapEntriesTransformer(Values.stringMap(entry.get("pairs")), specs);
  }

  private List<Map<String, Object>> replacementsWithFiles(List<Map<String, Object>> entries) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> entry : entries) {
      if (entry.get("path") != null) {
        Object parsed =
            KustTarget.parse(loader.readString(String.valueOf(entry.get("path"))), "replacement");
        if (parsed instanceof List<?> list) {
          list.forEach(i -> result.add(Values.asMap(i)));
        } else {
          result.add(Values.asMap(parsed));
        }
      } else {
        result.add(entry);
      }
    }
    return result;
  }

  private List<Object> items(String field) {
    List<Object> list = Values.asList(k.get(field));
    return list == null ? List.of() : list;
  }

  private List<Map<String, Object>> maps(String field) {
    List<Map<String, Object>> result = new ArrayList<>();
    items(field).forEach(i -> result.add(Values.asMap(i)));
    return result;
  }
}
