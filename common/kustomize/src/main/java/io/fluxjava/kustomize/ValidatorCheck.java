package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code validators} entry as kustomize does: the configured plugin runs over a copy of the
 * objects and the build fails when it changed anything. Only built-in plugins can be configured
 * (kubectl refuses external ones), so a validator passes exactly when it is a no-op.
 */
final class ValidatorCheck {

  private ValidatorCheck() {}

  /** Fails when the validator would modify the objects; the objects themselves stay untouched. */
  static void check(Transformer validator, ResourceList resources) {
    List<Map<String, Object>> before = new ArrayList<>();
    ResourceList copy = new ResourceList();
    for (Resource r : resources.all()) {
      before.add(r.object());
      Resource duplicate = new Resource(Values.deepCopyMap(r.object()));
      duplicate.previousIds().addAll(r.previousIds());
      copy.append(duplicate);
    }
    validator.transform(copy);
    List<Map<String, Object>> after = new ArrayList<>();
    copy.all().forEach(r -> after.add(r.object()));
    if (!before.equals(after)) {
      throw new KustomizeException("validator shouldn't modify the resource map: nodes unequal");
    }
  }
}
