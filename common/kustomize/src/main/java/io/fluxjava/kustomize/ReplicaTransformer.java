package io.fluxjava.kustomize;

import java.util.List;
import java.util.Map;

/** Applies {@code replicas} entries: sets the replica count of the named workloads. */
final class ReplicaTransformer implements Transformer {

  private final List<Map<String, Object>> replicas;
  private final List<FieldSpec> specs;

  ReplicaTransformer(List<Map<String, Object>> replicas, List<FieldSpec> specs) {
    this.replicas = replicas;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Map<String, Object> replica : replicas) {
      String name = Values.string(replica.get("name"));
      Object count = replica.get("count");
      boolean found = false;
      for (FieldSpec spec : specs) {
        for (Resource r : resources.all()) {
          boolean named = r.allIds().stream().anyMatch(id -> id.name().equals(name));
          if (named && spec.appliesTo(r.gvk())) {
            FieldWalker.walk(r.object(), spec, (parent, key) -> parent.put(key, count));
            found = true;
          }
        }
      }
      if (!found) {
        throw new KustomizeException(
            "resource with name "
                + name
                + " does not match a config with the following GVK "
                + specs.stream().map(s -> s.selector().toString()).toList());
      }
    }
  }
}
