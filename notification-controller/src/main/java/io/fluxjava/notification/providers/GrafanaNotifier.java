package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grafana annotations API (Graphite format), tagged {@code flux} and with the metadata. */
final class GrafanaNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;

  GrafanaNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.hasMetadata(Event.META_COMMIT_STATUS, Event.COMMIT_STATUS_UPDATE)) {
      return;
    }
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
      String credentials = settings.username() + ":" + settings.password();
      return Map.of(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return Map.of();
  }
}
