package io.fluxjava.kustomize;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A patch or replacement target: group, version, kind, name and namespace (anchored regular
 * expressions; name and namespace matched against original and current identity) plus label and
 * annotation selectors.
 */
record TargetSelector(
    Gvk gvk, String name, String namespace, String labelSelector, String annotationSelector) {

  static TargetSelector fromMap(Map<String, Object> map) {
    return new TargetSelector(
        FieldSpec.gvkOf(map),
        Values.string(map.get("name")),
        Values.string(map.get("namespace")),
        Values.string(map.get("labelSelector")),
        Values.string(map.get("annotationSelector")));
  }

  boolean selects(Resource r) {
    ResId original = r.originalId();
    ResId current = r.id();
    if (!empty(namespace)
        && !regex(namespace, original.effectiveNamespace())
        && !regex(namespace, current.effectiveNamespace())) {
      return false;
    }
    if (!empty(name) && !regex(name, original.name()) && !regex(name, current.name())) {
      return false;
    }
    Gvk actual = r.gvk();
    if (!matchesOptional(gvk.group(), actual.group())
        || !matchesOptional(gvk.version(), actual.version())
        || !matchesOptional(gvk.kind(), actual.kind())) {
      return false;
    }
    return LabelSelector.parse(labelSelector).matches(Values.stringMap(r.metadata().get("labels")))
        && LabelSelector.parse(annotationSelector)
            .matches(Values.stringMap(r.metadata().get("annotations")));
  }

  private static boolean matchesOptional(String pattern, String value) {
    return empty(pattern) || regex(pattern, value);
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  private static boolean regex(String pattern, String value) {
    return Pattern.compile("^(?:" + pattern + ")$").matcher(value).matches();
  }
}
