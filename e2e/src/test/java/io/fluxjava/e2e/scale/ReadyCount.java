package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.e2e.FluxObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waits, within a bound, until every object of one Flux kind in a namespace is Ready=True. */
final class ReadyCount {

  // one list a second: fine-grained enough for runs of tens of seconds, light on the API server
  private static final Duration POLL = Duration.ofSeconds(1);

  // how many not-Ready objects an incomplete run names, to say what held it back
  private static final int SAMPLES = 3;

  /**
   * How many were Ready, when the last of them became Ready (or the wait gave up), and the Ready
   * condition of a few that were not.
   */
  record Outcome(int ready, Instant end, List<String> notReady) {}

  private ReadyCount() {}

  /** Polls until {@code expected} objects are Ready or {@code deadline} has passed. */
  static Outcome await(
      KubernetesClient client,
      String apiVersion,
      String kind,
      String namespace,
      int expected,
      Instant deadline) {
    List<GenericKubernetesResource> objects = list(client, apiVersion, kind, namespace);
    while (readyCount(objects) < expected && Instant.now().isBefore(deadline)) {
      Pause.of(POLL);
      objects = list(client, apiVersion, kind, namespace);
    }
    Instant end = Instant.now();
    List<String> notReady =
        objects.stream()
            .filter(object -> !isReady(object))
            .limit(SAMPLES)
            .map(ReadyCount::describe)
            .toList();
    return new Outcome((int) readyCount(objects), end, notReady);
  }

  private static List<GenericKubernetesResource> list(
      KubernetesClient client, String apiVersion, String kind, String namespace) {
    return client
        .genericKubernetesResources(apiVersion, kind)
        .inNamespace(namespace)
        .list()
        .getItems();
  }

  private static long readyCount(List<GenericKubernetesResource> objects) {
    return objects.stream().filter(ReadyCount::isReady).count();
  }

  private static boolean isReady(GenericKubernetesResource object) {
    return FluxObjects.ready(object).filter(FluxObjects.Ready::isTrue).isPresent();
  }

  private static String describe(GenericKubernetesResource object) {
    return object.getMetadata().getName()
        + ": "
        + FluxObjects.ready(object)
            .map(ready -> ready.status() + " " + ready.reason() + " " + ready.message())
            .orElse("no Ready condition");
  }
}
