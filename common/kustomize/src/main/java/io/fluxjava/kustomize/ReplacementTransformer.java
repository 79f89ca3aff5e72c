package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code replacements}: copies a value from one source object's field into the fields of
 * the selected target objects, optionally into one delimited part of a string.
 */
final class ReplacementTransformer implements Transformer {

  private final List<Map<String, Object>> replacements;

  ReplacementTransformer(List<Map<String, Object>> replacements) {
    this.replacements = replacements;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Map<String, Object> replacement : replacements) {
      Object value = sourceValue(resources, Values.asMap(replacement.get("source")));
      List<Object> targets = Values.asList(replacement.get("targets"));
      if (targets == null) {
        continue;
      }
      for (Object t : targets) {
        applyTarget(resources, Values.asMap(t), value);
      }
    }
  }

  private Object sourceValue(ResourceList resources, Map<String, Object> source) {
    if (source == null) {
      throw new KustomizeException("replacements must specify a source");
    }
    TargetSelector selector = TargetSelector.fromMap(source);
    List<Resource> matches = resources.matching(selector::selects);
    if (matches.size() != 1) {
      throw new KustomizeException(
          (matches.isEmpty() ? "nothing selected by " : "multiple matches for selector ")
              + selector);
    }
    String path = Values.string(source.get("fieldPath"));
    FieldPath fieldPath = new FieldPath(path == null ? "metadata.name" : path);
    List<Object> values = fieldPath.get(matches.get(0).object());
    if (values.isEmpty()) {
      throw new KustomizeException(
          "fieldPath `" + fieldPath + "` is missing for replacement source " + matches.get(0).id());
    }
    Object value = values.get(0);
    Map<String, Object> options = Values.asMap(source.get("options"));
    if (options != null && options.get("delimiter") != null && value instanceof String s) {
      String[] parts =
          s.split(java.util.regex.Pattern.quote(String.valueOf(options.get("delimiter"))), -1);
      int index = options.get("index") == null ? 0 : ((Number) options.get("index")).intValue();
      if (index < 0 || index >= parts.length) {
        throw new KustomizeException("options.index " + index + " is out of bounds for value " + s);
      }
      value = parts[index];
    }
    return value;
  }

  private void applyTarget(ResourceList resources, Map<String, Object> target, Object value) {
    TargetSelector select = TargetSelector.fromMap(Values.asMap(target.get("select")));
    List<TargetSelector> rejects = new ArrayList<>();
    List<Object> rejectList = Values.asList(target.get("reject"));
    if (rejectList != null) {
      rejectList.forEach(r -> rejects.add(TargetSelector.fromMap(Values.asMap(r))));
    }
    Map<String, Object> options = Values.asMap(target.get("options"));
    boolean create = options != null && Boolean.TRUE.equals(options.get("create"));
    for (Resource r : resources.all()) {
      if (!select.selects(r) || rejects.stream().anyMatch(x -> x.selects(r))) {
        continue;
      }
      for (String path : Values.stringList(target.get("fieldPaths"))) {
        FieldPath fieldPath = new FieldPath(path);
        Object newValue = delimited(fieldPath, r, value, options);
        if (!fieldPath.set(r.object(), newValue, create)) {
          throw new KustomizeException(
              "unable to find field \"" + path + "\" in replacement target " + r.id());
        }
      }
    }
  }

  private static Object delimited(
      FieldPath path, Resource r, Object value, Map<String, Object> options) {
    if (options == null || options.get("delimiter") == null) {
      return value;
    }
    String delimiter = String.valueOf(options.get("delimiter"));
    int index = options.get("index") == null ? 0 : ((Number) options.get("index")).intValue();
    List<Object> current = path.get(r.object());
    String existing =
        current.isEmpty() || current.get(0) == null ? "" : String.valueOf(current.get(0));
    List<String> parts =
        new ArrayList<>(
            Arrays.asList(existing.split(java.util.regex.Pattern.quote(delimiter), -1)));
    if (index < 0) {
      parts.add(0, String.valueOf(value));
    } else if (index >= parts.size()) {
      parts.add(String.valueOf(value));
    } else {
      parts.set(index, String.valueOf(value));
    }
    return String.join(delimiter, parts);
  }
}
