package io.fluxjava.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Namespace and name of an object ({@code namespace} is empty for cluster-scoped objects). */
public record ObjectKey(String namespace, String name) {

  public ObjectKey {
    namespace = namespace == null ? "" : namespace;
  }

  /** The key of an existing object. */
  public static ObjectKey of(HasMetadata obj) {
    return new ObjectKey(obj.getMetadata().getNamespace(), obj.getMetadata().getName());
  }

  @Override
  public String toString() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }
}
