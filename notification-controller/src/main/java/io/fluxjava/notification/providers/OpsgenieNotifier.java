package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Opsgenie alerts API with {@code GenieKey} authorisation; metadata and severity as details. */
final class OpsgenieNotifier extends HttpNotifier {

  OpsgenieNotifier(ProviderSettings settings) {
    super(settings);
    if (settings.token().isEmpty()) {
      throw new IllegalArgumentException("empty Opsgenie apikey/token");
    }
  }

  @Override
  public void post(Event event) throws NotificationException {
    Map<String, String> details = new TreeMap<>(event.metadata());
    details.put("severity", event.severity());
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("message", event.involvedObject().kind() + "/" + event.involvedObject().name());
    alert.put("description", event.message());
    alert.put("details", details);
    http.postJson(
        settings.address(), alert, Map.of("Authorization", "GenieKey " + settings.token()));
  }
}
