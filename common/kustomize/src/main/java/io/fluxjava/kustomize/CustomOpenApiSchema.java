package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI (swagger 2) document given with a kustomization's {@code openapi.path}. Kinds are
 * found through the {@code x-kubernetes-group-version-kind} extension of its definitions; a field's
 * schema is its property (or the map's {@code additionalProperties}) with every {@code $ref}
 * followed, and carries the {@code x-kubernetes-patch-strategy}, {@code
 * x-kubernetes-patch-merge-key} and {@code x-kubernetes-list-map-keys} extensions. Schemas are
 * named by JSON pointers into the document.
 */
final class CustomOpenApiSchema implements PatchSchema {

  static final String GVK_EXTENSION = "x-kubernetes-group-version-kind";
  static final String PATCH_STRATEGY = "x-kubernetes-patch-strategy";
  static final String PATCH_MERGE_KEY = "x-kubernetes-patch-merge-key";
  static final String LIST_MAP_KEYS = "x-kubernetes-list-map-keys";

  private static final String DEFINITIONS = "#/definitions/";
  private static final String REF = "$ref";

  /** Refs are followed at most this often, so a cyclic document cannot loop forever. */
  private static final int MAX_REF_HOPS = 64;

  private final Map<String, Object> document;
  private final Map<String, String> definitionByType = new HashMap<>();

  private CustomOpenApiSchema(Map<String, Object> document) {
    this.document = document;
    Map<String, Object> definitions = Values.asMap(document.get("definitions"));
    if (definitions != null) {
      definitions.forEach((name, definition) -> indexKinds(name, Values.asMap(definition)));
    }
  }

  /** Parses a JSON or YAML swagger document. */
  static CustomOpenApiSchema parse(String text, String source) {
    Map<String, Object> document = Values.asMap(KustTarget.parse(text, source));
    if (document == null) {
      throw new KustomizeException("invalid schema file: '" + source + "' is not a mapping");
    }
    return new CustomOpenApiSchema(document);
  }

  @Override
  public String definitionOf(Gvk gvk) {
    return definitionByType.get(gvk.apiVersion() + "/" + gvk.kind());
  }

  @Override
  public Field field(String definition, String name) {
    Map<String, Object> schema = Values.asMap(at(definition));
    if (schema == null) {
      return null;
    }
    Map<String, Object> properties = Values.asMap(schema.get("properties"));
    String pointer;
    if (properties != null && properties.containsKey(name)) {
      pointer = definition + "/properties/" + escape(name);
    } else if (Values.asMap(schema.get("additionalProperties")) != null) {
      pointer = definition + "/additionalProperties";
    } else {
      return null;
    }
    pointer = followRefs(pointer);
    Map<String, Object> fieldSchema = pointer == null ? null : Values.asMap(at(pointer));
    if (fieldSchema == null) {
      return null;
    }
    boolean array = isArray(fieldSchema.get("type"));
    String valueSchema = pointer;
    if (array) {
      valueSchema =
          Values.asMap(fieldSchema.get("items")) == null ? null : followRefs(pointer + "/items");
    }
    String strategy = Values.string(fieldSchema.get(PATCH_STRATEGY));
    return new Field(valueSchema, array, mergeKeys(fieldSchema, strategy), strategy);
  }

  private void indexKinds(String name, Map<String, Object> definition) {
    List<Object> gvks = definition == null ? null : Values.asList(definition.get(GVK_EXTENSION));
    if (gvks == null) {
      return;
    }
    for (Object item : gvks) {
      Map<String, Object> gvk = Values.asMap(item);
      if (gvk != null && gvk.get("version") instanceof String version) {
        String group = gvk.get("group") instanceof String g ? g : "";
        Gvk type = new Gvk(group, version, Values.string(gvk.get("kind")));
        definitionByType.put(type.apiVersion() + "/" + type.kind(), DEFINITIONS + escape(name));
      }
    }
  }

  /** kustomize reads merge keys only when a strategy is set; a key list wins over a single key. */
  private static List<String> mergeKeys(Map<String, Object> fieldSchema, String strategy) {
    if (strategy == null) {
      return List.of();
    }
    List<Object> keyList = Values.asList(fieldSchema.get(LIST_MAP_KEYS));
    if (keyList != null) {
      List<String> keys = new ArrayList<>();
      keyList.forEach(k -> keys.add(String.valueOf(k)));
      return keys;
    }
    String key = Values.string(fieldSchema.get(PATCH_MERGE_KEY));
    return key == null ? List.of() : List.of(key);
  }

  private static boolean isArray(Object type) {
    return "array".equals(type) || List.of("array").equals(type);
  }

  /** The pointer of the schema a chain of {@code $ref}s ends at, or null if it leads nowhere. */
  private String followRefs(String pointer) {
    String current = pointer;
    for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
      Map<String, Object> schema = Values.asMap(at(current));
      if (schema == null || !(schema.get(REF) instanceof String ref) || ref.isEmpty()) {
        return schema == null ? null : current;
      }
      current = ref;
    }
    return null;
  }

  /** The value a local JSON pointer ("#/a/b") names, or null. */
  private Object at(String pointer) {
    if (pointer == null || !pointer.startsWith("#")) {
      return null;
    }
    Object node = document;
    for (String token : pointer.substring(1).split("/", -1)) {
      if (token.isEmpty() && node == document) {
        continue;
      }
      String key = token.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map<?, ?> map) {
        node = map.get(key);
      } else if (node instanceof List<?> list && key.matches("\\d+")) {
        int index = Integer.parseInt(key);
        node = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
