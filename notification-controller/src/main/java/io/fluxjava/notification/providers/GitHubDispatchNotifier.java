package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.EventCodec;
import java.nio.charset.StandardCharsets;

/**
 * GitHub {@code repository_dispatch}: event type {@code Kind/name.namespace}, the event itself as
 * client payload, so Actions workflows can react to Flux.
 */
final class GitHubDispatchNotifier extends HttpNotifier {

  private static final EventCodec CODEC = new EventCodec();

  private final GitHubApi api;

  GitHubDispatchNotifier(ProviderSettings settings) {
    super(settings);
    this.api = GitHubApi.of(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String eventType =
        event.involvedObject().kind()
            + "/"
            + event.involvedObject().name()
            + "."
            + event.involvedObject().namespace();
    // the event JSON is embedded verbatim as client_payload
    String body =
        "{\"event_type\":"
            + new String(HttpSender.toJson(eventType), StandardCharsets.UTF_8)
            + ",\"client_payload\":"
            + new String(CODEC.write(event), StandardCharsets.UTF_8)
            + "}";
    http.send(
        "POST",
        api.repositoryUrl() + "/dispatches",
        body.getBytes(StandardCharsets.UTF_8),
        api.headers());
  }
}
