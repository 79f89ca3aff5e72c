package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prometheus Alertmanager's alerts API: one firing alert labelled with the event's object. */
final class AlertmanagerNotifier extends HttpNotifier {

  // Go's time.Time.String() layout, which upstream puts in the timestamp label
  private static final DateTimeFormatter GO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'").withZone(ZoneOffset.UTC);

  AlertmanagerNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    Map<String, String> labels = new TreeMap<>(event.metadata());
    Map<String, String> annotations = new TreeMap<>();
    annotations.put("message", event.message());
    String summary = labels.remove("summary");
    if (summary != null) {
      annotations.put("summary", summary);
    }
    labels.put("alertname", "Flux" + event.involvedObject().kind() + capitalize(event.reason()));
    labels.put("severity", event.severity());
    labels.put("reason", event.reason());
    labels.put("timestamp", GO_TIME.format(event.instant()));
    labels.put("kind", event.involvedObject().kind());
    labels.put("name", event.involvedObject().name());
    labels.put("namespace", event.involvedObject().namespace());
    labels.put("reportingcontroller", event.reportingController());
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("status", "firing");
    alert.put("labels", labels);
    alert.put("annotations", annotations);
    http.postJson(settings.address(), List.of(alert), Map.of());
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
