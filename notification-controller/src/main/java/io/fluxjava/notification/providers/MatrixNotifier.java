package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.EventCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Matrix client-server API: PUT an {@code m.text} message into the room named by {@code channel};
 * the transaction id is the SHA-1 of the event, so a retried delivery is idempotent.
 */
final class MatrixNotifier extends HttpNotifier {

  private static final EventCodec CODEC = new EventCodec();

  MatrixNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String url =
        settings.address()
            + "/_matrix/client/r0/rooms/"
            + settings.channel()
            + "/send/m.room.message/"
            + Sha1.hex(CODEC.write(event));
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put(
        "body",
        ChatText.headline(event)
            + "\n"
            + event.message()
            + "\n"
            + ChatText.metadataLines(event, (k, v) -> "- " + k + ": " + v));
    payload.put("msgtype", "m.text");
    http.send(
        "PUT",
        url,
        HttpSender.toJson(payload),
        Map.of("Authorization", "Bearer " + settings.token()));
  }
}
