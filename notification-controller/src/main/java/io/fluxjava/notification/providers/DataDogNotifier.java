package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Datadog events API v1 with the API key in {@code DD-API-KEY}; tags are lower case. */
final class DataDogNotifier extends HttpNotifier {

  DataDogNotifier(ProviderSettings settings) {
    super(settings);
    settings.requiredToken("token");
  }

  @Override
  public void post(Event event) throws NotificationException {
    var object = event.involvedObject();
    List<String> tags = new ArrayList<>();
    tags.add("flux_reporting_controller:" + event.reportingController());
    tags.add("flux_reason:" + event.reason());
    tags.add("kube_kind:" + object.kind());
    tags.add("kube_name:" + object.name());
    tags.add("kube_namespace:" + object.namespace());
    event.metadata().forEach((k, v) -> tags.add(k + ":" + v));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("alert_type", event.isError() ? "error" : "info");
    body.put("date_happened", event.instant().getEpochSecond());
    body.put("source_type_name", "fluxcd");
    body.put("tags", tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList());
    body.put("text", event.message());
    body.put(
        "title",
        "Events from the " + object.kind() + " " + object.name() + "/" + object.namespace());
    String base = settings.address().replaceAll("/+$", "");
    http.postJson(base + "/api/v1/events", body, Map.of("DD-API-KEY", settings.token()));
  }
}
