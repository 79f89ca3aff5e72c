package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor no controller can beat: the same application objects server-side applied one after
 * another by one client, as {@code kubectl apply --server-side} would.
 */
final class DirectApply {

  /** Where the directly applied copies go, apart from the controllers' objects. */
  static final String NAMESPACE = "bench-direct";

  private DirectApply() {}

  /** Applies {@code n} applications and returns how long it took. */
  static Duration apply(KubernetesClient client, int n) {
    ensureNamespace(client, NAMESPACE);
    // rendered before the clock starts: only the API round trips are timed
    List<GenericKubernetesResource> objects = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      objects.addAll(ScaleTemplates.app(ScaleScenario.appName(i), NAMESPACE));
    }
    long start = System.nanoTime();
    objects.forEach(object -> client.resource(object).serverSideApply());
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Creates {@code namespace} if it does not exist. */
  static void ensureNamespace(KubernetesClient client, String namespace) {
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .serverSideApply();
  }
}
