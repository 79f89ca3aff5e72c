package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file listed under a kustomization's {@code crds} field, as kustomize does: a map from Go
 * type names ({@code github.com/x/api/v1.MyKind}) to OpenAPI definitions {@code {Schema,
 * Dependencies}}. Each definition that looks like a Kubernetes object (its properties include kind,
 * apiVersion and metadata) is walked through its properties and their {@code $ref}s; the {@code
 * x-kubernetes-*} markers found become transformer configuration for that kind, selected by kind
 * only (the last dot-separated segment of the type name).
 */
final class CrdDefinitions {

  /** Marks a map field that receives commonAnnotations. */
  static final String X_ANNOTATION = "x-kubernetes-annotation";

  /** Marks a map field that receives labels applied with selectors. */
  static final String X_LABEL_SELECTOR = "x-kubernetes-label-selector";

  /** Marks a string field that receives the name prefix. */
  static final String X_IDENTITY = "x-kubernetes-identity";

  /** With {@link #X_REF_KIND}: the field refers by name to an object of that version and kind. */
  static final String X_REF_API_VERSION = "x-kubernetes-object-ref-api-version";

  /** The kind of the object a field refers to by name. */
  static final String X_REF_KIND = "x-kubernetes-object-ref-kind";

  /** The key under the referring field holding the name; "name" when absent. */
  static final String X_REF_NAME_KEY = "x-kubernetes-object-ref-name-key";

  private static final String DEFAULT_NAME_KEY = "name";
  private static final String REF = "$ref";
  private static final List<String> OBJECT_PROPERTIES = List.of("kind", "apiVersion", "metadata");

  private final Map<String, Object> definitions;
  private final TransformerConfig config;

  private CrdDefinitions(Map<String, Object> definitions, TransformerConfig config) {
    this.definitions = definitions;
    this.config = config;
  }

  /** Adds what the definitions file says to the configuration; fails on a malformed file. */
  static void loadInto(TransformerConfig config, String text, String source) {
    Object parsed;
    try {
      parsed = KustTarget.parse(text, source);
    } catch (KustomizeException e) {
      throw unparsable(source, e.getMessage());
    }
    if (parsed == null) {
      throw unparsable(source, "the file is empty");
    }
    // kustomize decodes JSON directly and YAML through a JSON conversion that adds this prefix
    String decoder = text.startsWith("{") ? "" : "error unmarshaling JSON: while decoding JSON: ";
    Map<String, Object> definitions = Values.asMap(parsed);
    if (definitions == null) {
      throw unparsable(source, decoder + cannotUnmarshal(parsed, "accumulator.nameToApiMap"));
    }
    for (Object definition : definitions.values()) {
      if (definition != null && Values.asMap(definition) == null) {
        throw unparsable(
            source, decoder + cannotUnmarshal(definition, "accumulator.OpenAPIDefinition"));
      }
    }
    new CrdDefinitions(definitions, config).load();
  }

  private void load() {
    for (String typeName : definitions.keySet()) {
      if (properties(typeName).keySet().containsAll(OBJECT_PROPERTIES)) {
        walk(new Gvk("", "", kindOf(typeName)), typeName, List.of(), new HashSet<>());
      }
    }
  }

  private void walk(Gvk owner, String typeName, List<String> path, Set<String> onPath) {
    if (!definitions.containsKey(typeName)) {
      return;
    }
    if (!onPath.add(typeName)) {
      throw new KustomizeException("crds: cyclic $ref to '" + typeName + "'");
    }
    for (Map.Entry<String, Object> property : properties(typeName).entrySet()) {
      Map<String, Object> schema = Values.asMap(property.getValue());
      if (schema == null) {
        continue;
      }
      List<String> fieldPath = append(path, property.getKey());
      addMarkers(owner, schema, fieldPath);
      if (schema.get(REF) instanceof String ref && !ref.isEmpty()) {
        walk(owner, ref, fieldPath, onPath);
      }
    }
    onPath.remove(typeName);
  }

  private void addMarkers(Gvk owner, Map<String, Object> schema, List<String> fieldPath) {
    if (schema.get(X_ANNOTATION) instanceof String) {
      config.addFieldSpec(TransformerConfig.COMMON_ANNOTATIONS, spec(owner, fieldPath));
    }
    if (schema.get(X_LABEL_SELECTOR) instanceof String) {
      config.addFieldSpec(TransformerConfig.COMMON_LABELS, spec(owner, fieldPath));
    }
    if (schema.get(X_IDENTITY) instanceof String) {
      config.addFieldSpec(TransformerConfig.NAME_PREFIX, spec(owner, fieldPath));
    }
    if (schema.get(X_REF_API_VERSION) instanceof String version
        && schema.get(X_REF_KIND) instanceof String kind) {
      String nameKey = schema.get(X_REF_NAME_KEY) instanceof String key ? key : DEFAULT_NAME_KEY;
      config.addNameReference(
          new Gvk("", version, kind), List.of(spec(owner, append(fieldPath, nameKey))));
    }
  }

  /** The properties of a definition's schema; Go matches the field names case-insensitively. */
  private Map<String, Object> properties(String typeName) {
    Map<String, Object> definition = Values.asMap(definitions.get(typeName));
    Map<String, Object> schema = Values.asMap(ignoringCase(definition, "schema"));
    Map<String, Object> properties = Values.asMap(ignoringCase(schema, "properties"));
    return properties == null ? Map.of() : properties;
  }

  private static Object ignoringCase(Map<String, Object> map, String key) {
    if (map == null) {
      return null;
    }
    Object exact = map.get(key);
    if (exact != null) {
      return exact;
    }
    return map.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String kindOf(String typeName) {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }

  private static FieldSpec spec(Gvk owner, List<String> path) {
    return new FieldSpec(owner, String.join("/", path), false);
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }

  private static String cannotUnmarshal(Object value, String goType) {
    String jsonType =
        value instanceof List<?>
            ? "array"
            : value instanceof String ? "string" : value instanceof Boolean ? "bool" : "number";
    return "json: cannot unmarshal " + jsonType + " into Go value of type " + goType;
  }

  private static KustomizeException unparsable(String source, String why) {
    return new KustomizeException(
        "unable to parse open API definition from '" + source + "': " + why);
  }
}
