package io.fluxjava.kustomize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed shape of a kustomization file. kustomize decodes it strictly into Go structs, so a
 * wrong type or unknown field fails the build; this reproduces those failures and their wording
 * ("json: cannot unmarshal bool into Go struct field Kustomization.namespace of type string").
 */
final class KustomizationSchema {

  /** One node of the schema. */
  private sealed interface Type permits Scalar, ListOf, MapOfStrings, Struct, Anything {}

  private record Scalar(String goType) implements Type {}

  private record ListOf(Type element) implements Type {}

  private record MapOfStrings() implements Type {}

  private record Struct(String goName, Map<String, Type> fields) implements Type {}

  private record Anything() implements Type {}

  private static final Scalar STRING = new Scalar("string");
  private static final Scalar BOOL = new Scalar("bool");
  private static final Scalar INT = new Scalar("int64");
  private static final ListOf STRINGS = new ListOf(STRING);
  private static final MapOfStrings STRING_MAP = new MapOfStrings();
  private static final Anything ANY = new Anything();

  private static final Struct FIELD_SPEC =
      struct(
          "FieldSpec",
          "group",
          STRING,
          "version",
          STRING,
          "kind",
          STRING,
          "path",
          STRING,
          "create",
          BOOL);
  private static final Struct SELECTOR =
      struct(
          "Selector",
          "group",
          STRING,
          "version",
          STRING,
          "kind",
          STRING,
          "name",
          STRING,
          "namespace",
          STRING,
          "labelSelector",
          STRING,
          "annotationSelector",
          STRING);
  private static final Struct GENERATOR_OPTIONS =
      struct(
          "GeneratorOptions",
          "labels",
          STRING_MAP,
          "annotations",
          STRING_MAP,
          "disableNameSuffixHash",
          BOOL,
          "immutable",
          BOOL);
  private static final Map<String, Type> GENERATOR_FIELDS =
      fields(
          "name",
          STRING,
          "namespace",
          STRING,
          "behavior",
          STRING,
          "files",
          STRINGS,
          "literals",
          STRINGS,
          "envs",
          STRINGS,
          "env",
          STRING,
          "options",
          GENERATOR_OPTIONS,
          "kvSources",
          ANY);

  private static final ListOf IMAGES =
      new ListOf(
          struct(
              "Image",
              "name",
              STRING,
              "newName",
              STRING,
              "newTag",
              STRING,
              "digest",
              STRING,
              "tagSuffix",
              STRING));

  private static final Struct KUSTOMIZATION =
      struct(
          "Kustomization",
          "apiVersion",
          STRING,
          "kind",
          STRING,
          "metadata",
          ANY,
          "openapi",
          STRING_MAP,
          "namePrefix",
          STRING,
          "nameSuffix",
          STRING,
          "namespace",
          STRING,
          "commonLabels",
          STRING_MAP,
          "labels",
          new ListOf(
              struct(
                  "Label",
                  "pairs",
                  STRING_MAP,
                  "includeSelectors",
                  BOOL,
                  "includeTemplates",
                  BOOL,
                  "fields",
                  new ListOf(FIELD_SPEC))),
          "commonAnnotations",
          STRING_MAP,
          "patchesStrategicMerge",
          STRINGS,
          "patchesJson6902",
          new ListOf(struct("Patch", "path", STRING, "patch", STRING, "target", SELECTOR)),
          "patches",
          new ListOf(
              struct(
                  "Patch",
                  "path",
                  STRING,
                  "patch",
                  STRING,
                  "target",
                  SELECTOR,
                  "options",
                  struct("PatchOptions", "allowNameChange", BOOL, "allowKindChange", BOOL))),
          "images",
          IMAGES,
          "imageTags",
          IMAGES,
          "replacements",
          ANY,
          "replicas",
          new ListOf(struct("Replica", "name", STRING, "count", INT)),
          "vars",
          ANY,
          "sortOptions",
          struct(
              "SortOptions",
              "order",
              STRING,
              "legacySortOptions",
              struct("LegacySortOptions", "orderFirst", STRINGS, "orderLast", STRINGS)),
          "resources",
          STRINGS,
          "components",
          STRINGS,
          "crds",
          STRINGS,
          "bases",
          STRINGS,
          "configMapGenerator",
          new ListOf(new Struct("ConfigMapArgs", GENERATOR_FIELDS)),
          "secretGenerator",
          new ListOf(new Struct("SecretArgs", withType(GENERATOR_FIELDS))),
          "helmGlobals",
          ANY,
          "helmCharts",
          ANY,
          "helmChartInflationGenerator",
          ANY,
          "generatorOptions",
          GENERATOR_OPTIONS,
          "configurations",
          STRINGS,
          "generators",
          STRINGS,
          "transformers",
          STRINGS,
          "validators",
          STRINGS,
          "buildMetadata",
          STRINGS);

