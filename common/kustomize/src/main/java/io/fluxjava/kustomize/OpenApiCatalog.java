package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What kustomize knows of built-in kinds from the Kubernetes OpenAPI document it bundles: whether a
 * kind is cluster-scoped, and for each field its type reference, list-ness, merge key and patch
 * strategy.
 */
final class OpenApiCatalog implements PatchSchema {

  private static final OpenApiCatalog INSTANCE = load();

  private final Map<String, Object> resources;
  private final Map<String, Object> definitions;

  private OpenApiCatalog(Map<String, Object> resources, Map<String, Object> definitions) {
    this.resources = resources;
    this.definitions = definitions;
  }

  static OpenApiCatalog get() {
    return INSTANCE;
  }

  /** The definition name of a built-in kind, or null for kinds the document does not know. */
  @Override
  public String definitionOf(Gvk gvk) {
    Map<String, Object> entry = Values.asMap(resources.get(gvk.apiVersion() + "/" + gvk.kind()));
    return entry == null ? null : Values.string(entry.get("definition"));
  }

  /** True only for kinds the document marks cluster-scoped; unknown kinds count as namespaced. */
  boolean isClusterScoped(Gvk gvk) {
    Map<String, Object> entry = Values.asMap(resources.get(gvk.apiVersion() + "/" + gvk.kind()));
    if (entry == null) {
      return false;
    }
    return "Cluster".equals(entry.get("scope"));
  }

  /** Field facts within a definition, or null when the field carries none. */
  @Override
  public Field field(String definition, String name) {
    if (definition == null) {
      return null;
    }
    Map<String, Object> def = Values.asMap(definitions.get(definition));
    Map<String, Object> field = def == null ? null : Values.asMap(def.get(name));
    if (field == null) {
      return null;
    }
    return new Field(
        Values.string(field.get("ref")),
        Boolean.TRUE.equals(field.get("array")),
        mergeKeys(field),
        Values.string(field.get("strategy")));
  }

  /** Like kustomize, a list of map keys wins over the single patch merge key. */
  private static List<String> mergeKeys(Map<String, Object> field) {
    List<Object> listMapKeys = Values.asList(field.get("listMapKeys"));
    if (listMapKeys != null && field.get("strategy") != null) {
      return listMapKeys.stream().map(String::valueOf).toList();
    }
    String mergeKey = Values.string(field.get("mergeKey"));
    return mergeKey == null ? List.of() : List.of(mergeKey);
  }

  private static OpenApiCatalog load() {
    try (InputStream in = OpenApiCatalog.class.getResourceAsStream("patch-metadata.json")) {
      Map<String, Object> root =
          Values.asMap(YamlLoader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return new OpenApiCatalog(
          Values.asMap(root.get("resources")), Values.asMap(root.get("definitions")));
    } catch (IOException e) {
      throw new IllegalStateException("missing bundled OpenAPI patch metadata", e);
    }
  }
}
