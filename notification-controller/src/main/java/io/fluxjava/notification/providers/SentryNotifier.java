package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sentry through its envelope endpoint, addressed by the DSN in {@code address}: errors become
 * events, info events transactions (so they chart without alerting); {@code channel} is the
 * environment.
 */
final class SentryNotifier extends HttpNotifier {

  private final String envelopeUrl;
  private final String authHeader;

  SentryNotifier(ProviderSettings settings) {
    super(settings);
    if (settings.address().isEmpty()) {
      throw new IllegalArgumentException("DSN cannot be empty");
    }
    URI dsn = URI.create(settings.address());
    String publicKey = dsn.getUserInfo() == null ? "" : dsn.getUserInfo().split(":", 2)[0];
    String path = dsn.getPath();
    String projectId = path.substring(path.lastIndexOf('/') + 1);
    String prefix = path.substring(0, path.lastIndexOf('/'));
    String port = dsn.getPort() > 0 ? ":" + dsn.getPort() : "";
    this.envelopeUrl =
        dsn.getScheme()
            + "://"
            + dsn.getHost()
            + port
            + prefix
            + "/api/"
            + projectId
            + "/envelope/";
    this.authHeader = "Sentry sentry_version=7, sentry_client=flux-java, sentry_key=" + publicKey;
  }

  @Override
  public void post(Event event) throws NotificationException {
    Map<String, Object> item = event.isError() ? errorEvent(event) : transaction(event);
    String eventId = UUID.randomUUID().toString().replace("-", "");
    item.put("event_id", eventId);
    if (!settings.channel().isEmpty()) {
      item.put("environment", settings.channel());
    }
    byte[] payload = HttpSender.toJson(item);
    String envelope =
        "{\"event_id\":\""
            + eventId
            + "\"}\n"
            + new String(
                HttpSender.toJson(
                    Map.of(
                        "type",
                        event.isError() ? "event" : "transaction",
                        "length",
                        payload.length)),
                StandardCharsets.UTF_8)
            + "\n"
            + new String(payload, StandardCharsets.UTF_8)
            + "\n";
    http.send(
        "POST",
        envelopeUrl,
        envelope.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Sentry-Auth", authHeader, "Content-Type", "application/x-sentry-envelope"));
  }

  private static Map<String, Object> errorEvent(Event event) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("timestamp", event.instant().toString());
    item.put("level", "error");
    item.put("server_name", event.reportingController());
    item.put("transaction", summary(event));
    item.put("extra", event.metadata());
    item.put("message", event.message());
    return item;
  }

  private static Map<String, Object> transaction(Event event) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("flux_involved_object_kind", event.involvedObject().kind());
    tags.put("flux_involved_object_namespace", event.involvedObject().namespace());
    tags.put("flux_involved_object_name", event.involvedObject().name());
    tags.put("flux_reporting_controller", event.reportingController());
    tags.put("flux_reporting_instance", orEmpty(event.reportingInstance()));
    tags.put("flux_reason", event.reason());
    tags.putAll(event.metadata());
    Instant at = event.instant();
    String traceId = UUID.randomUUID().toString().replace("-", "");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "transaction");
    item.put("transaction", summary(event));
    item.put("message", event.message());
    item.put(
        "contexts",
        Map.of(
            "trace",
            Map.of("trace_id", traceId, "span_id", traceId.substring(0, 16), "op", "event")));
    item.put("tags", tags);
    item.put("start_timestamp", at.toString());
    item.put("timestamp", at.toString());
    return item;
  }

  private static String summary(Event event) {
    return event.involvedObject().kind()
        + ": "
        + event.involvedObject().namespace()
        + "/"
        + event.involvedObject().name();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