  private KustomizationSchema() {}

  /** Fails like kustomize when a field is unknown or has the wrong type. */
  static void validate(Map<String, Object> kustomization) {
    check(kustomization, KUSTOMIZATION, "", KUSTOMIZATION.goName());
  }

  private static void check(Object value, Type type, String path, String owner) {
    if (value == null || type instanceof Anything) {
      return;
    }
    if (type instanceof Scalar s) {
      boolean ok =
          switch (s.goType()) {
            case "string" -> value instanceof String;
            case "bool" -> value instanceof Boolean;
            default -> value instanceof Long || value instanceof java.math.BigInteger;
          };
      if (!ok) {
        throw mismatch(value, owner, path, s.goType());
      }
    } else if (type instanceof MapOfStrings) {
      Map<String, Object> map = Values.asMap(value);
      if (map == null) {
        throw mismatch(value, owner, path, goName(type));
      }
      map.values().forEach(v -> check(v, STRING, path, owner));
    } else if (type instanceof ListOf l) {
      List<Object> list = Values.asList(value);
      if (list == null) {
        throw mismatch(value, owner, path, goName(type));
      }
      list.forEach(item -> check(item, l.element(), path, owner));
    } else if (type instanceof Struct st) {
      checkStruct(value, st, path, owner);
    }
  }

  private static void checkStruct(Object value, Struct st, String path, String owner) {
    Map<String, Object> map = Values.asMap(value);
    if (map == null) {
      throw mismatch(value, owner, path, goName(st));
    }
    for (Map.Entry<String, Object> e : map.entrySet()) {
      Type fieldType = st.fields().get(e.getKey());
      if (fieldType == null) {
        throw new KustomizeException(
            "invalid Kustomization: json: unknown field \"" + e.getKey() + "\"");
      }
      String fieldPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      check(e.getValue(), fieldType, fieldPath, st.goName());
    }
  }

  private static KustomizeException mismatch(
      Object value, String owner, String path, String goType) {
    return new KustomizeException(
        "invalid Kustomization: json: cannot unmarshal "
            + jsonType(value)
            + " into Go struct field "
            + owner
            + "."
            + path
            + " of type "
            + goType);
  }

  private static String jsonType(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    if (value instanceof List<?>) {
      return "array";
    }
    return "number";
  }

  private static String goName(Type type) {
    if (type instanceof Scalar s) {
      return s.goType();
    }
    if (type instanceof Struct st) {
      return "types." + st.goName();
    }
    if (type instanceof ListOf l) {
      return "[]" + goName(l.element());
    }
    return type instanceof MapOfStrings ? "map[string]string" : "interface {}";
  }

  private static Struct struct(String goName, Object... nameTypePairs) {
    return new Struct(goName, fields(nameTypePairs));
  }

  private static Map<String, Type> fields(Object... nameTypePairs) {
    Map<String, Type> fields = new LinkedHashMap<>();
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      fields.put((String) nameTypePairs[i], (Type) nameTypePairs[i + 1]);
    }
    return fields;
  }

  private static Map<String, Type> withType(Map<String, Type> generatorFields) {
    Map<String, Type> fields = new LinkedHashMap<>(generatorFields);
    fields.put("type", STRING);
    return fields;
  }
}
