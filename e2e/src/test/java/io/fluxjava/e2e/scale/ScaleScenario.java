package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * One kind of Flux object brought to Ready at scale: N of them over one shared source, each
 * delivering one application into {@link #APPS_NAMESPACE}.
 */
interface ScaleScenario extends AutoCloseable {

  /** Where the controllers deliver the applications. */
  String APPS_NAMESPACE = "bench";

  /** The name of application {@code index} (1-based), also the name of its Flux object. */
  static String appName(int index) {
    return "app-" + index;
  }

  /** The kind measured, such as {@code Kustomization}. */
  String kind();

  /** The kind's API version. */
  String apiVersion();

  /** The namespace the N Flux objects live in. */
  String namespace();

  /** Serves the source's content for {@code n} applications; not part of the measured time. */
  void prepare(int n);

  /** Creates the source object and the {@code n} Flux objects (the measured time starts here). */
  void create(KubernetesClient client, int n);

  /** Stops the servers {@link #prepare} started. */
  @Override
  void close();
}
