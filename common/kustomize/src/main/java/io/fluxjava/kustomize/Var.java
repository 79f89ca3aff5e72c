package io.fluxjava.kustomize;

import java.util.Map;

/**
 * A legacy {@code vars} entry: a name bound to a field (default {@code metadata.name}) of one
 * object, resolved once the whole build is done.
 */
final class Var {

  private final String name;
  private final ResId target;
  private final String fieldPath;
  private Resource resource;

  private Var(String name, ResId target, String fieldPath) {
    this.name = name;
    this.target = target;
    this.fieldPath = fieldPath;
  }

  static Var fromMap(Map<String, Object> map) {
    String name = Values.string(map.get("name"));
    Map<String, Object> objref = Values.asMap(map.get("objref"));
    if (name == null || objref == null) {
      throw new KustomizeException("a var needs a name and an objref: " + map);
    }
    Gvk gvk =
        Gvk.fromApiVersion(
            Values.string(objref.get("apiVersion")), Values.string(objref.get("kind")));
    String namespace = Values.string(objref.get("namespace"));
    ResId target =
        new ResId(gvk, String.valueOf(objref.get("name")), namespace == null ? "" : namespace);
    Map<String, Object> fieldref = Values.asMap(map.get("fieldref"));
    String path = fieldref == null ? null : Values.string(fieldref.get("fieldpath"));
    return new Var(name, target, path == null || path.isEmpty() ? "metadata.name" : path);
  }

  String name() {
    return name;
  }

  /** Binds the var to the one object of the build it names (by any identity it has had). */
  void bind(ResourceList resources) {
    boolean namespaceMatters = !target.namespace().isEmpty();
    var matched =
        resources.matching(
            r ->
                r.allIds().stream()
                    .anyMatch(
                        id ->
                            id.gvk().equals(target.gvk())
                                && id.name().equals(target.name())
                                && (!namespaceMatters
                                    || id.effectiveNamespace()
                                        .equals(target.effectiveNamespace()))));
    if (matched.size() > 1) {
      throw new KustomizeException(
          "found "
              + matched.size()
              + " resId matches for var "
              + name
              + " (unable to disambiguate)");
    }
    if (matched.size() == 1) {
      resource = matched.get(0);
    }
  }

  /** The value of the field the var names, as it is at the end of the build. */
  Object value() {
    if (resource == null) {
      throw new KustomizeException(
          "var " + name + " cannot be mapped to a field in the set of known resources");
    }
    Object current = resource.object();
    for (String part : fieldPath.split("\\.")) {
      int bracket = part.indexOf('[');
      String key = bracket >= 0 ? part.substring(0, bracket) : part;
      current = Values.asMap(current) == null ? null : Values.asMap(current).get(key);
      if (bracket >= 0) {
        int index = Integer.parseInt(part.substring(bracket + 1, part.indexOf(']')));
        var list = Values.asList(current);
        current = list == null || index >= list.size() ? null : list.get(index);
      }
      if (current == null) {
        throw new KustomizeException(
            "field specified in var '" + name + "' not found in corresponding resource");
      }
    }
    return current;
  }
}
