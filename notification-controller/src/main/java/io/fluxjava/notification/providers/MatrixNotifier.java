package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.EventCodec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matrix client-server API: PUT an {@code m.text} message into the room named by {@code channel};
 * the transaction id is the SHA-1 of the event, so a retried delivery is idempotent.
 */
final class MatrixNotifier implements Notifier {

  private static final EventCodec CODEC = new EventCodec();

  private final ProviderSettings settings;
  private final HttpSender http;

  MatrixNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String url =
        settings.address()
            + "/_matrix/client/r0/rooms/"
            + settings.channel()
            + "/send/m.room.message/"
            + Sha1.hex(CODEC.write(event));
    StringBuilder metadata = new StringBuilder();
    event
        .metadata()
        .forEach((k, v) -> metadata.append("- ").append(k).append(": ").append(v).append('\n'));
    String heading =
        (event.isError() ? "🚨" : "💫")
            + " "
            + event.involvedObject().kind().toLowerCase(Locale.ROOT)
            + "/"
            + event.involvedObject().name()
            + "."
            + event.involvedObject().namespace();
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("body", heading + "\n" + event.message() + "\n" + metadata);
    payload.put("msgtype", "m.text");
    http.send(
        "PUT",
        url,
        HttpSender.toJson(payload),
        Map.of("Authorization", "Bearer " + settings.token()));
  }
}
