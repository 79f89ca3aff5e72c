package io.fluxjava.notification.alerts;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fluxjava.runtime.options.FluxOptions;

/** Started informers over all namespaces or just the controller's own. */
public final class Informers {

  private Informers() {}

  /** An informer on one namespace, or on all when {@code namespace} is null. */
  public static <T extends HasMetadata, L extends KubernetesResourceList<T>>
      SharedIndexInformer<T> of(MixedOperation<T, L, Resource<T>> resources, String namespace) {
    return namespace == null
        ? resources.inAnyNamespace().inform()
        : resources.inNamespace(namespace).inform();
  }

  /** The namespace to watch under the controller's flags, null for all. */
  public static String watchedNamespace(FluxOptions options) {
    return options.watchAllNamespaces() ? null : options.runtimeNamespace();
  }
}
