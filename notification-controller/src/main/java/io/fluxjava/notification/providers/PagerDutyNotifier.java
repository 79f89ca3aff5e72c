package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PagerDuty Events API v2 with {@code channel} as routing key: errors trigger an incident keyed by
 * the object's UID, info events resolve it and also record a change event.
 */
final class PagerDutyNotifier extends HttpNotifier {

  private final String endpoint;

  PagerDutyNotifier(ProviderSettings settings) {
    super(settings);
    URI uri = URI.create(settings.address());
    this.endpoint = uri.getScheme() + "://" + uri.getRawAuthority();
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    http.postJson(endpoint + "/v2/enqueue", incidentEvent(event), Map.of());
    if (!event.isError()) {
      http.postJson(endpoint + "/v2/change/enqueue", changeEvent(event), Map.of());
    }
  }

  private Map<String, Object> incidentEvent(Event event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("routing_key", settings.channel());
    body.put("event_action", event.isError() ? "trigger" : "resolve");
    body.put("dedup_key", event.involvedObject().uid() == null ? "" : event.involvedObject().uid());
    if (event.isError()) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("summary", summary(event));
      payload.put("source", "Flux " + event.reportingController());
      payload.put("severity", "error");
      payload.put("timestamp", event.instant().toString());
      payload.put("component", event.involvedObject().name());
      payload.put("group", event.involvedObject().kind());
      payload.put("custom_details", details(event));
      body.put("payload", payload);
    }
    return body;
  }

  private Map<String, Object> changeEvent(Event event) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("summary", summary(event));
    payload.put("source", "Flux " + event.reportingController());
    payload.put("timestamp", event.instant().toString());
    payload.put("custom_details", details(event));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("routing_key", settings.channel());
    body.put("payload", payload);
    return body;
  }

  private static String summary(Event event) {
    CommitStatusText text = CommitStatusText.of(event);
    return text.description() + ": " + text.name();
  }

  private static Map<String, Object> details(Event event) {
    return Map.of("message", event.message(), "metadata", event.metadata());
  }
}
