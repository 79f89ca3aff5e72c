package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fluxjava.api.notification.Receiver;
import java.util.List;

/** Finds Receivers by their published {@code status.webhookPath}, from an informer cache. */
public final class ReceiverDirectory implements AutoCloseable {

  private final SharedIndexInformer<Receiver> receivers;

  public ReceiverDirectory(KubernetesClient client) {
    this.receivers = client.resources(Receiver.class).inAnyNamespace().inform();
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
