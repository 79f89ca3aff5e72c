package io.fluxjava.kustomize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds key/value pairs (labels or annotations) to the map fields the field specs name. */
final class MapEntriesTransformer implements Transformer {

  private final Map<String, String> entries;
  private final List<FieldSpec> specs;

  MapEntriesTransformer(Map<String, String> entries, List<FieldSpec> specs) {
    this.entries = entries;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    if (entries.isEmpty()) {
      return;
    }
    for (Resource r : resources.all()) {
      Gvk gvk = r.gvk();
      for (FieldSpec spec : specs) {
        if (spec.appliesTo(gvk)) {
          FieldWalker.walk(r.object(), spec, this::addEntries);
        }
      }
    }
  }

  private void addEntries(Map<String, Object> parent, String key) {
    Object current = parent.get(key);
    Map<String, Object> map = Values.asMap(current);
    if (map == null) {
      if (current != null) {
        return;
      }
      map = new LinkedHashMap<>();
      parent.put(key, map);
    }
    map.putAll(entries);
  }
}
