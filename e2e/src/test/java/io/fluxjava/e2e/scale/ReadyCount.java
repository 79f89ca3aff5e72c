package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.e2e.FluxObjects;
import java.time.Duration;
import java.time.Instant;

/** Waits, within a bound, until every object of one Flux kind in a namespace is Ready=True. */
final class ReadyCount {

  // one list a second: fine-grained enough for runs of tens of seconds, light on the API server
  private static final Duration POLL = Duration.ofSeconds(1);

  /** How many were Ready and when the last of them became Ready (or the wait gave up). */
  record Outcome(int ready, int expected, Instant end) {
    /** Every object became Ready. */
    boolean complete() {
      return ready == expected;
    }
  }

  private ReadyCount() {}

  /** Polls until {@code expected} objects are Ready or {@code deadline} has passed. */
  static Outcome await(
      KubernetesClient client,
      String apiVersion,
      String kind,
      String namespace,
      int expected,
      Instant deadline) {
    int ready = count(client, apiVersion, kind, namespace);
    while (ready < expected && Instant.now().isBefore(deadline)) {
      Pause.of(POLL);
      ready = count(client, apiVersion, kind, namespace);
    }
    return new Outcome(ready, expected, Instant.now());
  }

  private static int count(
      KubernetesClient client, String apiVersion, String kind, String namespace) {
    return (int)
        client
            .genericKubernetesResources(apiVersion, kind)
            .inNamespace(namespace)
            .list()
            .getItems()
            .stream()
            .filter(
                object -> FluxObjects.ready(object).filter(FluxObjects.Ready::isTrue).isPresent())
            .count();
  }
}
