package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grafana annotations API (Graphite format), tagged {@code flux} and with the metadata. */
final class GrafanaNotifier extends HttpNotifier {

  GrafanaNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    List<String> tags = new ArrayList<>(List.of("flux", event.reportingController()));
    event.metadata().forEach((k, v) -> tags.add(k + ": " + v));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("when", event.instant().getEpochSecond());
    payload.put("text", event.objectTitle());
    payload.put("tags", tags);
    http.postJson(settings.address(), payload, authorization());
  }

  private Map<String, String> authorization() {
    if (!settings.token().isEmpty()) {
      return Map.of("Authorization", "Bearer " + settings.token());
    }
    if (!settings.username().isEmpty() && !settings.password().isEmpty()) {
      return Map.of("Authorization", BasicAuth.header(settings.username(), settings.password()));
    }
    return Map.of();
  }
}
