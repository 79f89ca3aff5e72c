package io.fluxjava.notification.alerts;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.notification.Alert;
import io.fluxjava.runtime.events.EventSeverity;
import io.fluxjava.runtime.events.FluxEventRecorder;
import java.util.Map;

/** Records Alert problems as Warning events on the Alert object. */
public final class KubernetesAlertWarnings implements AlertWarnings {

  private final KubernetesClient client;
  private final FluxEventRecorder recorder;

  public KubernetesAlertWarnings(KubernetesClient client, FluxEventRecorder recorder) {
    this.client = client;
    this.recorder = recorder;
  }

  @Override
  public void warn(AlertRule alert, String reason, String message) {
    Alert object =
        client.resources(Alert.class).inNamespace(alert.namespace()).withName(alert.name()).get();
    if (object != null) {
      recorder.record(object, EventSeverity.ERROR, reason, message, Map.of());
    }
  }
}
