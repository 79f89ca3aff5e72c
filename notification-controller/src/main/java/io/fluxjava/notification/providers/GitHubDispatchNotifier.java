package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.EventCodec;
import java.nio.charset.StandardCharsets;

/**
 * GitHub {@code repository_dispatch}: event type {@code Kind/name.namespace}, the event itself as
 * client payload, so Actions workflows can react to Flux.
 */
final class GitHubDispatchNotifier implements Notifier {

  private static final EventCodec CODEC = new EventCodec();

  private final ProviderSettings settings;
  private final HttpSender http;
  private final GitHubApi api;

  GitHubDispatchNotifier(ProviderSettings settings) {
    settings.requiredToken("github token");
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.api = GitHubApi.of(settings.address());
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.hasMetadata(Event.META_COMMIT_STATUS, Event.COMMIT_STATUS_UPDATE)) {
      return;
    }
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
        api.baseUrl() + "/repos/" + api.owner() + "/" + api.repo() + "/dispatches",
        body.getBytes(StandardCharsets.UTF_8),
        GitHubApi.headers(settings.token()));
  }
}
