package io.fluxjava.kustomize;

import java.util.Map;

/**
 * A target selector in kustomize's patch-target shape (group, version, kind, name, namespace as
 * anchored regular expressions, labelSelector, annotationSelector), for callers outside a build
 * such as drift-detection ignore rules.
 */
public final class ObjectTarget {

  private final TargetSelector selector;

  private ObjectTarget(TargetSelector selector) {
    this.selector = selector;
  }

  /** The selector described by a map with the keys of a kustomize patch target. */
  public static ObjectTarget of(Map<String, Object> target) {
    return new ObjectTarget(TargetSelector.fromMap(target));
  }

  /** Whether the object (apiVersion, kind, metadata) is selected; the object is not modified. */
  public boolean selects(Map<String, Object> object) {
    return selector.selects(new Resource(object));
  }
}
