package io.fluxjava.kustomize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a generated ConfigMap or Secret to a build, honouring its behavior: create (must be new),
 * merge (data and metadata combined with the existing object) or replace.
 */
final class GeneratedResourceMerger {

  private GeneratedResourceMerger() {}

  static void absorb(ResourceList resources, Resource generated) {
    ResId id = generated.id();
    List<Resource> matches = resources.matchingAnyId(id);
    if (matches.isEmpty()) {
      if (generated.behavior() != Resource.Behavior.CREATE) {
        throw new KustomizeException("id " + id + " does not exist; cannot merge or replace");
      }
      resources.append(generated);
      return;
    }
    if (matches.size() > 1) {
      throw new KustomizeException("found multiple objects that could accept merge of " + id);
    }
    Resource old = matches.get(0);
    switch (generated.behavior()) {
      case MERGE -> {
        mergeMetadata(generated, old);
        mergeField(generated, old, "data");
        mergeField(generated, old, "binaryData");
      }
      case REPLACE -> mergeMetadata(generated, old);
      default ->
          throw new KustomizeException("may not add resource with an already registered id: " + id);
    }
    generated.previousIds().addAll(old.previousIds());
    generated.transformations().addAll(0, old.transformations());
    if (old.origin() != null) {
      generated.setOrigin(old.origin());
    }
    // the name keeps a hash only when both the existing object and the overlay generator want one
    generated.setHashSuffix(generated.needsHashSuffix() && old.needsHashSuffix());
    resources.replace(old, generated);
  }

  private static void mergeMetadata(Resource target, Resource old) {
    for (String field : List.of("labels", "annotations")) {
      Map<String, Object> merged = new LinkedHashMap<>();
      Map<String, Object> oldMap = Values.asMap(old.metadata().get(field));
      Map<String, Object> newMap = Values.asMap(target.metadata().get(field));
      if (oldMap != null) {
        merged.putAll(oldMap);
      }
      if (newMap != null) {
        merged.putAll(newMap);
      }
      if (!merged.isEmpty()) {
        target.metadata().put(field, merged);
      }
    }
    target.setName(old.name());
    if (old.namespace().isEmpty()) {
      target.metadata().remove("namespace");
    } else {
      target.setNamespace(old.namespace());
    }
  }

  private static void mergeField(Resource target, Resource old, String field) {
    Map<String, Object> oldMap = Values.asMap(old.object().get(field));
    if (oldMap == null || oldMap.isEmpty()) {
      return;
    }
    Map<String, Object> merged = new LinkedHashMap<>(oldMap);
    Map<String, Object> newMap = Values.asMap(target.object().get(field));
    if (newMap != null) {
      merged.putAll(newMap);
    }
    target.object().put(field, merged);
  }
}
