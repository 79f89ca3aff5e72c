package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in transformers one kustomization asks for, in kustomize's fixed order: strategic merge
 * patches, patches, namespace, prefix, suffix, labels, annotations, JSON 6902 patches, replicas,
 * images, replacements.
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

  List<Transformer> transformers() {
    List<Transformer> plan = new ArrayList<>();
    for (Object entry : items("patchesStrategicMerge")) {
      plan.add(
          new PatchTransformer(
              openApi, strategicMergeContent(String.valueOf(entry)), null, false, false, false));
    }
    for (Object entry : items("patches")) {
      plan.add(patch(Values.asMap(entry), false));
    }
    String namespace = Values.string(k.get("namespace"));
    if (namespace != null && !namespace.isEmpty()) {
      plan.add(new NamespaceTransformer(namespace, config.get(TransformerConfig.NAMESPACE)));
    }
    String prefix = Values.string(k.get("namePrefix"));
    if (prefix != null && !prefix.isEmpty()) {
      plan.add(new NameAffixTransformer(prefix, "", config.get(TransformerConfig.NAME_PREFIX)));
    }
    String suffix = Values.string(k.get("nameSuffix"));
    if (suffix != null && !suffix.isEmpty()) {
      plan.add(new NameAffixTransformer("", suffix, config.get(TransformerConfig.NAME_SUFFIX)));
    }
    for (Object entry : items("labels")) {
      plan.add(labels(Values.asMap(entry)));
    }
    plan.add(
        new MapEntriesTransformer(Values.stringMap(k.get("commonLabels")), config.commonLabels()));
    plan.add(
        new MapEntriesTransformer(
            Values.stringMap(k.get("commonAnnotations")),
            config.get(TransformerConfig.COMMON_ANNOTATIONS)));
    for (Object entry : items("patchesJson6902")) {
      plan.add(patch(Values.asMap(entry), true));
    }
    List<Map<String, Object>> replicas = maps("replicas");
    if (!replicas.isEmpty()) {
      plan.add(new ReplicaTransformer(replicas, config.get(TransformerConfig.REPLICAS)));
    }
    List<Map<String, Object>> images = maps("images");
    if (!images.isEmpty()) {
      plan.add(new ImageTransformer(images, config.get(TransformerConfig.IMAGES)));
    }
    List<Map<String, Object>> replacements = maps("replacements");
    if (!replacements.isEmpty()) {
      plan.add(new ReplacementTransformer(replacementsWithFiles(replacements)));
    }
    return plan;
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
