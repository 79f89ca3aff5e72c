package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entries of the {@code generators} and {@code transformers} fields: configurations of kustomize's
 * built-in plugins ({@code apiVersion: builtin}), given inline or as files. Other plugins are
 * refused, as kubectl refuses them.
 */
final class BuiltinPlugins {

  private static final String BUILTIN = "builtin";

  private final RootedLoader loader;
  private final OpenApiSelection openApi;

  BuiltinPlugins(RootedLoader loader, OpenApiSelection openApi) {
    this.loader = loader;
    this.openApi = openApi;
  }

  /**
   * One plugin configuration and the file it was read from, relative to the kustomization directory
   * (null when given inline in the kustomization).
   */
  record PluginConfig(Map<String, Object> config, String file) {

    String kind() {
      return Values.string(config.get("kind"));
    }

    String name() {
      Map<String, Object> metadata = Values.asMap(config.get("metadata"));
      return metadata == null ? null : Values.string(metadata.get("name"));
    }
  }

  /** Reads the plugin configurations of one field (inline YAML or file paths). */
  List<PluginConfig> configs(List<String> entries) {
    List<PluginConfig> configs = new ArrayList<>();
    for (String entry : entries) {
      boolean inline = entry.contains("\n");
      String text = inline ? entry : loader.readString(entry);
      for (Resource r : ResourceReader.read(text, entry)) {
        Map<String, Object> config = r.object();
        if (!BUILTIN.equals(config.get("apiVersion"))) {
          throw new KustomizeException(
              "external plugins disabled; unable to load external plugin '"
                  + config.get("kind")
                  + "'");
        }
        configs.add(new PluginConfig(config, inline ? null : entry));
      }
    }
    return configs;
  }

  /** The generator a configuration describes: ConfigMapGenerator or SecretGenerator. */
  Resource generate(Map<String, Object> config, ConfigMapSecretGenerator generator) {
    String kind = Values.string(config.get("kind"));
    boolean secret = "SecretGenerator".equals(kind);
    if (!secret && !"ConfigMapGenerator".equals(kind)) {
      throw new KustomizeException("unable to load builtin generator " + kind);
    }
    Map<String, Object> args = new java.util.LinkedHashMap<>(config);
    Map<String, Object> metadata = Values.asMap(config.get("metadata"));
    if (metadata != null) {
      args.put("name", metadata.get("name"));
      args.put("namespace", metadata.get("namespace"));
    }
    return generator.generate(args, secret);
  }

  /** The transformer a configuration describes. */
  Transformer transformer(Map<String, Object> config) {
    List<FieldSpec> specs = fieldSpecs(config.get("fieldSpecs"));
    String kind = String.valueOf(config.get("kind"));
    return switch (kind) {
      case "LabelTransformer" ->
          new MapEntriesTransformer(Values.stringMap(config.get("labels")), specs);
      case "AnnotationsTransformer" ->
          new MapEntriesTransformer(Values.stringMap(config.get("annotations")), specs);
      case "NamespaceTransformer" ->
          new NamespaceTransformer(
              Values.string(Values.childMap(config, "metadata").get("namespace")), specs);
      case "PrefixSuffixTransformer", "PrefixTransformer", "SuffixTransformer" ->
          new NameAffixTransformer(
              orEmpty(config.get("prefix")), orEmpty(config.get("suffix")), specs);
      case "ImageTagTransformer" ->
          new ImageTransformer(List.of(Values.asMap(config.get("imageTag"))), specs);
      case "ReplicaCountTransformer" ->
          new ReplicaTransformer(List.of(Values.asMap(config.get("replica"))), specs);
      case "PatchTransformer", "PatchJson6902Transformer" -> patch(config, kind);
      case "ReplacementTransformer" -> replacements(config);
      default -> throw new KustomizeException("unable to load builtin transformer " + kind);
    };
  }

  private Transformer patch(Map<String, Object> config, String kind) {
    String content =
        config.get("path") != null
            ? loader.readString(String.valueOf(config.get("path")))
            : Values.string(
                config.containsKey("jsonOp") ? config.get("jsonOp") : config.get("patch"));
    if (content == null) {
      throw new KustomizeException("patch or path is required for " + kind);
    }
    Map<String, Object> target = Values.asMap(config.get("target"));
    Map<String, Object> options = Values.asMap(config.get("options"));
    return new PatchTransformer(
        openApi,
        content,
        target == null ? null : TargetSelector.fromMap(target),
        options != null && Boolean.TRUE.equals(options.get("allowNameChange")),
        options != null && Boolean.TRUE.equals(options.get("allowKindChange")),
        kind.equals("PatchJson6902Transformer"));
  }

  private static Transformer replacements(Map<String, Object> config) {
    List<Map<String, Object>> list = new ArrayList<>();
    List<Object> items = Values.asList(config.get("replacements"));
    if (items != null) {
      items.forEach(i -> list.add(Values.asMap(i)));
    }
    return new ReplacementTransformer(list);
  }

  private static List<FieldSpec> fieldSpecs(Object value) {
    List<FieldSpec> specs = new ArrayList<>();
    List<Object> items = Values.asList(value);
    if (items != null) {
      items.forEach(i -> specs.add(FieldSpec.fromMap(Values.asMap(i))));
    }
    return specs;
  }

  private static String orEmpty(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
