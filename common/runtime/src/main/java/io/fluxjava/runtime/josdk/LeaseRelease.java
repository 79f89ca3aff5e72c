package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives up the leader-election Lease on a clean stop, as upstream's controllers do (they run with
 * controller-runtime's release-on-cancel): the next instance leads at once instead of waiting for
 * the lease to run out. The Java Operator SDK never releases it, so we do after it stopped.
 */
final class LeaseRelease {

  private static final Logger LOG = LoggerFactory.getLogger(LeaseRelease.class);

  private final KubernetesClient client;
  private final String namespace;
  private final String name;
  private final String identity;

  LeaseRelease(KubernetesClient client, String namespace, String name) {
    this.client = client;
    this.namespace = namespace;
    this.name = name;
    // controller-runtime's shape: <hostname>_<uuid>, unique per process even in one pod
    this.identity =
        Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost")
            + "_"
            + UUID.randomUUID();
  }

  /** The identity this process holds the lease under. */
  String identity() {
    return identity;
  }

  /**
   * Marks the lease free when this process still holds it; a lease taken over meanwhile is left
   * alone (the update carries the resourceVersion read, so a concurrent change wins).
   */
  void release() {
    try {
      Lease lease = client.leases().inNamespace(namespace).withName(name).get();
      if (lease == null
          || lease.getSpec() == null
          || !identity.equals(lease.getSpec().getHolderIdentity())) {
        return;
      }
      ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
      lease.getSpec().setHolderIdentity("");
      lease.getSpec().setLeaseDurationSeconds(1);
      lease.getSpec().setAcquireTime(now);
      lease.getSpec().setRenewTime(now);
      client.resource(lease).update();
      LOG.info("released leader election lease {}/{}", namespace, name);
    } catch (KubernetesClientException e) {
      LOG.warn(
          "could not release leader election lease {}/{}: {}", namespace, name, e.getMessage());
    }
  }
}
