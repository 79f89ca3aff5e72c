package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.notification.alerts.Informers;
import java.util.List;

/** Finds Receivers by their published {@code status.webhookPath}, from an informer cache. */
public final class ReceiverDirectory implements AutoCloseable {

  private final SharedIndexInformer<Receiver> receivers;

  /**
   * @param namespace the only namespace to watch, or null for all ({@code --watch-all-namespaces})
   */
  public ReceiverDirectory(KubernetesClient client, String namespace) {
    this.receivers = Informers.of(client.resources(Receiver.class), namespace);
  }

  /** Every Receiver whose webhook path is exactly {@code path}. */
  public List<Receiver> byPath(String path) {
    return receivers.getStore().list().stream()
        .filter(r -> r.getStatus() != null && path.equals(r.getStatus().getWebhookPath()))
        .toList();
  }

  @Override
  public void close() {
    receivers.close();
  }
}
